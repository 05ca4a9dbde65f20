"""Reading a large input incrementally: windows of whole articles, offsets into the whole input.

:func:`~newsparse.iter_articles` and the batch and Dask readers parse a dump of any size with
flat memory. They read the binary input twice, in chunks:

1. **Scan** (:func:`scan`): decode the bytes chunk by chunk (an incremental decoder, so a UTF-8
   sequence or a ``\\r\\n`` split across two chunks is read whole) and collect the facts that
   are properties of the *whole* input: its encoding, whether it mixes line-break styles, and
   where its first control character is. The Windows-1252 fallback is decided here, per file
   and deterministically: when any byte is not valid UTF-8, the whole input is Windows-1252,
   exactly as ``newsparse.decode.decode`` decides for the whole input at once.
2. **Split** (:func:`iter_windows`): decode again and cut the text into
   :class:`Window` s of whole articles, only at an article start found by
   :func:`newsparse.pipeline.article_ranges` (FORMAT.md "Many articles in one file") over
   complete lines. A window records its offsets in code points and bytes and its first line
   number, so offsets and line numbers stay relative to the whole input.

:func:`parse_window` parses a window and moves every ``start``/``end`` by the window's offset;
the whole-input facts replace the window's own, so the articles equal those of
:func:`newsparse.pipeline.parse_text_all` over the whole decoded text.

Input that is no article (empty, blank, binary, or a byte-order mark followed by invalid bytes)
is read whole by the caller so that it raises exactly the :class:`~newsparse.ParseError` of the
one-shot path. Streams that cannot seek (a pipe) are spooled to a temporary file first.

Known difference: with ``strict=True`` a window that mixes line-break styles raises at its own
first article, where the one-shot parse raises at the input's first article.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import attrs

from newsparse.decode import _BOMS, _cp1252_table
from newsparse.errors import ParseError
from newsparse.lines import first_control_character, line_table
from newsparse.models import Article, ParseWarning, WarningCode
from newsparse.options import ParseOptions
from newsparse.pipeline import (
    article_ranges,
    control_character_warning,
    mixed_newlines_warning,
    parse_text_all,
)

__all__ = [
    "DEFAULT_WINDOW_CHARS",
    "READ_BYTES",
    "Facts",
    "NotStreamable",
    "Window",
    "iter_windows",
    "parse_window",
    "scan",
    "shift",
]

READ_BYTES = 1 << 16
"""Bytes read at a time."""
DEFAULT_WINDOW_CHARS = 1 << 16
"""A window is cut once this many code points are pending (it ends at an article start).

Small (about twenty 3 KB articles): any stage whose cost grows with the size of the text it
is given, not just the article, stays cheap."""

_FILE_WARNINGS = frozenset({WarningCode.MIXED_NEWLINES, WarningCode.CONTROL_CHARACTERS})


class NotStreamable(Exception):  # noqa: N818  (a signal to the caller, not an error)
    """The input is no article (empty, blank, NUL, bad BOM): read it whole to get its error."""


@attrs.frozen(kw_only=True)
class Facts:
    """What the scan learnt about the whole input."""

    encoding: str
    """``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32`` or ``cp1252`` (as ``newsparse.decode.Decoded``)."""
    codec: str
    """The Python codec that decodes the bytes after the byte-order mark."""
    bom: int
    """Length of the byte-order mark in bytes (0 without one)."""
    size: int
    """Length of the decoded text in code points."""
    warnings: tuple[ParseWarning, ...] = ()
    """The warnings about the whole text (mixed line breaks, the first control character)."""

    def text_of(self, data: bytes) -> str:
        """Decode ``data`` (a whole number of characters, BOM excluded)."""
        if self.codec == "cp1252":
            return data.decode("latin-1").translate(_cp1252_table())
        return data.decode(self.codec)

    def bytes_of(self, text: str) -> int:
        """How many input bytes ``text`` was decoded from."""
        if self.codec == "cp1252":
            return len(text)
        return len(text.encode(self.codec))


@attrs.frozen(kw_only=True)
class Window:
    """A run of whole articles of the input."""

    text: str
    """The decoded text of the window."""
    start: int
    """Code-point offset of ``text[0]`` in the whole decoded input."""
    byte_start: int
    """Byte offset of ``text[0]`` in the input."""
    byte_end: int
    """Byte offset one past the window."""
    line: int
    """0-based number of the window's first line in the whole input."""


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    while chunk := stream.read(READ_BYTES):
        yield chunk


