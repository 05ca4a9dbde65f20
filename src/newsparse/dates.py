"""Dates in bylines and headers: a fast path for the common formats, ``dateparser`` after.

The fast path reads ISO 8601 (``2025-02-11``, ``2025-02-11T10:32:00Z``), ``Month D, YYYY``
and ``D Month YYYY`` in seven languages (month names in ``data/months.txt``), an optional
weekday, an optional ``h:mm`` time with ``AM``/``PM``, and an optional zone: an offset or an
abbreviation from ``data/timezones.txt`` (``ET``, ``PT``... follow US daylight-saving rules;
``CET`` is ``+01:00``; ``GMT`` and ``Z`` are UTC). Relative dates (``3 hours ago``,
``yesterday``) resolve only against ``ParseOptions.reference_time``.

Only when the fast path does not decide, and the text is short and names a plausible year,
is ``dateparser`` asked, with an explicit language list, imported lazily and its answers
cached. Parsing is therefore deterministic: the same text and options always give the same
date, whatever today is.

>>> read_date("Feb. 11, 2025 10:32 AM ET").value.isoformat()
'2025-02-11T10:32:00-05:00'
>>> read_date("11 février 2025").value.isoformat()
'2025-02-11'
>>> read_date("3 hours ago").relative, read_date("3 hours ago").value
(True, None)
>>> read_date("Tuesday") is None
True
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

import attrs

from newsparse._patterns import (
    FOUR_DIGITS,
    HAS_TIME,
    HAS_YEAR,
    ISO_DATE,
    ISO_DATE_ASCII,
    MONTH_DAY_YEAR,
    RELATIVE_DATE,
    WORD_DATE,
    WORD_DATE_ASCII,
    LazyPattern,
)
from newsparse.models import _constructor

__all__ = ["DEFAULT_LANGUAGES", "MAX_DATE_CHARS", "DateReading", "read_date"]

MAX_DATE_CHARS = 64
"""Longer strings are never read as a date (keeps every pattern constant-time)."""

DEFAULT_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
"""Languages the ``dateparser`` fallback tries when ``ParseOptions.languages`` is None."""

_UNIT_SECONDS = {
    "s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hr": 3600,
    "hour": 3600, "d": 86400, "day": 86400, "w": 604800, "wk": 604800, "week": 604800,
    "month": 30 * 86400, "year": 365 * 86400,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


@attrs.frozen(kw_only=True)
class DateReading:
    """What :func:`~newsparse.dates.read_date` made of a string."""

    value: dt.date | None
    """The date or date-time; None when relative and unresolved."""
    relative: bool = False
    """True for ``3 hours ago``, ``yesterday``..."""
    unknown_zone: str | None = None
    """A zone abbreviation that was named but not known (the value stays naive)."""
    via_dateparser: bool = False
    """True when the fast path did not decide."""


_new_reading = _constructor(DateReading)


@functools.cache
def _lexicon(name: str) -> frozenset[str]:
    """``newsparse._lexicon.lexicon``, imported on first use.

    ``_lexicon`` loads ``pathlib`` (about 7 ms), which ``import newsparse`` need not.
    """
    from newsparse._lexicon import lexicon  # noqa: PLC0415

    return lexicon(name)


def _lexicon_lines(name: str) -> tuple[str, ...]:
    """``newsparse._lexicon.lexicon_lines``, imported on first use (callers cache)."""
    from newsparse._lexicon import lexicon_lines  # noqa: PLC0415

    return lexicon_lines(name)


def _reading(value: dt.date) -> DateReading:
    """``DateReading(value=value)``, made faster (see ``models._constructor``)."""
    reading: DateReading = _new_reading(value, False, None, False)
    return reading


def read_date(
    text: str,
    *,
    reference_time: dt.datetime | None = None,
    languages: Sequence[str] | None = None,
) -> DateReading | None:
    """Read ``text`` as a date; None when it is not one."""
    if len(text) > 4 * MAX_DATE_CHARS:
        return None
    s = text.strip()
    if not s or len(s) > MAX_DATE_CHARS or not _has_digit(s):
        return _read_word_relative(s, reference_time)
    return (
        _read_fast(s)
        or _read_relative(s, reference_time)
        or _read_slow(s, tuple(languages) if languages else DEFAULT_LANGUAGES)
    )


def _has_digit(s: str) -> bool:
    """``any(map(str.isdigit, s))``: ten membership tests (C scans) for ASCII text."""
    if s.isascii():
        return (
            "0" in s or "1" in s or "2" in s or "3" in s or "4" in s
            or "5" in s or "6" in s or "7" in s or "8" in s or "9" in s
        )  # fmt: skip
    return any(map(str.isdigit, s))


def _read_fast(s: str) -> DateReading | None:
    """The fast path: ISO 8601 or a date in words (each has a year)."""
    ascii_only = s.isascii()
    if ascii_only:
        m = MONTH_DAY_YEAR.fullmatch(s)
        if m is not None:  # what _read_words reads from WORD_DATE's mon1, d1 and y1 alone
            month, day, year = m.groups()
            return _day_reading(_months().get(month.casefold()), day, year)
    if FOUR_DIGITS.search(s) is None:
        return None
    return (_read_iso(s, ascii_only) if s[4:5] == "-" else None) or _read_words(s, ascii_only)


def _day_reading(month: int | None, day: str, year: str) -> DateReading | None:
    if month is None:
        return None
    try:
        return _reading(dt.date(int(year), month, int(day)))
    except ValueError:
        return None


def _read_word_relative(s: str, reference: dt.datetime | None) -> DateReading | None:
    if len(s) > 12:
        return None
    return _read_relative(s, reference)


def _read_iso(s: str, ascii_only: bool) -> DateReading | None:
    m = (ISO_DATE_ASCII if ascii_only else ISO_DATE).fullmatch(s)
    if m is None:
        return None
    y, mo, d, h, mi, sec, tz = m.groups()  # in this order in the pattern (a test checks)
    try:
        day = dt.date(int(y), int(mo), int(d))
        if h is None:
            return _reading(day)
        local = _at(day, int(h), int(mi), int(sec or 0))
    except ValueError:
        return None
    return _with_zone(local, tz)


def _month_table() -> dict[str, int]:
    return {k: int(v) for k, v in (line.split("\t") for line in _lexicon_lines("months"))}


_months = functools.cache(_month_table)


def _read_words(s: str, ascii_only: bool) -> DateReading | None:
    m = (WORD_DATE_ASCII if ascii_only else WORD_DATE).fullmatch(s)
    if m is None:
        return None
    wd, mon1, d1, y1, d2, mon2, y2, h, mi, sec, ampm, tz = m.groups()  # in pattern order
    month = _months().get((mon1 or mon2).casefold())
    if month is None or (wd and wd.casefold().rstrip(".") not in _lexicon("weekdays")):
        return None
    try:
        day = dt.date(int(y1 or y2), month, int(d1 or d2))
    except ValueError:
        return None
    if h is None or (mi is None and ampm is None):
        return _reading(day) if h is None and tz is None else None
    hour = int(h)
    half = (ampm or "").casefold().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    try:
        local = _at(day, hour, int(mi or 0), int(sec or 0))
    except ValueError:
        return None
    return _with_zone(local, tz)


def _with_zone(local: dt.datetime, zone: str | None) -> DateReading:
    if not zone:
        return _reading(local)
    offset = _zone_offset(zone, local)
    if offset is None:
        return DateReading(value=local, unknown_zone=zone)
    return _reading(_at(local, local.hour, local.minute, local.second, _timezone(offset)))


def _at(
    day: dt.date, hour: int, minute: int, second: int, zone: dt.tzinfo | None = None
) -> dt.datetime:
    """``datetime.combine(day, time(hour, minute, second), zone)``, as one constructor call.

    The constructor takes its fields by position and is several times faster than
    ``combine`` of a ``time`` or ``datetime.replace(tzinfo=...)`` (which parse keywords):
    a byline date with a time and a zone paid more for making its value than for reading it.
    It raises the same ``ValueError`` for a field out of range. (The dates read here have no
    microseconds and no ``fold``.)
    """
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, 0, zone)


@functools.lru_cache(maxsize=256)
def _timezone(offset: dt.timedelta) -> dt.timezone:
    """The fixed-offset zone of ``offset``: immutable, so one object serves every date."""
    return dt.timezone(offset)


@functools.cache
def _zones() -> dict[str, str]:
    return {k.upper(): v for k, v in (line.split("\t") for line in _lexicon_lines("timezones"))}


_OFFSET = LazyPattern(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?")
_US_STANDARD = {"us-eastern": -5, "us-central": -6, "us-mountain": -7, "us-pacific": -8}
"""Hours from UTC of the US zones' standard time."""


