"""The ``newsparse`` command: parse article files to JSON, list quotes and claims.

Run ``newsparse --help`` (or ``python -m newsparse --help``). Every failure is one line on
stderr and an exit status: 0 when all went well, 1 when any file failed, 2 for usage errors.
No traceback is ever printed for bad input.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import importlib.util
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsparse._lexicon import data_bytes
from newsparse._version import __version__
from newsparse.api import iter_articles
from newsparse.errors import ParseError
from newsparse.models import Article
from newsparse.options import ParseOptions

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _UsageError(Exception):
    """A command-line mistake: one line on stderr, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (the CLI reference in the docs is generated from it)."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn saved news-article text into typed data: structure, quotes, claims.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "parse", help="parse article files, directories, globs, dumps or stdin to records"
    )
    _add_inputs(p)
    p.add_argument(
        "--format",
        choices=["json", "jsonl", "csv", "parquet"],
        default=None,
        help="json: one object (an array for several articles); jsonl: one line per "
        "article (default when there are several inputs); csv and parquet: one row per "
        "--table item (parquet needs the 'parquet' extra and -o). Default: from the -o "
        "suffix (.json, .jsonl, .csv, .parquet), else json for one file, jsonl for several",
    )
    p.add_argument(
        "--table",
        choices=["articles", "quotes", "claims", "paragraphs"],
        default="articles",
        help="for csv and parquet: one row per article (default), quote, claim or paragraph, "
        "each with its article_id",
    )
    p.add_argument("--indent", type=int, default=None, help="indent JSON output by N spaces")
    _add_parse_options(p)
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of cores; 1 parses in this process)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument(
        "--errors",
        metavar="FILE",
        help="write one JSON line per failed file here (file, code, message)",
    )
    _add_output(p)
    p.set_defaults(handler=_cmd_parse)

    q = sub.add_parser("quotes", help="list the direct quotations of text files")
    _add_inputs(q)
    q.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    _add_output(q)
    q.set_defaults(handler=_cmd_quotes)

    c = sub.add_parser("claims", help="list the check-worthy claims of text files")
    _add_inputs(c)
    c.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    c.add_argument(
        "--min-score",
        type=float,
        default=None,
        help="smallest check-worthiness score to list (default: the model's threshold)",
    )
    _add_output(c)
    c.set_defaults(handler=_cmd_claims)

    d = sub.add_parser("demo", help="parse the bundled sample article and summarise it")
    d.set_defaults(handler=_cmd_demo)

    s = sub.add_parser("schema", help="print the JSON Schema of the parse output")
    s.set_defaults(handler=_cmd_schema)
    return parser


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories (searched recursively for *.txt), glob patterns "
        "('corpus/**/*.txt', quoted) or - for stdin (the default); a file may hold many "
        "articles",
    )


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true", help="fail a file on any problem")
    p.add_argument(
        "--reference-time",
        metavar="ISO",
        help="resolve relative dates ('3 hours ago') against this ISO 8601 moment",
    )
    p.add_argument("--no-quotes", action="store_true", help="skip quotation extraction")
    p.add_argument("--no-claims", action="store_true", help="skip claim extraction")


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")


# ---------------------------------------------------------------- inputs


def _walk(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path]:
    """``*.txt`` files under a directory, sorted, never entering a directory twice."""
    try:
        st = path.stat()
    except OSError as err:
        raise OSError(f"{path}: cannot read directory ({err.strerror})") from err
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        entries = sorted(path.iterdir())
    except OSError as err:
        raise OSError(f"{path}: cannot read directory ({err.strerror})") from err
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.suffix == ".txt" and entry.is_file():
            yield entry


def _inputs(paths: Sequence[str], errors: list[str]) -> Iterator[str]:
    """Expand the command's PATH arguments into files ('-' is stdin)."""
    seen: set[tuple[int, int]] = set()
    for raw in paths or ["-"]:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                for found in _walk(path, seen):
                    yield str(found)
            except OSError as err:
                errors.append(str(err))
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if not Path(m).is_dir()]
            if not files:
                errors.append(f"{raw}: no file matches")
            yield from files
        else:
            errors.append(f"{raw}: no such file or directory")


def _read_articles(name: str, options: ParseOptions) -> list[Article]:
    if name == "-":
        data = sys.stdin.buffer.read()
        return list(iter_articles(data, options))
    articles = list(iter_articles(Path(name), options))
    return [attrs.evolve(a, source=name) for a in articles]


