"""The entry points: text, bytes, files and streams in, :class:`~newsparse.Article` out."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from newsparse.decode import check_text, decode
from newsparse.errors import ParseError
from newsparse.models import Article
from newsparse.options import ParseOptions
from newsparse.pipeline import parse_text, parse_text_all

__all__ = ["iter_articles", "parse", "parse_bytes", "parse_file"]

Source = str | bytes | os.PathLike[str] | BinaryIO


def _options(options: ParseOptions | None) -> ParseOptions:
    return options if options is not None else ParseOptions()


def _check_size(size: int, options: ParseOptions) -> None:
    if size > options.max_bytes:
        raise ParseError(
            f"the input is {size:,} bytes, over ParseOptions.max_bytes ({options.max_bytes:,}); "
            "raise max_bytes or split the file",
            code="too_large",
        )


def parse(text: str, *, source: str | None = None, options: ParseOptions | None = None) -> Article:
    """Parse the text of one article.

    Lenient by default: problems become :attr:`~newsparse.Article.warnings`; empty, blank or binary
    input raises :class:`~newsparse.ParseError`, and so does any problem with ``strict=True``.

    >>> a = parse("Science · 4 mins read\\n\\nA title\\n\\nBody text here.")
    >>> a.header.category, a.header.read_time_minutes, a.title, len(a.paragraphs)
    ('Science', 4, 'A title', 1)
    """
    opts = _options(options)
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_bytes for bytes")
    _check_size(len(text), opts)
    return parse_text(check_text(text), source=source, encoding=None, options=opts)


def parse_bytes(
    data: bytes, *, source: str | None = None, options: ParseOptions | None = None
) -> Article:
    """Decode bytes as FORMAT.md says (BOMs, UTF-8, Windows-1252 fallback) and parse them."""
    opts = _options(options)
    _check_size(len(data), opts)
    decoded = decode(data)
    article = parse_text(decoded.text, source=source, encoding=decoded.encoding, options=opts)
    return _with_decoding_warning(article, decoded.encoding, opts)


def _with_decoding_warning(article: Article, encoding: str, options: ParseOptions) -> Article:
    if encoding != "cp1252":
        return article
    from newsparse.models import ParseWarning, WarningCode  # noqa: PLC0415

    warning = ParseWarning(
        code=WarningCode.DECODED_AS_CP1252,
        message="the bytes are not valid UTF-8; decoded as Windows-1252",
        start=0,
        end=0,
    )
    if options.strict:
        raise ParseError(
            warning.message + "; re-save the file as UTF-8",
            code="strict",
            problems=[f"{warning.code.value}: {warning.message}"],
        )
    import attrs  # noqa: PLC0415

    return attrs.evolve(article, warnings=(warning, *article.warnings))


def parse_file(path: str | os.PathLike[str], *, options: ParseOptions | None = None) -> Article:
    """Read and parse one article file; ``source`` is the path."""
    opts = _options(options)
    size = os.path.getsize(path)
    _check_size(size, opts)
    with open(path, "rb") as f:
        data = f.read()
    return parse_bytes(data, source=os.fspath(path), options=opts)


def iter_articles(source: Source, options: ParseOptions | None = None) -> Iterator[Article]:
    """Every article of a text, bytes, a path or a binary file, in order (dumps split).

    A path or a binary file is read incrementally (see :mod:`newsparse.stream`): a dump of any
    size is parsed with flat memory, and :attr:`~newsparse.ParseOptions.max_bytes` bounds each
    article rather than the whole file. A stream that cannot seek (a pipe) is first copied to a
    temporary file. Offsets are into the whole decoded input.

    >>> dump = "A 2 min read\\n\\nOne\\n\\nBody one.\\n\\nB 3 min read\\n\\nTwo\\n\\nBody two."
    >>> [a.title for a in iter_articles(dump)]
    ['One', 'Two']
    """
    opts = _options(options)
    if isinstance(source, (str, bytes)):
        if isinstance(source, str):
            text, encoding = check_text(source), None
        else:
            _check_size(len(source), opts)
            decoded = decode(source)
            text, encoding = decoded.text, decoded.encoding
        for article in parse_text_all(text, source=None, encoding=encoding, options=opts):
            yield _with_decoding_warning(article, encoding or "", opts)
        return
    if isinstance(source, os.PathLike):
        with open(source, "rb") as f:
            yield from _iter_stream(f, os.fspath(source), opts)
        return
    name = getattr(source, "name", None)
    name = name if isinstance(name, str) else None
    if _seekable(source):
        yield from _iter_stream(source, name, opts)
        return
    import shutil  # noqa: PLC0415  (with tempfile, about 10 ms to import: only when spooling)
    import tempfile  # noqa: PLC0415

    from newsparse.stream import READ_BYTES  # noqa: PLC0415

    with tempfile.TemporaryFile() as spool:
        shutil.copyfileobj(source, spool, READ_BYTES)
        spool.seek(0)
        yield from _iter_stream(spool, name, opts)


def _seekable(stream: BinaryIO) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, ValueError):
        return False


def _iter_stream(stream: BinaryIO, name: str | None, opts: ParseOptions) -> Iterator[Article]:
    # The streaming reader is imported when a file or stream is first read: parse() and
    # parse_bytes() never need it.
    from newsparse import stream as _stream  # noqa: PLC0415

    try:
        facts = _stream.scan(stream)
    except _stream.NotStreamable:
        # No article: read it whole (within max_bytes) for the one-shot path's exact error.
        data = stream.read(opts.max_bytes + 1)
        _check_size(len(data), opts)
        decode(data)
        raise AssertionError("unreachable: decode() accepted what scan() refused") from None
    for window in _stream.iter_windows(stream, facts, max_chars=opts.max_bytes):
        for article in _stream.parse_window(window, facts, source=name, options=opts):
            yield _with_decoding_warning(article, facts.encoding, opts)