def _zone_offset(zone: str, local: dt.datetime) -> dt.timedelta | None:
    rule = _zones().get(zone.upper())
    if rule is None:
        m = _OFFSET.fullmatch(zone.upper())
        if m is None:
            return None
        rule = f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}"
    if rule.startswith("us-"):
        return _fixed_hours(_US_STANDARD[rule] + (1 if _us_dst(local) else 0))
    return _fixed_offset(rule)


@functools.lru_cache(maxsize=256)
def _fixed_offset(rule: str) -> dt.timedelta:
    """The offset a ``+hh:mm`` rule names.

    A pure function of the rule's text, kept once made; bounded, as a written offset is one.
    """
    sign = -1 if rule[0] == "-" else 1
    hours, minutes = rule[1:].split(":")
    return sign * dt.timedelta(hours=int(hours), minutes=int(minutes))


@functools.lru_cache(maxsize=32)
def _fixed_hours(hours: int) -> dt.timedelta:
    return dt.timedelta(hours=hours)


def _us_dst(local: dt.datetime) -> bool:
    """US daylight-saving time: 2 a.m. on March's second Sunday to November's first."""
    begins, ends = _us_dst_bounds(local.year)
    return begins <= (local if local.tzinfo is None else local.replace(tzinfo=None)) < ends


