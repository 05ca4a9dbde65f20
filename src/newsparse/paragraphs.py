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

__all__ = ["paragraphs_at", "paragraphs_from_blocks", "plain_paragraphs"]


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
