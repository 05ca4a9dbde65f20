"""Parse a corpus on every core: files and dumps in, serialised records out, in input order.

The work is cut into :class:`Unit` s: a whole small file, or a :class:`~newsparse.stream.Window`
of whole articles of a large dump (cut by the parent while it streams the dump, so memory
stays flat). Units are grouped into tasks of about :data:`TASK_BYTES` of input, and each task
runs in a worker process that parses **and serialises** its articles and sends back bytes
(JSON, CSV rows or an Arrow IPC stream), never models: pickling models cost more than
parsing them. At most a few tasks per worker are in flight, so a dump of any size is read
no faster than it is parsed. Results come back in input order.

With ``jobs=1`` the same code runs in the calling process, so the output of one job and of
many is byte for byte the same.

>>> from newsparse.batch import Output, Unit, run
>>> import newsparse, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("A 2 min read\\n\\nOne\\n\\nBody.", encoding="utf-8")
>>> results = run([Unit(source=str(d / "a.txt"))], output=Output(format="csv", table="paragraphs"))
>>> [r.data.decode().split(",", 2)[2] for r in results]
['Body.,19,24\\r\\n']
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsparse import stream as _stream
from newsparse.errors import ParseError
from newsparse.models import Article
from newsparse.options import ParseOptions

__all__ = [
    "FORMATS",
    "JSON_SEPARATOR",
    "SMALL_FILE_BYTES",
    "TASK_BYTES",
    "WINDOW_CHARS",
    "Output",
    "Result",
    "Unit",
    "encode",
    "plan",
    "run",
]

FORMATS = ("json", "jsonl", "csv", "parquet")
"""Output formats."""
SMALL_FILE_BYTES = 1 << 20
"""A file up to this size is one unit, read by the worker; a larger one is cut into windows."""
WINDOW_CHARS = 1 << 16
"""Target size of a window of a large file, in code points."""
TASK_BYTES = 1 << 18
"""Units are grouped into tasks of about this much input."""
_TASK_UNITS = 64
_IN_FLIGHT_PER_JOB = 4
JSON_SEPARATOR = b"\x00"
"""Separates the records of a ``json`` result (JSON text never holds a raw NUL)."""


@attrs.frozen(kw_only=True)
class Output:
    """What a worker turns its articles into."""

    format: str = "jsonl"
    """One of :data:`FORMATS`. ``json`` records are separated by :data:`JSON_SEPARATOR`."""
    table: str = "articles"
    """For ``csv`` and ``parquet``: one of :data:`newsparse.tabular.TABLES`."""
    indent: int | None = None
    """For ``json``: indent each record by this many spaces."""


@attrs.frozen(kw_only=True)
class Unit:
    """A piece of work: a whole file, or a window of whole articles of one."""

    source: str
    """The file's path (the ``source`` of its articles), or ``-`` for stdin."""
    window: _stream.Window | None = None
    """A window of the file; None to read the whole file."""
    facts: _stream.Facts | None = None
    """The facts of the whole file the window comes from."""
    data: bytes | None = None
    """The input itself (stdin that holds no article, kept to report why)."""
    size: int = 0
    """Input bytes, for progress and grouping."""


@attrs.frozen(kw_only=True)
class Result:
    """What a unit gave."""

    source: str
    """The unit's source."""
    data: bytes = b""
    """The serialised records (CSV without its header; Arrow IPC for ``parquet``)."""
    articles: int = 0
    """How many articles."""
    warnings: tuple[tuple[str, int], ...] = ()
    """Warning codes and how often each occurred."""
    error: str | None = None
    """Why the unit failed (its records up to the failure are in ``data``)."""
    error_code: str | None = None
    """:attr:`~newsparse.ParseError.code`, or ``"unreadable"`` for an operating-system error."""
    size: int = 0
    """Input bytes of the unit."""
    rows: int = 0
    """Rows the unit gave (``parquet``: its rows are the next ``rows`` of the last ``data``)."""


# ---------------------------------------------------------------- serialising


def encode(articles: Sequence[Article], output: Output) -> bytes:
    """The articles serialised as ``output`` says."""
    from newsparse.serialize import to_dict  # noqa: PLC0415  (cattrs loads only when used)

    records = [to_dict(a) for a in articles]
    if output.format == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if output.format == "json":
        parts = [json.dumps(r, ensure_ascii=False, indent=output.indent).encode() for r in records]
        return JSON_SEPARATOR.join(parts)
    from newsparse import tabular  # noqa: PLC0415

    found = [row for r in records for row in tabular.rows(r, output.table)]
    if output.format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerows(tabular.csv_cells(row, output.table) for row in found)
        return buffer.getvalue().encode()
    import pyarrow as pa  # noqa: PLC0415

    batch = pa.RecordBatch.from_pylist(found, schema=tabular.arrow_schema(output.table))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return bytes(sink.getvalue().to_pybytes())


# ---------------------------------------------------------------- one unit


def _articles(unit: Unit, options: ParseOptions) -> Iterator[Article]:
    from newsparse.api import _with_decoding_warning, iter_articles  # noqa: PLC0415

    if unit.data is not None:
        yield from iter_articles(unit.data, options)
        return
    if unit.window is None or unit.facts is None:
        yield from iter_articles(Path(unit.source), options)
        return
    source = None if unit.source == "-" else unit.source
    for article in _stream.parse_window(unit.window, unit.facts, source=source, options=options):
        yield _with_decoding_warning(article, unit.facts.encoding, options)


