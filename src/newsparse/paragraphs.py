"""Paragraphs of any plain text: its blank-line blocks, with sentence spans.

This is how :func:`newsparse.extract_quotes` and :func:`newsparse.extract_claims` read text
that is not in the article format (a body copied from elsewhere, a single paragraph).

>>> [p.text for p in plain_paragraphs("One. Two.\\n\\nThree.")]
['One. Two.', 'Three.']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsparse.lines import Block, blocks_of, line_table
from newsparse.models import Paragraph

__all__ = ["count_words", "paragraphs_at", "paragraphs_from_blocks", "plain_paragraphs"]


def plain_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every blank-line block of ``text`` as a :class:`~newsparse.Paragraph` (offsets into ``text``)."""
    return paragraphs_from_blocks(text, blocks_of(text, line_table(text)))


def paragraphs_from_blocks(text: str, blocks: Iterable[Block]) -> tuple[Paragraph, ...]:
    """Turn blocks into paragraphs (their sentence spans are computed on first use)."""
    return tuple(Paragraph(text=text[b.start : b.end], start=b.start, end=b.end) for b in blocks)


def paragraphs_at(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[Paragraph, ...]:
    """The paragraphs ``text[starts[i]:ends[i]]`` (blocks given by their extents)."""
    return tuple(
        [Paragraph(text=text[s:e], start=s, end=e) for s, e in zip(starts, ends, strict=True)]
    )


def count_words(text: str) -> int:
    """``len(text.split())``, without making a string per word when the text is Latin-1.

    >>> count_words("  Le café  très\\tbon.\\n"), count_words("a — b\\u3000c")
    (4, 4)

    Latin-1 text is encoded (a copy), every white-space byte mapped to a space and every
    other to ``x``: the words are the ``" x"`` pairs, plus one when the text opens with a
    word. A few C passes instead of an object per word; other text is split.
    """
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return len(text.split())
    marks = data.translate(_WORD_BYTES)
    return marks.count(b" x") + marks.startswith(b"x")


_WORD_BYTES = bytes(32 if chr(b).isspace() else 120 for b in range(256))
"""Each Latin-1 byte: a space when its character is white space (``str.isspace``), else ``x``."""
