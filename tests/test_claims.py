"""Claims: labelled cases, quantities, the corpus gold, and properties of the claim stage."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._claim_model import _number_token, features, load_model, read, tokens
from newsparse._claim_patterns import (
    CLAIM_TOKEN,
    NOT_PLAIN,
    REPORTED_AFTER,
    REPORTED_BY,
    REPORTING_VERBS,
    TIME_AFTER,
    TIME_AFTER_LETTERS,
)
from newsparse.claims import (
    CLAIM_THRESHOLD,
    _quantities,
    _reported_by,
    _seen,
    checkworthiness,
    extract_claims,
    find_claims,
)
from newsparse.models import ClaimKind, Quote, Span
from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quantities import find_quantities, spelled_words

from .strategies import any_texts, hostile_texts

HERE = Path(__file__).parent
CASES = json.loads((HERE / "fixtures/cases/claims.json").read_text("utf-8"))
CORPUS = HERE / "fixtures/corpus"
NO_QUOTES = ParseOptions(quotes=False)
MIN_HIT_RATE = 0.95


def _params(rows: list[dict[str, Any]]) -> list[Any]:
    return [
        pytest.param(
            row,
            id=row["text"][:40],
            marks=[pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else [],
        )
        for row in rows
    ]


@pytest.mark.parametrize("case", _params(CASES["claims"]))
def test_claim_case(case: dict[str, Any]) -> None:
    """Each labelled sentence is (or is not) a claim, with the listed kinds, hedge and source."""
    claims = extract_claims(case["text"], options=NO_QUOTES)
    assert bool(claims) is case["claim"]
    if not claims:
        return
    (claim,) = claims
    assert {ClaimKind(k) for k in case.get("kinds", [])} <= set(claim.kinds)
    if "hedged" in case:
        assert claim.hedged is case["hedged"]
    if "source" in case:
        assert claim.source == case["source"]


@pytest.mark.parametrize("case", _params(CASES["sources"]))
def test_source_case(case: dict[str, Any]) -> None:
    """The claim of the sentence holding ``sentence`` has the labelled source (and kinds)."""
    claims = extract_claims(case["text"], options=ParseOptions(claim_threshold=0.0))
    (claim,) = [c for c in claims if case["sentence"] in c.text]
    assert claim.source == case["source"]
    assert {ClaimKind(k) for k in case.get("kinds", [])} <= set(claim.kinds)


@pytest.mark.parametrize("case", _params(CASES["quantities"]))
def test_quantity_case(case: dict[str, Any]) -> None:
    """Each labelled text gives exactly the listed quantities (text, value, unit)."""
    got = [[q.text, q.value, q.unit] for q in find_quantities(case["text"])]
    assert got == case["expect"]


def test_quoted_claim_takes_the_speaker() -> None:
    """A claim inside a direct quotation is of kind quote and its source is the speaker."""
    text = '"We cut waiting times by 40 percent in 2024," said Ada Brink.'
    seg = Span(text=text[1:42], start=1, end=42)
    quote = Quote(text=seg.text, segments=(seg,), speaker="Ada Brink")
    (claim,) = find_claims(text, plain_paragraphs(text), [quote], options=NO_QUOTES)
    assert ClaimKind.QUOTE in claim.kinds
    assert claim.source == "Ada Brink"


def test_threshold_option_is_used() -> None:
    """A higher claim_threshold keeps fewer claims, and 0 keeps every sentence."""
    text = "Sales rose 4 percent in 2024. It was a fine day. Thank you."
    every = extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=0.0))
    assert len(every) == 3
    assert not extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=1.01))
    assert ParseOptions().claim_threshold == CLAIM_THRESHOLD


def _corpus() -> list[tuple[str, list[newsparse.Article], list[dict[str, Any]]]]:
    out = []
    for gold_path in sorted(CORPUS.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        text = text_path.read_bytes().decode("utf-8-sig")
        gold = json.loads(gold_path.read_text("utf-8"))
        golds = gold.get("articles", [gold])
        options = ParseOptions(claims=False)
        articles = list(newsparse.iter_articles(text, options))
        out.append((text, articles, golds))
    return out


def _hit_rates() -> tuple[float, float, list[str]]:
    pos = pos_hit = neg = neg_hit = 0
    misses = []
    for text, articles, golds in _corpus():
        claims = [
            c
            for a in articles
            for c in find_claims(text, a.paragraphs, a.quotes, options=ParseOptions())
        ]
        for gold in golds:
            for key in ("claims_positive", "claims_negative"):
                for part in gold.get(key, []):
                    at = text.find(part)
                    inside = any(c.start <= at and at + len(part) <= c.end for c in claims)
                    if key == "claims_positive":
                        pos, pos_hit = pos + 1, pos_hit + inside
                    else:
                        neg, neg_hit = neg + 1, neg_hit + inside
                    if inside is (key == "claims_negative"):
                        misses.append(f"{key}: {part}")
    return pos_hit / pos, 1 - neg_hit / neg, misses


def test_corpus_claims_golden() -> None:
    """At least 95% of corpus positives lie in a claim and at least 95% of negatives do not."""
    positives, negatives, misses = _hit_rates()
    assert positives >= MIN_HIT_RATE, misses
    assert negatives >= MIN_HIT_RATE, misses


@settings(max_examples=60, deadline=None)
@given(any_texts())
def test_claim_spans_slice_the_text_inside_one_paragraph(text: str) -> None:
    """Every claim slices the text exactly and lies inside the paragraph it names."""
    paragraphs = plain_paragraphs(text)
    for claim in extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=0.0)):
        assert text[claim.start : claim.end] == claim.text
        para = paragraphs[claim.paragraph]
        assert para.start <= claim.start <= claim.end <= para.end
        for q in claim.numbers:
            assert text[q.start : q.end] == q.text
            assert claim.start <= q.start <= q.end <= claim.end


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=200), hostile_texts()), max_size=6))
def test_scores_in_unit_interval_deterministic_and_batch_independent(sentences: list[str]) -> None:
    """Scores lie in [0, 1], repeat exactly, and do not depend on the rest of the batch."""
    batch = checkworthiness(sentences)
    assert all(0.0 <= s <= 1.0 for s in batch)
    assert batch == checkworthiness(sentences)
    assert batch == [checkworthiness([s])[0] for s in sentences]
    assert batch == checkworthiness(sentences[::-1])[::-1]


@settings(max_examples=60, deadline=None)
@given(hostile_texts())
def test_extraction_never_raises(text: str) -> None:
    """Claims and quantities never raise on hostile text."""
    extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=0.0))
    find_quantities(text)


_NUMBERISH_FRAGMENTS = (
    "million",
    "millions",
    "bn",
    "m",
    "k",
    "percent",
    "per cent",
    "%",
    "US$",
    "two-thirds",
    "one in three",
    "hundred",
    "thousand",
    "a.m.",
    "March",
    "d'euros",
    "²",
    "½",
    "٣",
)


def numberish_texts() -> st.SearchStrategy[str]:
    """Text mixing digits, separators, currency signs, scale and fraction words, odd spaces."""
    chars = st.text(alphabet="0123456789,. $€£¥-–:\u00a0\u202f\u2009\n", max_size=12)
    pieces = st.one_of(chars, st.sampled_from(_NUMBERISH_FRAGMENTS))
    return st.lists(pieces, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(numberish_texts())
def test_numberish_text_never_raises(text: str) -> None:
    """Quantities and claims never raise on text made of number parts, and spans slice it."""
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
    extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=0.0))


def test_fuzz_leading_space_number() -> None:
    """A number after leading white space is read from its first digit (was a ValueError)."""
    (q,) = find_quantities(" 60,000 robot mowers")
    assert (q.text, q.start, q.value) == ("60,000 robot", 1, 60000.0)


def test_fuzz_superscript_is_not_a_digit() -> None:
    """A superscript ``²`` is a numeral but not a decimal digit: no quantity (was a ValueError)."""
    assert find_quantities("²") == ()
    assert [q.text for q in find_quantities("5 km² of forest")] == ["5 km"]
    assert [q.value for q in find_quantities("٣٠٠ visitors")] == [300.0]


def test_fuzz_digit_unknown_to_python_unicode_tables() -> None:
    """A digit ``regex`` knows but ``float`` does not (U+1CCF0) is skipped (was a ValueError)."""
    assert find_quantities("\U0001ccf0 people") == ()
    extract_claims("\U0001ccf0 people", options=NO_QUOTES)


def test_ratio_with_a_zero_denominator() -> None:
    """``one in zero`` is no ratio: ``one`` is read alone (was a ZeroDivisionError)."""
    assert [q.value for q in find_quantities("one in three voters")] == [1 / 3]
    assert all(q.value == q.value for q in find_quantities("one in zero patients"))
    extract_claims("Officials said one in zero patients recovered.", options=NO_QUOTES)


_TOKENISH = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("aZ’'-.,:;$€%?!\"“(1 \n\t\u00a0\u2009\x1c_²İß")),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TOKENISH, hostile_texts()))
def test_tokens_equal_the_token_pattern(sentence: str) -> None:
    """The chunk-wise tokenizer gives exactly the matches of CLAIM_TOKEN over the sentence."""
    found = CLAIM_TOKEN.findall(sentence.lower().replace("’", "'"))
    assert tokens(sentence) == [_number_token(t) if t[0] in "0123456789" else t for t in found]


def _reference_score(sentence: str) -> float:
    model = load_model()
    weights = {
        **model.hand,
        **{("b:" if " " in k else "w:") + k: v for k, v in model.words.items()},
    }
    z = model.bias + sum(weights.get(k, 0.0) * v for k, v in features(sentence).items())
    return 1 / (1 + math.exp(-z))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TOKENISH, hostile_texts(), st.sampled_from([c["text"] for c in CASES["claims"]])))
def test_fast_score_equals_the_feature_sum(sentence: str) -> None:
    """read() scores a sentence as the logistic of the weighted features() the fit reads."""
    assert math.isclose(
        read(load_model(), sentence).score, _reference_score(sentence), abs_tol=1e-12
    )


def test_extraction_is_linear_in_input_size() -> None:
    """Eight times the text takes well under 8 x 8 times as long (no quadratic blow-up)."""
    unit = (CORPUS / "02-valmore-solar-tariff.txt").read_bytes().decode("utf-8-sig")
    hostile = "1,1,1,1 $$$ 9.9.9 one-one-one " * 40

    def cost(text: str) -> float:
        began = time.perf_counter()
        extract_claims(text, options=ParseOptions(quotes=False, claim_threshold=0.0))
        return time.perf_counter() - began

    # From twice the piece up: the wall time per character steps up once between one and two
    # copies (the profile's call counts double exactly: allocation, not work), then stays flat.
    for piece in (unit, hostile):
        small = min(cost(piece * 2) for _ in range(3))
        large = min(cost(piece * 16) for _ in range(3))
        assert large < small * 8 * 3


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    """Two processes with different PYTHONHASHSEED give bit-identical scores."""
    code = (
        "import newsparse, json;"
        "print(json.dumps(newsparse.checkworthiness(["
        "'Unemployment fell to 4.6 percent in 2019, the lowest since 1969.',"
        "'The company said its 1,150 workers would keep their jobs.',"
        "'I think this is a great day for America and for our children.'])))"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outs) == 1


def test_plain_marks_are_neither_word_characters_nor_cased() -> None:
    """The non-ASCII marks NOT_PLAIN lets through are no letter, mark, digit or cased character."""
    marks = [chr(c) for c in range(0x80, 0x110000) if not NOT_PLAIN.match(chr(c))]
    assert marks
    for mark in marks:
        assert not mark.isalnum()
        assert not regex.match(r"[\w\p{L}\p{M}\p{N}]", mark)
        assert mark.lower() == mark.casefold() == mark


def test_token_witnesses_are_lower_case_ascii_words() -> None:
    """The words the claim stage looks for among the scorer's tokens are plain lower-case words."""
    for word in (*spelled_words(), *REPORTING_VERBS):
        assert word.isascii()
        assert word.isalpha()
        assert word.islower()