@functools.lru_cache(maxsize=64)
def _us_dst_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    """When US daylight-saving time begins and ends in ``year`` (a pure function of it)."""

    def sunday(month: int, nth: int) -> dt.datetime:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        return dt.datetime.combine(day, dt.time(2))

    return sunday(3, 2), sunday(11, 1)


def _read_relative(s: str, reference: dt.datetime | None) -> DateReading | None:
    m = RELATIVE_DATE.fullmatch(s)
    if m is None:
        return None
    if reference is None:
        return DateReading(value=None, relative=True)
    word = (m["word"] or "").casefold()
    if word:
        days = {"yesterday": 1, "today": 0, "just now": 0}[word]
        value: dt.date = (reference - dt.timedelta(days=days)).date()
        return DateReading(value=value if word != "just now" else reference, relative=True)
    n = m["n"].casefold()
    count = _NUMBER_WORDS[n] if n in _NUMBER_WORDS else int(n)
    unit = m["unit"].casefold().rstrip("s") or "s"
    seconds = _UNIT_SECONDS.get(unit, _UNIT_SECONDS.get(unit[:3], 60))
    return DateReading(value=reference - dt.timedelta(seconds=count * seconds), relative=True)


def _read_slow(s: str, languages: tuple[str, ...]) -> DateReading | None:
    if HAS_YEAR.search(s) is None or len(s.split()) > 8:
        return None
    value = _dateparser(s, languages)
    if value is None:
        return None
    if HAS_TIME.search(s) is None:
        return DateReading(value=value.date(), via_dateparser=True)
    return DateReading(value=value, via_dateparser=True)


@functools.lru_cache(maxsize=4096)
def _dateparser(s: str, languages: tuple[str, ...]) -> dt.datetime | None:
    """Ask dateparser (imported on first use); the cache keeps answers, never changes them."""
    import dateparser  # noqa: PLC0415  (slow import: only when the fast path fails)

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "STRICT_PARSING": True,
    }
    try:
        value = dateparser.parse(s, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError):
        return None
    return value if isinstance(value, dt.datetime) else None
