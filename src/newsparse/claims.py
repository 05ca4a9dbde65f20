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

**Source** (who makes the claim), in this order:

* a sentence mostly inside a quotation: the quote's speaker (kind ``quote``);
* a sentence that reports a quotation in the frame ``"...," X said`` (X and the verb right
  after the closing marks): the quote's speaker, however little the quotation covers (kind
  ``attributed``); a verb before the quotation (``what lawmakers called "fraud"``) frames
  a phrase of the writer's sentence, not the sentence;
* reported speech: ``according to X``, ``X said``, ``said X`` with the patterns' verbs,
  else ``X noted that``, ``X insisted he``, ``..., X explained, ...`` with the verbs of
  ``data/claim_source_verbs.txt`` (kind ``attributed``); X is cut to its noun phrase, a
  surname resolves to the full name met before, and ``he``/``she`` to the latest person
  named (a quote's speaker or an earlier claim's source) whose first name or title does
  not give the other gender.

>>> claims = extract_claims("Sales rose 18 percent last year. I love this shop.")
>>> [(c.text, [k.value for k in c.kinds]) for c in claims]
[('Sales rose 18 percent last year.', ['statistic', 'temporal'])]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import regex

from newsparse import _claim_patterns
from newsparse._claim_model import Reading, load_model, read, score
from newsparse._claim_patterns import REPORTING_VERBS, is_plain
from newsparse._lexicon import lexicon, lexicon_table
from newsparse.models import (
    Claim,
    ClaimKind,
    Paragraph,
    Quantity,
    Quote,
    QuoteKind,
    Span,
    _constructor,
)
from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quantities import find_quantities, month_names, spelled_words

__all__ = ["CLAIM_THRESHOLD", "checkworthiness", "extract_claims", "find_claims"]

CLAIM_THRESHOLD = 0.5
"""The default of :attr:`ParseOptions.claim_threshold <newsparse.ParseOptions.claim_threshold>`."""
QUOTED_SHARE = 0.5
"""A sentence is inside a quotation when quoted segments cover at least this share of it."""
_TEMPORAL_BIGRAMS = frozenset(
    {"last year", "last week", "last month", "this year", "next year", "years ago", "since #y"}
)
_PRONOUNS = frozenset({"he", "she", "it"})
"""Pronouns a claim's source resolves from: to a person named before it in the sentence,
or to the last quote's speaker."""
_NOT_SOURCES = frozenset({"which", "who", "that", "this", "what", "there", "they", "we", "i"})
"""Words that stand before a reporting verb but name no one: relative and demonstrative
words, plural pronouns (no one speaker), and ``I`` outside quotations (the writer)."""
"""Relative and demonstrative words that can stand before a reporting verb but name no one."""


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
    reported speech. ``source`` is the quote's speaker (of a quotation covering most of the
    sentence, or reported in the frame ``"...," X said``), or the ``according to`` phrase,
    or the subject of the reporting verb (a pronoun resolves to the latest person named).
    """
    model = load_model()
    threshold = options.claim_threshold
    segments = [(seg, q) for q in quotes if q.kind is not QuoteKind.SCARE for seg in q.segments]
    known = _KnownSources(text, paragraphs[0].start if paragraphs else 0, segments)
    out = []
    for index, para in enumerate(paragraphs):
        for sentence in para.sentences:
            reading = read(model, sentence.text)
            if reading.score >= threshold:
                out.append(_claim(text, sentence, index, reading, segments, known))
    return tuple(out)


class _KindCues(NamedTuple):
    """Every token and bigram a claim's readers look up, as one table (read once).

    Those are the lexicons that type a claim, and the words the token witnesses (see
    :class:`_Seen`) look for: so one set intersection per sentence finds them all.
    """

    table: Mapping[str, int]
    """Each cue token or bigram with the bits (``1 << index`` into :func:`_cue_lexicons`) of
    the lexicons that list it; each witnessed word (:func:`_witnessed_words`) and number
    token that no cue lexicon lists, with none."""
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
    words = {w for w in _calendar_names() if len(w) > _SHORT_CALENDAR_WORD}
    return frozenset(words - _AMBIGUOUS_CALENDAR_WORDS)


_SHORT_CALENDAR_WORD = 3
_AMBIGUOUS_CALENDAR_WORDS = frozenset({"may", "march", "mars", "mai", "sept"})


@functools.cache
def _kind_cues() -> _KindCues:
    table: dict[str, int] = {}
    for bit, words in enumerate(_cue_lexicons()):
        for word in words:
            table[word] = table.get(word, 0) | 1 << bit
    for word in _witnessed_words() | _NUMBER_TOKENS:
        table.setdefault(word, 0)
    return _KindCues(MappingProxyType(table), frozenset(table))


@functools.cache
def _witnessed_words() -> frozenset[str]:
    """The words the tokens witness for the claim's readers: spelled numbers, reporting verbs."""
    return spelled_words() | _REPORTING_VERB_SET


_NUMBER_TOKENS = frozenset({"#n", "#y"})
"""The scorer's tokens of written numbers."""


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
    known: _KnownSources,
) -> Claim:
    """The claim of a sentence that passed the threshold: its kinds, source and numbers.

    Reads the scorer's tokens and bigrams once for every reader (see :class:`_Seen`).
    """
    seen = _seen(sentence.text, reading.tokens, reading.bigrams)
    numbers = _quantities(text, sentence, seen)
    quote = _enclosing_quote(sentence, segments)
    framed = None if quote is not None else _framing_quote(text, sentence, segments)
    if framed is not None:
        source, reported = framed.speaker, True
    else:
        source, reported = _source(sentence, seen.verbs, reading.tokens, quote, known)
    cues = seen.cues
    kinds = _CUE_KIND_SETS[cues & (_HEDGED - 1)]
    if numbers:
        kinds = (ClaimKind.STATISTIC, *kinds)
    if reported:
        kinds = (*kinds, ClaimKind.ATTRIBUTED)
    if quote is not None:
        kinds = (*kinds, ClaimKind.QUOTE)
    hedged = _hedged(sentence.text, reading, cues)
    return _new_claim(
        sentence.text,
        sentence.start,
        sentence.end,
        kinds,
        source,
        hedged,
        reading.score,
        numbers,
        paragraph,
    )


