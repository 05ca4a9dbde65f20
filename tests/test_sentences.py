"""Sentence spans: the traps of news prose, and the properties every split keeps."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._patterns import SENTENCE_END
from newsparse.sentences import sentence_breaks, split_sentences, terminator_runs

from .strategies import texts_in_ranges

CASES = [
    ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
    ("Dr. Ann Lee and Gov. Bo Park met on Jan. 5. Talks ran late.", 2),
    ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
    ("Prices rose 4.6 percent. Wages did not.", ["Prices rose 4.6 percent.", "Wages did not."]),
    ("The U.S. team won. The U.N. said so.", ["The U.S. team won.", "The U.N. said so."]),
    ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
    ("“Why?” she asked. Nobody knew.", ["“Why?” she asked.", "Nobody knew."]),
    ("It ended... Then it began.", ["It ended...", "Then it began."]),
    ("“It works.” Then he left.", ["“It works.”", "Then he left."]),
    ("Wait!) No. 5 is next.", 2),
    ("no capital after. so one sentence", ["no capital after. so one sentence"]),
    ("   ", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_sentence_case(text: str, want: list[str] | int) -> None:
    """Abbreviations, initials, decimals, initialisms and quoted questions split as news reads."""
    got = [s.text for s in split_sentences(text)]
    if isinstance(want, int):
        assert len(got) == want, got
    else:
        assert got == want


@given(texts_in_ranges(".!?…\"'”’»)] \n\x1caAb1\u00a0(", max_size=60))
def test_terminator_runs_are_the_pattern(case: tuple[str, int, int]) -> None:
    """The str.find scan finds exactly the runs SENTENCE_END matches, in any sub-range."""
    assert terminator_runs(*case) == [m.span() for m in SENTENCE_END.finditer(*case)]


@given(texts_in_ranges(".!?…\"'”’»)] \n\x1caAbU1(", max_size=60))
def test_breaks_are_the_sentences(case: tuple[str, int, int]) -> None:
    """A range has one sentence more than breaks; the first break alone says if it has two."""
    spans = split_sentences(*case)
    breaks = sentence_breaks(*case)
    assert len(spans) == len(breaks) + 1 if spans else not breaks
    assert [(a.end, b.start) for a, b in itertools.pairwise(spans)] == breaks
    assert sentence_breaks(*case, first=True) == breaks[:1]


@given(st.text(max_size=300), st.integers(0, 50))
def test_spans_slice_and_cover(text: str, offset: int) -> None:
    """Every span slices the text exactly; together they hold every non-blank character."""
    spans = split_sentences(text, offset=offset)
    for span in spans:
        assert text[span.start - offset : span.end - offset] == span.text
        assert span.text == span.text.strip()
    assert "".join("".join(s.text for s in spans).split()) == "".join(text.split())
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("unit", [".", "?!", ". ", ".) ", "U.S. ", "Mr. ", "“A.” ", "…"], ids=repr)
def test_linear_on_long_runs(unit: str) -> None:
    """Ten times the input costs about ten times the time, never a hundred."""

    def took(n: int) -> float:
        text = unit * n
        began = time.perf_counter()
        split_sentences(text)
        return time.perf_counter() - began

    took(1000)  # warm up
    small, large = min(took(20_000) for _ in range(3)), min(took(200_000) for _ in range(2))
    assert large < 30 * max(small, 1e-4), (small, large)
