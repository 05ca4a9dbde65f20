"""Quotes and speakers: the labelled case table, the corpus gold, and properties."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse._quote_patterns import QUOTE_MARK, TOKEN
from newsparse.models import Quote, QuoteKind
from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quotes import (
    _has_mark,
    _mark_spans,
    _may_break,
    _tokens,
    extract_quotes,
    find_quotes,
)
from newsparse.sentences import sentence_breaks
from newsparse.speakers import attribute

from .strategies import texts_in_ranges

CASES_FILE = Path(__file__).parent / "fixtures" / "cases" / "quotes.json"
CORPUS = Path(__file__).parent / "fixtures" / "corpus"
CORPUS_TARGET = 0.97
MARKS = '"“”„«»'


def _cases() -> list[Any]:
    cases = json.loads(CASES_FILE.read_text("utf-8"))["cases"]
    return [
        pytest.param(
            c,
            id=c["name"],
            marks=[pytest.mark.xfail(reason=c["xfail"], strict=True)] if c.get("xfail") else [],
        )
        for c in cases
    ]


def _shape(
    quotes: list[Quote], expected: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """What a case compares; ``mention`` only where the expected quote gives one."""
    out = []
    for k, q in enumerate(quotes):
        shape = {
            "segments": [s.text for s in q.segments],
            "speaker": q.speaker,
            "kind": q.kind.value,
        }
        if expected is not None and k < len(expected) and "mention" in expected[k]:
            shape["mention"] = None if q.speaker_mention is None else q.speaker_mention.text
        out.append(shape)
    return out


@pytest.mark.parametrize("case", _cases())
def test_case_table(case: dict[str, Any]) -> None:
    """Each labelled case gives exactly its expected segments, speakers, kinds (and mentions)."""
    assert _shape(extract_quotes(case["input"]), case["quotes"]) == case["quotes"]


def _corpus_pairs() -> list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_bytes().decode("utf-8-sig")
        gold_doc = json.loads(path.with_suffix(".json").read_text("utf-8"))
        gold = [
            (q["text"], q["speaker"])
            for a in gold_doc.get("articles", [gold_doc])
            for q in a["quotes"]
        ]
        found = [
            (s.text, None if q.kind is QuoteKind.SCARE else q.speaker)
            for q in extract_quotes(text)
            for s in q.segments
        ]
        out.append((path.stem, gold, found))
    return out


def test_corpus_quotes_and_speakers() -> None:
    """At least 97% of the corpus gold quotes are found with the right speaker."""
    total, misses = 0, []
    for stem, gold, found in _corpus_pairs():
        left = list(found)
        for quote in gold:
            total += 1
            if quote in left:
                left.remove(quote)
            else:
                misses.append((stem, quote))
    assert 1 - len(misses) / total >= CORPUS_TARGET, misses


def test_corpus_finds_no_extra_quotes() -> None:
    """Every quotation found in the corpus is one the gold lists."""
    extra = []
    for stem, gold, found in _corpus_pairs():
        texts = [g[0] for g in gold]
        extra.extend((stem, f[0]) for f in found if f[0] not in texts)
    assert extra == []


def test_pipeline_contract_offsets_into_whole_text() -> None:
    """find_quotes and attribute take paragraphs with offsets into the whole input."""
    text = "Header line\n\nTitle\n\n“We won,” said Ada Lind."
    paragraphs = plain_paragraphs(text)[2:]
    opts = ParseOptions()
    quotes, warnings = find_quotes(text, paragraphs, options=opts)
    quotes = attribute(text, paragraphs, quotes, options=opts)
    assert warnings == ()
    assert [(q.text, q.speaker, q.paragraph) for q in quotes] == [("We won,", "Ada Lind", 0)]
    seg = quotes[0].segments[0]
    assert text[seg.start : seg.end] == seg.text


def test_unmatched_mark_is_reported() -> None:
    """A mark without a partner gives an unmatched_quote warning at that mark."""
    text = "He said “no and left. Then “yes,” said Ada Lind."
    quotes, warnings = find_quotes(text, plain_paragraphs(text), options=ParseOptions())
    assert [q.text for q in quotes] == ["yes,"]
    assert [(w.code.value, text[w.start : w.end]) for w in warnings] == [("unmatched_quote", "“")]


def test_speaker_mention_is_the_pronoun() -> None:
    """For ``she said`` the mention is the pronoun and the cue the verb."""
    (quote,) = extract_quotes("Ada Lind spoke.\n\n“We won,” she said.")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "she"
    assert quote.cue is not None
    assert quote.cue.text == "said"


# ---------------------------------------------------------------- properties

_pieces = st.sampled_from(
    [
        "He said ",
        '"',
        "“",
        "”",
        "«",
        "»",
        "„",
        "'",
        "’",
        "''",
        " we won",
        ", she said. ",
        "Ada Lind",
        " ",
        ".",
        ",",
        "\n",
        "\n\n",
        "5'10\"",
        "don't",
    ]
)
_texts = st.lists(_pieces, max_size=40).map("".join)


def _all(text: str) -> tuple[tuple[Quote, ...], tuple[Any, ...]]:
    opts = ParseOptions()
    paragraphs = plain_paragraphs(text)
    quotes, warnings = find_quotes(text, paragraphs, options=opts)
    return attribute(text, paragraphs, quotes, options=opts), warnings


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_segments_slice_the_text(text: str) -> None:
    """Every segment, mention and cue is exactly the text at its offsets."""
    quotes, _ = _all(text)
    for quote in quotes:
        spans = [*quote.segments, quote.speaker_mention, quote.cue]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_quotes_never_overlap(text: str) -> None:
    """Segments of different quotes never overlap and come in order."""
    quotes, _ = _all(text)
    spans = sorted((s.start, s.end) for q in quotes for s in q.segments)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_every_mark_is_paired_or_reported(text: str) -> None:
    """Each double mark or guillemet is inside a quote, next to a segment, or reported."""
    quotes, warnings = _all(text)
    segments = [(s.start, s.end) for q in quotes for s in q.segments]
    covered = [(a - 3, b + 3) for a, b in segments] + [(w.start, w.end) for w in warnings]
    for pos, ch in enumerate(text):
        if ch not in MARKS or (ch == '"' and pos > 0 and text[pos - 1].isdigit()):
            continue
        inside = any(a <= pos < b for a, b in covered)
        empty_pair = _next_to_mark(text, pos)
        assert inside or empty_pair or _next_to_segment(text, pos, segments), (pos, text)


def _next_to_segment(text: str, pos: int, segments: list[tuple[int, int]]) -> bool:
    """A mark with only blanks and marks between it and a segment (segments are trimmed)."""
    blank = MARKS + "'’ \t\n\r\u00a0"
    return any(
        (pos < a and not text[pos + 1 : a].strip(blank))
        or (b <= pos and not text[b:pos].strip(blank))
        for a, b in segments
    )


def _next_to_mark(text: str, pos: int) -> bool:
    """A mark with only blanks or punctuation between it and another mark (an empty pair)."""
    for step in (-1, 1):
        i = pos + step
        while 0 <= i < len(text) and not text[i].isalnum():
            if text[i] in MARKS or text[i] in "'’":
                return True
            i += step
    return False


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _texts)
def test_stray_paragraph_never_removes_quotes(before: str, stray: str) -> None:
    """Adding an unrelated paragraph with a stray mark keeps every quote found elsewhere."""
    base = before.strip() + "\n\n“We won,” said Ada Lind."
    noisy = base + "\n\nThe “ stray " + stray.replace("\n", " ").strip("“\"'’”«»„ ") + "."
    kept = [q.text for q in extract_quotes(base)]
    found = [q.text for q in extract_quotes(noisy)]
    assert found[: len(kept)] == kept


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    """Any text at all gives quotes and warnings without raising."""
    _all(text)


@pytest.mark.parametrize("unit", ["“”", "\"'", "«»", '" ', '"a“', "‘’"])
def test_linear_on_a_megabyte_of_marks(unit: str) -> None:
    """A 1 MB paragraph of alternating marks finishes well under a second."""
    text = (unit * 1_000_000)[:1_000_000]
    began = time.perf_counter()
    _, warnings = _all(text)
    assert time.perf_counter() - began < 0.5
    assert warnings


def test_long_prose_paragraph_is_still_read() -> None:
    """A long paragraph of ordinary quoted prose is paired normally, in linear time."""
    text = " ".join(f"“Point {n},” Ada Lind said." for n in range(2000))
    began = time.perf_counter()
    quotes = extract_quotes(text)
    assert len(quotes) == 2000
    assert all(q.speaker == "Ada Lind" for q in quotes)
    assert time.perf_counter() - began < 5.0


def test_regression_mark_before_blank_line_start() -> None:
    """A mark separated from its quotation by a line break counts as that quote's mark."""
    text = '" \n we won"'
    quotes, _ = find_quotes(text, plain_paragraphs(text), options=ParseOptions())
    assert [s.text for q in quotes for s in q.segments] == ["we won"]