_new_claim = _constructor(Claim)
"""``Claim(text=, start=, end=, kinds=, source=, hedged=, score=, numbers=, paragraph=)`` by
position, every field given: about twice as fast as the attrs ``__init__`` (see
``models._constructor``)."""


def _hedged(sentence: str, reading: Reading, cues: int) -> bool:
    """Whether a hedge (``data/claim_hedges.txt``) softens the claim.

    ``may`` counts only as the modal, written in lower case: ``in May 2024`` and ``Theresa
    May said`` hedge nothing (the scorer's tokens are lower-cased, so the case is read here).
    """
    if not cues & _HEDGED:
        return False
    if "may" not in reading.tokens:
        return True
    others = _hedges_but_may()
    return (
        not others.isdisjoint(reading.tokens)
        or not others.isdisjoint(reading.bigrams)
        or _MODAL_MAY.search(sentence) is not None
    )


@functools.cache
def _hedges_but_may() -> frozenset[str]:
    return lexicon("claim_hedges") - {"may"}


_MODAL_MAY = re.compile(r"\bmay\b")
"""``may`` in lower case, as a word. Fixed word: linear."""


class _Seen(NamedTuple):
    """What the scorer's tokens show of a claim's sentence, read once for all its readers.

    In plain text (:data:`~newsparse._claim_patterns.NOT_PLAIN`) the tokens witness the
    readers' cues exactly: every digit lies in a number token (``#n``, ``#y``), and a word
    standing between word boundaries is a token of its own or one side of an ``x'y`` token
    (``’`` is read as ``'``). Other text is scanned.
    """

    cues: int
    """The bits of the cue lexicons (:class:`_KindCues`) its tokens or bigrams hit."""
    digits: bool
    """False when it holds no digit: in plain text, when no number token stands in it."""
    spelled: frozenset[str] | None
    """In plain text, the spelled-number words (:func:`~newsparse.quantities.spelled_words`)
    the tokens witness; None (not known: look) in other text."""
    verbs: frozenset[str]
    """The reporting verbs that may stand in it between word boundaries: in plain text those
    the tokens witness; in other text, every verb that stands in it at all."""


def _seen(sentence: str, toks: list[str], bigrams: frozenset[str]) -> _Seen:
    """The sentence as its tokens show it (:class:`_Seen`), from one pass over the tokens.

    One intersection with every key of :func:`_kind_cues` gives the cue tokens, the number
    tokens and the witnessed words at once, instead of a look-up of each lexicon apart.
    """
    cues = _kind_cues()
    table = cues.table
    found = cues.keys.intersection(toks)
    bits = 0
    for key in found:
        bits |= table[key]
    for key in cues.keys & bigrams:
        bits |= table[key]
    if not is_plain(sentence):
        verbs = frozenset(verb for verb in REPORTING_VERBS if verb in sentence)
        return _Seen(bits, True, None, verbs)
    if "'" in sentence or "’" in sentence:
        witnessed = _witnessed_words()
        for tok in toks:
            if "'" in tok:
                found |= witnessed.intersection(tok.split("'"))
    return _Seen(
        bits,
        not _NUMBER_TOKENS.isdisjoint(found),
        spelled_words() & found,
        _REPORTING_VERB_SET & found,
    )


def _quantities(text: str, sentence: Span, seen: _Seen) -> tuple[Quantity, ...]:
    """The quantities of the sentence, told what the scorer's tokens show (:class:`_Seen`)."""
    if seen.spelled is not None and not seen.spelled and not seen.digits:
        return ()  # plain text that gives neither reader anything to find
    return find_quantities(
        text, sentence.start, sentence.end, digits=seen.digits, words=seen.spelled
    )


def _enclosing_quote(sentence: Span, segments: list[tuple[Span, Quote]]) -> Quote | None:
    """The quote whose segments cover at least :data:`QUOTED_SHARE` of the sentence."""
    if not segments:
        return None
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


def _framing_quote(text: str, sentence: Span, segments: list[tuple[Span, Quote]]) -> Quote | None:
    """The quote that a sentence reports in the frame ``"...," X said`` (cue after it).

    A quoted segment that ends in the sentence with a comma (``?``, ``!``) inside or after
    its closing marks, followed only by those (and a title or a short role: ``," Mr.
    Kamin said``, ``," the economist Ann Roe said``), then by its own speaker and reporting verb, also in the sentence: the reporting
    clause is the sentence's main clause, so all of it is the speaker's, however little of
    it the quotation covers (``"The melt was extreme," Huss told reporters, adding that the
    loss had been 6%``; ``Not paying taxes "makes me smart," Smith said``). A verb before
    the quotation (``what lawmakers called "fraud"``, ``X described Y as a "disgrace"``)
    frames a phrase of the writer's sentence, not the sentence: no frame. Nor is there one
    when the quote goes on after the verb in the same sentence (``at the end of the anthem
    "A Change Is Gonna Come," she added the words, "Hillary Clinton."``): a split quotation
    is the sentence's when it covers most of it (:func:`_enclosing_quote`). Only quotes with
    a speaker count (scare quotes are not in ``segments``).
    """
    start, end = sentence.start, sentence.end
    for seg, q in segments:
        cue, mention = q.cue, q.speaker_mention
        if (
            q.speaker is None
            or cue is None
            or not start < seg.end <= cue.start < end
            or (mention is not None and not seg.end <= mention.start < end)
        ):
            continue
        gap = text[seg.end : cue.start if mention is None else min(cue.start, mention.start)]
        if (
            _frame_words(gap.strip(_FRAME_GAP))
            and ("," in gap or text[seg.end - 1] in ",?!")
            and not any(cue.start < later.start < end for later in q.segments)
        ):
            return q
    return None


