"""The check-worthiness scorer: features of one sentence and a logistic model over them.

Kept apart from :mod:`newsparse.claims` so that the fitting script (``bench/fit_claims.py``)
computes exactly the features the shipped scorer reads. See :mod:`newsparse.claims` for
what the model is and how it was fitted.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from newsparse import _claim_patterns
from newsparse._claim_patterns import is_plain
from newsparse._lexicon import data_bytes, lexicon

__all__ = [
    "Model",
    "Reading",
    "features",
    "load_model",
    "make_model",
    "model_payload",
    "read",
    "score",
    "tokens",
]

_DIGITS = frozenset("0123456789")
_CENTURIES = ("19", "20")
_CURRENCY = frozenset("$€£¥")
_MONEY_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "crowns", "cents"})
_SCALE_WORDS = frozenset({"thousand", "million", "millions", "billion", "billions", "trillion"})
_EDGE_MARKS = " ,.;:()[]{}<>\"'“”‘’«»„—–-…/*"
"""Characters that are never part of a scorer token nor start one (see :func:`tokens`)."""
_HAND_CAP = 3
"""Counts of a cue (numbers, topic words, ...) stop adding after this many."""
_LONG = 40
"""Length in tokens at which the length feature saturates."""
_SHORT = 5
"""Sentences shorter than this many tokens carry the ``h:short`` feature."""
_FIRST = operator.itemgetter(0)

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
_COUNTED = (
    ("h:number", 1),
    ("h:numbers", _HAND_CAP),
    ("h:spelled_number", 1),
    ("h:year", 1),
    ("h:percent", 1),
    ("h:money", 1),
    ("h:conditional", 1),
    *(("h:" + name.removeprefix("claim_"), _HAND_CAP) for name in _CUE_LEXICONS),
)
"""The hand-written features counted over tokens and bigrams, each with its cap: the value
is ``min(count, cap) / cap``, so a cap of 1 is "present at all"."""
_CAPS = tuple(cap for _, cap in _COUNTED)
"""The caps of ``_COUNTED`` by index."""
_FORM = ("h:question", "h:exclamation", "h:quote_mark", "h:capitals", "h:short", "h:length")
"""The hand-written features read from the sentence's form rather than counted."""
_HAND_FEATURES = (*(name for name, _ in _COUNTED), *_FORM)
"""Every hand-written feature, in the order of :func:`_hand_levels`' indexes."""
_QUESTION, _EXCLAMATION, _QUOTED, _CAPITALS, _SHORT_FORM, _LENGTH = range(
    len(_COUNTED), len(_HAND_FEATURES)
)
"""The indexes of the ``_FORM`` features in ``_HAND_FEATURES``."""
_SCALES = (*_CAPS, 1, 1, 1, _HAND_CAP, 1, _LONG)
"""Each hand-written feature's value is its level (see :func:`_hand_levels`) over its scale."""
_CLOSERS = " \"'”’»)"
"""Closing marks after a sentence's final ``?`` or ``!``."""


class Model(NamedTuple):
    """A fitted logistic model: ``score = 1 / (1 + exp(-(bias + Σ weight·value)))``."""

    bias: float
    """The intercept."""
    hand: Mapping[str, float]
    """Weights of the hand-written ``h:`` features."""
    words: Mapping[str, float]
    """Weights of the word features keyed without their prefix: ``w:`` unigrams by bare token,
    ``b:`` bigrams by ``"token token"`` (a token never holds a space, so the keys never
    clash). Empty when the model reads hand-written features only."""
    hand_terms: tuple[tuple[float, ...], ...]
    """For each feature of ``_HAND_FEATURES`` (by index) and each level it can take (see
    :func:`_hand_levels`), the term ``weight * (level / scale)`` it adds to the sum,
    computed once (a weight of 0 for a feature the model does not weigh)."""


class Reading(NamedTuple):
    """One sentence as the scorer read it: its score and the tokens the score came from."""

    score: float
    """Check-worthiness in [0, 1]."""
    tokens: list[str]
    """:func:`tokens` of the sentence."""
    bigrams: frozenset[str]
    """Pairs of adjacent tokens as ``"a b"``, the first paired with ``<s>``."""


def make_model(bias: float, weights: Mapping[str, float], *, words: bool = True) -> Model:
    """A :class:`Model` from a bias and weights keyed by feature name (read-only tables)."""
    hand = {k: v for k, v in weights.items() if k.startswith("h:")}
    word_weights = (
        {k[2:]: v for k, v in weights.items() if k.startswith(("w:", "b:"))} if words else {}
    )
    return _model(bias, hand, word_weights)


