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

__all__ = ["count_words", "paragraphs_at", "paragraphs_from_blocks", "plain_paragraphs"]


def plain_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every blank-line block of ``text`` as a :class:`~newsparse.Paragraph` (offsets into ``text``)."""
    return paragraphs_from_blocks(text, blocks_of(text, line_table(text)))


def paragraphs_from_blocks(text: str, blocks: Iterable[Block]) -> tuple[Paragraph, ...]:
    """Turn blocks into paragraphs (their sentence spans are computed on first use)."""
    return tuple(Paragraph(text=text[b.start : b.end], start=b.start, end=b.end) for b in blocks)


def paragraphs_at(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[Paragraph, ...]:
    """The paragraphs ``text[starts[i]:ends[i]]`` (blocks given by their extents)."""
    new = _new_paragraph
    return tuple([new(text[s:e], s, e) for s, e in zip(starts, ends, strict=True)])


def count_words(text: str) -> int:
    """``len(text.split())``, without making a string per word.

    >>> count_words("  Le café  très\\tbon.\\n"), count_words("a — b\\u3000c"), count_words("“a” b")
    (4, 4, 2)

    The text's bytes (Latin-1 when it is Latin-1, else UTF-8) are mapped to a space for
    each white-space character and an ``x`` for each other byte: the words are the ``" x"``
    pairs, plus one when the text opens with a word. A few C passes instead of an object
    per word. In UTF-8 a character beyond ASCII is several bytes, all ``x``: right unless
    it is white space (``\\xa0``, ``\\u2009``...), which the characters beyond ASCII,
    gathered in one more pass, tell; such text is split.
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
