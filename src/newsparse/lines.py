"""Stage 2: the line table and blank-line blocks.

The decoded text is never rewritten. A :class:`~newsparse.lines.Line` records where each line's content
starts and ends (line breaks ``\\n``, ``\\r\\n`` and ``\\r`` excluded, mixed freely); a
:class:`~newsparse.lines.Block` is a run of non-blank lines. Later stages work on these offsets only.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from operator import add
from typing import NamedTuple

from newsparse._patterns import BLOCK_GAP, CONTROL_CHARS, LEADING_GAP, LINE_BREAK
from newsparse.models import Span

__all__ = [
    "BLANK",
    "CONTENT",
    "SEPARATOR",
    "Block",
    "BlockTable",
    "Line",
    "block_table",
    "blocks_of",
    "first_control_character",
    "is_blank",
    "is_separator",
    "line_spans",
    "line_table",
    "newline_styles",
]

_SEPARATORS = frozenset({"---", "***", "===", "\f"})
_MAX_SEPARATOR = 12


CONTENT = 0
"""Line kind: a line with text."""
BLANK = 1
"""Line kind: white space only."""
SEPARATOR = 2
"""Line kind: an article separator (``---``, ``***``, ``===`` or a form feed)."""


class Line(NamedTuple):
    """One line of the input, its line break excluded (a named tuple: cheap to make)."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character (before the line break)."""
    number: int
    """0-based line number."""
    kind: int = CONTENT
    """:data:`CONTENT`, :data:`BLANK` or :data:`SEPARATOR`."""


class Block(NamedTuple):
    """A run of non-blank lines, and its extent without surrounding white space."""

    lines: tuple[Line, ...]
    """The lines, in order."""
    start: int
    """Offset of the first non-blank character."""
    end: int
    """Offset one past the last non-blank character."""
    after_separator: bool = False
    """True when a separator line comes right before the block (a new article starts)."""


def _kind(content: str) -> int:
    if len(content) <= _MAX_SEPARATOR and content.strip(" \t") in _SEPARATORS:
        return SEPARATOR
    return CONTENT if content and not content.isspace() else BLANK


def line_table(text: str) -> tuple[Line, ...]:
    """Every line of ``text`` with its offsets and kind; a final line break opens no line.

    >>> [(x.start, x.end) for x in line_table("a\\r\\nbc\\rd\\n")]
    [(0, 1), (3, 5), (6, 7)]
    """
    if _odd_breaks(text):
        out: list[Line] = []
        pos = 0
        for number, brk in enumerate(LINE_BREAK.finditer(text)):
            out.append(Line(pos, brk.start(), number, _kind(text[pos : brk.start()])))
            pos = brk.end()
        if pos < len(text):
            out.append(Line(pos, len(text), len(out), _kind(text[pos:])))
        return tuple(out)
    return _fast_line_table(text)


def _odd_breaks(text: str) -> bool:
    """True when ``str.splitlines`` would split where FORMAT.md does not (or a lone CR).

    ``str.splitlines`` also breaks lines at ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``,
    ``\\u2028`` and ``\\u2029``; any of them selects the slower, exact line table.
    """
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return True
    if not text.isascii() and ("\x85" in text or "\u2028" in text or "\u2029" in text):
        return True
    return bool(_only(text, _NOT_ODD_ASCII_BREAK))