def _frame_words(rest: str) -> bool:
    """Whether the words between a quotation's closing marks and its speaker's name fit.

    They are a role or title of the name (``Mr.``, ``the economist``): at most four plain
    words.
    """
    words = rest.split()
    return len(words) <= _MAX_FRAME_WORDS and all(
        _is_title(w) or w.replace("-", "").isalpha() for w in words
    )


_MAX_FRAME_WORDS = 4
_FRAME_GAP = " ,\"'”’»"
"""The characters that may stand between a quotation and its speaker or cue in the frame
``"...," X said``: the closing marks, the comma and spaces."""


def _source(
    sentence: Span,
    verbs: frozenset[str],
    tokens: list[str],
    quote: Quote | None,
    known: _KnownSources,
) -> tuple[str | None, bool]:
    """Who makes the claim, and whether it is reported speech.

    A quoted claim's source is its quote's speaker. Reported speech (``according to X``,
    ``X said``, ``said X``) gives the phrase X, cut to its noun phrase (see
    :func:`_source_phrase`). A bare surname, or a title and surname, resolves to the full
    name of a person named before it (see :meth:`_KnownSources.resolve`); ``he``, ``she``
    or ``it`` to a known person named earlier in the sentence, else to the last quote's
    speaker. Relative words, plural pronouns and ``I`` (outside quotes: the writer) give no
    source.
    """
    if quote is not None:
        return quote.speaker, False
    raw = _reported(sentence.text, verbs)
    if raw is None:
        raw = _reported_more(sentence.text, tokens)
    if raw is None:
        return None, False
    who = _source_phrase(raw)
    if who is None or who.casefold() in _NOT_SOURCES:
        return None, True
    if who.casefold() in _PRONOUNS:
        at = sentence.text.find(raw)  # the pronoun's offset in the sentence, 0 if unknown
        at = at + raw.rfind(who) if at >= 0 else 0
        return known.in_sentence(sentence, at) or known.last_speaker(
            sentence.start, _PRONOUN_GENDERS.get(who.casefold())
        ), True
    return known.resolve(who, sentence.start), True


class _KnownSources:
    """The people a claim's source can resolve to: quote speakers and earlier sources.

    Claims are read in order, so an earlier claim's source is known when a later one asks.
    Names are kept without the roles and titles before them (``Nick Merrill``, not
    ``Clinton spokesman Nick Merrill``).
    """

    def __init__(self, text: str, begin: int, segments: list[tuple[Span, Quote]]) -> None:
        self._text, self._begin = text, begin
        self._speakers = sorted(
            (seg.start, q.speaker) for seg, q in segments if q.speaker is not None
        )
        self._sources: list[str] = []
        self._last_source: tuple[int, str] | None = None
        self._scanned: dict[str, tuple[int, str | None]] = {}

    def last_speaker(self, before: int, gender: str | None = None) -> str | None:
        """The last person named before ``before``: the speaker of a quote, or a claim's source.

        A claim's source counts when it is a full name (or resolved to one) and came after
        the last quote segment that starts before ``before``.
        Given a ``gender`` (``he``: ``male``), a speaker whose title or first name gives the
        other one is passed over (``Donald Trump`` is not the ``she`` after his quote).
        """
        found = [(at, name) for at, name in self._speakers if at < before]
        if self._last_source is not None:  # a claim's source named after the last quote
            found.append(self._last_source)
            found.sort()
        for _, name in reversed(found):
            if gender is None or _gender(name) in {None, gender}:
                return name
        return None

    def resolve(self, who: str, at: int) -> str:
        """``who``, or the full name before ``at`` of which it is the surname.

        ``who`` is a surname when it is one capitalised word, after a title (``Mr.``,
        ``Sen.``) if it has one. Of the names that end with it, the shortest (a name read
        with words that are not its own is longer: ``Crooked Hillary Clinton``), the latest
        of those. Failing that, the first full mention in the text before ``at`` (``Tom
        Clarke`` for ``Mr. Clarke``; see :meth:`_named_in_text`). A name of several
        capitalised words is remembered for later claims.
        """
        if (surname := _surname(who)) is None:
            return self._remember(who, at)
        found = self._full_name(surname, at) or self._named_in_text(surname, at)
        if found is None:
            return self._remember(who, at)
        self._last_source = (at, found)
        return found

    def _named_in_text(self, surname: str, at: int) -> str | None:
        """The first ``First Last`` mention of ``surname`` in the text before ``at``.

        Read in the :data:`_NAME_WINDOW` characters before ``at``, at most, from the
        article's start, and never twice: each surname's search resumes where the last one
        stopped, so the work stays linear in the text.
        """
        lo = max(self._begin, at - _NAME_WINDOW)
        searched, found = self._scanned.get(surname, (lo, None))
        if found is not None:
            return found
        text, pos = self._text, self._text.find(surname, max(lo, searched), at)
        while pos >= 0 and found is None:
            end = pos + len(surname)
            if not text[end : end + 1].isalpha():
                first = _first_names_before(text, max(lo, pos - _NAME_REACH), pos)
                found = " ".join([*first, surname]) if first else None
            pos = text.find(surname, end, at)
        self._scanned[surname] = (at, found)
        return found

    def in_sentence(self, sentence: Span, before: int) -> str | None:
        """The first known person's surname in the sentence before offset ``before``.

        As in ``Mr. Trump's RT appearance, in which he said``: the full name it resolves to.
        """
        raw = [w.rstrip(".,;:") for w in sentence.text[: max(before, 0)].split()]
        words = [w.removesuffix("'s").removesuffix("’s") for w in raw]
        for i, bare in enumerate(words):
            if _is_title(bare):
                name = []
                for j in range(i + 1, min(i + 1 + _MAX_NAME, len(words))):
                    if not _is_capitalised(words[j]):
                        break
                    name.append(words[j])
                    if words[j] != raw[j]:  # a possessive ends the name: Mr. Trump's RT
                        break
                if len(name) >= _MIN_NAME:
                    return " ".join(name)  # "Gov. Ed Rendell": named in full here
                after = i + 1 + len(name)
                if name and not (after < len(words) and _is_title(words[after])):
                    # "Mr. Trump's RT appearance, in which he said": Trump. Before another
                    # title the word is part of a role: "Former Pennsylvania Gov. Ed Rendell".
                    return self._full_name(_surname(name[0]), sentence.start) or name[0]
            elif bare[:1].isupper() and (found := self._full_name(_surname(bare), sentence.start)):
                return found
        return None

    def _full_name(self, bare: str | None, at: int) -> str | None:
        """The full name before ``at`` of the surname ``bare`` (see :meth:`resolve`), or None."""
        if bare is None:
            return None
        surname = bare.casefold()
        best: tuple[int, str] | None = None
        for name in (*(n for a, n in self._speakers if a < at), *self._sources):
            person = _person(name)
            if person and person[0] == surname and (best is None or person[1] <= best[0]):
                best = person[1:]
        return None if best is None else best[1]

    def _remember(self, who: str, at: int) -> str:
        words = who.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            self._sources.append(who)
            self._last_source = (at, who)
        return who