def test_regression_closed_continuation_not_reported_twice() -> None:
    """A continued quotation closed by a mark of its family inside a nested one is one quote."""
    text = '«\n\n«"»"He said '
    quotes, _ = find_quotes(text, plain_paragraphs(text), options=ParseOptions())
    spans = sorted((s.start, s.end) for q in quotes for s in q.segments)
    assert len(spans) == len(set(spans))


def test_regression_later_paragraph_does_not_change_gender() -> None:
    """A pronoun in a later paragraph says nothing about a name's gender (fuzz regression)."""
    base = "Ada Lind''He said \"He said\n\n“We won,” said Ada Lind."
    noisy = base + "\n\nThe “ stray , she said."
    assert [q.speaker for q in extract_quotes(noisy)] == [q.speaker for q in extract_quotes(base)]


@given(texts_in_ranges("'`\"“”„‟«»‘’‚‛ a\n", max_size=40))
def test_mark_scan_is_the_pattern(case: tuple[str, int, int]) -> None:
    """The str.find mark scan finds exactly the spans QUOTE_MARK matches, in any sub-range."""
    assert _mark_spans(*case) == [m.span() for m in QUOTE_MARK.finditer(*case)]


@given(st.text(alphabet="'`\"“”„‟«»‘’‚‛ aé\n", max_size=20))
def test_mark_test_is_the_pattern(text: str) -> None:
    """The quick test for a paragraph with marks agrees with QUOTE_MARK."""
    assert _has_mark(text) == (QUOTE_MARK.search(text) is not None)


@given(texts_in_ranges("aZ9é\u0301'’-.&,“( \n\t\x1c\u00a0", max_size=40))
def test_token_scan_is_the_pattern(case: tuple[str, int, int]) -> None:
    """The chunked token scan finds exactly the tokens TOKEN matches, in any sub-range."""
    assert _tokens(*case) == TOKEN.findall(*case)


@given(st.text(alphabet=".!?…\"'” \n\x1caAU1", max_size=30))
def test_gap_without_terminator_has_no_break(gap: str) -> None:
    """A gap whose terminators all stand in its last character holds one sentence at most."""
    inner = gap.strip()
    if inner and not _may_break(inner[:-1]):
        assert not sentence_breaks(gap, 0, len(gap), first=True)
