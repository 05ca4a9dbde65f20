"""Claims: the shortcuts that assemble a claim give what the paths they replaced give.

Each test holds a shortcut to its reference: the general path it falls back to, or the
plain definition (the attrs constructor).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse._claim_model import load_model, read
from newsparse._claim_patterns import REPORTING_VERBS, is_plain
from newsparse.claims import _cue_lexicons, _new_claim, _seen
from newsparse.models import Claim, ClaimKind, Quantity
from newsparse.quantities import _new_quantity, spelled_words

from .strategies import hostile_texts

_UNITS = st.one_of(st.none(), st.text(max_size=5))


@given(
    st.text(max_size=8),
    st.integers(-5, 50),
    st.integers(-5, 50),
    st.floats(allow_nan=False),
    _UNITS,
)
def test_fast_quantity_is_the_attrs_quantity(
    text: str, start: int, end: int, value: float, unit: str | None
) -> None:
    """_new_quantity makes what Quantity(...) makes, field for field."""
    made = _new_quantity(text, start, end, value, unit)
    reference = Quantity(text=text, start=start, end=end, value=value, unit=unit)
    assert made == reference
    assert hash(made) == hash(reference)
    assert repr(made) == repr(reference)


@given(
    st.text(max_size=8),
    st.integers(-5, 50),
    st.lists(st.sampled_from(ClaimKind), max_size=3).map(tuple),
    st.one_of(st.none(), st.text(max_size=5)),
    st.booleans(),
    st.floats(0, 1),
    st.integers(0, 9),
)
def test_fast_claim_is_the_attrs_claim(
    text: str,
    start: int,
    kinds: tuple[ClaimKind, ...],
    source: str | None,
    hedged: bool,
    score: float,
    paragraph: int,
) -> None:
    """_new_claim makes what Claim(...) makes, field for field."""
    numbers = (Quantity(text="5", start=start, end=start + 1, value=5.0),)
    end = start + len(text)
    made = _new_claim(text, start, end, kinds, source, hedged, score, numbers, paragraph)
    reference = Claim(
        text=text,
        start=start,
        end=end,
        kinds=kinds,
        source=source,
        hedged=hedged,
        score=score,
        numbers=numbers,
        paragraph=paragraph,
    )
    assert made == reference
    assert hash(made) == hash(reference)
    assert repr(made) == repr(reference)


_WORDS = st.sampled_from(
    [
        *("two", "Nine", "thirds", "said", "says", "told", "more", "because", "will", "may"),
        *("last year", "in 2019", "4.6", "1,800", "’s", "'s", "don't", "said’", "two'three"),
        *("Said", "é", "—", "“", "x", "_", "?", "ǅ"),
    ]
)
_SENTENCES = st.one_of(
    st.lists(_WORDS, max_size=12).map(" ".join),
    st.lists(_WORDS, max_size=12).map("".join),
    hostile_texts(),
)
"""Cue words, number and spelled-number words, reporting verbs, apostrophes, plain or not."""


def _sides(sentence: str, toks: list[str]) -> set[str]:
    """The tokens, and the sides of each ``x'y`` token when the sentence holds an apostrophe."""
    out = set(toks)
    if "'" in sentence or "’" in sentence:
        out.update(side for tok in toks if "'" in tok for side in tok.split("'"))
    return out


@settings(max_examples=400, deadline=None)
@given(_SENTENCES)
@example("Two said he'd said’ it would cost 4.6 percent more last year.")
@example("Ninety-nine’s told é")
def test_one_pass_over_the_tokens_reads_each_lexicon(sentence: str) -> None:
    """_seen gives what a look-up of each lexicon among the tokens gives, lexicon by lexicon."""
    reading = read(load_model(), sentence)
    toks, bigrams = reading.tokens, reading.bigrams
    seen = _seen(sentence, toks, bigrams)
    cues = 0
    for bit, lexicon in enumerate(_cue_lexicons()):
        if not lexicon.isdisjoint(toks) or not lexicon.isdisjoint(bigrams):
            cues |= 1 << bit
    assert seen.cues == cues
    if is_plain(sentence):
        words = _sides(sentence, toks)
        assert seen.digits == ("#n" in toks or "#y" in toks)
        assert seen.spelled == spelled_words() & words
        assert seen.verbs == frozenset(REPORTING_VERBS) & words
    else:
        assert seen.digits
        assert seen.spelled is None
        assert seen.verbs == {verb for verb in REPORTING_VERBS if verb in sentence}
