"""Stage 2: the line table and blank-line blocks.

The decoded text is never rewritten. A :class:`~newsparse.lines.Line` records where each line's content
starts and ends (line breaks ``\\n``, ``\\r\\n`` and ``\\r`` excluded, mixed freely); a
:class:`~newsparse.lines.Block` is a run of non-blank lines. Later stages work on these offsets only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse._patterns import LINE_BREAK, ODD_LINE_BREAK

__all__ = ["Block", "Line", "blocks_of", "is_blank", "is_separator", "line_table", "newline_styles"]

_SEPARATORS = frozenset({"---", "***", "===", "\f"})


class Line(NamedTuple):
    """One line of the input, its line break excluded (a named tuple: cheap to make)."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character (before the line break)."""
    number: int
    """0-based line number."""


class Block(NamedTuple):
    """A run of non-blank lines, and its extent without surrounding white space."""

    lines: tuple[Line, ...]
    """The lines, in order."""
    start: int
    """Offset of the first non-blank character."""
    end: int
    """Offset one past the last non-blank character."""


def line_table(text: str) -> tuple[Line, ...]:
    """Every line of ``text`` with its offsets; a final line break opens no empty line.

    >>> [(x.start, x.end) for x in line_table("a\\r\\nbc\\rd\\n")]
    [(0, 1), (3, 5), (6, 7)]
    """
    if ODD_LINE_BREAK.search(text) is None:
        return _fast_line_table(text)
    out: list[Line] = []
    pos = 0
    for number, brk in enumerate(LINE_BREAK.finditer(text)):
        out.append(Line(pos, brk.start(), number))
        pos = brk.end()
    if pos < len(text):
        out.append(Line(pos, len(text), len(out)))
    return tuple(out)


def _fast_line_table(text: str) -> tuple[Line, ...]:
    """``str.splitlines`` does the work in C when it splits exactly where we do."""
    out: list[Line] = []
    pos = 0
    for number, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(content), number))
        pos += len(raw)
    return tuple(out)


def newline_styles(text: str) -> frozenset[str]:
    """The line-break styles ``text`` uses: a subset of ``{"lf", "crlf", "cr"}``.

    >>> sorted(newline_styles("a\\r\\nb\\nc"))
    ['crlf', 'lf']
    """
    crlf = text.count("\r\n")
    styles = set()
    if crlf:
        styles.add("crlf")
    if text.count("\n") > crlf:
        styles.add("lf")
    if text.count("\r") > crlf:
        styles.add("cr")
    return frozenset(styles)


def is_blank(text: str, line: Line) -> bool:
    """True when the line holds only white space."""
    return line.start == line.end or text[line.start : line.end].isspace()


def is_separator(text: str, line: Line) -> bool:
    """True for an article separator line: ``---``, ``***``, ``===`` or a form feed."""
    if line.end - line.start > 12:
        return False
    return text[line.start : line.end].strip(" \t") in _SEPARATORS


def blocks_of(text: str, lines: Sequence[Line]) -> tuple[Block, ...]:
    """Group ``lines`` into blocks separated by blank (or separator) lines.

    >>> t = "a\\n\\n b \\nc\\n"
    >>> [t[b.start:b.end] for b in blocks_of(t, line_table(t))]
    ['a', 'b \\nc']
    """
    blocks: list[Block] = []
    run: list[Line] = []
    for line in lines:
        if is_blank(text, line) or is_separator(text, line):
            if run:
                blocks.append(_block(text, run))
                run = []
        else:
            run.append(line)
    if run:
        blocks.append(_block(text, run))
    return tuple(blocks)


def _block(text: str, run: list[Line]) -> Block:
    first, last = run[0], run[-1]
    head = text[first.start : first.end]
    tail = text[last.start : last.end]
    start = first.start + (len(head) - len(head.lstrip()))
    end = last.end - (len(tail) - len(tail.rstrip()))
    return Block(tuple(run), start, end)