_PRONOUN_GENDERS = MappingProxyType({"he": "male", "she": "female"})


def _gender(name: str) -> str | None:
    """The gender a name's title or first name gives, or None.

    See ``data/speaker_titles.txt`` and ``data/first_names.txt``.
    """
    genders = _genders()
    for word in name.split()[:2]:
        if (found := genders.get(word.casefold().rstrip("."))) is not None:
            return found
        if not _is_title(word):
            break
    return None


@functools.cache
def _genders() -> Mapping[str, str]:
    """Titles and first names, case-folded, with the gender each implies."""
    table: dict[str, str] = {}
    for name in ("speaker_titles", "first_names"):
        for word, gender in lexicon_table(name).items():
            if gender in {"male", "female"}:
                table.setdefault(word.rstrip("."), gender)
    return MappingProxyType(table)


_MIN_NAME, _MAX_NAME = 2, 4
"""A full name a surname resolves to has this many words (``Black Lawmakers Rip Donald
Trump``, a headline read as a name, is no one's name)."""


@functools.lru_cache(maxsize=4096)
def _person(name: str) -> tuple[str, int, str] | None:
    """A known name as a person's: folded surname, length in words, name without its role.

    None for an organisation or a name of the wrong length. Cached: an article asks about the same few names again and again.
    """
    parts = _name_after_role(name.split())
    if not _MIN_NAME <= len(parts) <= _MAX_NAME or _is_organisation(parts):
        return None
    return parts[-1].casefold(), len(parts), " ".join(parts)


_NAME_WINDOW = 20_000
"""How far back (characters) a surname's full mention is looked for in the text."""
_NAME_REACH = 60
"""How far before a surname its first names are read."""


def _first_names_before(text: str, lo: int, pos: int) -> list[str]:
    """The first name right before ``pos`` (``Tom`` for ``Clarke``, ``John D.`` for ``Podesta``).

    One space before ``pos``, then one capitalised word, with an initial after it if there
    is one; neither a title, nor a word that opens sentences (``data/speaker_stopwords.txt``),
    nor an organisation's head noun (``Oversight Committee Republicans`` is no one).
    """
    chunk = text[lo:pos]
    if not chunk.endswith(" ") or chunk.endswith("  "):
        return []
    words = chunk.split()[-2:]
    if len(words) == 2 and len(words[1]) == len("D.") and words[1][1] == ".":
        first = words
    else:
        first = words[-1:]
    word = first[0] if first else ""
    if (
        not word.isalpha()
        or not _is_capitalised(word)
        or word.casefold() in lexicon("speaker_stopwords")
        or _is_organisation([word])
    ):
        return []
    return first


def _is_organisation(words: list[str]) -> bool:
    """A name with an organisation's head noun (``Oversight Committee Republicans``)."""
    heads = lexicon("speaker_organizations")
    return any(w.casefold() in heads for w in words)


def _surname(who: str) -> str | None:
    """``who`` as a surname, or None.

    A surname is one capitalised word of letters (hyphens and apostrophes allowed), after a
    title if there is one (``Mr. Clarke``).
    """
    words = who.split()
    if len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    return (
        words[0] if words[0].replace("-", "").replace("'", "").replace("’", "").isalpha() else None
    )


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not _is_title(word)


def _is_title(word: str) -> bool:
    return word.casefold() in _titles()


@functools.cache
def _titles() -> frozenset[str]:
    """Titles written before a name (``data/speaker_titles.txt``), with and without a stop."""
    bare = {title.rstrip(".") for title in lexicon_table("speaker_titles")}
    return frozenset(bare | {title + "." for title in bare})