def _options_from(args: argparse.Namespace, **overrides: Any) -> ParseOptions:
    reference = None
    if getattr(args, "reference_time", None):
        try:
            reference = dt.datetime.fromisoformat(args.reference_time)
        except ValueError as err:
            raise _UsageError(f"--reference-time {args.reference_time!r} is not ISO 8601") from err
    return ParseOptions(
        strict=getattr(args, "strict", False),
        reference_time=reference,
        quotes=not getattr(args, "no_quotes", False),
        claims=not getattr(args, "no_claims", False),
        **overrides,
    )


def _each_article(
    args: argparse.Namespace, options: ParseOptions, failures: list[str]
) -> Iterator[Article]:
    for name in _inputs(args.paths, failures):
        try:
            yield from _read_articles(name, options)
        except ParseError as err:
            failures.append(f"{name}: {err}")
        except OSError as err:
            failures.append(f"{name}: cannot read ({err.strerror or err})")


# ---------------------------------------------------------------- output


def _open_output(args: argparse.Namespace) -> IO[str]:
    if not args.output:
        return sys.stdout
    out = Path(args.output)
    if out.exists() and not args.force:
        raise _UsageError(f"{out} exists; pass --force to overwrite it")
    if out.is_dir():
        raise _UsageError(f"{out} is a directory")
    return out.open("w", encoding="utf-8", newline="\n")


def _emit(args: argparse.Namespace, write: Callable[[IO[str]], None]) -> None:
    stream = _open_output(args)
    try:
        write(stream)
    finally:
        if stream is not sys.stdout:
            stream.close()


# ---------------------------------------------------------------- commands


def _cmd_parse(args: argparse.Namespace) -> int:
    from newsparse import _batch_cli  # noqa: PLC0415  (the batch machinery loads only here)

    options = _options_from(args)
    failures: list[str] = []
    many = len(args.paths) != 1 or Path(args.paths[0]).is_dir() or _is_glob(args.paths[0])
    fmt = args.format or _format_of(args.output) or ("jsonl" if many else "json")
    if args.table != "articles" and fmt not in ("csv", "parquet"):
        raise _UsageError(f"--table {args.table} needs --format csv or parquet")
    if fmt == "parquet" and not args.output:
        raise _UsageError("--format parquet needs -o FILE")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise _UsageError("--format parquet needs pyarrow: pip install 'newsparse[parquet]'")
    if args.jobs is not None and args.jobs < 1:
        raise _UsageError(f"--jobs {args.jobs}: pass 1 or more")
    errors_path = _check_new_file(args.errors, args.force) if args.errors else None
    sources = _inputs(args.paths, failures)
    job = _batch_cli.Job(
        options=options,
        format=fmt,
        table=args.table,
        indent=args.indent,
        many=many,
        jobs=args.jobs or os.cpu_count() or 1,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    if fmt == "parquet":
        out = _check_new_file(args.output, args.force)
        summary_ = _batch_cli.run_parquet(job, sources, out)
    else:
        stream = _open_output(args)
        try:
            summary_ = _batch_cli.run_text(job, sources, stream)
        finally:
            if stream is not sys.stdout:
                stream.close()
    if errors_path is not None:
        _batch_cli.write_errors(errors_path, summary_, failures)
    status = _report(failures + summary_.failure_lines())
    if not args.quiet:
        print(f"newsparse: {summary_.line(inputs_failed=len(failures))}", file=sys.stderr)
    return 130 if summary_.interrupted else status


def _is_glob(raw: str) -> bool:
    return raw != "-" and not Path(raw).exists() and glob.has_magic(raw)


def _format_of(output: str | None) -> str | None:
    suffix = Path(output).suffix.lower() if output else ""
    return {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}.get(suffix)


def _check_new_file(name: str, force: bool) -> Path:
    path = Path(name)
    if path.is_dir():
        raise _UsageError(f"{path} is a directory")
    if path.exists() and not force:
        raise _UsageError(f"{path} exists; pass --force to overwrite it")
    return path


def _report(failures: Sequence[str]) -> int:
    for line in failures:
        print(f"newsparse: {line}", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _texts(args: argparse.Namespace, failures: list[str]) -> Iterator[tuple[str, str]]:
    from newsparse.decode import decode  # noqa: PLC0415

    for name in _inputs(args.paths, failures):
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            yield name, decode(data).text
        except ParseError as err:
            failures.append(f"{name}: {err}")
        except OSError as err:
            failures.append(f"{name}: cannot read ({err.strerror or err})")


def _rows_out(
    args: argparse.Namespace, rows: Iterable[dict[str, Any]], columns: Sequence[str]
) -> None:
    def write(stream: IO[str]) -> None:
        if args.format == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            writer = csv.writer(stream)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_cell(row.get(c)) for c in columns])
        else:
            for row in rows:
                stream.write("\t".join(_cell(row.get(c)) for c in columns) + "\n")

    _emit(args, write)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value).replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _cmd_quotes(args: argparse.Namespace) -> int:
    from newsparse.quotes import extract_quotes  # noqa: PLC0415
    from newsparse.serialize import unstructure  # noqa: PLC0415

    failures: list[str] = []

    def rows() -> Iterator[dict[str, Any]]:
        for name, text in _texts(args, failures):
            for q in extract_quotes(text):
                row = unstructure(q)
                yield (
                    {"file": name, **row}
                    if args.format != "table"
                    else {"speaker": q.speaker or "-", "kind": q.kind.value, "text": q.text}
                )

    columns = (
        ["speaker", "kind", "text"]
        if args.format == "table"
        else ["file", "text", "speaker", "kind", "paragraph"]
    )
    _rows_out(args, rows(), columns)
    return _report(failures)