def _decoder(codec: str) -> Callable[[bytes, bool], str]:
    if codec == "cp1252":
        table = _cp1252_table()
        return lambda data, final: data.decode("latin-1").translate(table)
    return codecs.getincrementaldecoder(codec)("strict").decode


def _texts(stream: BinaryIO, codec: str) -> Iterator[str]:
    """Decoded pieces that never end inside a ``\\r\\n`` pair."""
    decode = _decoder(codec)
    held = ""
    for chunk in _chunks(stream):
        piece = held + decode(chunk, False)
        held = ""
        if piece.endswith("\r"):
            piece, held = piece[:-1], "\r"
        if piece:
            yield piece
    tail = held + decode(b"", True)
    if tail:
        yield tail


def _bom(head: bytes) -> tuple[int, str, str]:
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            return len(bom), codec, name
    return 0, "utf-8", "utf-8"


def scan(stream: BinaryIO) -> Facts:
    """Read a seekable binary stream once, from its current position, and return its facts.

    The position is restored. Raises :class:`NotStreamable` for input that is no article.
    """
    origin = stream.tell()
    try:
        return _scan_from(stream, origin)
    finally:
        stream.seek(origin)


def _scan_from(stream: BinaryIO, origin: int) -> Facts:
    bom, codec, name = _bom(stream.read(4))
    stream.seek(origin + bom)
    try:
        return _scan_text(_texts(stream, codec), codec=codec, encoding=name, bom=bom)
    except UnicodeDecodeError:
        if bom:
            raise NotStreamable(name) from None
    stream.seek(origin)
    return _scan_text(_texts(stream, "cp1252"), codec="cp1252", encoding="cp1252", bom=0)


def _scan_text(pieces: Iterator[str], *, codec: str, encoding: str, bom: int) -> Facts:
    pos = 0
    crlf = lf = cr = 0
    control: ParseWarning | None = None
    content = False
    for piece in pieces:
        if "\0" in piece:
            raise NotStreamable("NUL")
        content = content or not piece.isspace()
        pairs = piece.count("\r\n")
        crlf, lf, cr = crlf + pairs, lf + piece.count("\n") - pairs, cr + piece.count("\r") - pairs
        if control is None and (found := first_control_character(piece)) is not None:
            control = control_character_warning(found[0], pos + found[1])
        pos += len(piece)
    if not content:
        raise NotStreamable("blank")
    warnings = []
    if sum(1 for n in (crlf, lf, cr) if n) > 1:
        warnings.append(mixed_newlines_warning())
    if control is not None:
        warnings.append(control)
    return Facts(encoding=encoding, codec=codec, bom=bom, size=pos, warnings=tuple(warnings))


def _breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


_TAIL_CHARS = 1 << 14


def _last_start(text: str) -> int:
    """Offset of the last article start in ``text`` over its complete lines (0: none after 0).

    Only a tail is examined, from a line start: the tail's first block may be cut, so its
    first article start is ignored; every later one is an article start of the whole text
    (it follows a blank or separator line inside the tail). The tail doubles until it holds
    one, so the cost is that of the last article or two, not of the window.
    """
    complete = max(text.rfind("\n"), text.rfind("\r")) + 1
    tail = _TAIL_CHARS
    while True:
        begin = _line_start(text, max(0, complete - tail))
        head = text[begin:complete]
        lines = line_table(head)
        ranges = article_ranges(head, lines) if lines else []
        if len(ranges) >= 2:
            first = ranges[-1][0]
            return begin + (lines[first].start if first < len(lines) else len(head))
        if begin == 0:
            return 0
        tail *= 2


def _line_start(text: str, at: int) -> int:
    """The first line start at or after ``at`` (0 stays 0); never inside ``\r\n``."""
    if at == 0:
        return 0
    nl = text.find("\n", at - 1)
    cr = text.find("\r", at - 1)
    found = [p for p in (nl, cr) if p >= 0]
    if not found:
        return len(text)
    brk = min(found)
    return brk + 2 if text.startswith("\r\n", brk) else brk + 1


