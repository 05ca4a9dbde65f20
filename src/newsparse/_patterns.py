"""Every compiled regular expression of newsparse, with why it cannot backtrack badly.

Review rule: a pattern is linear when, at any start position, it can fail or succeed after
a bounded amount of work per input character it consumes, and when ``finditer`` cannot
re-scan the same run from every position inside it. The tools used below:

* possessive quantifiers (``*+``, ``++``) and atomic groups from the ``regex`` module, so a
  run is consumed once and never given back;
* a negative look-behind for the run's own class at the start (``(?<![.!?])[.!?]++``), so a
  scan does not restart inside a run it already rejected;
* bounded repetition (``{1,40}``) where a piece is short by nature;
* prefixes sliced to a fixed width before matching (datelines read at most 160 characters,
  byline lines at most 300), which makes any pattern constant-time per call.

Patterns are compiled once at import and never mutated.
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "LINE_BREAK",
    "SENTENCE_END",
]

LINE_BREAK = regex.compile(r"\r\n|\r|\n")
"""A line break. Single alternation of fixed strings: linear."""

ODD_LINE_BREAK = re.compile(r"[\v\f\x1c-\x1e\x85\u2028\u2029]")
"""Characters ``str.splitlines`` treats as line breaks but FORMAT.md does not: their presence
selects the slower line table. A single character class, searched with the standard
library's ``re`` (a C scan, about three times faster here than ``regex``): linear."""

SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s|\Z)")
"""A run of sentence terminators and closing marks followed by white space or the end.
Possessive runs plus the look-behind guard: each character is examined a bounded number of
times."""

# ---------------------------------------------------------------- dates (dates.py)
# Each date pattern is applied with fullmatch to a stripped string of at most
# dates.MAX_DATE_CHARS characters, so its cost per call is bounded by a constant; the
# quantifiers are possessive or bounded as well.

ISO_DATE = regex.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,9})?)?"
    r"\s{0,3}(?P<tz>Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?)?"
)
"""ISO 8601 date or date-time, with ``Z``, an offset or a zone abbreviation."""

WORD_DATE = regex.compile(
    r"(?:(?P<wd>\p{L}{2,12}+)\.?,?\s{1,3})?"
    r"(?:(?P<mon1>\p{L}{3,12}+)\.?\s{1,3}(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:er|st|nd|rd|th|\.)?\s{1,3}(?P<mon2>\p{L}{3,12}+)\.?,?\s{1,3}(?P<y2>\d{4}))"
    r"(?:,?\s{1,3}(?:at\s{1,3}|à\s{1,3}|um\s{1,3}|-\s{1,3})?(?P<h>\d{1,2})"
    r"(?:[:.h](?P<mi>\d{2}))?(?::(?P<s>\d{2}))?\s{0,3}"
    r"(?P<ampm>[ap]\.?m\.?)?)?"
    r"(?:\s{1,3}\(?(?P<tz>[A-Za-z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?)?",
    regex.IGNORECASE,
)
"""``Feb. 11, 2025 10:32 AM ET``, ``11 février 2025``, ``Tue 4 Feb 2025 09:30 GMT``."""

RELATIVE_DATE = regex.compile(
    r"(?P<n>\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)"
    r"\s{1,3}ago|(?P<word>yesterday|today|just now)",
    regex.IGNORECASE,
)
"""``3 hours ago``, ``yesterday``."""

HAS_YEAR = regex.compile(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)")
"""A plausible year: the gate before the slow ``dateparser`` fallback. Bounded: linear."""

HAS_TIME = regex.compile(r"\d{1,2}[:h]\d{2}|\d\s{0,2}[ap]\.?m\b", regex.IGNORECASE)
"""Whether a date string gives a time of day (bounded pieces: linear)."""

# ---------------------------------------------------------------- header fields (header.py)

FIELD_SEPARATOR = regex.compile(r"[·•|]|(?<=\s)[—–-](?=\s)")
"""A header or byline field separator: ``·``, ``•``, ``|``, or a dash with white space on
both sides. One character per match, look-arounds of one character: linear."""

NAME_SPLIT = regex.compile(r",|;|&|\s(?:and|und|et|y)\s")
"""Separators between author names. Fixed alternatives, no repetition: linear."""

# ---------------------------------------------------------------- titles (titles.py)

TRAILING_PUNCT = regex.compile(r"(?<![\s.!?:;,…])[\s.!?:;,…]++\Z")
"""Trailing punctuation and white space. The look-behind stops ``sub`` from restarting
inside the run, and the run is possessive: linear."""

# ---------------------------------------------------------------- body (body.py)

DATELINE = regex.compile(
    r"(?P<loc>\p{Lu}[\p{Lu}.'’ -]{0,40}(?<=\p{Lu}|\.))"
    r"(?:,\s{0,3}(?P<date>[^()\n—–]{1,40}?))?"
    r"(?:\s{0,3}\((?P<agency>[^()\n]{1,40})\))?"
    r"\s{1,3}[—–-]\s"
)
"""``PARIS (Reuters) —``, ``BRUSSELS, Feb 11 (AP) -``. Applied to the first
:data:`~newsparse.body.DATELINE_WINDOW` characters of a paragraph only, and every repetition is bounded,
so one call costs a constant."""

CONTROL_CHARS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
"""C0 control characters other than tab, line breaks and form feed. One character class,
standard-library ``re`` for speed: linear."""