def _source_phrase(raw: str) -> str | None:
    """The noun phrase that names the source in the words before (or after) a reporting verb.

    Cut, in this order: a leading ``and``/``but`` and ``there are``; off the end, the words that stand
    between a subject and its verb (``has``, ``also``, ``now``), a time phrase (``on
    Tuesday``, ``in 2001``, ``last week``) and a participle (``a poll released``); a
    participle and what follows it when a preposition does (``a poll released by Gallup``:
    see :func:`_before_participle`); a relative pronoun after its antecedent (``a staffer who`` → ``a staffer``); everything
    up to the last clause boundary (``though``, ``as``, ``when``, ``that``, a dash: ``as
    police have`` → ``police``; ``and`` joins subjects: ``Developers and supporters`` stays);
    a role before a name (``Clinton spokesman Nick Merrill`` → ``Nick Merrill``, see
    :func:`_name_after_role`). Before a relative pronoun, a pronoun and its verb are cut off
    their object (``he had a source who told`` → ``a source``). None when nothing is left,
    when the phrase ends in a possessive (``said McConnell's trip``: no source), or when it
    opens with a participle (``..., saying it shows``: the participle's subject is
    elsewhere).
    """
    words = (_PARENTHESIS.sub("", raw) if "(" in raw else raw).split()  # "Rep. X (D-N.Y.)"
    if words and len(words[-1]) > len("X.") and not _is_title(words[-1]):
        words[-1] = words[-1].removesuffix(".")  # "said Mr. Smith.": the sentence's stop
    if words and words[-1].casefold() in _PASSIVE:
        return None  # "a curfew was announced": what was said, not who said it
    while words and words[0].casefold() in _COORDINATORS:
        words = words[1:]
    if len(words) > _MIN_NAME and words[0].casefold() == "there" and words[1] in _PASSIVE:
        words = words[2:]  # "there are some economists who argue": some economists
    words = _strip_end(words)
    relative = bool(words) and words[-1].casefold() in _RELATIVES
    if relative:
        words = _strip_end(words[:-1])
    words = _before_participle(words)
    words = _after_boundary(words)
    if len(words) > 1 and words[-1].casefold() in _SUBJECT_PRONOUNS:
        words = words[:-1]  # "all the experts I interviewed": a relative clause's subject
    if not words or words[-1].endswith(("'s", "’s", "'", "’")):
        return None
    if words[-1].casefold() in _DETERMINERS:
        return None  # "against his say": the verb was a noun
    if words[-1].casefold() in _PREPOSITIONS or words[-1].casefold() == "to":
        return None  # "his best response was to say": an infinitive, no one says it
    words = _after_pronoun(words, relative=relative)
    if not words or (
        words[0][:1].islower()
        and words[0].endswith("ing")
        and (len(words) == 1 or words[1].casefold() in _OBJECT_WORDS)
    ):
        return None  # "..., saying it shows": the participle's subject is the sentence's
    return " ".join(_name_after_role(words))


def _after_pronoun(words: list[str], *, relative: bool) -> list[str]:
    """A phrase that opens with a subject pronoun and its verb, cut to what speaks.

    The pronoun, when the verb is the reporting verb's (``She is studying to be an engineer
    and said``: she); the verb's object, when a relative pronoun followed it (``he had a
    well-connected source who told``: a well-connected source).
    """
    if len(words) > 1 and words[0].casefold() in _SUBJECT_PRONOUNS and words[1][:1].islower():
        return _object_after_verb(words) if relative else words[:1]
    return words


_OBJECT_WORDS = frozenset({"it", "that", "this", "them", "him", "her"})
"""Words after a participle that make it a verb (``saying it``), not a modifier
(``restructuring experts``)."""


def _object_after_verb(words: list[str]) -> list[str]:
    """The noun phrase after a pronoun and its verb (``he had a source`` → ``a source``).

    The verb and adverbs are the lower-case words before the first determiner or
    capitalised word; ``[]`` when there is none.
    """
    for i in range(1, len(words)):
        if words[i].casefold() in _DETERMINERS or words[i][:1].isupper():
            return words[i:]
    return []


def _before_participle(words: list[str]) -> list[str]:
    """``words`` cut before a participle that a preposition follows, and a relative before it.

    ``a poll released by Gallup on Monday`` → ``a poll``; ``a speech Mrs. Clinton delivered
    at New York University`` → ``a speech Mrs. Clinton``; ``a staffer who worked at the
    State Department`` → ``a staffer``. The participle is a lower-case ``-ed`` word after
    the first word, which is no subject pronoun (``they turned to the police``: a verb);
    the name after the preposition is no speaker.
    """
    if not words or words[0].casefold() in _SUBJECT_PRONOUNS:
        return words  # "they turned to the police": a finite verb
    for i in range(1, len(words) - 1):
        word = words[i]
        if (
            word[:1].islower()
            and word.endswith("ed")
            and word.isalpha()
            and words[i + 1].casefold() in _PREPOSITIONS
        ):
            head = words[:i]
            if len(head) > 1 and head[-1].casefold() in _RELATIVES:
                head = head[:-1]
            return head
    return words


def _after_boundary(words: list[str]) -> list[str]:
    """The words after the last clause boundary (see ``data/claim_source_boundaries.txt``).

    A ``who`` that a lower-case word (its verb) follows, or a ``that`` or ``which`` that a
    past tense follows, opens a relative clause about the words before it, which name the
    source (``sources who reviewed them``, ``a team that tracked``): those are read on
    instead. (``which advocates say``: the word after ``which`` is the subject.)
    """
    boundaries = _source_boundaries()
    i = len(words) - 1
    while i >= 0:
        low = words[i].casefold()
        if low in boundaries or not words[i].strip("-–—"):
            rest = words[i + 1 :]
            if (
                low in _RELATIVES
                and i > 0
                and rest[:1]
                and rest[0][:1].islower()
                and rest[0].casefold() not in _SUBJECT_PRONOUNS
                and (low in {"who", "whom"} or rest[0].endswith("ed"))
            ):
                words = _strip_end(words[:i])
                i = len(words) - 1
                continue
            return _strip_end(rest)
        i -= 1
    return words


