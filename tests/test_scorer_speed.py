"""The check-worthiness scorer: :func:`read` gives exactly what its definition gives.

The definition is what the fit reads (``bench/fit_claims.py``): the logistic function of
``bias + Σ weight·value`` over :func:`features`, the sum exactly rounded (``math.fsum``), so
it depends on no order of the terms. ``read`` computes the same sum without building the
feature names (precomputed hand terms, one look-up per distinct token and bigram); these
tests hold it to the definition bit for bit, with the shipped model and with drawn weights.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse._claim_model import (
    _HAND_FEATURES,
    _fields,
    _logistic,
    features,
    load_model,
    make_model,
    read,
    tokens,
)

from .strategies import hostile_texts


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    """Every word the shipped model or a hand-written feature reads, sorted."""
    keys = {*load_model().words, *_fields().table}
    return tuple(sorted({part for key in keys for part in key.split(" ")}))


_WORDS = st.one_of(
    st.sampled_from(_vocabulary()),
    st.sampled_from(["2019", "1,800", "4.6", "12", "$", "€", "%", "?", "!", "don't", "’s", "U.S."]),
)
_CASED = st.tuples(_WORDS, st.sampled_from([str, str.capitalize, str.upper])).map(
    lambda pair: pair[1](pair[0])
)
_MARKED = st.tuples(
    st.sampled_from(["", "", "", '"', "“", "(", "'"]),
    _CASED,
    st.sampled_from(["", "", "", "", ",", ".", "?", "!", '"', "”", ")", "?”", "!)", "’"]),
).map("".join)
_SENTENCES = st.lists(_MARKED, max_size=45).map(" ".join)
"""Sentences of the words the model and the hand-written features read, with their marks:
numbers, quotation marks, capitals, question and exclamation marks, short and long."""
_ANY_SENTENCES = st.one_of(_SENTENCES, _SENTENCES, hostile_texts(), st.text(max_size=80))


def _by_definition(bias: float, weights: Mapping[str, float], sentence: str) -> float:
    """The logistic of ``bias + Σ weight·value`` over :func:`features`, exactly rounded."""
    z = math.fsum([bias, *(weights.get(name, 0.0) * v for name, v in features(sentence).items())])
    return _logistic(z)


def _shipped_weights() -> dict[str, float]:
    model = load_model()
    words = {("b:" if " " in key else "w:") + key: value for key, value in model.words.items()}
    return {**model.hand, **words}


@settings(max_examples=400, deadline=None)
@given(_ANY_SENTENCES)
@example("In 2019 it cost $4.2 billion, 40 per cent more than “Tom Smith” said?")
@example("")
def test_read_is_the_feature_sum_of_the_shipped_model(sentence: str) -> None:
    """read() with the shipped model is, bit for bit, the definition over features()."""
    reading = read(load_model(), sentence)
    assert reading.score == _by_definition(load_model().bias, _shipped_weights(), sentence)
    assert reading.tokens == tokens(sentence)
    assert reading.bigrams == {k[2:] for k in features(sentence) if k.startswith("b:")}


_WEIGHTS = st.one_of(
    st.floats(-8.0, 8.0),
    st.floats(-1e-6, 1e-6),
    st.sampled_from([0.0, -0.0, 1e300, -1e300, 5e-324]),
)
"""Weights of every size, so that a sum in another order than the exact one would show."""


@settings(max_examples=300, deadline=None)
@given(_ANY_SENTENCES, st.data())
def test_read_is_the_feature_sum_of_any_model(sentence: str, data: st.DataObject) -> None:
    """read() with drawn weights on every feature is, bit for bit, the definition."""
    names = sorted({*_HAND_FEATURES, *features(sentence)})
    weights = dict(zip(names, data.draw(st.lists(_WEIGHTS, min_size=len(names))), strict=False))
    bias = data.draw(_WEIGHTS)
    assert read(make_model(bias, weights), sentence).score == _by_definition(
        bias, weights, sentence
    )
