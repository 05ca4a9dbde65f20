"""Regular expressions of the claim and quantity stages, with why each is linear.

The same review rule as :mod:`newsparse._patterns` applies: every quantifier over an
unbounded run is possessive (``++``, ``*+``) so a run is consumed once and never given back,
alternatives start with distinct characters or are fixed words, and optional pieces are
bounded. ``finditer`` therefore does a bounded amount of work per character of input.

Each pattern is compiled on first use, not at import: compiling them all costs about 15 ms
(``regex`` patterns most), which a one-file command or a scorer-only user would pay for
patterns it never runs. Reading one (``_claim_patterns.NUMBER_QUANTITY``) compiles it once
(PEP 562 module ``__getattr__``) and keeps it as a module attribute; it is never mutated.
Modules that use them therefore read them from this module when they run, not with
``from ... import`` at their own import.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import regex

__all__ = [
    "ACCORDING_TO",
    "ANY_DIGIT",
    "CAPITAL_AFTER_SPACE",
    "CLAIM_TOKEN",
    "COMMA_THEN_REPORTING_VERB",
    "NOT_PLAIN",
    "NUMBER_QUANTITY",
    "NUMBER_SEPARATOR",
    "RATIO_AFTER",
    "REPORTED_AFTER",
    "REPORTED_BY",
    "REPORTED_BY_AT",
    "REPORTING_VERBS",
    "SCORER_QUOTE_MARK",
    "TIME_AFTER",
    "TIME_AFTER_LETTERS",
    "UNIT_WORD",
    "WORD_TOKEN",
    "is_plain",
]

_SOURCES: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {}
"""Each pattern's compile function and arguments, by name (see :func:`_lazy`)."""


def _lazy(name: str, compile_: Callable[..., Any], *args: Any) -> None:
    """Declare the pattern ``name``, compiled by ``compile_(*args)`` on first use."""
    _SOURCES[name] = (compile_, args)


@functools.cache
def _compiled(name: str) -> Any:
    """The pattern ``name`` compiled (once), kept as this module's attribute from then on."""
    compile_, args = _SOURCES[name]
    pattern = compile_(*args)
    globals()[name] = pattern
    return pattern


def __getattr__(name: str) -> Any:
    """Compile a declared pattern the first time it is read (PEP 562)."""
    if name not in _SOURCES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _compiled(name)