def iter_windows(
    stream: BinaryIO,
    facts: Facts,
    *,
    window_chars: int = DEFAULT_WINDOW_CHARS,
    max_chars: int | None = None,
) -> Iterator[Window]:
    """Cut a seekable binary stream (at the position :func:`scan` was given) into windows.

    ``max_chars`` bounds one article (``ParseError(code="too_large")`` beyond it).
    """
    origin = stream.tell()
    stream.seek(origin + facts.bom)
    start, byte, line = 0, origin + facts.bom, 0
    pending: list[str] = []
    size = 0
    for piece in _texts(stream, facts.codec):
        pending.append(piece)
        size += len(piece)
        if size < window_chars:
            continue
        text = "".join(pending)
        cut = _last_start(text)
        if cut == 0:
            _check(size, max_chars)
            pending = [text]
            continue
        window = Window(
            text=text[:cut],
            start=start,
            byte_start=byte,
            byte_end=byte + facts.bytes_of(text[:cut]),
            line=line,
        )
        yield window
        start, byte, line = start + cut, window.byte_end, line + _breaks(window.text)
        pending = [text[cut:]]
        size = len(pending[0])
    if pending:
        text = "".join(pending)
        yield Window(
            text=text, start=start, byte_start=byte, byte_end=byte + facts.bytes_of(text), line=line
        )


def _check(size: int, max_chars: int | None) -> None:
    if max_chars is not None and size > max_chars:
        raise ParseError(
            f"one article of the input is over {size:,} characters, over "
            f"ParseOptions.max_bytes ({max_chars:,}); raise max_bytes or split the file",
            code="too_large",
        )


def parse_window(
    window: Window, facts: Facts, *, source: str | None, options: ParseOptions
) -> Iterator[Article]:
    """The articles of a window, with offsets into the whole input and the input's warnings.

    A :class:`~newsparse.ParseError` gets the line number in the whole input.
    """
    if window.text.isspace() or not window.text:
        return
    try:
        for article in parse_text_all(
            window.text, source=source, encoding=facts.encoding, options=options
        ):
            yield _with_facts(shift(article, window.start), facts, options)
    except ParseError as err:
        raise ParseError(
            err.args[0],
            code=err.code,
            line=err.line + window.line,
            column=err.column,
            problems=err.problems,
        ) from None


def _with_facts(article: Article, facts: Facts, options: ParseOptions) -> Article:
    own = [w for w in article.warnings if w.code not in _FILE_WARNINGS]
    extra = [w for w in facts.warnings if article.start <= w.start <= article.end]
    if len(own) == len(article.warnings) and not extra:
        return article
    if extra and options.strict:
        problems = [f"{w.code.value}: {w.message}" for w in extra]
        raise ParseError(
            f"{len(extra)} problem(s) in strict mode: " + "; ".join(problems),
            code="strict",
            problems=problems,
        )
    found = sorted([*own, *extra], key=lambda w: (w.start, w.code.value))
    return attrs.evolve(article, warnings=tuple(found))


# ---------------------------------------------------------------- moving offsets


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For an attrs class: its offset fields and the fields that may hold models.

    Cached per class: a pure function of the class, never of data.
    """
    offsets = []
    nested = []
    for field in attrs.fields(cls):
        if field.name in ("start", "end"):
            offsets.append(field.name)
        elif field.type not in (int, float, bool, str, "int", "float", "bool", "str"):
            nested.append(field.name)
    return tuple(offsets), tuple(nested)


def shift(value: Any, delta: int) -> Any:
    """``value`` (a model, a tuple of them, or a plain value), every ``start``/``end`` moved.

    Every offset grows by ``delta``.

    >>> from newsparse.models import Span
    >>> shift((Span(text="a", start=0, end=1),), 10)
    (Span(text='a', start=10, end=11),)
    """
    if delta == 0:
        return value
    if isinstance(value, tuple):
        return tuple(shift(v, delta) for v in value)
    cls = type(value)
    if not attrs.has(cls):
        return value
    offsets, nested = _plan(cls)
    changes: dict[str, Any] = {name: getattr(value, name) + delta for name in offsets}
    for name in nested:
        inner = getattr(value, name)
        if inner is not None and (isinstance(inner, tuple) or attrs.has(type(inner))):
            changes[name] = shift(inner, delta)
    return attrs.evolve(value, **changes)