_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "the", "a", "an"})
_COORDINATORS = frozenset({"and", "or", "but", "nor", "yet", "so", "then"})
_MORE_SKIPPED = frozenset({"too", "long", "all", "both", *_COORDINATORS})
"""Words cut off the end of a source besides the speakers' skip words (``Cruz has long
said``, ``I laughed and said``, ``X and Y both said``)."""
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_TIME_PREPOSITIONS = frozenset(
    {"on", "in", "at", "during", "last", "this", "earlier", "late", "for", "over"}
)
_TIME_NOUNS = frozenset(
    {"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day"}
    | {"today", "yesterday", "tonight", "statement", "interview", "a", "an", "the", "its"}
    | {"late", "early", "mid", "this", "last", "next", "earlier"}
)
_MIN_PARTICIPLE_PHRASE = 3
"""A trailing lower-case ``-ed`` word is cut off a phrase of at least this many words
(``a poll released``), not off a shorter one (``officials involved``)."""


def _strip_end(words: list[str]) -> list[str]:
    """``words`` without the auxiliaries, adverbs, time phrases and participles ending them.

    A time phrase is a preposition then time words (``in late August``, ``on Tuesday``),
    the longest one that ends the words; single words cut are lower-case (``May`` may be a
    surname, ``may`` is not).
    """
    skip = lexicon("speaker_skip_words")
    while words:
        cut = next(
            (
                i
                for i in range(max(len(words) - 5, 1), len(words) - 1)
                if words[i].casefold() in _TIME_PREPOSITIONS
                and all(_is_time_word(w.casefold()) for w in words[i + 1 :])
            ),
            None,
        )
        if cut:
            words = words[:cut]
            continue
        last = words[-1].rstrip(",")
        low = last.casefold()
        if last[:1].islower() and (
            low in skip
            or low in _MORE_SKIPPED
            or _is_time_word(low)
            or (len(words) >= _MIN_PARTICIPLE_PHRASE and low.isalpha() and low.endswith("ed"))
        ):
            words = words[:-1]
            continue
        return words
    return words


def _is_time_word(low: str) -> bool:
    """A weekday, month, year or other word of a time phrase (``Tuesday``, ``2001``)."""
    return low in _TIME_NOUNS or low in _calendar_names() or (low.isdecimal() and len(low) <= 4)


@functools.cache
def _calendar_names() -> frozenset[str]:
    """Every month and weekday name and abbreviation, case-folded."""
    return month_names() | lexicon("weekdays")


@functools.cache
def _source_boundaries() -> frozenset[str]:
    return lexicon("claim_source_boundaries")


_NAME_CONNECTORS = frozenset(
    {"of", "for", "on", "to", "and", "the", "de", "du", "la", "von", "van", "der"}
)
"""Lower-case words inside a name (``Commission on Presidential Debates``, ``Securities and
Exchange Commission``) when capitalised words stand on both sides."""
_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "by", "to", "on", "in"})


def _name_after_role(words: list[str]) -> list[str]:
    """The name that ends ``words`` when a role or other words come before it.

    ``Clinton spokesman Nick Merrill`` → ``Nick Merrill``; ``Pennsylvania Gov. Ed Rendell``
    → ``Ed Rendell`` (a title ends the walk back). Kept whole: a name with only an article
    before it (``the Commission on Presidential Debates``), and one after a preposition,
    whose head comes before it: a short phrase (``A spokeswoman for Hillary Clinton``) or a
    name (``The Tax Policy Center at the Urban Institute``).
    """
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if (word[:1].isupper() and not _is_title(word)) or (
            word in _NAME_CONNECTORS
            and start < len(words)
            and start >= 2
            and words[start - 2][:1].isupper()
            and not _is_title(words[start - 2])
        ):
            start -= 1
        else:
            break
    name = words[start:]
    before = [w.casefold() for w in words[:start]]
    titled = bool(before) and _is_title(before[-1])
    while before and (before[-1] in _ARTICLES or _is_title(before[-1])):
        before.pop()
    if len(name) < _MIN_NAME:
        return words
    if not before:  # "Sen. Ivo Marsh" is Ivo Marsh; "The Wall Street Journal" stays
        return name if titled else words
    if before[-1] in _PREPOSITIONS and (
        (before[0] in _HEADED and len(before) <= _MAX_HEAD)
        or (len(before) >= _MIN_NAME and _is_capitalised(words[len(before) - 2]))
    ):
        return words  # the head before the preposition speaks: "a spokeswoman for X",
        # "The Tax Policy Center at the Urban Institute"
    return name


_ARTICLES = frozenset({"the", "a", "an"})
_HEADED = frozenset({"the", "a", "an", "one"})
_MAX_HEAD = 4
"""A noun phrase of at most this many words before a preposition (``a spokeswoman for``,
``the head of``) is the head of a name after it; longer words (``they turned to``) are not."""


def _reported(sentence: str, verbs: frozenset[str]) -> str | None:
    """The words naming the source of ``according to X``, ``X said`` or ``said X``.

    None when the sentence holds no reported speech; ``""`` when it does but names no one
    where the patterns look (``the complaint ... says Mills violated``).

    Each pattern holds a literal that must appear in the sentence, so a cheaper test skips
    the (much slower) search when it cannot match: a substring test, or the reporting
    ``verbs`` that may stand in it (see :attr:`_Seen.verbs`).
    """
    if "according to " in sentence.lower() and (m := _claim_patterns.ACCORDING_TO.search(sentence)):
        who = m.group("who")
        if m.end() < len(sentence) and sentence[m.end()].isalnum():  # cut at 60: whole words
            who = who.rsplit(" ", 1)[0]
        elif sentence[m.end() : m.end() + 1] == "." and _is_title(who.rsplit(" ", 1)[-1]):
            who += _after_title(sentence, m.end())  # "according to Mrs. Clinton's office"
        return who
    if starts := _verb_starts(sentence, verbs):
        if (by := _reported_by(sentence, starts)) is not None:
            return _subject_of(by)
        m = _reported_after(sentence, starts)
        if m is not None and not _clause_after(sentence, m.end()):
            return m.group("who")
        if (comma := _claim_patterns.COMMA_THEN_REPORTING_VERB.search(sentence)) is not None:
            subject = _comma_subject(sentence[: comma.start()])
            if _is_name(subject):
                return subject
            return _inverted_subject(sentence, comma.end()) or subject
        if m is not None:  # a clause follows: "the complaint ... says Mills violated"
            return ""
    return None


