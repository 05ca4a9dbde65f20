"""Quantities in text: numbers with their units, currencies, scales and percentages.

Two readers run over a range of the text and their results are merged in text order:

* **written numbers** (:data:`~newsparse._claim_patterns.NUMBER_QUANTITY`): an optional
  currency sign (``$ € £ ¥ US$``), digits with ``,`` or space thousands groups of exactly
  three digits (``1,800``, ``22 000``) or a decimal point or comma (``4.6``, ``6,8``), an
  optional scale (``million``, ``bn``, glued ``m`` / ``k``) and an optional percent sign or
  word. ``€1.2bn`` is 1.2e9 EUR, ``4.6 percent`` is 4.6 percent. A range or tally written
  with a hyphen or en dash between digits gives both ends, the first taking the scale,
  percent and unit written once after the second: ``$3-4 billion`` is 3e9 and 4e9 USD,
  ``5–10%`` 5 and 10 percent, ``52-48`` 52 and 48; a range of days or clock times
  (``9-11 March``) is no quantity.
* **spelled-out numbers** (``data/number_words.txt``, ``data/number_scales.txt``):
  ``nine``, ``thirty-five``, ``two hundred``, ``three million``, with ``and`` before the
  tens after a hundred or a scale word (``two hundred and fifty``, ``two thousand and
  nine``, but ``one hundred`` and ``two hundred`` in ``between one hundred and two
  hundred``); fractions ``two-thirds``
  (``data/fraction_words.txt``) and ratios ``one in three``. A lone ``one`` is a pronoun
  too often (``the one who waited``) and is skipped; vague amounts (``a fraction``,
  ``several``, ``half``) are not numbers.

The unit is the currency code for a currency sign (or the word ``euros``), ``percent``, or
else the word right after the number when it is not a function word
(``data/quantity_stopwords.txt``): ``1,800 people`` has unit ``people``, ``14-metre`` has
``metre``. Years (a bare four-digit number from 1000 to 2100 with no unit), days of a month
(``March 9``, ``9 March``), clock times (``7 a.m.``, ``10:32``) and ordinals or model
numbers (``19th``, ``X2``) are not quantities.

>>> [(q.text, q.value, q.unit) for q in find_quantities("It costs $4.2 billion, up 4.6 percent.")]
[('$4.2 billion', 4200000000.0, 'USD'), ('4.6 percent', 4.6, 'percent')]
>>> [(q.text, q.value, q.unit) for q in find_quantities("About 1,800 people; two-thirds left.")]
[('1,800 people', 1800.0, 'people'), ('two-thirds', 0.6666666666666666, None)]
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Set as AbstractSet

import regex

from newsparse import _claim_patterns
from newsparse._claim_patterns import TIME_AFTER_LETTERS, is_plain
from newsparse._lexicon import lexicon, lexicon_lines
from newsparse.models import Quantity, _constructor

__all__ = ["find_quantities", "month_names", "spelled_words"]

_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR"}
_GLUED_ONLY_SCALES = frozenset({"m", "k"})
"""Scales read only when glued to the number (``1.5m``); ``300 m`` is more often metres."""
_YEAR_RANGE = (1000, 2100)
_new_quantity = _constructor(Quantity)
"""``Quantity(text=, start=, end=, value=, unit=)`` by position, every field given: about
twice as fast as the attrs ``__init__`` (see ``models._constructor``); a claim-heavy article
makes a few dozen."""


@functools.cache
def _table(name: str) -> dict[str, float]:
    """A ``word<TAB>number`` data file as a mapping (read once; callers never mutate it)."""
    out: dict[str, float] = {}
    for line in lexicon_lines(name):
        word, _, value = line.partition("\t")
        out[word.strip().casefold()] = float(value)
    return out


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    digits: bool = True,
    words: AbstractSet[str] | None = None,
) -> tuple[Quantity, ...]:
    """The quantities in ``text[start:end]``, in order, with offsets into ``text``.

    A caller that has already read the text may say what it holds, so that a reader with
    nothing to find is skipped: ``digits=False`` when the range holds no decimal digit;
    ``words``, the words of :func:`~newsparse.quantities.spelled_words` that may stand in it between word
    boundaries (at least every one that does). An empty set skips the spelled-number reader,
    and in plain text (:data:`~newsparse._claim_patterns.NOT_PLAIN`) only these words are
    looked for. The hints only save work: they never change what is found in text they
    describe truthfully.

    >>> [q.text for q in find_quantities("Sales rose €1.2bn; a fraction left in 2019.")]
    ['€1.2bn']
    """
    stop = len(text) if end is None else min(end, len(text))
    digit = _claim_patterns.ANY_DIGIT.search(text, start, stop) if digits else None
    written = _written_numbers(text, max(start, digit.start() - _SIGN_SPAN), stop) if digit else []
    spelled = _spelled_numbers(text, start, stop, [(q.start, q.end) for q in written], words)
    if not spelled:
        return tuple(written)
    return tuple(sorted(written + spelled, key=lambda q: q.start))


@functools.cache
def spelled_words() -> frozenset[str]:
    """The words of spelled-out numbers (``nine``, ``hundred``) and fractions (``thirds``).

    Case-folded. Text without one of them between word boundaries holds no spelled quantity.
    """
    return frozenset({*_table("number_words"), *_table("fraction_words")})


_CUR, _NUM, _SCALE, _PCT = 1, 2, 3, 4
"""The groups ``cur``, ``num``, ``scale`` and ``pct`` of
:data:`~newsparse._claim_patterns.NUMBER_QUANTITY` by number: the ``regex`` module looks a
group up by name about seven times slower (~1 µs a call). Written out, not read from the
pattern's ``groupindex``, so that importing this module compiles nothing
(``tests/test_claims_speed_equivalence.py`` checks them)."""
_UNIT = 1
"""The group ``unit`` of :data:`~newsparse._claim_patterns.UNIT_WORD` by number, as above."""
_SIGN_SPAN = len("US$ ")
"""A written number begins at most this far before its first digit (``US$ 5``)."""


def _written_numbers(text: str, begin: int, stop: int) -> list[Quantity]:
    """The written numbers of ``text[begin:stop]``, begun near the first digit.

    ``begin`` is at most :data:`_SIGN_SPAN` before the first digit of the range. A match that
    begins earlier holds a digit ``float`` cannot read (one newer than Python's tables) and
    would be dropped; the pattern's look-behind still sees the characters before ``begin``,
    so every match from there is the one a scan of the whole range finds.
    """
    out: list[Quantity] = []
    for m in _claim_patterns.NUMBER_QUANTITY.finditer(text, begin, stop):
        out += _written(text, m, stop)
    return out


def _number_value(raw: str) -> float | None:
    """``1,800`` → 1800, ``22 000`` → 22000, ``6,8`` → 6.8, ``4.6`` → 4.6.

    ``None`` when a digit is one Python's Unicode tables do not know yet (``regex`` may
    ship a newer Unicode version than ``float`` reads).
    """
    whole, dot, fraction = raw.partition(".")
    if dot and not fraction.isdecimal():
        return None
    if whole.isdecimal():  # no separator (most numbers): nothing to split
        return float(whole + dot + fraction)
    groups = _claim_patterns.NUMBER_SEPARATOR.split(whole)
    if not all(g.isdecimal() for g in groups):
        return None
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups) + dot + fraction)
    if len(groups) == 2:  # a decimal comma: 6,8
        return float(f"{groups[0]}.{groups[1]}")
    return float(whole + dot + fraction)


def _written(text: str, m: regex.Match[str], stop: int) -> list[Quantity]:
    """The quantities of one :data:`~newsparse._claim_patterns.NUMBER_QUANTITY` match.

    None, one, or the two ends of a range (see :func:`_range`).
    """
    cur, num, scale, pct = m.group(_CUR, _NUM, _SCALE, _PCT)
    begin, num_end = m.start(), m.end(_NUM)
    if scale and scale.casefold() in _GLUED_ONLY_SCALES and m.start(_SCALE) != num_end:
        # "9 March": a spaced "m" is no scale; the number stands alone, or is a date
        if pct or _is_date_or_time(text, begin, num, num_end, stop):
            return []
        return _listed(_plain(text, begin, num_end, stop, cur))
    if not scale and not pct:
        after = text[num_end : num_end + 1]
        if after.isalpha() or _is_date_or_time(text, begin, num, num_end, stop):
            return []
        if after in _RANGE_DASHES and (ends := _range(text, begin, num_end, stop, cur)) is not None:
            return ends
        return _listed(_plain(text, begin, num_end, stop, cur))
    value = _value(num, scale)
    return [] if value is None else [_scaled(text, begin, m.end(), value, pct, cur, stop)]


_RANGE_DASHES = frozenset("-–")
"""A hyphen or en dash glued to digits on both sides makes a range or tally (``3-4%``)."""


def _listed(q: Quantity | None) -> list[Quantity]:
    return [] if q is None else [q]


def _value(num: str, scale: str | None) -> float | None:
    """The written number ``num`` times its scale word (see :func:`_number_value`)."""
    number = _number_value(num)
    if number is None:
        return None
    return number * (_table("number_scales")[scale.casefold()] if scale else 1)


def _scaled(
    text: str, begin: int, end: int, value: float, pct: str | None, cur: str | None, stop: int
) -> Quantity:
    """``text[begin:end]``, a number of ``value``, then its unit.

    The unit is ``percent``, the currency of ``cur``, or the unit word after ``end``.
    """
    unit = "percent" if pct else _CURRENCY_SIGNS.get(cur or "")
    if unit is None:
        unit, end = _unit_after(text, end, stop)
    return _new_quantity(text[begin:end], begin, end, value, unit)


def _range(
    text: str, begin: int, num_end: int, stop: int, cur: str | None
) -> list[Quantity] | None:
    """Both ends of a range or tally, ``text[begin:num_end]`` being the first number's text.

    ``3-4%``, ``$3–4 billion``, ``10-15 people``: the first end takes the currency sign
    before it, the scale, percent and unit word after the second, since they are written
    once for both (``$3-4 billion`` is $3 billion to $4 billion, never $3); each end keeps
    its own text. Bare numbers that do not rise (``voted 7-2``, ``an 80-19 vote``) are a
    tally or a score: two numbers without a unit.

    None (no range: the first number is read alone) when no number follows the dash as
    :data:`~newsparse._claim_patterns.RANGE_END` reads it, when the first number is a year
    (``2019-20``: years are no quantity) or the second has a spaced ``m`` (``3-4 m``:
    metres or minutes, not millions). Empty when the second end is a day of a month or a
    clock time (``9-11 March``, ``9-11 a.m.``): the range is a date or a time.
    """
    m = _claim_patterns.RANGE_END.match(text, num_end + 1, stop)
    if m is None:
        return None
    first = text[begin:num_end][len(cur) :].strip() if cur else text[begin:num_end]
    second, scale, pct = m.group(_RANGE_NUM, _RANGE_SCALE, _RANGE_PCT)
    if _is_year(first) or (
        scale and scale.casefold() in _GLUED_ONLY_SCALES and m.start(_RANGE_SCALE) != m.end(1)
    ):
        return None
    if not scale and not pct and _is_date_or_time(text, m.start(), second, m.end(1), stop):
        return []
    first_value, second_value = _value(first, scale), _value(second, scale)
    if first_value is None or second_value is None:
        return None
    if not (scale or pct or cur) and first_value >= second_value:
        # a tally or score (winner first: "voted 7-2", "a 3-1 win"): the word after it is
        # what was tallied ("an 80-19 vote"), no unit either number counts
        return [
            _new_quantity(first, begin, num_end, first_value, None),
            _new_quantity(second, m.start(), m.end(), second_value, None),
        ]
    end = _scaled(text, m.start(), m.end(), second_value, pct, cur, stop)
    start = _scaled(text, begin, num_end, first_value, pct, cur, stop)
    if end.unit is not None and start.unit is None:
        start = _new_quantity(start.text, start.start, start.end, start.value, end.unit)
    return [start, end]


_RANGE_NUM, _RANGE_SCALE, _RANGE_PCT = 1, 2, 3
"""The groups ``num``, ``scale`` and ``pct`` of :data:`~newsparse._claim_patterns.RANGE_END`
by number (see :data:`_CUR`)."""


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and _YEAR_RANGE[0] <= int(digits) <= _YEAR_RANGE[1]


def _plain(text: str, begin: int, num_end: int, stop: int, cur: str | None) -> Quantity | None:
    """A number without scale or percent: a currency amount, a count with its noun, or a year."""
    raw = text[begin:num_end]
    digits = raw[len(cur) :].strip() if cur else raw
    value = _number_value(digits)
    if value is None:
        return None
    if cur:
        return _new_quantity(raw, begin, num_end, value, _CURRENCY_SIGNS[cur])
    unit, q_end = _unit_after(text, num_end, stop)
    is_year = digits.isdigit() and len(digits) == 4 and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
    if is_year and (unit is None or _after_month_or_preposition(text, begin)):
        return None  # "in 2019", "March 2024 sales": a year, not a count
    return _new_quantity(text[begin:q_end], begin, q_end, value, unit)


def _unit_after(text: str, pos: int, stop: int) -> tuple[str | None, int]:
    """The unit word right after ``pos`` and the end of the quantity including it."""
    m = _claim_patterns.UNIT_WORD.match(text, pos, stop)
    if m is None:
        return None, pos
    word = m[_UNIT].casefold()
    if word in lexicon("quantity_stopwords") or word in month_names():
        return None, pos
    return _CURRENCY_WORDS.get(word, word), m.end()


def _is_date_or_time(text: str, begin: int, num: str, num_end: int, stop: int) -> bool:
    """``March 9``, ``9 March``, ``Feb. 27``, ``7 a.m.``: a day number next to a month name.

    ``num`` is the number that stands at ``text[begin:num_end]``, after its currency sign.
    """
    if not TIME_AFTER_LETTERS.isdisjoint(
        text[num_end : num_end + 2]
    ) and _claim_patterns.TIME_AFTER.match(text, num_end, stop):
        return True
    if not (num.isdecimal() and len(num) <= 2 and 1 <= int(num) <= _MAX_DAY):
        return False
    months = month_names()
    before = text[max(0, begin - 12) : begin].rstrip().rstrip(".").rsplit(None, 1)
    if before and before[-1].casefold() in months:
        return True
    after = text[num_end : min(stop, num_end + 14)].split(None, 1)
    return bool(after) and after[0].rstrip(".,;:").casefold() in months


_MAX_DAY = 31
_YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "until", "from", "before", "after", "of"})


def _after_month_or_preposition(text: str, begin: int) -> bool:
    before = text[max(0, begin - 14) : begin].rstrip().rstrip(".,").rsplit(None, 1)
    word = before[-1].casefold() if before else ""
    return word in month_names() or word in _YEAR_PREPOSITIONS


@functools.cache
def _spelled_hint() -> regex.Pattern[str]:
    """Any spelled number word in case-folded text: a cheap test before the word scan.

    Matching folded text case-sensitively is a third faster than ``IGNORECASE`` and finds
    every word the case-insensitive pattern would (the words are ASCII, and a character
    that folds to an ASCII letter folds to it in both ways; word boundaries are kept). An
    alternation of fixed words between word boundaries, compiled once from the data files:
    linear.
    """
    words = sorted(spelled_words(), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(map(regex.escape, words)) + r")\b")


@functools.cache
def month_names() -> frozenset[str]:
    """Month names and their abbreviations (``data/months.txt``), case-folded."""
    return frozenset(line.split("\t")[0].strip().casefold() for line in lexicon_lines("months"))


def _spelled_numbers(
    text: str,
    start: int,
    stop: int,
    taken: list[tuple[int, int]],
    words: AbstractSet[str] | None,
) -> list[Quantity]:
    """The spelled numbers of the range, read only when a spelled number word stands in it.

    That is, between word boundaries: :func:`_spelled_hint` tells, or :func:`_word_sites`
    for the caller's ``words`` in plain text.
    """
    if words is not None and not words:
        return []
    piece = text[start:stop]
    if words is not None and is_plain(piece):
        bounded, starts = _word_sites(piece.lower(), words)
        return _spelled(text, start, stop, taken, [start + at for at in starts]) if bounded else []
    if not _spelled_hint().search(piece.casefold()):
        return []
    return _spelled(text, start, stop, taken, _run_starts(text, start, stop))


def _spelled(
    text: str, start: int, stop: int, taken: list[tuple[int, int]], starts: list[int]
) -> list[Quantity]:
    """Spelled-out numbers, fractions and ratios outside the spans already ``taken``.

    Words are :data:`~newsparse._claim_patterns.WORD_TOKEN` matches; one whose start lies in
    a taken span is not read. A quantity begins at a word whose first hyphen part is a number
    word (``starts``, in order: :func:`_run_starts`) and not inside the quantity before it: a
    fraction (``two-thirds``), or a run of number words each one space after the last (see
    :func:`_number_run`) with its ratio or unit. A lone ``one`` is dropped.
    """
    out: list[Quantity] = []
    after = start  # where the last quantity ended: words before it were read with it
    for begin in starts:
        if begin < after or (taken and _inside(begin, taken)):
            continue
        q = _spelled_at(text, begin, stop, taken)
        if q is not None:
            out.append(q)
            after = q.end
    return [q for q in out if q.text.casefold() != "one"]


def _word_sites(low: str, words: AbstractSet[str]) -> tuple[bool, list[int]]:
    """Where ``words`` stand in lower-cased plain text, found with ``str.find``.

    Gives whether one stands between word boundaries (what :func:`_spelled_hint` tests) and
    where those that are number words begin a word (what :func:`_plain_run_start` finds).
    Lower-cased plain text has word characters ``[a-z0-9_]`` and letters ``[a-z]`` only.
    """
    numbers = _table("number_words")
    bounded = False
    starts = []
    for word in words & spelled_words():
        at = low.find(word)
        while at >= 0:
            before, end = low[at - 1 : at], at + len(word)  # "" at either edge
            after = low[end : end + 1]
            if before not in _WORD_CHARS and after not in _WORD_CHARS:
                bounded = True
            if (
                word in numbers
                and before not in _LETTERS
                and after not in _LETTERS
                and not (before == "-" and low[at - 2 : at - 1] in _LETTERS)
            ):
                starts.append(at)
            at = low.find(word, at + 1)
    return bounded, sorted(starts)


_LETTERS = frozenset(string.ascii_lowercase)
_WORD_CHARS = _LETTERS | frozenset(string.digits + "_")


def _run_starts(text: str, start: int, stop: int) -> list[int]:
    """Where the words of ``text[start:stop]`` whose first hyphen part is a number word begin.

    Plain text (:data:`~newsparse._claim_patterns.NOT_PLAIN`; most sentences) is searched
    with one pattern (:func:`_plain_run_start`) instead of reading every word.
    """
    piece = text[start:stop]
    if is_plain(piece):
        return [m.start() + start for m in _plain_run_start().finditer(piece.lower())]
    words = _table("number_words")
    return [
        m.start()
        for m in _claim_patterns.WORD_TOKEN.finditer(text, start, stop)
        if m.group().casefold().split("-", 1)[0] in words
    ]


def _spelled_at(text: str, begin: int, stop: int, taken: list[tuple[int, int]]) -> Quantity | None:
    """The fraction or number run that begins at the word at ``begin``, if any."""
    words = _table("number_words")
    first = _claim_patterns.WORD_TOKEN.match(text, begin, stop)
    if first is None:  # pragma: no cover - begin is where a word was found
        return None
    parts = first.group().casefold().split("-")
    fractions = _table("fraction_words")
    if len(parts) == 2 and parts[0] in words and parts[1] in fractions:
        value = words[parts[0]] / fractions[parts[1]]
        return _new_quantity(first.group(), begin, first.end(), value, None)
    end, value = _number_run(text, first, stop, taken)
    if end is None:
        return None
    return _spelled_quantity(text, begin, end, value, stop, taken)


def _next_word(
    text: str, end: int, stop: int, taken: list[tuple[int, int]]
) -> regex.Match[str] | None:
    """The word one space after ``end``, unless another character or a taken span comes first."""
    if text[end : end + 1] != " ":
        return None
    m = _claim_patterns.WORD_TOKEN.match(text, end + 1, stop)
    if m is None or (taken and _inside(m.start(), taken)):
        return None
    return m


def _number_run(
    text: str, first: regex.Match[str], stop: int, taken: list[tuple[int, int]]
) -> tuple[int | None, float]:
    """Consume spelled number words from ``first``, each one space after the last.

    Gives the end of the last word read (None when even ``first`` is not a number word) and
    the value.
    """
    words = _table("number_words")
    scales = _table("number_scales")
    total = current = 0.0
    end = None
    multiplied = False  # the last word read was "hundred" or a scale word
    tok: regex.Match[str] | None = first
    while tok is not None:
        parts = tok.group().casefold().split("-")
        if all(p in words for p in parts):
            multiplied = "hundred" in parts[1:] or (parts == ["hundred"] and end is not None)
            if multiplied:
                current = max(current, 1) * 100
            else:
                current += sum(words[p] for p in parts)
                multiplied = parts[-1] == "hundred"
        elif end is not None and len(parts) == 1 and parts[0] in scales and len(parts[0]) > 2:
            total += max(current, 1) * scales[parts[0]]
            current = 0.0
            multiplied = True
        else:
            break
        end = tok.end()
        tok = _next_word(text, end, stop, taken)
        if multiplied and tok is not None and tok.group().casefold() == "and":
            tok = _and_part(text, tok, stop, taken)
    return end, total + current


def _and_part(
    text: str, conjunction: regex.Match[str], stop: int, taken: list[tuple[int, int]]
) -> regex.Match[str] | None:
    """The word after ``and`` in ``two hundred and fifty``, ``two thousand and nine``.

    Read on only when it is a number below a hundred (``fifty``, ``twenty-five``, not
    ``hundred``) that no ``hundred`` follows: in ``between one hundred and two hundred`` the
    ``and`` joins two numbers, not the parts of one.
    """
    words = _table("number_words")
    tok = _next_word(text, conjunction.end(), stop, taken)
    if tok is None:
        return None
    parts = tok.group().casefold().split("-")
    if not all(p in words and p != "hundred" for p in parts):
        return None
    after = _next_word(text, tok.end(), stop, taken)
    if after is not None and after.group().casefold().split("-", 1)[0] == "hundred":
        return None
    return tok


def _spelled_quantity(
    text: str, begin: int, end: int, value: float, stop: int, taken: list[tuple[int, int]]
) -> Quantity:
    ratio = _claim_patterns.RATIO_AFTER.match(text, end, min(stop, end + 20))
    denominator = _table("number_words").get(ratio.group(1).casefold(), 0) if ratio else 0
    if ratio and denominator and _word_after(text, end, stop, taken):  # "one in zero": no ratio
        end = ratio.end()
        return _new_quantity(text[begin:end], begin, end, value / denominator, None)
    unit, q_end = _unit_after(text, end, stop)
    return _new_quantity(text[begin:q_end], begin, q_end, value, unit)


def _word_after(text: str, pos: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a word that begins outside the taken spans follows ``pos`` before ``stop``."""
    return any(
        not _inside(m.start(), taken) for m in _claim_patterns.WORD_TOKEN.finditer(text, pos, stop)
    )


@functools.cache
def _plain_run_start() -> re.Pattern[str]:
    """A number word that is the first hyphen part of a word, in lower-cased plain text.

    In plain text a word (:data:`~newsparse._claim_patterns.WORD_TOKEN`) is a run of letters
    ``[a-z]`` joined by single hyphens, so a number word begins one exactly when no letter,
    and no letter then hyphen, stands before it, and no letter after it. An alternation of
    fixed words between fixed-width look-arounds, compiled once from the data file: linear.
    """
    words = sorted(_table("number_words"), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?<![a-z]-)(?:" + "|".join(map(re.escape, words)) + r")(?![a-z])")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
