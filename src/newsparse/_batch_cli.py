"""The batch side of ``newsparse parse``: writers, progress bar, summary and Ctrl-C.

Ctrl-C (SIGINT) never interrupts a write: the first one only asks :func:`newsparse.batch.run`
to hand out no more work; the records already written stay whole, a JSON array is closed, a
Parquet file gets its footer. A second Ctrl-C stops at once.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

import attrs

from newsparse import batch
from newsparse.options import ParseOptions

__all__ = ["Job", "Summary", "run_parquet", "run_text", "write_errors"]

ROW_GROUP_ROWS = 1024
"""Parquet rows per row group (each is written as soon as it is full)."""


@attrs.frozen(kw_only=True)
class Job:
    """What ``newsparse parse`` was asked to do."""

    options: ParseOptions
    format: str
    table: str = "articles"
    indent: int | None = None
    many: bool = True
    jobs: int = 1
    progress: bool = False

    def output(self) -> batch.Output:
        """The workers' serialisation."""
        return batch.Output(format=self.format, table=self.table, indent=self.indent)


@attrs.define
class Summary:
    """Counts for the final line on stderr (mutable: it is filled while the batch runs)."""

    articles: int = 0
    files: set[str] = attrs.field(factory=set)
    warnings: Counter[str] = attrs.field(factory=Counter)
    failures: list[tuple[str, str, str]] = attrs.field(factory=list)
    interrupted: bool = False
    started: float = attrs.field(factory=time.perf_counter)

    def add(self, result: batch.Result) -> bool:
        """Count a result; False when its file already failed (drop its data)."""
        if any(f[0] == result.source for f in self.failures[-1:]):
            return False
        self.files.add(result.source)
        self.articles += result.articles
        self.warnings.update(dict(result.warnings))
        if result.error is not None:
            self.failures.append((result.source, result.error_code or "error", result.error))
        return True

    def failure_lines(self) -> list[str]:
        """One ``file: reason`` line per failed file."""
        return [f"{'<stdin>' if f == '-' else f}: {message}" for f, _, message in self.failures]

    def line(self, *, inputs_failed: int = 0) -> str:
        """The summary line."""
        seconds = time.perf_counter() - self.started
        rate = self.articles / seconds if seconds > 0 else 0.0
        parts = [
            f"{self.articles:,} articles from {len(self.files):,} files in {seconds:.1f} s "
            f"({rate:,.0f}/s)"
        ]
        if self.warnings:
            codes = ", ".join(f"{c} {n:,}" for c, n in sorted(self.warnings.items()))
            parts.append(f"{sum(self.warnings.values()):,} warnings ({codes})")
        else:
            parts.append("no warnings")
        failed = len(self.failures) + inputs_failed
        parts.append(f"{failed:,} failed" if failed else "none failed")
        if self.interrupted:
            parts.append("interrupted: output holds the records written so far")
        return "; ".join(parts)


@contextlib.contextmanager
def _sigint_stops(summary: Summary) -> Iterator[Callable[[], bool]]:
    """While inside, the first Ctrl-C only sets ``summary.interrupted``."""

    def handle(signum: int, frame: FrameType | None) -> None:
        summary.interrupted = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, handle)
    except ValueError:  # not the main thread: Ctrl-C cannot reach us here anyway
        yield lambda: summary.interrupted
        return
    try:
        yield lambda: summary.interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _progress(job: Job, sources: Iterable[str]) -> Iterator[tuple[Iterable[str], Any]]:
    """The sources and a tqdm bar over their bytes (None when no bar is wanted)."""
    if not job.progress:
        yield sources, None
        return
    from tqdm import tqdm  # noqa: PLC0415  (loads only for a terminal)

    listed = list(sources)
    total = sum(_size(s) for s in listed)
    bar = tqdm(total=total or None, unit="B", unit_scale=True, desc="parse", leave=False)
    try:
        yield listed, bar
    finally:
        bar.close()


def _size(source: str) -> int:
    try:
        return 0 if source == "-" else os.path.getsize(source)
    except OSError:
        return 0


