"""Stage: check-worthy factual claims, typed, sourced and scored.

**What is scored.** Every sentence of the body is one candidate. Its check-worthiness is
the output of a small logistic model, ``1 / (1 + exp(-(bias + Σ weight·feature)))``, in
[0, 1]; a sentence is a :class:`~newsparse.Claim` when that score is at least
:attr:`ParseOptions.claim_threshold <newsparse.ParseOptions.claim_threshold>`. The score of
a sentence depends on its own text only, never on its neighbours or on the batch it is
scored in, so :func:`checkworthiness` and :attr:`Claim.score <newsparse.Claim.score>` agree.

**Features** (``newsparse._claim_model.features``):

* hand-written ``h:`` features: written numbers (any, and how many), spelled-out numbers,
  years, percentages, money; cue words from lexicons in ``data/`` (comparatives,
  measurable-change verbs, topics fact-checkers check, hedges, opinion and feeling words,
  first- and second-person pronouns, reporting verbs, cause, law, forecast); questions,
  exclamations, quotation marks, capitalised words (names), length, ``if``/``unless``;
* word features: ``w:`` unigrams and ``b:`` bigrams of lower-cased tokens, numbers folded
  to ``#n`` (``#y`` for years), for words seen in at least three training sentences.

**Weights** (``data/claim_model.json``, with its own note) were fitted by
``bench/fit_claims.py`` on the 19 training debates of the CLEF-2019 CheckThat! Task 1
check-worthiness benchmark (16,420 sentences of US political debates and speeches, 440
chosen by fact-checkers): L2-regularised logistic regression (L2 = 30), classes balanced,
full-batch Adam in numpy. Debates are spoken and their base rate of check-worthy sentences
is 3 %; news prose states far more checkable facts. So the debate model is then re-weighed
for news: a second small logistic fit on the 140 labelled sentences of the development
corpus gold (``claims_positive`` / ``claims_negative``) whose only inputs are the debate
model's logit and the two dozen hand-written features. It is folded back into the same
weights, so the shipped scorer is still one linear model. ``bench/claims_clef.py`` measures
the whole procedure by leave-one-debate-out cross-validation with the official metric:
MAP 0.219 (reference points on the held-back test debates: n-gram baseline 0.121, best
primary run of the 2019 lab 0.166).

**Threshold.** Both fits balance the classes, so a score of 0.5 means "as likely
check-worthy as not" under a 50/50 prior. The default :data:`CLAIM_THRESHOLD` sits there;
raise it to keep only the surest claims.

**Kinds, source, hedges, numbers** are read from the claim's text by rules, not by the
model: see :class:`~newsparse.ClaimKind` and :func:`find_claims`.

>>> claims = extract_claims("Sales rose 18 percent last year. I love this shop.")
>>> [(c.text, [k.value for k in c.kinds]) for c in claims]
[('Sales rose 18 percent last year.', ['statistic', 'temporal'])]
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import regex

from newsparse._claim_model import Reading, load_model, read, score
from newsparse._claim_patterns import (
    ACCORDING_TO,
    REPORTED_AFTER,
    REPORTED_BY_AT,
    REPORTING_VERBS,
    is_plain,
)
from newsparse._lexicon import lexicon, lexicon_lines
from newsparse.models import Claim, ClaimKind, Paragraph, Quantity, Quote, QuoteKind, Span
from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quantities import find_quantities, spelled_words

__all__ = ["CLAIM_THRESHOLD", "checkworthiness", "extract_claims", "find_claims"]

CLAIM_THRESHOLD = 0.5
"""The default of :attr:`ParseOptions.claim_threshold <newsparse.ParseOptions.claim_threshold>`."""
QUOTED_SHARE = 0.5
"""A sentence is inside a quotation when quoted segments cover at least this share of it."""
_TEMPORAL_BIGRAMS = frozenset(
    {"last year", "last week", "last month", "this year", "next year", "years ago", "since #y"}
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_NOT_SOURCES = frozenset({"which", "who", "that", "this", "what", "there"})
"""Relative and demonstrative words that can stand before a reporting verb but name no one."""
_TRAILING_ADVERBS = (" also", " too", " later", " previously", " recently")


def checkworthiness(sentences: Sequence[str]) -> list[float]:
    """Check-worthiness of each sentence in [0, 1] (higher = more worth checking).

    Each score depends only on its own sentence.

    >>> a, b = checkworthiness(["Unemployment fell to 4.6 percent in 2019.", "Thank you."])
    >>> a > 0.5 > b
    True
    """
    model = load_model()
    return [score(model, s) for s in sentences]


def extract_claims(text: str, *, options: ParseOptions | None = None) -> list[Claim]:
    """The claims of any plain text; its blank-line blocks are the paragraphs.

    Quotations are found with :func:`newsparse.quotes.extract_quotes` when
    ``options.quotes`` is true, so quoted claims carry their speaker.

    >>> [c.numbers[0].text for c in extract_claims("It employs 1,150 people.")]
    ['1,150 people']
    """
    opts = options or ParseOptions()
    return list(find_claims(text, plain_paragraphs(text), _quotes(text, opts), options=opts))


def _quotes(text: str, options: ParseOptions) -> Sequence[Quote]:
    if not options.quotes:
        return ()
    from newsparse.quotes import extract_quotes  # noqa: PLC0415  (quotes import the sentence stages)

    return extract_quotes(text, options=options)


def find_claims(
    text: str,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    *,
    options: ParseOptions,
) -> tuple[Claim, ...]:
    """The sentences of ``paragraphs`` whose score reaches ``options.claim_threshold``.

    Offsets are absolute into ``text``; each claim is one sentence of one paragraph.
    ``kinds``: ``statistic`` when it states a quantity, ``comparison``, ``causal``,
    ``prediction`` and ``legal`` from cue lexicons, ``temporal`` for a year, month, weekday
    or ``last year``, ``quote`` when quoted segments cover most of it, ``attributed`` for
    reported speech. ``source`` is the quote's speaker, or the ``according to`` phrase, or
    the subject of the reporting verb (a pronoun resolves to the last quoted speaker).
    """
    model = load_model()
    threshold = options.claim_threshold
    segments = [(seg, q) for q in quotes if q.kind is not QuoteKind.SCARE for seg in q.segments]
    out = []
    for index, para in enumerate(paragraphs):
        for sentence in para.sentences:
            reading = read(model, sentence.text)
            if reading.score >= threshold:
                out.append(_claim(text, sentence, index, reading, segments))
    return tuple(out)


class _KindCues(NamedTuple):
    """The lexicons that type a claim, as one table of tokens and bigrams (read once)."""

    table: Mapping[str, int]
    """Each cue token or bigram with the bits (``1 << index`` into :func:`_cue_lexicons`) of
    the lexicons that list it."""
    keys: frozenset[str]
    """The keys of :attr:`table`, for one set intersection per sentence."""


_CUE_KINDS = (
    ClaimKind.COMPARISON,
    ClaimKind.TEMPORAL,
    ClaimKind.CAUSAL,
    ClaimKind.PREDICTION,
    ClaimKind.LEGAL,
)
"""The kinds read from cue lexicons, in the order of :func:`_cue_lexicons` and of
:attr:`Claim.kinds <newsparse.Claim.kinds>`."""
_HEDGED = 1 << len(_CUE_KINDS)
"""The bit of the hedge lexicon, after the kinds' bits."""
_CUE_KIND_SETS = tuple(
    tuple(kind for bit, kind in enumerate(_CUE_KINDS) if mask >> bit & 1) for mask in range(_HEDGED)
)
"""The cue kinds of each combination of the kinds' bits, in order."""