def _run_unit(unit: Unit, options: ParseOptions, output: Output) -> tuple[Result, list[Article]]:
    done: list[Article] = []
    error: str | None = None
    code: str | None = None
    try:
        for article in _articles(unit, options):
            done.append(article)
    except ParseError as err:
        error, code = str(err), err.code
    except OSError as err:
        error, code = f"cannot read ({err.strerror or err})", "unreadable"
    counts = Counter(w.code.value for a in done for w in a.warnings)
    result = Result(
        source=unit.source,
        data=encode(done, output) if done and output.format != "parquet" else b"",
        articles=len(done),
        warnings=tuple(sorted(counts.items())),
        error=error,
        error_code=code,
        size=unit.size,
    )
    return result, done


def _run_task(task: Sequence[Unit], options: ParseOptions, output: Output) -> list[Result]:
    """Run a task's units.

    For ``parquet``, one Arrow batch holds the whole task (an Arrow stream per unit costs
    more than the unit): it rides on the first result and is sliced by ``rows``.
    """
    ran = [_run_unit(unit, options, output) for unit in task]
    if output.format != "parquet":
        return [result for result, _ in ran]
    if output.table == "articles":
        rows = [len(done) for _, done in ran]
    else:
        rows = [sum(len(getattr(a, output.table)) for a in done) for _, done in ran]
    data = encode([a for _, done in ran for a in done], output)
    results = [attrs.evolve(r, rows=n) for (r, _), n in zip(ran, rows, strict=False)]
    results[0] = attrs.evolve(results[0], data=data)
    return results


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops handing out work and ends cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------- planning


def plan(sources: Iterable[str], *, window_chars: int = WINDOW_CHARS) -> Iterator[Unit]:
    """The units of ``sources`` (paths, or ``-`` for stdin), in order.

    A file up to :data:`SMALL_FILE_BYTES` is one unit; a larger one, and stdin (copied to a
    temporary file first), is streamed here and cut into windows of whole articles. A file
    that cannot be read, or holds no article, becomes a unit whose worker reports why.
    """
    for source in sources:
        if source == "-":
            yield from _plan_stdin(window_chars)
            continue
        try:
            size = os.path.getsize(source)
        except OSError:
            size = 0
        if size <= SMALL_FILE_BYTES:
            yield Unit(source=source, size=size)
            continue
        try:
            f = open(source, "rb")  # noqa: SIM115  (closed below; the unit is yielded first)
        except OSError:
            yield Unit(source=source, size=size)
            continue
        with f:
            yield from _windows(f, source, Unit(source=source, size=size), window_chars)


def _windows(f: Any, source: str, whole: Unit, window_chars: int) -> Iterator[Unit]:
    """Windows of a seekable file.

    ``whole`` (read by the worker, to report why) when the file holds no article.
    """
    try:
        facts = _stream.scan(f)
    except (OSError, _stream.NotStreamable):
        yield whole
        return
    for window in _stream.iter_windows(f, facts, window_chars=window_chars):
        size = window.byte_end - window.byte_start
        yield Unit(source=source, window=window, facts=facts, size=size)


def _plan_stdin(window_chars: int) -> Iterator[Unit]:
    import shutil  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryFile() as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool, _stream.READ_BYTES)
        size = spool.tell()
        spool.seek(0)
        whole = Unit(source="-", data=spool.read(), size=size) if size <= SMALL_FILE_BYTES else None
        spool.seek(0)
        yield from _windows(spool, "-", whole or Unit(source="-", size=size), window_chars)


def _tasks(units: Iterable[Unit]) -> Iterator[list[Unit]]:
    task: list[Unit] = []
    size = 0
    for unit in units:
        task.append(unit)
        size += max(unit.size, 1)
        if size >= TASK_BYTES or len(task) >= _TASK_UNITS:
            yield task
            task, size = [], 0
    if task:
        yield task


# ---------------------------------------------------------------- running


def run(
    units: Iterable[Unit],
    *,
    options: ParseOptions | None = None,
    output: Output | None = None,
    jobs: int = 1,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[Result]:
    """Parse and serialise ``units`` on ``jobs`` processes; results in input order.

    ``stop`` is asked between tasks: when it returns True no more work is handed out, the
    tasks in flight are dropped and the iterator ends (every result it gave is whole).
    """
    opts = options if options is not None else ParseOptions()
    out = output if output is not None else Output()
    tasks = _tasks(units)
    head = list(itertools.islice(tasks, 2))
    if jobs <= 1 or len(head) < 2:  # one task: a pool would only add its start-up time
        for task in itertools.chain(head, tasks):
            if stop():
                return
            yield from _run_task(task, opts, out)
        return
    yield from _run_pool(itertools.chain(head, tasks), opts, out, jobs, stop)


def _run_pool(
    tasks: Iterator[list[Unit]],
    options: ParseOptions,
    output: Output,
    jobs: int,
    stop: Callable[[], bool],
) -> Iterator[Result]:
    import multiprocessing  # noqa: PLC0415

    pool = multiprocessing.Pool(jobs, initializer=_quiet_worker)
    try:
        pending: deque[Any] = deque()
        limit = jobs * _IN_FLIGHT_PER_JOB
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit and not stop():
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                pending.append(pool.apply_async(_run_task, (task, options, output)))
            if not pending or stop():
                return
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()
