"""The check-worthiness scorer: features of one sentence and a logistic model over them.

Kept apart from :mod:`newsparse.claims` so that the fitting script (``bench/fit_claims.py``)
computes exactly the features the shipped scorer reads. See :mod:`newsparse.claims` for
what the model is and how it was fitted.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from newsparse._claim_patterns import CLAIM_TOKEN
from newsparse._lexicon import lexicon

__all__ = ["Model", "features", "load_model", "make_model", "score", "tokens"]

_DIGITS = frozenset("0123456789")
_CENTURIES = ("19", "20")
_CURRENCY = frozenset("$€£¥")
_MONEY_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "crowns", "cents"})
_SCALE_WORDS = frozenset({"thousand", "million", "millions", "billion", "billions", "trillion"})
_QUOTE_MARKS = frozenset('"“”«»„')
_HAND_CAP = 3
"""Counts of a cue (numbers, topic words, ...) stop adding after this many."""
_LONG = 40
"""Length in tokens at which the length feature saturates."""
_SHORT = 5
"""Sentences shorter than this many tokens carry the ``h:short`` feature."""


class Model(NamedTuple):
    """A fitted logistic model: ``score = 1 / (1 + exp(-(bias + Σ weight·value)))``."""

    bias: float
    """The intercept."""
    hand: Mapping[str, float]
    """Weights of the hand-written ``h:`` features."""
    unigrams: Mapping[str, float]
    """Weights of the ``w:`` features, keyed by bare token."""
    bigrams: Mapping[str, float]
    """Weights of the ``b:`` features, keyed by ``"token token"``."""
    words: bool = True
    """Whether the model reads word features or hand-written ones only."""


def make_model(bias: float, weights: Mapping[str, float], *, words: bool = True) -> Model:
    """A :class:`Model` from a bias and weights keyed by feature name (read-only tables)."""

    def part(prefix: str, strip: int) -> Mapping[str, float]:
        return MappingProxyType({k[strip:]: v for k, v in weights.items() if k.startswith(prefix)})

    return Model(bias, part("h:", 0), part("w:", 2), part("b:", 2), words)


def tokens(sentence: str) -> list[str]:
    """Lower-cased scorer tokens; numbers become ``#y`` (a year) or ``#n``.

    >>> tokens("In 2019 it cost $4.2 billion?")
    ['in', '#y', 'it', 'cost', '$', '#n', 'billion', '?']
    """
    found = CLAIM_TOKEN.findall(sentence.lower().replace("’", "'"))
    return [(_number_token(t) if t[0] in _DIGITS else t) for t in found]


def _number_token(tok: str) -> str:
    return "#y" if len(tok) == 4 and tok[:2] in _CENTURIES else "#n"


def features(sentence: str, *, words: bool = True) -> dict[str, float]:
    """Every feature of one sentence with its value (absent features are 0).

    Word features are ``w:`` unigrams and ``b:`` bigrams of :func:`tokens` (with ``<s>`` at
    the start); hand-written features start with ``h:``.
    """
    toks = tokens(sentence)
    bigrams = {a + " " + b for a, b in zip(["<s>", *toks], toks, strict=False)}
    out = _hand(sentence, toks, bigrams)
    if words:
        out.update(("w:" + t, 1.0) for t in toks)
        out.update(("b:" + pair, 1.0) for pair in bigrams)
    return out


_CUE_LEXICONS = (
    "claim_comparatives",
    "claim_factual_verbs",
    "claim_topics",
    "claim_hedges",
    "claim_opinion",
    "claim_first_person",
    "claim_second_person",
    "claim_attribution",
    "claim_causal",
    "claim_legal",
    "claim_prediction",
)
"""Cue lexicons in ``data/``; each gives the feature ``h:NAME`` without its ``claim_`` prefix."""
_CUE_FEATURES = tuple("h:" + name.removeprefix("claim_") for name in _CUE_LEXICONS)


@functools.cache
def _cues() -> Mapping[str, tuple[int, ...]]:
    """Every cue word or bigram with the indexes of the lexicons that list it (read once)."""
    table: dict[str, tuple[int, ...]] = {}
    for i, name in enumerate(_CUE_LEXICONS):
        for entry in lexicon(name):
            table[entry] = (*table.get(entry, ()), i)
    return MappingProxyType(table)


def _hand(sentence: str, toks: list[str], bigrams: set[str]) -> dict[str, float]:
    """The hand-written features: numbers, cue lexicons, stance, form."""
    cues = _cues()
    counts = [0] * len(_CUE_LEXICONS)
    for key in (*toks, *bigrams):
        for i in cues.get(key, ()):
            counts[i] += 1
    numbers = toks.count("#n")
    spelled = any(t in lexicon("number_words") or t in _SCALE_WORDS for t in toks)
    stripped = sentence.rstrip(" \"'”’»)")
    capitals = sum(1 for w in sentence.split()[1:] if w[:1].isupper())
    feats = {
        "h:number": 1.0 if numbers else 0.0,
        "h:numbers": min(numbers, _HAND_CAP) / _HAND_CAP,
        "h:spelled_number": 1.0 if spelled else 0.0,
        "h:year": 1.0 if "#y" in toks else 0.0,
        "h:percent": 1.0 if ("%" in toks or "percent" in toks or "per cent" in bigrams) else 0.0,
        "h:money": 1.0
        if (_CURRENCY.intersection(toks) or _MONEY_WORDS.intersection(toks))
        else 0.0,
        "h:question": 1.0 if stripped.endswith("?") else 0.0,
        "h:exclamation": 1.0 if stripped.endswith("!") else 0.0,
        "h:quote_mark": 1.0 if _QUOTE_MARKS.intersection(sentence) else 0.0,
        "h:capitals": min(capitals, _HAND_CAP) / _HAND_CAP,
        "h:short": 1.0 if len(toks) < _SHORT else 0.0,
        "h:length": min(len(toks), _LONG) / _LONG,
        "h:conditional": 1.0 if ("if" in toks or "unless" in toks) else 0.0,
    }
    for name, hits in zip(_CUE_FEATURES, counts, strict=True):
        feats[name] = min(hits, _HAND_CAP) / _HAND_CAP
    return {k: v for k, v in feats.items() if v}


def score(model: Model, sentence: str) -> float:
    """The model's check-worthiness of one sentence, in [0, 1].

    Equal to the logistic function of ``bias + Σ weight·value`` over :func:`features`,
    computed without building the word-feature names.
    """
    toks = tokens(sentence)
    bigrams = {a + " " + b for a, b in zip(["<s>", *toks], toks, strict=False)}
    z = model.bias
    hand = model.hand
    for name, value in _hand(sentence, toks, bigrams).items():
        z += hand.get(name, 0.0) * value
    if model.words:
        unigrams, pairs = model.unigrams, model.bigrams
        z += sum([unigrams.get(t, 0.0) for t in set(toks)])
        z += sum([pairs.get(b, 0.0) for b in bigrams])
    if z < 0:
        e = math.exp(z)
        return e / (1.0 + e)
    return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def load_model(name: str = "claim_model") -> Model:
    """The model shipped as ``data/NAME.json``, read once; its weights are read-only."""
    raw = resources.files("newsparse").joinpath(f"data/{name}.json").read_text("utf-8")
    data = json.loads(raw)
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return make_model(float(data["bias"]), weights, words=bool(data.get("word_features", True)))