_ODD_ASCII_BREAKS = frozenset(b"\v\f\x1c\x1d\x1e")
_NOT_ODD_ASCII_BREAK = bytes(b for b in range(256) if b not in _ODD_ASCII_BREAKS)
_CONTROL = frozenset([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def _only(text: str, delete: bytes) -> bytes:
    """The bytes of ``text``'s UTF-8 form left after deleting ``delete``.

    An ASCII byte never occurs inside a multi-byte UTF-8 sequence, so this tells in one C
    pass (about 1 ns a character) whether any of a set of ASCII characters occurs: several
    times faster than a regular-expression character class.
    """
    return text.encode("utf-8", "surrogatepass").translate(None, delete)


def first_control_character(text: str) -> tuple[str, int] | None:
    """The first C0 control character other than tab, line breaks and form feed, and its offset.

    >>> first_control_character("ok\\x07")
    ('\\x07', 2)
    """
    if not _only(text, _NOT_CONTROL):
        return None
    m = CONTROL_CHARS.search(text)
    return None if m is None else (m.group(), m.start())


def _fast_line_table(text: str) -> tuple[Line, ...]:
    """``str.splitlines`` does the work in C when it splits exactly where we do.

    The loop makes each :class:`Line` with ``tuple.__new__`` (a named tuple's own
    constructor is a Python function).
    """
    out: list[Line] = []
    append = out.append
    new = tuple.__new__
    pos = 0
    for number, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.rstrip("\r\n")
        append(new(Line, (pos, pos + len(content), number, _kind(content))))
        pos += len(raw)
    return tuple(out)


_LF = frozenset({"lf"})
_NONE: frozenset[str] = frozenset()


def newline_styles(text: str) -> frozenset[str]:
    """The line-break styles ``text`` uses: a subset of ``{"lf", "crlf", "cr"}``.

    >>> sorted(newline_styles("a\\r\\nb\\nc"))
    ['crlf', 'lf']
    """
    if "\r" not in text:
        return _LF if "\n" in text else _NONE
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
    return line.kind == BLANK


def is_separator(text: str, line: Line) -> bool:
    """True for an article separator line: ``---``, ``***``, ``===`` or a form feed."""
    return line.kind == SEPARATOR


def blocks_of(text: str, lines: Sequence[Line]) -> tuple[Block, ...]:
    """Group ``lines`` into blocks separated by blank (or separator) lines.

    >>> t = "a\\n\\n b \\nc\\n"
    >>> [t[b.start:b.end] for b in blocks_of(t, line_table(t))]
    ['a', 'b \\nc']
    """
    blocks: list[Block] = []
    run: list[Line] = []
    separated = False
    for line in lines:
        if line.kind == CONTENT:
            run.append(line)
            continue
        if run:
            blocks.append(_block(text, run, separated))
            run = []
            separated = False
        if line.kind == SEPARATOR:
            separated = True
    if run:
        blocks.append(_block(text, run, separated))
    return tuple(blocks)


class BlockTable:
    """The blocks of a text, as offsets; a block's :class:`Line` s are made when first asked for.

    ``starts[i]``, ``ends[i]`` and ``separated[i]`` are the fields of block ``i``;
    :meth:`block` gives the whole :class:`Block`. A parse reads the lines of a handful of
    blocks (front matter, trailer, article starts), never of the whole body.
    """

    __slots__ = (
        "_counted",
        "_made",
        "_number",
        "ends",
        "newline_breaks",
        "separated",
        "starts",
        "text",
        "texts",
    )

    def __init__(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        separated: list[bool],
        made: dict[int, Block] | None = None,
        texts: list[str] | None = None,
    ) -> None:
        self.text = text
        self.starts = starts
        """Offset of each block's first non-blank character."""
        self.ends = ends
        """Offset one past each block's last non-blank character."""
        self.separated = separated
        """Whether a separator line comes right before each block."""
        self.texts = (
            [text[s:e] for s, e in zip(starts, ends, strict=True)] if texts is None else texts
        )
        """Each block's text, ``text[starts[i]:ends[i]]`` (kept from the split that found
        the blocks, so no stage slices a block out of the text again)."""
        self._made: dict[int, Block] = {} if made is None else made
        self.newline_breaks = made is None
        """True when every line break of the text is ``\\n`` or ``\\r\\n`` and no line is a
        form feed (the blocks were found in bulk); False for blocks made line by line."""
        self._counted = self._number = 0  # line breaks before offset _counted

    @classmethod
    def of_blocks(cls, text: str, blocks: Sequence[Block]) -> BlockTable:
        """The table of blocks already made."""
        return cls(
            text,
            [b.start for b in blocks],
            [b.end for b in blocks],
            [b.after_separator for b in blocks],
            dict(enumerate(blocks)),
        )

    def __len__(self) -> int:
        return len(self.starts)

    def block(self, i: int) -> Block:
        """Block ``i``, with its lines."""
        made = self._made.get(i)
        if made is None:
            made = self._made[i] = self._make(i)
        return made

    def single_line(self, i: int) -> bool:
        """True when block ``i`` is one line (its text is then the line, stripped)."""
        if self.newline_breaks:
            return "\n" not in self.texts[i]
        return len(self.block(i).lines) == 1

    def first_line(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of block ``i``'s first line, as its first :class:`Line` has them."""
        made = self._made.get(i)
        if made is not None:
            first = made.lines[0]
            return first.start, first.end
        text, start = self.text, self.starts[i]
        nl = text.find("\n", start)
        return text.rfind("\n", 0, start) + 1, len(text) if nl < 0 else nl - (text[nl - 1] == "\r")

    def line_extents(self, i: int) -> list[tuple[int, int]]:
        """``(start, end)`` of each line of block ``i``, as its :class:`Line` s have them.

        Without the line numbers, which cost a count of the line breaks before the block.
        """
        made = self._made.get(i)
        if made is not None:
            return [(line.start, line.end) for line in made.lines]
        text, start, end = self.text, self.starts[i], self.ends[i]
        line_start = text.rfind("\n", 0, start) + 1
        extents = []
        nl = text.find("\n", start, end)
        while nl >= 0:
            extents.append((line_start, nl - (text[nl - 1] == "\r")))
            line_start = nl + 1
            nl = text.find("\n", line_start, end)
        nl = text.find("\n", end)
        extents.append((line_start, len(text) if nl < 0 else nl - (text[nl - 1] == "\r")))
        return extents

    def stripped_lines(self, i: int) -> list[tuple[str, int]]:
        """Each line of block ``i`` without white space around it, and where that starts.

        What :func:`line_spans` gives for the block, as pairs. A one-line block's line is the
        block; the lines of a block of a table found in bulk are its text split at ``\\n``.
        """
        text, start = self.text, self.starts[i]
        if self.newline_breaks:
            block = self.texts[i]
            if "\n" not in block:
                return [(block, start)]
            found = []
            for raw in block.split("\n"):
                stripped = raw.strip()
                found.append((stripped, start + len(raw) - len(raw.lstrip())))
                start += len(raw) + 1
            return found
        return [(span.text, span.start) for span in line_spans(text, [self.block(i)])]

    def _make(self, i: int) -> Block:
        # Only tables of text whose line breaks are \n and \r\n come here (block_table).
        text, start, end = self.text, self.starts[i], self.ends[i]
        line_start = text.rfind("\n", 0, start) + 1
        number = self._line_number(line_start)
        lines = []
        nl = text.find("\n", start, end)
        while nl >= 0:
            lines.append(Line(line_start, nl - (text[nl - 1] == "\r"), number))
            number += 1
            line_start = nl + 1
            nl = text.find("\n", line_start, end)
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl - (text[nl - 1] == "\r")
        lines.append(Line(line_start, line_end, number))
        return Block(tuple(lines), start, end, self.separated[i])

    def _line_number(self, offset: int) -> int:
        """How many line breaks precede ``offset`` (counted on from the last call when later)."""
        if offset < self._counted:
            return self.text.count("\n", 0, offset)
        self._number += self.text.count("\n", self._counted, offset)
        self._counted = offset
        return self._number


def block_table(text: str) -> BlockTable:
    """The blocks of all of ``text``, as ``blocks_of(text, line_table(text))`` gives them.

    >>> t = "a\\n\\n b \\nc\\n---\\nd"
    >>> table = block_table(t)
    >>> [(t[b.start:b.end], b.after_separator) for b in map(table.block, range(len(table)))]
    [('a', False), ('b \\nc', False), ('d', True)]

    Text without a lone ``\\r`` or a form feed (nearly all) is not read line by line:
    :data:`~newsparse._patterns.BLOCK_GAP` splits it at the runs of blank and separator
    lines in one C pass, and the offsets come from the pieces' lengths. (The other
    characters ``str.splitlines`` breaks at are no line breaks here, only white space.)
    """
    if "\f" in text or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return BlockTable.of_blocks(text, blocks_of(text, line_table(text)))
    lead = LEADING_GAP.match(text).end()
    parts = BLOCK_GAP.split(text[lead:] if lead else text)  # block, gap, block, ..., block
    if not parts[-1]:
        del parts[-2:]  # the text ends with a gap (or holds no block)
    texts = list(map(str.rstrip, parts[0::2]))  # a piece opens with its block's first character
    starts = list(accumulate(map(len, parts), initial=lead))[0 : len(parts) : 2]
    ends = list(map(add, starts, map(len, texts)))
    gaps = [text[:lead], *parts[1::2]]
    separated = [False] * len(texts)
    if texts and _holds_separator("".join(gaps)):
        separated = list(map(_holds_separator, gaps))
    return BlockTable(text, starts, ends, separated, texts=texts)


def _holds_separator(gap: str) -> bool:
    """True when ``gap``, blank and separator lines only, holds a separator line."""
    return "---" in gap or "***" in gap or "===" in gap


def _block(text: str, run: list[Line], separated: bool) -> Block:
    first, last = run[0], run[-1]
    start, end = first.start, last.end
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return Block(tuple(run), start, end, separated)


def line_spans(text: str, blocks: Sequence[Block]) -> tuple[Span, ...]:
    """One span per line of ``blocks``, white space around each line left out.

    >>> t = "  a \\nb\\n\\nc"
    >>> [(s.text, s.start) for s in line_spans(t, blocks_of(t, line_table(t)))]
    [('a', 2), ('b', 5), ('c', 8)]
    """
    spans = []
    for block in blocks:
        for ln in block.lines:
            raw = text[ln.start : ln.end]
            stripped = raw.strip()
            start = ln.start + len(raw) - len(raw.lstrip())
            spans.append(Span(text=stripped, start=start, end=start + len(stripped)))
    return tuple(spans)