def _cmd_claims(args: argparse.Namespace) -> int:
    from newsparse.claims import extract_claims  # noqa: PLC0415
    from newsparse.serialize import unstructure  # noqa: PLC0415

    failures: list[str] = []
    options = (
        ParseOptions() if args.min_score is None else ParseOptions(claim_threshold=args.min_score)
    )

    def rows() -> Iterator[dict[str, Any]]:
        for name, text in _texts(args, failures):
            for c in extract_claims(text, options=options):
                if args.format == "table":
                    yield {
                        "score": f"{c.score:.2f}",
                        "kinds": [k.value for k in c.kinds],
                        "source": c.source or "-",
                        "text": c.text,
                    }
                else:
                    yield {"file": name, **unstructure(c)}

    columns = (
        ["score", "kinds", "source", "text"]
        if args.format == "table"
        else ["file", "start", "end", "score", "kinds", "source", "hedged", "text"]
    )
    _rows_out(args, rows(), columns)
    return _report(failures)


def _cmd_schema(args: argparse.Namespace) -> int:
    from newsparse.serialize import json_schema  # noqa: PLC0415

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from newsparse.api import parse_bytes  # noqa: PLC0415

    data = data_bytes("sample.txt")
    article = parse_bytes(data, source="examples/seed.txt")
    print(summary(article))
    return EXIT_OK


def summary(article: Article) -> str:
    """A readable, several-line summary of an article (what ``newsparse demo`` prints)."""
    out = io.StringIO()
    h = article.header
    if h is not None:
        extras = f"  (extras: {', '.join(h.extras)})" if h.extras else ""
        print(f"Header:     {h.category} · {h.read_time_minutes} min read{extras}", file=out)
    print(f"Title:      {article.title}", file=out)
    if article.subtitle:
        print(f"Subtitle:   {_clip(article.subtitle, 100)}", file=out)
    print(f"Repeated:   {'yes' if article.title_repeated else 'no'}", file=out)
    authors = ", ".join(a.name for a in article.byline.authors) or "-"
    print(f"Authors:    {authors}", file=out)
    if article.byline.published:
        print(
            f"Published:  {article.byline.published.value or article.byline.published.text}",
            file=out,
        )
    print(
        f"Body:       {len(article.paragraphs)} paragraphs, {article.word_count} words, "
        f"~{article.estimated_read_minutes:.1f} min at 238 wpm",
        file=out,
    )
    if article.quotes:
        print(f"Quotes:     {len(article.quotes)}", file=out)
        for q in article.quotes:
            print(
                f"  - {q.speaker or '(no speaker)'} [{q.kind.value}]: “{_clip(q.text, 80)}”",
                file=out,
            )
    if article.claims:
        print(f"Claims:     {len(article.claims)}", file=out)
        for c in article.claims:
            kinds = ",".join(k.value for k in c.kinds) or "-"
            print(f"  - {c.score:.2f} [{kinds}] {_clip(c.text, 80)}", file=out)
    for w in article.warnings:
        print(f"Warning:    {w.code.value}: {w.message}", file=out)
    return out.getvalue().rstrip("\n")


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except _UsageError as err:
        print(f"newsparse: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
