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

__all__ = ["Model", "features", "load_model", "score", "tokens"]

_DIGITS = frozenset("0123456789")
_CURRENCY = frozenset("$€£¥")
_MONEY_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "crowns", "cents"})
_SCALE_WORDS = frozenset({"thousand", "million", "millions", "billion", "billions", "trillion"})
_QUOTE_MARKS = frozenset("\"“”«»„")
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
    weights: Mapping[str, float]
    """Weight of each feature by name; a feature without a weight counts 0."""
    words: bool = True
    """Whether the model reads word features (``w:``, ``b:``) or hand-written ones only."""


def tokens(sentence: str) -> list[str]:
    """Lower-cased scorer tokens; numbers become ``#y`` (a year) or ``#n``.

    >>> tokens("In 2019 it cost $4.2 billion?")
    ['in', '#y', 'it', 'cost', '$', '#n', 'billion', '?']
    """
    out = []
    for tok in CLAIM_TOKEN.findall(sentence.lower()):
        if tok[0] in _DIGITS:
            out.append("#y" if len(tok) == 4 and tok[:2] in ("19", "20") else "#n")
        else:
            out.append(tok.replace("’", "'"))
    return out


def features(sentence: str, *, words: bool = True) -> dict[str, float]:
    """Every feature of one sentence with its value (absent features are 0).

    Word features are ``w:`` unigrams and ``b:`` bigrams of :func:`tokens` (with ``<s>`` at
    the start); hand-written features start with ``h:``.
    """
    toks = tokens(sentence)
    bigrams = {a + " " + b for a, b in zip(["<s>", *toks], toks)}
    out = _hand(sentence, toks, bigrams)
    if words:
        out.update(("w:" + t, 1.0) for t in toks)
        out.update(("b:" + pair, 1.0) for pair in bigrams)
    return out


def _count(toks: list[str], bigrams: set[str], name: str) -> float:
    """How many tokens or bigrams are in lexicon ``name``, capped and scaled to [0, 1]."""
    words = lexicon(name)
    hits = sum(1 for t in toks if t in words) + len(bigrams & words)
    return min(hits, _HAND_CAP) / _HAND_CAP


def _hand(sentence: str, toks: list[str], bigrams: set[str]) -> dict[str, float]:
    """The hand-written features: numbers, cue lexicons, stance, form."""
    numbers = toks.count("#n")
    spelled = sum(1 for t in toks if t in lexicon("number_words") or t in _SCALE_WORDS)
    stripped = sentence.rstrip(" \"'”’»)")
    capitals = sum(1 for w in sentence.split()[1:] if w[:1].isupper())
    feats = {
        "h:number": 1.0 if numbers else 0.0,
        "h:numbers": min(numbers, _HAND_CAP) / _HAND_CAP,
        "h:spelled_number": 1.0 if spelled else 0.0,
        "h:year": 1.0 if "#y" in toks else 0.0,
        "h:percent": 1.0 if ("%" in toks or "percent" in toks or "per cent" in bigrams) else 0.0,
        "h:money": 1.0 if (_CURRENCY.intersection(toks) or _MONEY_WORDS.intersection(toks)) else 0.0,
        "h:comparative": _count(toks, bigrams, "claim_comparatives"),
        "h:factual_verb": _count(toks, bigrams, "claim_factual_verbs"),
        "h:topic": _count(toks, bigrams, "claim_topics"),
        "h:hedge": _count(toks, bigrams, "claim_hedges"),
        "h:opinion": _count(toks, bigrams, "claim_opinion"),
        "h:first_person": _count(toks, bigrams, "claim_first_person"),
        "h:second_person": _count(toks, bigrams, "claim_second_person"),
        "h:attribution": _count(toks, bigrams, "claim_attribution"),
        "h:causal": _count(toks, bigrams, "claim_causal"),
        "h:legal": _count(toks, bigrams, "claim_legal"),
        "h:prediction": _count(toks, bigrams, "claim_prediction"),
        "h:question": 1.0 if stripped.endswith("?") else 0.0,
        "h:exclamation": 1.0 if stripped.endswith("!") else 0.0,
        "h:quote_mark": 1.0 if _QUOTE_MARKS.intersection(sentence) else 0.0,
        "h:capitals": min(capitals, _HAND_CAP) / _HAND_CAP,
        "h:short": 1.0 if len(toks) < _SHORT else 0.0,
        "h:length": min(len(toks), _LONG) / _LONG,
        "h:conditional": 1.0 if ("if" in toks or "unless" in toks) else 0.0,
    }
    return {k: v for k, v in feats.items() if v}


def score(model: Model, sentence: str) -> float:
    """The model's check-worthiness of one sentence, in [0, 1]."""
    weights = model.weights
    z = model.bias
    for name, value in features(sentence, words=model.words).items():
        z += weights.get(name, 0.0) * value
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
    words = bool(data.get("word_features", True))
    return Model(bias=float(data["bias"]), weights=MappingProxyType(weights), words=words)