def _calendar_words() -> frozenset[str]:
    """Month and weekday names that date an event (``in January``, ``on Tuesday``).

    Abbreviations of three letters (``sun``, ``sat``, ``mar``) and names that are also common
    words (``may``, ``march``) are left out: they would date sentences that name no date.
    """
    months = {line.split("\t")[0].casefold() for line in lexicon_lines("months")}
    words = {w for w in months | lexicon("weekdays") if len(w) > _SHORT_CALENDAR_WORD}
    return frozenset(words - _AMBIGUOUS_CALENDAR_WORDS)


_SHORT_CALENDAR_WORD = 3
_AMBIGUOUS_CALENDAR_WORDS = frozenset({"may", "march", "mars", "mai", "sept"})


@functools.cache
def _kind_cues() -> _KindCues:
    table: dict[str, int] = {}
    for bit, words in enumerate(_cue_lexicons()):
        for word in words:
            table[word] = table.get(word, 0) | 1 << bit
    return _KindCues(MappingProxyType(table), frozenset(table))


def _cue_lexicons() -> tuple[frozenset[str], ...]:
    """The lexicon of each of :data:`_CUE_KINDS`, then the hedges.

    Temporal: weekday and month names, ``last year``-style bigrams and ``#y`` (a year);
    ``may`` is left out (a hedge first).
    """
    return (
        lexicon("claim_comparatives"),
        _calendar_words() | _TEMPORAL_BIGRAMS | {"#y"},
        lexicon("claim_causal"),
        lexicon("claim_prediction"),
        lexicon("claim_legal"),
        lexicon("claim_hedges"),
    )


def _claim(
    text: str,
    sentence: Span,
    paragraph: int,
    reading: Reading,
    segments: list[tuple[Span, Quote]],
) -> Claim:
    """The claim of a sentence that passed the threshold: its kinds, source and numbers.

    Reads the scorer's tokens and bigrams (``<s> x`` pairs match no lexicon entry), so all
    the cue lexicons are tested by two set intersections.
    """
    numbers = _numbers(text, sentence, reading)
    quote = _enclosing_quote(sentence, segments)
    source, reported = _source(sentence, reading.tokens, quote, segments)
    cues = _cues(reading)
    kinds = _CUE_KIND_SETS[cues & (_HEDGED - 1)]
    if numbers:
        kinds = (ClaimKind.STATISTIC, *kinds)
    if reported:
        kinds = (*kinds, ClaimKind.ATTRIBUTED)
    if quote is not None:
        kinds = (*kinds, ClaimKind.QUOTE)
    return Claim(
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        kinds=kinds,
        source=source,
        hedged=bool(cues & _HEDGED),
        score=reading.score,
        numbers=numbers,
        paragraph=paragraph,
    )