def _results(
    job: Job, sources: Iterable[str], summary: Summary
) -> Iterator[tuple[batch.Result, bool]]:
    """Every result, counted in ``summary``, and whether to write it."""
    with _sigint_stops(summary) as stopped, _progress(job, sources) as (listed, bar):
        results = batch.run(
            batch.plan(listed),
            options=job.options,
            output=job.output(),
            jobs=job.jobs,
            stop=stopped,
        )
        for result in results:
            keep = summary.add(result)
            if bar is not None:
                bar.update(result.size)
                bar.set_postfix(articles=summary.articles, refresh=False)
            yield result, keep


# ---------------------------------------------------------------- text formats


def _binary(stream: IO[str]) -> IO[bytes]:
    stream.flush()
    return stream.buffer  # type: ignore[attr-defined,no-any-return]


def run_text(job: Job, sources: Iterable[str], stream: IO[str]) -> Summary:
    """Parse ``sources`` and write JSON, JSON Lines or CSV to ``stream``."""
    summary = Summary()
    out = _binary(stream)
    if job.format == "json":
        _write_json(job, _data(_results(job, sources, summary)), out)
    else:
        if job.format == "csv":
            out.write(_csv_header(job.table))
        for data in _data(_results(job, sources, summary)):
            out.write(data)
            out.flush()
    out.flush()
    return summary


def _data(results: Iterable[tuple[batch.Result, bool]]) -> Iterator[bytes]:
    return (r.data for r, keep in results if keep and r.data)


def _csv_header(table: str) -> bytes:
    from newsparse.tabular import column_names  # noqa: PLC0415

    buffer = io.StringIO()
    csv.writer(buffer).writerow(column_names(table))
    return buffer.getvalue().encode()


def _write_json(job: Job, chunks: Iterable[bytes], out: IO[bytes]) -> None:
    """Write exactly ``json.dumps(records, indent=...)``, record by record.

    One article from one input is written as the object itself.
    """
    pad = b" " * job.indent if job.indent is not None else None
    held: bytes | None = None  # a lone input's first record, while it may be the only one
    count = 0
    for chunk in chunks:
        for item in chunk.split(batch.JSON_SEPARATOR):
            count += 1
            if count == 1 and not job.many:
                held = item
                continue
            if held is not None:
                out.write(b"[" + _in_array(held, pad, first=True))
                held = None
            elif count == 1:
                out.write(b"[")
            out.write(_in_array(item, pad, first=count == 1))
    if held is not None:
        out.write(held + b"\n")
    elif count == 0:
        out.write(b"[]\n")
    else:
        out.write(b"\n]\n" if pad is not None else b"]\n")


def _in_array(item: bytes, pad: bytes | None, *, first: bool) -> bytes:
    """An array element with its leading separator, as ``json.dumps`` lays it out."""
    if pad is None:
        return (b"" if first else b", ") + item
    indented = b"\n".join(pad + line for line in item.split(b"\n"))
    return (b"\n" if first else b",\n") + indented


# ---------------------------------------------------------------- Parquet


def run_parquet(job: Job, sources: Iterable[str], path: Path) -> Summary:
    """Parse ``sources`` and write a Parquet file in row groups as results arrive.

    The file is valid after an interruption or a failure: the footer is always written.
    """
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    from newsparse.tabular import arrow_schema  # noqa: PLC0415

    summary = Summary()
    schema = arrow_schema(job.table)
    pending: list[Any] = []
    rows = 0
    table: Any = None
    at = 0
    with pq.ParquetWriter(path, schema) as writer:
        try:
            for result, keep in _results(job, sources, summary):
                if result.data:
                    table, at = pa.ipc.open_stream(result.data).read_all(), 0
                if keep and result.rows:
                    pending.append(table.slice(at, result.rows))
                    rows += result.rows
                at += result.rows
                if rows >= ROW_GROUP_ROWS:
                    writer.write_table(pa.concat_tables(pending), row_group_size=rows)
                    pending, rows = [], 0
        finally:
            if pending:
                writer.write_table(pa.concat_tables(pending), row_group_size=max(rows, 1))
    return summary


# ---------------------------------------------------------------- errors file


def write_errors(path: Path, summary: Summary, input_failures: Iterable[str]) -> None:
    """One JSON line per failed file: ``{"file", "code", "message"}``."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in input_failures:
            name, _, message = line.partition(": ")
            record = {"file": name, "code": "unreadable", "message": message}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        for name, code, message in summary.failures:
            record = {"file": name, "code": code, "message": message}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