def _reported_more(sentence: str, tokens: list[str]) -> str | None:
    """The words naming the source of reported speech with a verb the patterns miss.

    The verbs are those of ``data/claim_source_verbs.txt`` (``noted``, ``insists``,
    ``estimate``), in two frames only, so that a verb read as a noun or an adjective (``by
    one estimate``, ``the alleged thief``) attributes nothing:

    * ``X noted that ...``, ``X insisted he ...``: a verb followed by ``that`` or a subject
      pronoun, X the words before it in its clause (after the last comma, semicolon, colon
      or dash), cut to a noun phrase (:func:`_source_phrase`) that must name someone;
    * ``..., X noted, ...`` or ``..., X noted.``: a name or a singular pronoun alone between
      commas, the verb after it and at most :data:`_MAX_ADJUNCT` words (``earlier in the
      hearing``) before the next comma or the end.
    """
    verbs = _source_verbs().intersection(tokens)
    if not verbs:
        return None
    for at, verb in sorted(_word_starts(sentence, verbs)):
        end = at + len(verb)
        after = sentence[end:]
        clause = _CLAUSE_BREAK.split(sentence[:at])[-1]
        if (paren := clause.rfind("(")) >= 0 and ")" not in clause[paren:]:
            clause = clause[paren + 1 :]  # "(her campaign later disclosed that"
        words = clause.split()
        while words and words[-1].islower() and words[-1].endswith("ly"):
            words = words[:-1]  # "boldly suggested that"
        if words and words[-1].casefold() in {"and", "but"}:
            words = _leading_subject(words)  # "Strada accused X of Y and asserted that"
        if not words:
            continue
        raw = " ".join(words)
        nxt = after.split(None, 1)[0].casefold() if after.strip() else ""
        if after[:1] == " " and (nxt == "that" or nxt in _SUBJECT_PRONOUNS | {"it"}):
            who = _source_phrase(raw)
            if who is not None and who.casefold() not in _NOT_SOURCES:
                return raw
        elif _parenthetical(sentence, at - len(clause), raw, after):
            return raw
    return None


def _leading_subject(words: list[str]) -> list[str]:
    """The subject of a clause whose verb phrase ends ``words`` (``Strada accused ... and``).

    A verb after ``and`` shares the clause's subject: its leading name (capitalised words,
    a title allowed) or subject pronoun; none (``[]``) when the clause opens otherwise.
    """
    if words[0].casefold() in _SUBJECT_PRONOUNS:
        return words[:1]
    name = []
    for word in words[: _MAX_NAME + 1]:
        if not word[:1].isupper():
            break
        name.append(word)
    if not name or name[0].casefold() in _DETERMINERS or len(name) >= len(words) - 1:
        return []
    return name


def _parenthetical(sentence: str, clause_at: int, raw: str, after: str) -> bool:
    """Whether ``raw`` (at ``clause_at``) and the verb after it are a comma-set aside.

    ``raw`` is a name (capitalised words, a title first if any), ``he``/``she`` or a short
    plural noun phrase (``officials``, ``many economists``), right after a comma; the verb is followed by the sentence's end, or by at most
    :data:`_MAX_ADJUNCT` words and a comma.
    """
    if not sentence[:clause_at].rstrip().endswith(","):
        return False
    words = raw.split()
    if not (
        raw.casefold() in {"he", "she"}
        or (len(words) <= _MAX_NAME and all(w[:1].isupper() for w in words))
        or (
            len(words) <= _MAX_NAME
            and words[-1].islower()
            and words[-1].endswith("s")
            and words[0].casefold() not in _PREPOSITIONS
        )
    ):
        return False
    rest = after.strip()
    if rest in {"", ".", "!"}:
        return True  # "..., officials estimate."
    comma = after.find(",")
    return comma >= 0 and len(after[:comma].split()) <= _MAX_ADJUNCT


_MAX_ADJUNCT = 6
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]{1,2}\s|[–—]")
"""What ends the clause before a verb: a comma, semicolon, colon or dash (and an opening
parenthesis not closed before the verb, read apart).
Single characters or a dash between spaces, no repetition beyond two: linear."""


