"""The structure stage's fast paths give what the paths they replaced gave.

Each test holds a shortcut to a reference: the code it replaced (kept here, verbatim in
substance) or the plain definition (``len(text.split())``, the attrs constructor).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import given
from hypothesis import strategies as st

from newsparse import titles
from newsparse.body import is_trailer_line, split_trailer, trailer_start
from newsparse.lines import Block, block_table, blocks_of, line_spans, line_table
from newsparse.models import Paragraph, Span, _new_paragraph, _new_span
from newsparse.paragraphs import count_words
from newsparse.pipeline import _Window
from newsparse.sentences import split_sentences

from .strategies import any_texts, line_soups

_WORDY = " \t\n\r\xa0\u2009\u3000\x1c\x85\u2028ab.“”—é日\ud800"


@given(st.text(alphabet=_WORDY, max_size=40))
def test_count_words_beyond_ascii_is_len_of_split(text: str) -> None:
    """count_words's UTF-8 path counts what str.split splits, white space beyond ASCII too."""
    assert count_words(text) == len(text.split())


@given(st.text(max_size=20), st.integers(-5, 50), st.integers(-5, 50))
def test_fast_constructors_make_what_the_constructors_make(text: str, a: int, b: int) -> None:
    """_new_span and _new_paragraph equal the attrs constructors, field for field."""
    span, para = _new_span(text, a, b), _new_paragraph(text, a, b)
    assert span == Span(text=text, start=a, end=b)
    assert (span.text, span.start, span.end) == (text, a, b)
    assert para == Paragraph(text=text, start=a, end=b)
    assert hash(para) == hash(Paragraph(text=text, start=a, end=b))
    assert repr(para) == repr(Paragraph(text=text, start=a, end=b))


@given(st.text(alphabet="Ab. !?\n", max_size=40), st.integers(0, 9))
def test_paragraph_sentences_are_split_once(text: str, start: int) -> None:
    """Paragraph.sentences is split_sentences of its text, computed once and kept."""
    para = _new_paragraph(text, start, start + len(text))
    first = para.sentences
    assert first == split_sentences(text, offset=start)
    assert para.sentences is first


def _blocks(text: str) -> tuple[Block, ...]:
    return blocks_of(text, line_table(text))


@given(st.one_of(line_soups(), any_texts()))
def test_table_lines_are_the_block_lines(text: str) -> None:
    """first_line, line_extents and stripped_lines agree with the blocks' Lines."""
    table = block_table(text)
    for i, block in enumerate(_blocks(text)):
        assert table.first_line(i) == (block.lines[0].start, block.lines[0].end)
        assert table.line_extents(i) == [(ln.start, ln.end) for ln in block.lines]
        spans = line_spans(text, [block])
        assert table.stripped_lines(i) == [(s.text, s.start) for s in spans]
        window = _Window(table, 0, len(table))
        assert window.text_of(i) == " ".join(s.text for s in spans)
        assert window.line_spans(i) == list(spans)


def _old_split_trailer(text: str, blocks: Sequence[Block], first_body: int) -> int:
    k = len(blocks)
    while k - 1 > first_body and all(
        is_trailer_line(text[ln.start : ln.end]) for ln in blocks[k - 1].lines
    ):
        k -= 1
    return k


_TRAILER_PIECES = ["Reporting by X", "(Editing by Y)", "Read more: z", "Body.", "\n", "\n\n", " "]


@given(
    st.one_of(any_texts(), st.lists(st.sampled_from(_TRAILER_PIECES)).map("".join)),
    st.integers(0, 4),
)
def test_trailer_start_is_the_old_split_trailer(text: str, first_body: int) -> None:
    """trailer_start over line extents finds the trailer the block-by-block loop found."""
    blocks = _blocks(text)
    expected = _old_split_trailer(text, blocks, first_body)
    assert split_trailer(text, blocks, first_body) == expected
    table = block_table(text)
    assert trailer_start(text, table.line_extents, len(table), first_body) == expected


def _old_find_repeat(
    blocks: Sequence[str], title: int, is_byline: Callable[[int], bool]
) -> int | None:
    title_text = blocks[title]
    want = titles.fold_title(title_text)
    if not want:
        return None
    longest = 2 * len(title_text) + 8
    for k in range(title + 1, min(len(blocks), title + 1 + titles.MAX_FRONT_BLOCKS)):
        block = blocks[k]
        if len(block) <= longest and titles.fold_title(block) == want:
            return k
        if titles._more_words_than(block, titles.MAX_FRONT_WORDS) and not is_byline(k):
            return None
    return None


_TITLES = ["A Title", "a title.", "A  TITLE!", "", " ", "Other"]
_front_blocks = st.lists(
    st.one_of(
        st.sampled_from(_TITLES),
        st.integers(0, 100).map(lambda n: " ".join(["w"] * n)),
        st.text(alphabet="aA .!\xa0ß", max_size=12),
    ),
    min_size=1,
    max_size=9,
)


@given(_front_blocks, st.sets(st.integers(0, 9)))
def test_find_repeat_is_the_old_loop(blocks: list[str], bylines: set[int]) -> None:
    """The repeat found candidate first is the one the block-by-block loop found."""
    is_byline = bylines.__contains__
    assert titles._find_repeat(blocks, 0, is_byline) == _old_find_repeat(blocks, 0, is_byline)


@given(st.integers(0, 100).flatmap(lambda n: st.just(" ".join(["w"] * n)) | st.text(max_size=200)))
def test_is_short_counts_words_as_split_does(text: str) -> None:
    """is_short's word limit is len(text.split()) > 60."""
    if len(text.split()) > titles.SUBTITLE_MAX_WORDS:
        assert not titles.is_short(text)
