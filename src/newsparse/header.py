"""Stage: the header line, ``<category and fields> <digits> <unit> read``.

A line is a header when it ends in a read time: digits, an optional space, a unit (``min``,
``mins``, ``min.``, ``minute``, ``minutes``, any case) and ``read``. What precedes is split
into fields on ``·``, ``•``, ``|`` and spaced dashes; the first is the category, a field
that reads as a date is kept apart (it gives ``published`` when the byline has none), the
rest are extras.

**The glued-digit rule.** When the category runs straight into the digits
(``technology73 min read``) the run is ambiguous: category ``technology`` with 73 minutes,
or an extra ``7`` and 3 minutes. Each suffix of the run without a leading zero is a
candidate read time; the chosen one gives a reading speed (body words / minutes) within
:data:`MIN_WPM`-:data:`MAX_WPM` words per minute, closest on a log scale to
``ParseOptions.words_per_minute`` (238, the mean adult silent reading rate for non-fiction,
Brysbaert 2019). The digit prefix left over becomes an extra. When no candidate is
plausible the whole run is the read time and the article gets an
``implausible_read_time`` warning.

The header is matched by hand from the end of the line (no regular expression), and a
digit run longer than :data:`MAX_READ_DIGITS` is not a read time: both keep the stage
linear on any line.

>>> h = match_header("technology73 min read")
>>> h.prefix, h.digits, h.glued
('technology', '73', True)
>>> resolve_read_time(h, body_words=437, words_per_minute=238)
(3, '7', True)
"""

from __future__ import annotations

import attrs

from newsparse._patterns import FIELD_SEPARATOR, LazyPattern
from newsparse.models import _constructor

__all__ = [
    "MAX_READ_DIGITS",
    "MAX_WPM",
    "MIN_WPM",
    "HeaderMatch",
    "match_header",
    "resolve_read_time",
    "split_fields",
    "split_fields_by_pattern",
]

MIN_WPM = 100.0
"""Slowest plausible reading speed for the glued-digit rule (words per minute)."""
MAX_WPM = 450.0
"""Fastest plausible reading speed."""
MAX_READ_DIGITS = 9
"""A longer digit run before ``min read`` is no read time, and the line no header."""

_UNITS = ("minutes", "minute", "mins", "min.", "min")
_TAIL = 32
_SEPARATOR_CHARS = "·•|—–-"
_BARS = LazyPattern("[·•|]", stdlib=True)
"""The separators that need no white space around them (one character class: linear)."""


@attrs.frozen(kw_only=True)
class HeaderMatch:
    """A line that ends in a read time, split but not yet resolved."""

    prefix: str
    """Everything before the digits, as written."""
    digits: str
    """The digit run before the unit."""
    glued: bool
    """True when the prefix runs straight into the digits (no space or separator)."""


_new_match = _constructor(HeaderMatch)


def match_header(line: str) -> HeaderMatch | None:
    """Match a header line; None when ``line`` does not end in a read time."""
    if not line[-_TAIL:].rstrip().lower().endswith("read"):
        return None  # the common case, decided on a short tail
    s = line.rstrip()
    low = s.lower()
    i = len(s) - 4
    if i == 0 or not s[i - 1].isspace():
        return None
    while i > 0 and s[i - 1].isspace():
        i -= 1
    if not low.endswith(_UNITS, 0, i):
        return None
    for unit in _UNITS:  # longest first: the one that matched
        if low.endswith(unit, 0, i):
            i -= len(unit)
            break
    if i > 0 and s[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and s[j - 1] in "0123456789":
        j -= 1
    digits = s[j:i]
    if not digits or len(digits) > MAX_READ_DIGITS:
        return None
    prefix = s[:j]
    glued = bool(prefix) and not prefix[-1].isspace() and prefix[-1] not in _SEPARATOR_CHARS
    return _new_match(prefix, digits, glued)


def split_fields(s: str) -> list[tuple[str, int]]:
    """The non-empty, trimmed fields between separators, with their offsets in ``s``.

    >>> split_fields("AI & Robotics | Feb 11, 2025 | ")
    [('AI & Robotics', 0), ('Feb 11, 2025', 16)]
    """
    out: list[tuple[str, int]] = []
    pos = 0
    if (  # no separator character: one field (most lines); ``in`` beats a loop over them
        "|" not in s
        and "-" not in s
        and "·" not in s
        and "•" not in s
        and "—" not in s
        and "–" not in s
    ):
        stripped = s.strip()
        return [(stripped, len(s) - len(s.lstrip()))] if stripped else out
    if "-" not in s and "—" not in s and "–" not in s:
        # Every separator is then one of ·, • and |: split at each.
        for chunk in s.split("|") if "·" not in s and "•" not in s else _BARS.split(s):
            stripped = chunk.strip()
            if stripped:
                out.append((stripped, pos + len(chunk) - len(chunk.lstrip())))
            pos += len(chunk) + 1
        return out
    return split_fields_by_pattern(s)


def split_fields_by_pattern(s: str) -> list[tuple[str, int]]:
    """:func:`split_fields` by :data:`~newsparse._patterns.FIELD_SEPARATOR`: its definition.

    :func:`split_fields` takes shortcuts where no dash can separate; this reads any line.
    """
    out: list[tuple[str, int]] = []
    pos = 0
    for sep in [*FIELD_SEPARATOR.finditer(s), None]:
        end = sep.start() if sep is not None else len(s)
        chunk = s[pos:end]
        stripped = chunk.strip()
        if stripped:
            out.append((stripped, pos + len(chunk) - len(chunk.lstrip())))
        if sep is not None:
            pos = sep.end()
    return out


def resolve_read_time(
    match: HeaderMatch, *, body_words: int, words_per_minute: int
) -> tuple[int, str, bool]:
    """``(minutes, leftover digit prefix, plausible)`` for a header, by the glued-digit rule.

    A header whose digits are not glued to the category is taken as written.
    """
    run = match.digits
    if not match.glued:
        return int(run), "", True
    import math  # noqa: PLC0415  (only glued digits need it: not on import newsparse)

    target = float(words_per_minute)
    best: tuple[float, int, str] | None = None
    for i in range(len(run)):
        suffix = run[i:]
        if suffix[0] == "0":
            continue
        minutes = int(suffix)
        wpm = body_words / minutes
        if MIN_WPM <= wpm <= MAX_WPM:
            distance = abs(math.log(wpm / target))
            if best is None or distance < best[0]:
                best = (distance, minutes, run[:i])
    if best is None:
        return int(run), "", False
    return best[1], best[2], True