def _word_starts(sentence: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """Every offset where one of ``words`` stands as a whole word, case-sensitively."""
    found = []
    for word in words:
        at = sentence.find(word)
        while at >= 0:
            end = at + len(word)
            before, after = sentence[at - 1 : at], sentence[end : end + 1]
            if not before.isalnum() and not after.isalnum():
                found.append((at, word))
            at = sentence.find(word, end)
    return found


@functools.cache
def _source_verbs() -> frozenset[str]:
    return lexicon("claim_source_verbs")


def _after_title(sentence: str, stop: int) -> str:
    """The words of a name after the title's full stop at ``stop``, to the next mark.

    ``according to X`` runs to the next punctuation mark, which a title's stop (``Mrs.``) is
    not: this is the rest of the name (``. Clinton's office``), at most
    :data:`_MAX_AFTER_TITLE` characters and whole words.
    """
    end = stop + 1
    limit = min(len(sentence), end + _MAX_AFTER_TITLE)
    while end < limit and sentence[end] not in _NAME_END_MARKS:
        end += 1
    rest = sentence[stop:end]
    if end == limit and end < len(sentence) and sentence[end].isalnum():
        rest = rest.rsplit(" ", 1)[0]
    return rest.rstrip()


_MAX_AFTER_TITLE = 60
_NAME_END_MARKS = frozenset(',.;:!?()"“”«»\n')


_PARENTHESIS = re.compile(r"\([^()]{0,60}+\)")
"""A short parenthesis (``(D-N.Y.)``), cut out of a source. Bounded, possessive: linear."""


def _clause_after(sentence: str, end: int) -> bool:
    """Whether a space and a lower-case letter follow ``end``.

    After ``said X`` they make X the subject of a clause (``said McConnell's trip was``), not
    an inverted speaker.
    """
    return sentence[end : end + 1] == " " and sentence[end + 1 : end + 2].islower()


def _reported_by(sentence: str, verbs_at: list[int] | None = None) -> regex.Match[str] | None:
    """What ``REPORTED_BY.search(sentence)`` finds, trying only where it can match.

    Those are the start and the character after each ``, ``; a search tries every position.
    Given ``verbs_at`` (every offset where a reporting verb may begin, in order: see
    :func:`_verb_starts`), a position is tried only when one of them follows it with no comma
    between, or with a parenthesis before the comma (``X (R-S.C., chair) said``): the words
    of ``X`` hold no comma.
    """
    at = 0
    while at >= 0:
        tried = verbs_at is None or _reaches_verb(sentence, at, verbs_at)
        if tried and (m := _claim_patterns.REPORTED_BY_AT.match(sentence, at)) is not None:
            return m
        at = sentence.find(", ", at)
        at = at + 2 if at >= 0 else at
    return None


def _reaches_verb(sentence: str, at: int, verbs_at: list[int]) -> bool:
    """Whether a verb of ``verbs_at`` begins after ``at``, no comma or a parenthesis first."""
    i = bisect.bisect_right(verbs_at, at)
    if i == len(verbs_at):
        return False
    comma = sentence.find(",", at, verbs_at[i])
    return comma < 0 or sentence.find("(", at, comma) >= 0


def _reported_after(sentence: str, starts: list[int]) -> regex.Match[str] | None:
    """What ``REPORTED_AFTER.search(sentence)`` finds, given where its verbs may begin.

    A match begins with a reporting verb, so only the ``starts`` (in order, every place one
    may begin: see :func:`_verb_starts`) are tried, the first that matches winning as in a
    search; ``match`` sees the text before it, for the pattern's ``\\b``.
    """
    for at in starts:
        if (m := _claim_patterns.REPORTED_AFTER.match(sentence, at)) is not None:
            return m
    return None


def _subject_of(m: regex.Match[str]) -> str:
    """The words naming who speaks in a match of ``X said``.

    A match that begins with the verb itself (``Justin Bamberg, said the videos show``)
    names its source in the comma-separated phrase before it.
    """
    who = m.group("who")
    sentence, start = m.string, m.start()
    if who.split(" ", 1)[0].casefold() in _REPORTING_VERB_SET and start >= len(", "):
        return _comma_subject(sentence[: start - len(", ")])
    return who


def _inverted_subject(sentence: str, end: int) -> str | None:
    """The subject after ``, said`` when a determiner opens it, or None.

    ``The bridge cost $40 million, said a spokesman for the mayor.``: the words after the
    verb up to the next comma or the sentence's end. Read only when no name stands before
    the comma (``Erin Murphy, a former aide, said the bridge cost`` is Erin Murphy's).
    """
    rest = sentence[end:]
    words = rest.split(None, 1)
    if not rest.startswith(" ") or not words or words[0] not in _INVERSION_OPENERS:
        return None
    phrase = rest.split(",", 1)[0].strip().rstrip(".!?\"'”’")
    return phrase if len(phrase.split()) <= _MAX_SUBJECT + 2 else None


_INVERSION_OPENERS = frozenset(
    {"a", "an", "the", "one", "two", "three", "another", "several", "some", "many"}
)
"""Lower-case words that open the subject after ``, said`` (``said a spokesman``, ``said
one source``); a capitalised subject (``said Mr. Ruiz``) is the patterns' own case."""


def _comma_subject(before: str) -> str:
    """The subject of a reporting verb that follows a comma, in the words ``before`` it.

    The first comma-separated phrase that opens with a capital but not with a clause opener
    (``In a statement``), of at most :data:`_MAX_SUBJECT` words, and of those the first that
    is a name (capitalised words only): ``Erin Murphy, a former aide who went to Burma in
    2011, said`` → ``Erin Murphy``; ``The state's campaign chairman, Phil Lovas, said`` →
    ``Phil Lovas``. ``""`` (no one named) when there is none.
    """
    openers = lexicon("speaker_clause_openers")
    phrases = []
    for chunk in before.split(","):
        words = (_PARENTHESIS.sub("", chunk) if "(" in chunk else chunk).strip(_QUOTE_EDGES).split()
        if (
            words
            and len(words) <= _MAX_SUBJECT
            and words[0][:1].isupper()
            and words[0].casefold() not in openers
        ):
            phrases.append(words)
    names = [p for p in phrases if _is_name(" ".join(p))]
    return " ".join((names or phrases or [[]])[0])


def _is_name(phrase: str) -> bool:
    """Whether ``phrase`` is capitalised words (and lower-case words inside names)."""
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in words)


_QUOTE_EDGES = " \"'“”‘’«»"
_MAX_SUBJECT = 6


def _verb_starts(sentence: str, verbs: frozenset[str]) -> list[int]:
    """Every offset where one of ``verbs`` begins in the sentence, in order."""
    starts = set()
    for verb in verbs:
        at = sentence.find(verb)
        while at >= 0:
            starts.add(at)
            at = sentence.find(verb, at + 1)
    return sorted(starts)


_REPORTING_VERB_SET = frozenset(REPORTING_VERBS)
