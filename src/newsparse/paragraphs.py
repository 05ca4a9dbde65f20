"""Paragraphs of any plain text: its blank-line blocks, with sentence spans.

This is how :func:`newsparse.extract_quotes` and :func:`newsparse.extract_claims` read text
that is not in the article format (a body copied from elsewhere, a single paragraph).

>>> [p.text for p in plain_paragraphs("One. Two.\\n\\nThree.")]
['One. Two.', 'Three.']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsparse.lines import Block, blocks_of, line_table
from newsparse.models import Paragraph, _new_paragraph

__all__ = [
    "WordCounter",
    "count_words",
    "paragraphs_at",
    "paragraphs_from_blocks",
    "paragraphs_of",
    "plain_paragraphs",
]


def plain_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every blank-line block of ``text`` as a :class:`~newsparse.Paragraph` (offsets into ``text``)."""
    return paragraphs_from_blocks(text, blocks_of(text, line_table(text)))


def paragraphs_from_blocks(text: str, blocks: Iterable[Block]) -> tuple[Paragraph, ...]:
    """Turn blocks into paragraphs (their sentence spans are computed on first use)."""
    return tuple(Paragraph(text=text[b.start : b.end], start=b.start, end=b.end) for b in blocks)


def paragraphs_at(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[Paragraph, ...]:
    """The paragraphs ``text[starts[i]:ends[i]]`` (blocks given by their extents)."""
    return tuple(
        map(_new_paragraph, [text[s:e] for s, e in zip(starts, ends, strict=True)], starts, ends)
    )


def paragraphs_of(
    texts: Sequence[str], starts: Sequence[int], ends: Sequence[int]
) -> tuple[Paragraph, ...]:
    """The paragraphs of texts already cut out of the text, with their extents."""
    return tuple(map(_new_paragraph, texts, starts, ends))


def count_words(text: str) -> int:
    """``len(text.split())``, without making a string per word.

    >>> count_words("  Le café  très\\tbon.\\n"), count_words("a — b\\u3000c"), count_words("“a” b")
    (4, 4, 2)

    The text's bytes are mapped to a space for each white-space character and an ``x`` for
    each other byte: the words are the ``" x"`` pairs, plus one when the text opens with a
    word. A few C passes instead of an object per word. The bytes are UTF-8, where a
    character beyond ASCII is several bytes, all ``x``: right unless it is white space
    (``\\xa0``, ``\\u2009``...), which the characters beyond ASCII, gathered in one more
    pass, tell; such text is counted in Latin-1 when it is Latin-1, else split.
    """
    if text.isascii():
        return _count_marks(text.encode("ascii").translate(_WORD_BYTES))
    data = text.encode("utf-8", "surrogatepass")
    beyond = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if beyond.split() == [beyond]:  # no white space beyond ASCII
        return _count_marks(data.translate(_UTF8_WORD_BYTES))
    try:
        return _count_marks(text.encode("latin-1").translate(_WORD_BYTES))
    except UnicodeEncodeError:
        return len(text.split())


def _count_marks(marks: bytes) -> int:
    return marks.count(b" x") + marks.startswith(b"x")


_WORD_BYTES = bytes(32 if chr(b).isspace() else 120 for b in range(256))
"""Each Latin-1 byte: a space when its character is white space (``str.isspace``), else ``x``."""
_UTF8_WORD_BYTES = _WORD_BYTES[:128] + b"x" * 128
"""Each UTF-8 byte: ASCII as in :data:`_WORD_BYTES`; every byte of a longer character ``x``."""
_ASCII_BYTES = bytes(range(128))


class WordCounter:
    """``count_words`` of ranges of one text, and whether it holds control characters.

    One pass over the whole text serves both: its UTF-8 bytes are mapped (``_MARKS``)
    to a space for white space, ``x`` for any other byte, ``!`` for a control character
    (C0 but tab, line breaks and form feed, or DEL) and ``w`` for one that is white space
    too. Without control characters the words of a range are the ``" x"`` pairs in its
    bytes, plus one when it opens with ``x``, as :func:`count_words` counts them; with
    them, or with white space beyond ASCII, ranges are counted by :func:`count_words`.

    >>> words = WordCounter("One two\\n\\nthree “four”")
    >>> words.count(0, 7), words.count(9, 23), words.has_control
    (2, 2, False)
    """

    __slots__ = ("_data", "_exact", "_marks", "_text", "has_control")

    def __init__(self, text: str) -> None:
        self._text = text
        self._data = text.encode("utf-8", "surrogatepass")
        self._marks = self._data.translate(_MARKS)
        self.has_control = b"!" in self._marks or b"w" in self._marks
        """True when the text holds a control character."""
        self._exact: bool | None = None  # whether the marks count every range; found on use

    def count(self, start: int, end: int) -> int:
        """``count_words(text[start:end])``."""
        text, marks = self._text, self._marks
        if self._exact is None:
            self._exact = not self.has_control and _no_space_beyond_ascii(self._data)
        if not self._exact:
            return count_words(text[start:end])
        if not text.isascii():  # byte offsets: the UTF-8 lengths before and after the range
            start = len(text[:start].encode("utf-8", "surrogatepass"))
            end = len(marks) - len(text[end:].encode("utf-8", "surrogatepass"))
        if start >= end:
            return 0
        return marks.count(b" x", start, end) + (marks[start] == _X)


def _no_space_beyond_ascii(data: bytes) -> bool:
    """True when every white-space character of the UTF-8 ``data`` is ASCII."""
    if data.isascii():
        return True
    beyond = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return beyond.split() == [beyond]


_X = ord("x")
_CONTROL = frozenset([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MARKS = bytes(
    (ord("w") if b in _CONTROL else 32)
    if b < 128 and chr(b).isspace()
    else (ord("!") if b in _CONTROL else 120)
    for b in range(256)
)
"""Each UTF-8 byte: white space, a space; a control character, ``!`` (``w`` when white
space); any other byte, ``x``."""