def _model(bias: float, hand: dict[str, float], words: dict[str, float]) -> Model:
    """A :class:`Model` from hand-written weights and word weights keyed as :attr:`Model.words`.

    Both dicts are taken over and never written to again.
    """
    # ``words`` stays a plain dict, typed read-only: the scorer's hot loop calls its ``get``
    # through ``map``, about twice as fast as through a MappingProxyType.
    hand_terms = tuple(
        tuple(hand.get(name, 0.0) * (level / scale) for level in range(scale + 1))
        for name, scale in zip(_HAND_FEATURES, _SCALES, strict=True)
    )
    return Model(bias, MappingProxyType(hand), words, hand_terms)


def tokens(sentence: str) -> list[str]:
    """Lower-cased scorer tokens; numbers become ``#y`` (a year) or ``#n``.

    The tokens are the matches of :data:`~newsparse._claim_patterns.CLAIM_TOKEN` in the
    lower-cased sentence (``’`` folded to ``'``). No token holds white space, so each
    white-space-separated chunk is tokenized alone: a chunk of letters only, or one once its
    edge punctuation is stripped, is one token without running the pattern (most words).

    >>> tokens("In 2019 it cost $4.2 billion?")
    ['in', '#y', 'it', 'cost', '$', '#n', 'billion', '?']
    """
    out: list[str] = []
    for chunk in sentence.lower().replace("’", "'").split():
        if chunk.isalpha():
            out.append(chunk)
        elif (core := chunk.strip(_EDGE_MARKS)).isalpha():
            out.append(core)
        else:
            out += [
                (_number_token(t) if t[0] in _DIGITS else t)
                for t in _claim_patterns.CLAIM_TOKEN.findall(chunk)
            ]
    return out


def _number_token(tok: str) -> str:
    return "#y" if len(tok) == 4 and tok[:2] in _CENTURIES else "#n"


def _bigrams(toks: list[str]) -> frozenset[str]:
    return frozenset(map(" ".join, zip(["<s>", *toks], toks, strict=False)))


def features(sentence: str, *, words: bool = True) -> dict[str, float]:
    """Every feature of one sentence with its value (absent features are 0).

    Word features are ``w:`` unigrams and ``b:`` bigrams of :func:`tokens` (with ``<s>`` at
    the start); hand-written features start with ``h:``. This is the reference the fitting
    script reads; :func:`read` computes the same sum without building the names.
    """
    toks = tokens(sentence)
    bigrams = _bigrams(toks)
    levels = _hand_levels(sentence, toks, set(toks), bigrams)
    out = {_HAND_FEATURES[i]: level / _SCALES[i] for i, level in sorted(levels.items())}
    if words:
        out.update(("w:" + t, 1.0) for t in toks)
        out.update(("b:" + pair, 1.0) for pair in bigrams)
    return out


class _Fields(NamedTuple):
    """What the counted features read (built once, read-only)."""

    table: Mapping[str, tuple[int, ...]]
    """Each token or bigram a counted feature reads, with the indexes (into ``_COUNTED``) of
    the features it counts towards: ``#n`` counts for ``h:number`` and ``h:numbers``,
    ``more`` for ``h:comparatives``, ``per cent`` for ``h:percent``."""
    keys: frozenset[str]
    """The keys of :attr:`table`, for one set intersection per sentence."""


@functools.cache
def _fields() -> _Fields:
    table: dict[str, tuple[int, ...]] = {}

    def add(keys: Iterable[str], name: str) -> None:
        index = [n for n, _ in _COUNTED].index(name)
        for key in keys:
            table[key] = (*table.get(key, ()), index)

    add(["#n"], "h:number")
    add(["#n"], "h:numbers")
    add(lexicon("number_words") | _SCALE_WORDS, "h:spelled_number")
    add(["#y"], "h:year")
    add(["%", "percent", "per cent"], "h:percent")
    add(_CURRENCY | _MONEY_WORDS, "h:money")
    add(["if", "unless"], "h:conditional")
    for name in _CUE_LEXICONS:
        add(lexicon(name), "h:" + name.removeprefix("claim_"))
    return _Fields(MappingProxyType(table), frozenset(table))


def _hand_levels(
    sentence: str, toks: list[str], distinct: set[str], bigrams: frozenset[str]
) -> dict[int, int]:
    """The non-zero hand-written features as levels, keyed by their index in ``_HAND_FEATURES``.

    A feature's value is its level over its scale (``_SCALES``), so the scorer can look its
    weighted term up (:attr:`Model.hand_terms`) instead of multiplying. Counted features:
    the tokens (every occurrence counts) and distinct bigrams the table lists, found by one
    set intersection each, up to the cap. Form features: question or exclamation mark at
    the end, quotation marks, capitalised words after the first (up to the cap), short,
    length in tokens (up to :data:`_LONG`). Only the few features a sentence has are touched.
    """
    fields = _fields()
    token_hits, bigram_hits = fields.keys & distinct, fields.keys & bigrams
    levels = (
        _counted_levels(fields, toks, token_hits, bigram_hits) if token_hits or bigram_hits else {}
    )
    stripped = sentence.rstrip(_CLOSERS)
    if stripped.endswith("?"):
        levels[_QUESTION] = 1
    elif stripped.endswith("!"):
        levels[_EXCLAMATION] = 1
    if (
        ('"' in sentence)
        if sentence.isascii()
        else _claim_patterns.SCORER_QUOTE_MARK.search(sentence)
    ):
        levels[_QUOTED] = 1
    if capitals := _capitals(sentence):
        levels[_CAPITALS] = min(capitals, _HAND_CAP)
    if (length := len(toks)) < _SHORT:
        levels[_SHORT_FORM] = 1
    if length:
        levels[_LENGTH] = min(length, _LONG)
    return levels


