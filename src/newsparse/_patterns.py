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

Patterns are compiled once, on first use (so ``import newsparse`` pays neither for the
``regex`` module nor for compiling), and never mutated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "BLOCK_GAP",
    "CONTROL_CHARS",
    "DATELINE",
    "FIELD_SEPARATOR",
    "FOUR_DIGITS",
    "HAS_TIME",
    "HAS_YEAR",
    "ISO_DATE",
    "ISO_DATE_ASCII",
    "LEADING_GAP",
    "LINE_BREAK",
    "MONTH_DAY_YEAR",
    "NAME_SPLIT",
    "RELATIVE_DATE",
    "SENTENCE_END",
    "SPLIT_ONLY_SPACE",
    "WORD_DATE",
    "WORD_DATE_ASCII",
    "LazyPattern",
    "ascii_twin",
]

IGNORECASE = 2
"""``re.IGNORECASE`` and ``IGNORECASE`` share this value."""

SPLIT_ONLY_SPACE = "\x1c\x1d\x1e\x1f"
"""The characters ``str.isspace`` and ``str.split`` take for white space and ``\\s`` (Unicode
White_Space) does not. A ``str`` shortcut that stands in for a pattern must treat them apart."""


_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "split", "sub")


class LazyPattern:
    """A compiled pattern made on first use; the methods mirror ``re.Pattern``'s.

    The methods below stand in until the pattern is compiled; compiling puts the compiled
    pattern's own bound methods in the instance's ``__dict__``, where they shadow the
    stand-ins: from then on a call is the C method itself, with no Python frame before it
    (in a parse, that frame cost more than many a short match).
    """

    __slots__ = ("__dict__", "_args", "_pattern")

    def __init__(self, pattern: str, flags: int = 0, *, stdlib: bool = False) -> None:
        self._args = (pattern, flags, stdlib)
        self._pattern: Any = None

    def _compile(self) -> Any:
        """The compiled pattern (compiled now if not yet)."""
        if self._pattern is None:
            compiled = _compile(*self._args)
            self.__dict__.update({name: getattr(compiled, name) for name in _METHODS})
            self._pattern = compiled
        return self._pattern

    @property
    def groupindex(self) -> Mapping[str, int]:
        """Group names and their numbers."""
        found: Mapping[str, int] = self._compile().groupindex
        return found

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        """Match at ``pos``."""
        return self._compile().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        """Match the whole of ``text[pos:endpos]``."""
        return self._compile().fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        """First match anywhere."""
        return self._compile().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[Any]:
        """Every non-overlapping match."""
        it: Iterator[Any] = self._compile().finditer(text, pos, endpos)
        return it

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62) -> list[Any]:
        """Every non-overlapping match in ``text[pos:endpos]``, as strings."""
        found: list[Any] = self._compile().findall(text, pos, endpos)
        return found

    def split(self, text: str) -> list[str]:
        """``text`` split at the matches."""
        parts: list[str] = self._compile().split(text)
        return parts

    def sub(self, repl: str, text: str) -> str:
        """``text`` with every match replaced by ``repl``."""
        return str(self._compile().sub(repl, text))


def _compile(pattern: str, flags: int, stdlib: bool) -> Any:
    if stdlib:
        import re  # noqa: PLC0415

        return re.compile(pattern, flags)
    import regex  # noqa: PLC0415  (about 20 ms to import: only when a pattern is used)

    return regex.compile(pattern, flags)


LINE_BREAK = LazyPattern(r"\r\n|\r|\n")
"""A line break. Single alternation of fixed strings: linear."""

# ---------------------------------------------------------------- blocks (lines.py)
# For text whose only line breaks are ``\n`` and ``\r\n`` (``lines.text_blocks`` checks).
# Standard-library ``re``: its ``\s`` is exactly ``str.isspace`` (a test holds them equal),
# so ``[^\S\n]`` is "white space that does not end the line" as ``lines._kind`` reads it.

_SEPARATOR_LINE = r"(?=[ \t*=-]{3,12}+\r?(?:\n|\Z))[ \t]*+(?:---|\*\*\*|===)[ \t]*+\r?(?:\n|\Z)"
# A separator line (``lines._kind``: at most 12 characters, ``---``, ``***`` or ``===`` with
# spaces and tabs around) with its line break. The look-ahead bounds the line to 12
# characters; the runs after it are possessive.

BLOCK_GAP = LazyPattern(
    rf"(\n(?:[^\S\n]*+\n|{_SEPARATOR_LINE})++[^\S\n]*+)",
    stdlib=True,
)
"""What lies between two blocks: the line break after a block's last line, one or more
blank or separator lines, and the white space before the next block (one group, so that
``split`` keeps the gaps and their lengths give the offsets). It starts with a
literal ``\\n`` (the engine jumps from one to the next); every run is possessive and every
repetition consumes a line break, so each character is read a bounded number of times: a
blank run that turns out to hold no second line break is read at most three times, and the
search resumes at the next ``\\n``."""

LEADING_GAP = LazyPattern(rf"(?:[^\S\n]*+\n|{_SEPARATOR_LINE})*+[^\S\n]*+", stdlib=True)
"""The blank and separator lines and the white space before the first block (applied at the
start only). The same pieces as :data:`BLOCK_GAP`: linear."""

SENTENCE_END = LazyPattern(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s|\Z)")
"""A run of sentence terminators and closing marks followed by white space or the end.
Possessive runs plus the look-behind guard: each character is examined a bounded number of
times. The definition of :func:`newsparse.sentences.terminator_runs`, which finds the same
runs with ``str.find`` (a property test holds the two equal)."""