_lazy("CLAIM_TOKEN", re.compile, r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|[$€£¥%?!]")
CLAIM_TOKEN: re.Pattern[str]
"""A scorer token of lower-cased text (``’`` already folded to ``'``): a number (``1,800``,
``4.6``), a word with an optional apostrophe part (``don't``), or one of ``$ € £ ¥ % ? !``.
The standard-library engine, twice as fast as ``regex`` here (this is the scorer's hot
path), is safe: the alternatives start with disjoint classes, and inside each every
repetition must begin with a separator the run before it cannot contain, so there is one
way to match any run and no backtracking beyond one character: linear."""

_lazy("SCORER_QUOTE_MARK", re.compile, '["“”«»„]')
SCORER_QUOTE_MARK: re.Pattern[str]
"""The quotation marks of the scorer's ``h:quote_mark`` feature, as the model was fitted (not
the quotes stage's wider set, :data:`newsparse._quote_patterns.QUOTE_MARK`): one character
class, no repetition: linear."""

_lazy("CAPITAL_AFTER_SPACE", re.compile, r"[A-Z](?<=\s.)")
CAPITAL_AFTER_SPACE: re.Pattern[str]
"""An ASCII capital right after a white space character (``str.isspace``, as ``str.split``
reads it): in plain text (:func:`is_plain`), the start of a capitalised word other than the
first of the left-stripped text. The capital comes first and the white space is looked
behind for, so the engine skips from capital to capital (about one a sentence) instead of
trying a match at every space (about twenty): ``_capitals`` takes 14-19% less time.
One character and a one-character look-behind: linear."""

_lazy("NOT_PLAIN", re.compile, "[^\\x00-\\x7f’‘“”–—…«»€£¥\u00a0\u202f\u2009]")
NOT_PLAIN: re.Pattern[str]
"""A character that is neither ASCII nor a common typographic mark (curly quotes, dashes,
ellipsis, guillemets, currency signs, no-break and thin spaces). Text without one is
*plain*: its letters are ASCII letters, its digits ASCII digits, it holds no combining
mark, and lower-casing it is case-folding it, so both engines agree on its words and
cheaper token tests can stand for a pattern search (``tests/test_claims.py`` checks these
marks). One character class, no repetition: linear."""


def is_plain(text: str) -> bool:
    """Whether ``text`` holds no :data:`NOT_PLAIN` character (ASCII text is, at once)."""
    return text.isascii() or _compiled("NOT_PLAIN").search(text) is None


_lazy("ANY_DIGIT", re.compile, r"\d")
ANY_DIGIT: re.Pattern[str]
"""Any decimal digit, as Python's own tables define it (what ``float`` reads): a cheap test
before :data:`NUMBER_QUANTITY`. One character class, no repetition: linear."""

_lazy("WORD_TOKEN", regex.compile, r"[\p{L}\p{M}]++(?:-[\p{L}\p{M}]++)*+")
WORD_TOKEN: regex.Pattern[str]
"""A word, hyphenated parts included (``two-thirds``, ``thirty-five``). Possessive runs
separated by single hyphens: linear."""

_NUMBER = (
    r"(?P<num>\p{Nd}{1,3}+(?:(?:,|[ \u00a0\u202f](?=\p{Nd}{3}(?!\p{N})))\p{Nd}{3}+)++"
    r"(?:\.\p{Nd}++)?+|\p{Nd}++(?:[.,]\p{Nd}++)?+)"
)
"""The digits of a written number (group ``num``), shared by :data:`NUMBER_QUANTITY` and
:data:`RANGE_END`."""
_SCALE_PERCENT = (
    r"(?:[\s\u00a0\u202f]?+(?P<scale>(?i:trillions?|billions?|millions?|milliards?|thousands?"
    r"|bn|tn|mn|m|k)\b))?+"
    r"(?:[\s\u00a0\u202f]?+(?P<pct>%|(?i:percent|per\s?cent|pour\s?cent)\b))?+"
)
"""The optional scale and percent after a written number (groups ``scale`` and ``pct``)."""

_lazy(
    "NUMBER_QUANTITY",
    regex.compile,
    r"(?<![\p{L}\p{N}.,:]|[\p{L}\p{N}][-–])"
    r"(?:(?P<cur>US\$|[$€£¥])\s?+)?+" + _NUMBER + r"(?![.,:]?\p{N})" + _SCALE_PERCENT,
)
NUMBER_QUANTITY: regex.Pattern[str]
"""A written number with an optional currency sign before it and an optional scale word
(``million``, ``bn``, ``m``) and percent sign or word after it: ``$4.2 billion``,
``€1.2bn``, ``1,800``, ``22 000``, ``6,8 millions``, ``4.6 percent``. The digits are decimal
digits (Unicode ``Nd``, what ``float`` reads); other numerals such as ``²`` or ``½`` only
bound a match. Thousands groups must be exactly three digits. The optional space belongs to
the currency sign (``$ 5``), so a match without a sign begins at its first digit, never on
white space. Everything is possessive or bounded, the look-behind and look-ahead are
fixed-width: linear."""

_lazy("RANGE_END", regex.compile, _NUMBER + r"(?![.,:]?\p{N}|[-–]\p{Nd})" + _SCALE_PERCENT)
RANGE_END: regex.Pattern[str]
"""The second number of a range or tally, applied with ``match`` right after the dash of
``3-4%``, ``$3–4 billion``, ``52-48`` (which :data:`NUMBER_QUANTITY`'s look-behind never
starts at): its digits, scale and percent. Not followed by another dash and digit
(``555-123-4567`` is no range). The pieces of :data:`NUMBER_QUANTITY`, possessive or
bounded, without its currency sign and look-behind: linear."""

_lazy(
    "UNIT_WORD",
    regex.compile,
    r"[\s\u00a0\u202f]{0,2}+(?:-\s?+)?+(?:[dD]['’])?+(?P<unit>\p{Ll}[\p{L}\p{M}]{0,24}+)",
)
UNIT_WORD: regex.Pattern[str]
"""The word right after a number (its counted noun or unit), with an optional hyphen
(``14-metre``) or French elision (``d’euros``); applied with ``match`` at one position and
bounded in length: constant time."""

_lazy("NUMBER_SEPARATOR", regex.compile, r"[,\s\u00a0\u202f]")
NUMBER_SEPARATOR: regex.Pattern[str]
"""A thousands separator or decimal comma inside a matched number: one character, linear."""

_lazy("RATIO_AFTER", regex.compile, r" in (\p{L}{1,20}+)")
RATIO_AFTER: regex.Pattern[str]
"""`` in three`` after a spelled number (``one in three``): bounded, constant time."""

_lazy("TIME_AFTER", regex.compile, r"\s?+[ap]\.?m\b|\s?+h\p{N}|\s?+o'clock", regex.IGNORECASE)
TIME_AFTER: regex.Pattern[str]
"""A clock time after a number (``7 a.m.``, ``18h30``); bounded, applied with ``match``:
constant time."""
TIME_AFTER_LETTERS = frozenset("aApPhHoO")
"""Every match of :data:`TIME_AFTER` holds one of these among its first two characters (no
other character matches ``[ap]``, ``h`` or ``o`` ignoring case; ``tests/test_claims.py``
checks), so a number followed by none of them needs no match attempt."""

_lazy("ACCORDING_TO", regex.compile, r"\b(?i:according) to (?P<who>[^,.;:!?()\"“”«»\n]{1,60}+)")
ACCORDING_TO: regex.Pattern[str]
"""``according to X``: X runs to the next punctuation mark, at most 60 characters,
possessively. Fixed literal then one bounded possessive run: linear."""

REPORTING_VERBS = (
    *("said", "says", "say", "told", "reported", "reports", "announced", "warned", "added"),
    *("argued", "estimated", "found", "showed", "shows", "show", "wrote", "claimed"),
    "confirmed",
)
"""The reporting verbs of :data:`REPORTED_BY` and :data:`REPORTED_AFTER`, lower case."""
_REPORTING_VERBS = "(?:" + "|".join(REPORTING_VERBS) + ")"

_REPORTED_BY_AT = (
    r"(?P<who>[\p{L}\p{N}'’&.-]++(?: [\p{L}\p{N}'’&.-]++){0,8}?)(?: \([^()\n]{1,40}+\))?+ "
    + _REPORTING_VERBS
    + r"\b"
)
_lazy("REPORTED_BY_AT", regex.compile, _REPORTED_BY_AT)
REPORTED_BY_AT: regex.Pattern[str]
"""``X said`` where X begins at the position it is matched at, X one to nine words (a word
may hold full stops: ``Mr. Smith said``), with a short parenthesis before the verb allowed
(``Sen. Lindsey Graham (R-S.C.) told``). The only backtracking is the lazy, bounded word
count (at most nine tries, each with one bounded, possessive parenthesis): linear."""

_lazy("REPORTED_BY", regex.compile, r"(?:^|(?<=, ))" + _REPORTED_BY_AT)
REPORTED_BY: regex.Pattern[str]
"""``X said`` at the start of a sentence or after a comma (:data:`REPORTED_BY_AT` at those
positions, which ``claims._reported_by`` tries one by one instead of searching
every position). Start positions are only the sentence start and the character after a
comma and a space: linear."""

_lazy("COMMA_THEN_REPORTING_VERB", re.compile, r", " + _REPORTING_VERBS + r"\b")
COMMA_THEN_REPORTING_VERB: re.Pattern[str]
"""A reporting verb right after a comma (``Erin Murphy, a former aide ..., said``): its
subject is a phrase before the comma. Fixed words: linear."""

_lazy(
    "REPORTED_AFTER",
    regex.compile,
    r"\b" + _REPORTING_VERBS + r" (?P<who>\p{Lu}[\p{L}.'’-]++(?: \p{Lu}[\p{L}.'’-]++){0,3}+)",
)
REPORTED_AFTER: regex.Pattern[str]
"""``said Harriet Okafor``, ``said Mr. Okafor``: a reporting verb then up to four capitalised
words (full stops included), possessively: linear."""
