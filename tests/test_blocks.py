"""The bulk block table equals the line-by-line one, and the shortcuts it relies on hold."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsparse import pipeline
from newsparse.lines import Block, block_table, blocks_of, line_table
from newsparse.models import Paragraph
from newsparse.paragraphs import count_words, paragraphs_at

from .strategies import any_texts, line_soups


def _made(text: str) -> tuple[Block, ...]:
    table = block_table(text)
    return tuple(table.block(i) for i in range(len(table)))


@given(st.one_of(line_soups(), any_texts()))
def test_block_table_equals_blocks_of_line_table(text: str) -> None:
    """Blocks found in bulk are the blocks made line by line: lines, offsets, separators."""
    table = block_table(text)
    expected = blocks_of(text, line_table(text))
    backwards = tuple(reversed([table.block(i) for i in reversed(range(len(table)))]))
    assert _made(text) == expected == backwards
    assert table.starts == [b.start for b in expected]
    assert table.ends == [b.end for b in expected]
    assert table.separated == [b.after_separator for b in expected]
    assert [table.single_line(i) for i in range(len(table))] == [
        len(b.lines) == 1 for b in expected
    ]


@given(st.one_of(line_soups(), any_texts()))
def test_article_starts_from_a_table_equal_the_block_by_block_ones(text: str) -> None:
    """Skipping blocks whose last character is no ``d`` loses no article start."""
    blocks = blocks_of(text, line_table(text))
    expected = pipeline._article_starts(text, blocks)
    assert pipeline._table_starts(text, block_table(text)) == expected


def test_re_white_space_is_str_isspace() -> None:
    """The block patterns use re's \\s for str.isspace: the two agree on every code point."""
    space = re.compile(r"\s")
    differ = [c for c in range(sys.maxunicode + 1) if chr(c).isspace() != bool(space.match(chr(c)))]
    assert differ == []


def test_only_d_lower_cases_to_a_string_ending_in_d() -> None:
    """No character but d and D lower-cases to d: the article-start shortcut relies on it."""
    assert [c for c in range(sys.maxunicode + 1) if chr(c).lower().endswith("d")] == [
        ord("D"),
        ord("d"),
    ]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5))
def test_paragraphs_at_are_paragraphs(extents: list[tuple[int, int]]) -> None:
    """paragraphs_at makes the Paragraphs the constructor makes."""
    text = "abcdefghij" * 3
    starts = [min(a, b) for a, b in extents]
    ends = [max(a, b) for a, b in extents]
    made = paragraphs_at(text, starts, ends)
    assert made == tuple(
        Paragraph(text=text[s:e], start=s, end=e) for s, e in zip(starts, ends, strict=True)
    )


@given(st.one_of(st.text(), line_soups(), any_texts()))
def test_count_words_is_len_of_split(text: str) -> None:
    """count_words counts what str.split splits, white space of every kind included."""
    assert count_words(text) == len(text.split())