# ---------------------------------------------------------------- dates (dates.py)
# Each date pattern is applied with fullmatch to a stripped string of at most
# dates.MAX_DATE_CHARS characters, so its cost per call is bounded by a constant; the
# quantifiers are possessive or bounded as well.

_ISO_DATE = (
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,9})?)?"
    r"\s{0,3}(?P<tz>Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?)?"
)
ISO_DATE = LazyPattern(_ISO_DATE)
"""ISO 8601 date or date-time, with ``Z``, an offset or a zone abbreviation."""

_WORD_DATE = (
    r"(?:(?P<wd>\p{L}{2,12}+)\.?,?\s{1,3})?"
    r"(?:(?P<mon1>\p{L}{3,12}+)\.?\s{1,3}(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:er|st|nd|rd|th|\.)?\s{1,3}(?P<mon2>\p{L}{3,12}+)\.?,?\s{1,3}(?P<y2>\d{4}))"
    r"(?:,?\s{1,3}(?:at\s{1,3}|à\s{1,3}|um\s{1,3}|-\s{1,3})?(?P<h>\d{1,2})"
    r"(?:[:.h](?P<mi>\d{2}))?(?::(?P<s>\d{2}))?\s{0,3}"
    r"(?P<ampm>[ap]\.?m\.?)?)?"
    r"(?:\s{1,3}\(?(?P<tz>[A-Za-z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?)?"
)
WORD_DATE = LazyPattern(_WORD_DATE, IGNORECASE)
"""``Feb. 11, 2025 10:32 AM ET``, ``11 février 2025``, ``Tue 4 Feb 2025 09:30 GMT``."""


def ascii_twin(pattern: str) -> str:
    """``pattern`` with its classes spelt out for ASCII text, for the standard ``re``.

    On ASCII text ``regex``'s ``\\p{L}``, ``\\d`` and ``\\s`` are exactly ``[A-Za-z]``,
    ``[0-9]`` and ``[\\t\\n\\v\\f\\r ]`` (a test checks each against ``regex``), and both
    engines try alternatives and repetitions in the same order, so the twin matches the same
    ASCII strings with the same groups, about twice as fast. The structure is unchanged:
    what makes the pattern linear makes the twin linear.
    """
    return (
        pattern.replace(r"\p{L}", "[A-Za-z]")
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t\n\x0b\x0c\r ]")
    )


MONTH_DAY_YEAR = LazyPattern(r"([A-Za-z]{3,12})\.? ([0-9]{1,2}), ([0-9]{4})", stdlib=True)
"""``February 11, 2025``, ``Feb. 3, 2025``: the commonest byline date, which
:data:`WORD_DATE` matches with these three pieces as its ``mon1``, ``d1`` and ``y1`` groups
and every other group empty (a test holds the two equal). A quarter of its cost; bounded
pieces, no alternation: linear."""

ISO_DATE_ASCII = LazyPattern(ascii_twin(_ISO_DATE), stdlib=True)
""":data:`ISO_DATE` for ASCII text (:func:`ascii_twin`)."""

WORD_DATE_ASCII = LazyPattern(ascii_twin(_WORD_DATE), IGNORECASE, stdlib=True)
""":data:`WORD_DATE` for ASCII text (:func:`ascii_twin`)."""

RELATIVE_DATE = LazyPattern(
    r"(?P<n>\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)"
    r"\s{1,3}ago|(?P<word>yesterday|today|just now)",
    IGNORECASE,
)
"""``3 hours ago``, ``yesterday``."""

FOUR_DIGITS = LazyPattern(r"\d{4}", stdlib=True)
"""Four digits in a row: the gate before the ISO and word-date patterns, which both need a
year. Fixed repetition of one class: linear."""

HAS_YEAR = LazyPattern(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)")
"""A plausible year: the gate before the slow ``dateparser`` fallback. Bounded: linear."""

HAS_TIME = LazyPattern(r"\d{1,2}[:h]\d{2}|\d\s{0,2}[ap]\.?m\b", IGNORECASE)
"""Whether a date string gives a time of day (bounded pieces: linear)."""

# ---------------------------------------------------------------- header fields (header.py)

FIELD_SEPARATOR = LazyPattern(r"[·•|]|(?<=\s)[—–-](?=\s)")
"""A header or byline field separator: ``·``, ``•``, ``|``, or a dash with white space on
both sides. One character per match, look-arounds of one character: linear."""

NAME_SPLIT = LazyPattern(r",|;|&|[^\S\x1c-\x1f](?:and|und|et|y)[^\S\x1c-\x1f]", stdlib=True)
"""Separators between author names. Fixed alternatives, no repetition: linear. Standard
``re`` (twice as fast as ``regex`` here): its ``\\s`` less ``\\x1c``-``\\x1f`` is ``regex``'s
``\\s``, Unicode White_Space (a test holds them equal on every code point)."""

# ---------------------------------------------------------------- body (body.py)

DATELINE = LazyPattern(
    r"(?P<loc>\p{Lu}[\p{Lu}.'’ -]{0,40}(?<=\p{Lu}))"
    r"(?:,\s{0,3}(?P<date>[^()\n—–]{1,40}?))?"
    r"(?:\s{0,3}\((?P<agency>[^()\n]{1,40})\))?"
    r"\s{1,3}[—–-]\s"
)
"""``PARIS (Reuters) —``, ``BRUSSELS, Feb 11 (AP) -``. Applied to the first
:data:`~newsparse.body.DATELINE_WINDOW` characters of a paragraph only, and every repetition is bounded,
so one call costs a constant."""

CONTROL_CHARS = LazyPattern(r"[\x01-\x08\x0b\x0e-\x1f\x7f]", stdlib=True)
"""C0 control characters other than tab, line breaks and form feed. One character class,
standard-library ``re`` for speed: linear."""