_WITNESS_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(
            [*_NUMBERISH_FRAGMENTS, "two", "Nine", "said", "says", "’", "'", "x", "5", "_"]
        ),
        _TOKENISH,
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_WITNESS_TEXTS)
def test_token_witnesses_skip_only_idle_readers(sentence: str) -> None:
    """Token witnesses change no quantity and hide no reporting verb the patterns would find."""
    text = f"A. {sentence}"
    span = Span(text=sentence, start=3, end=3 + len(sentence))
    reading = read(load_model(), sentence)
    seen = _seen(sentence, reading.tokens, reading.bigrams)
    assert _quantities(text, span, seen) == find_quantities(text, span.start, span.end)
    if not seen.verbs:
        assert not REPORTED_BY.search(sentence)
        assert not REPORTED_AFTER.search(sentence)


_REPORTING_PIECES = (
    *("said", "says", "told", "saying", "unsaid", "shows"),
    *(",", ", ", "", " "),
    *("Ada", "Mr.", "(R-S.C.)", "it"),
)
"""Words and separators that make ``X said`` and its near misses."""


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_REPORTING_PIECES),
            _TOKENISH,
        ),
        max_size=12,
    ).map(" ".join)
)
def test_reported_by_tries_only_where_the_search_can_match(sentence: str) -> None:
    """Trying the start and each comma gives what a search of REPORTED_BY gives."""
    found, searched = _reported_by(sentence), REPORTED_BY.search(sentence)
    assert (found and (found.span(), found["who"])) == (
        searched and (searched.span(), searched["who"])
    )


def test_time_after_begins_with_its_letters() -> None:
    """A clock time after a number holds one of TIME_AFTER_LETTERS in its first two places."""
    starts = regex.compile(r"[ap]|h|o", regex.IGNORECASE)
    assert {chr(c) for c in range(0x110000) if starts.match(chr(c))} == TIME_AFTER_LETTERS
    # the pattern the letters stand for: a change to it must update TIME_AFTER_LETTERS
    assert TIME_AFTER.pattern == r"\s?+[ap]\.?m\b|\s?+h\p{N}|\s?+o'clock"