def _cues(reading: Reading) -> int:
    """The bits of the cue lexicons (:class:`_KindCues`) the sentence's tokens or bigrams hit."""
    cues = _kind_cues()
    table = cues.table
    bits = 0
    for key in cues.keys.intersection(reading.tokens):
        bits |= table[key]
    for key in cues.keys & reading.bigrams:
        bits |= table[key]
    return bits


def _numbers(text: str, sentence: Span, reading: Reading) -> tuple[Quantity, ...]:
    """The quantities of the sentence, told what the scorer's tokens show.

    In plain text (:data:`~newsparse._claim_patterns.NOT_PLAIN`) the tokens witness both
    readers' cues exactly: every digit lies in a number token (``#n``, ``#y``), and a word
    standing between word boundaries is a token of its own or one side of an ``x'y`` token
    (``’`` is read as ``'``). Other text is scanned.
    """
    if not is_plain(sentence.text):
        return find_quantities(text, sentence.start, sentence.end)
    toks = reading.tokens
    return find_quantities(
        text,
        sentence.start,
        sentence.end,
        digits="#n" in toks or "#y" in toks,
        words=_witnessed(sentence.text, toks, spelled_words()),
    )


def _witnessed(sentence: str, toks: list[str], words: frozenset[str]) -> frozenset[str]:
    """The ``words`` that are tokens of the (plain) sentence, or one side of an ``x'y`` token."""
    found = words.intersection(toks)
    if "'" in sentence or "’" in sentence:
        for tok in toks:
            if "'" in tok:
                found |= words.intersection(tok.split("'"))
    return found


def _enclosing_quote(sentence: Span, segments: list[tuple[Span, Quote]]) -> Quote | None:
    """The quote whose segments cover at least :data:`QUOTED_SHARE` of the sentence."""
    start, end = sentence.start, sentence.end
    covered: dict[int, int] = {}
    found: dict[int, Quote] = {}
    for seg, q in segments:
        if seg.end > start and seg.start < end:  # else no overlap: skip the arithmetic
            overlap = min(seg.end, end) - max(seg.start, start)
            if overlap > 0:
                covered[id(q)] = covered.get(id(q), 0) + overlap
                found[id(q)] = q
    for key, chars in covered.items():
        if chars >= QUOTED_SHARE * (end - start):
            return found[key]
    return None


def _source(
    sentence: Span, toks: list[str], quote: Quote | None, segments: list[tuple[Span, Quote]]
) -> tuple[str | None, bool]:
    """Who makes the claim, and whether it is reported speech."""
    if quote is not None:
        return quote.speaker, False
    m = _reported(sentence.text, toks)
    if m is None:
        return None, False
    who = m.group("who").strip()
    for adverb in _TRAILING_ADVERBS:
        who = who.removesuffix(adverb)
    if who.casefold() in _NOT_SOURCES:
        return None, True
    if who.casefold() in _PRONOUNS:
        earlier = [q.speaker for seg, q in segments if seg.end <= sentence.start and q.speaker]
        return (earlier[-1] if earlier else None), True
    return who, True


def _reported(sentence: str, toks: list[str]) -> regex.Match[str] | None:
    """``according to X``, ``X said`` or ``said X`` in the sentence (``toks`` its tokens).

    Each pattern holds a literal that must appear in the sentence, so a cheaper test skips
    the (much slower) search when it cannot match: a substring test, or for plain text the
    tokens (a reporting verb between word boundaries is a token or one side of an ``x'y``
    token, as for :func:`_numbers`).
    """
    if "according to " in sentence.lower() and (m := ACCORDING_TO.search(sentence)):
        return m
    if _has_reporting_verb(sentence, toks):
        return _reported_by(sentence) or REPORTED_AFTER.search(sentence)
    return None


def _reported_by(sentence: str) -> regex.Match[str] | None:
    """What ``REPORTED_BY.search(sentence)`` finds, trying only where it can match.

    Those are the start and the character after each ``, ``; a search tries every position.
    """
    m = REPORTED_BY_AT.match(sentence)
    at = sentence.find(", ")
    while m is None and at >= 0:
        m = REPORTED_BY_AT.match(sentence, at + 2)
        at = sentence.find(", ", at + 2)
    return m


def _has_reporting_verb(sentence: str, toks: list[str]) -> bool:
    if is_plain(sentence):
        return bool(_witnessed(sentence, toks, _REPORTING_VERB_SET))
    return any(verb in sentence for verb in REPORTING_VERBS)


_REPORTING_VERB_SET = frozenset(REPORTING_VERBS)