def _capitals(sentence: str) -> int:
    """How many white-space-separated words after the first begin with an upper-case letter.

    In plain text (:func:`~newsparse._claim_patterns.is_plain`) the upper-case letters are
    ``A-Z`` and every such word but the first is one white space character (``\\s``, what
    ``str.split`` cuts at) then its letter: one pattern counts them, without splitting.
    """
    if is_plain(sentence):
        return len(_claim_patterns.CAPITAL_AFTER_SPACE.findall(sentence.lstrip()))
    return sum(map(str.isupper, map(_FIRST, sentence.split()[1:])))


def _counted_levels(
    fields: _Fields, toks: list[str], token_hits: Iterable[str], bigram_hits: Iterable[str]
) -> dict[int, int]:
    """The counted features of the table keys a sentence holds, each with ``min(count, cap)``.

    Every occurrence of a token counts; a (distinct) bigram counts once.
    """
    table = fields.table
    levels: dict[int, int] = {}
    for key in token_hits:
        times = toks.count(key)
        for i in table[key]:
            levels[i] = levels.get(i, 0) + times
    for key in bigram_hits:
        for i in table[key]:
            levels[i] = levels.get(i, 0) + 1
    for i, count in levels.items():
        if count > _CAPS[i]:
            levels[i] = _CAPS[i]  # a value replaced, the keys unchanged: safe while iterating
    return levels


def read(model: Model, sentence: str) -> Reading:
    """The model's check-worthiness of one sentence, with the tokens it was read from.

    Equal (exactly rounded, whatever the order of the terms) to the logistic function of
    ``bias + Σ weight·value`` over :func:`features`, computed without building the feature
    names: one precomputed term per hand-written feature a sentence has, one dictionary
    look-up per distinct token and bigram for the word features (terms of 0 are left out:
    they change no exactly rounded sum).
    """
    toks = tokens(sentence)
    distinct = set(toks)
    bigrams = _bigrams(toks)
    get = model.words.get
    terms = [model.bias, *filter(None, map(get, distinct)), *filter(None, map(get, bigrams))]
    hand = model.hand_terms
    for i, level in _hand_levels(sentence, toks, distinct, bigrams).items():
        terms.append(hand[i][level])
    # math.fsum is exactly rounded, so the score does not depend on the order in which the
    # sets are walked (which changes with PYTHONHASHSEED from one process to the next).
    return Reading(_logistic(math.fsum(terms)), toks, bigrams)


def score(model: Model, sentence: str) -> float:
    """The model's check-worthiness of one sentence, in [0, 1] (see :func:`read`)."""
    return read(model, sentence).score


def _logistic(z: float) -> float:
    if z < 0:
        e = math.exp(z)
        return e / (1.0 + e)
    return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def load_model(name: str = "claim_model") -> Model:
    """The model shipped as ``data/NAME.json``, read once; its weights are read-only.

    The file holds ``bias``, ``hand`` (the ``h:`` weights by feature name) and the word
    weights as two parallel arrays, ``words`` (keyed as :attr:`Model.words` keys them,
    without their ``w:``/``b:`` prefix) and ``weights``: the start-up of a one-file command
    pays for the loading, and JSON arrays read about a third faster than an object of
    15,000 keys, with nothing to re-key (see :func:`model_payload`, which writes them).
    """
    data = json.loads(data_bytes(f"{name}.json"))
    hand: dict[str, float] = data["hand"]  # JSON objects: str keys, float values
    words: dict[str, float] = dict(zip(data["words"], data["weights"], strict=True))
    return _model(float(data["bias"]), hand, words)


def model_payload(note: str, bias: float, weights: Mapping[str, float], *, words: bool) -> object:
    """The JSON-ready content of a model file (see :func:`load_model`).

    ``weights`` are keyed by feature name, as the fitting script (``bench/fit_claims.py``)
    computes them.
    """
    model = make_model(bias, weights, words=words)
    return {
        "note": note,
        "word_features": words,
        "bias": bias,
        "hand": dict(sorted(model.hand.items())),
        "words": sorted(model.words),
        "weights": [model.words[key] for key in sorted(model.words)],
    }
