"""Compiled regular expressions of the quotes and speakers stages, each with why it is linear.

The review rule is the one of :mod:`newsparse._patterns`: at any start position a pattern
succeeds or fails after a bounded amount of work per character it consumes, and ``finditer``
never re-scans a run it already rejected. Every pattern here is either a single character
class, a possessive run, or bounded repetition; none nests quantifiers.

Each pattern is compiled on first use (:class:`newsparse._patterns.LazyPattern`): compiling
them all costs some 12 ms, and importing ``regex`` some 20 ms more, which a parse without
quotations, or an import, should not pay.
"""

from __future__ import annotations

from newsparse._patterns import IGNORECASE, LazyPattern

__all__ = [
    "CAP_WORD",
    "CAP_WORD_BEFORE",
    "CAP_WORD_TAIL",
    "ELISION_DIGITS",
    "MARKUP_TAG",
    "NAME_RUN",
    "NOT_PLAIN",
    "PLAIN_NAME_RUN",
    "PLAIN_PUNCTUATION",
    "PRONOUN_AFTER",
    "QUOTE_MARK",
    "SPEAKER_LABEL",
    "SPLIT_GAP_END",
    "TOKEN",
]


QUOTE_MARK = LazyPattern(r"'{2,}+|`{2}|[\"“”„‟«»‘’‚‛']")
"""A quotation mark candidate: a possessive run of ASCII apostrophes (two of them are NYT's
doubled ``''`` mark), a TeX-style opening ````` pair, or one quotation-mark character. The
run is possessive and the alternatives start with different characters, so each input
character is looked at once. The quotes stage finds the same spans with ``str.find``
(``newsparse.quotes._mark_spans``, checked against this pattern); the pattern is their
definition."""

ELISION_DIGITS = LazyPattern(r"\d{2}s?+\b")
"""What follows an apostrophe that abbreviates a year or decade (``'90s``, ``'16``): bounded
repetition, applied with ``match`` at one position, so constant time."""

TOKEN = LazyPattern(
    r"[\p{L}\p{M}\p{N}]++(?:['’\-.&][\p{L}\p{M}\p{N}]++)*+\.?+|[^\s\p{L}\p{M}\p{N}]"
)
"""A word with inner apostrophes, hyphens, full stops or ampersands (``O'Brien``,
``Osei-Brandt``, ``U.S.``, ``explique-t-elle``) and an optional final full stop, or one
other non-space character. Each possessive run is separated by exactly one joiner
character that cannot start the run before it, so no character is matched twice."""

SPLIT_GAP_END = LazyPattern(r"[,.:;—–\-]\s*+\Z")
"""The end of the attribution between the two halves of a split quotation (``," she said.
"``): one punctuation character and a possessive run of white space anchored at the end."""

_TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Jr|Sr"
_NAME_JOIN = r"[ \t]{1,2}+(?:(?:&|de|van|von|der|da|di|du|bin|al|la|le)[ \t]{1,2}+)?"


def _name_word(upper: str, letter: str, word: str) -> str:
    """A word of a name run, written with the given classes.

    They are an upper-case letter, a letter, and a character of a word (a letter, mark,
    apostrophe or hyphen): the Unicode ones, or their ASCII part.
    """
    return rf"(?:(?:{_TITLE_ABBREVIATIONS})\.|{upper}\.(?!{letter})|{upper}{word}*+)"


_NAME_WORD = _name_word(r"\p{Lu}", r"\p{L}", r"[\p{L}\p{M}'’\-]")
NAME_RUN = LazyPattern(
    rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{M}}\p{{N}}])(?<![\p{{L}}\p{{M}}\p{{N}}]['’\-])"
    rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD})++"
)
"""Two or more capitalised words on one line (``Yann LeCun``, ``Hollis & Pine``,
``Sen. Adam Schiff``, ``Charles de Gaulle``): the candidate names a text introduces. A
full stop joins only a title abbreviation or an initial, so ``May. He`` is no run. Every
piece is possessive or bounded and the look-behinds stop a scan from restarting inside a
word (after a letter, or after a letter and the apostrophe or hyphen a word may hold: else
``A-A-A-…`` was read to its end from every capital, quadratic), so each character is
examined a bounded number of times. The leading look-ahead only
says what every alternative already requires (an upper-case letter); it lets the scan skip
other characters before trying the look-behind."""

PLAIN_PUNCTUATION = "‘’‚‛“”„‟«»‹›‐‑‒–—―…•·′″§¶©®™°€£\xa0\u2009\u200a\u200b\u202f"
"""Characters besides ASCII that plain news text is made of (quotation marks, dashes, spaces,
a few signs): none is a letter, mark or digit (a test holds this)."""

NOT_PLAIN = LazyPattern(rf"[^\x00-\x7f{PLAIN_PUNCTUATION}]", stdlib=True)
"""A character that is neither ASCII nor in :data:`PLAIN_PUNCTUATION`: one class, linear."""

_PLAIN_WORD = r"[A-Za-z'’\-]"
_PLAIN_TITLES = "|".join(rf"(?<={t[0]}){t[1:]}\." for t in _TITLE_ABBREVIATIONS.split("|"))
PLAIN_NAME_RUN = LazyPattern(
    rf"[A-Z](?<![A-Za-z0-9][A-Z])(?<![A-Za-z0-9]['’\-][A-Z])"
    rf"(?={_PLAIN_WORD}{{0,40}}+\.?+[ \t]{{1,2}}+[A-Z&dvbal]|{_PLAIN_WORD}{{40}})"
    rf"(?:{_PLAIN_TITLES}|\.(?![A-Za-z])|{_PLAIN_WORD}*+)"
    rf"(?:{_NAME_JOIN}{_name_word('[A-Z]', '[A-Za-z]', _PLAIN_WORD)})++",
    stdlib=True,
)
r""":data:`NAME_RUN` for text without :data:`NOT_PLAIN` characters, standard-library ``re``. In
such text ASCII letters and digits are all the letters, marks and digits there are, and
``A-Z`` all the upper-case letters, so the two patterns match the same runs (a property
test holds them equal).

It is written for ``re`` to skip to the next capital at C speed: it opens with the class
``[A-Z]`` (``re`` looks for a pattern's first character class before trying a match), so
the look-behind reads the two characters up to the capital, and the title alternatives
follow their first letter (``(?<=M)rs\.`` for ``Mrs.``, in NAME_RUN's order). The
look-ahead says only what every first word followed by a join holds: after the capital,
its letters, apostrophes and hyphens, perhaps a full stop, one or two blanks, and a capital
or the first character of a particle; it reads at most 43 characters, and a longer word
passes it. Most capitalised words (``The``, ``Monday,``) fail it before the alternatives
are tried. All pieces are possessive or bounded, as in NAME_RUN; the scan costs about 40%
of what ``regex`` spends on NAME_RUN."""

PRONOUN_AFTER = LazyPattern(
    r"\b(?:(?P<m>he|him|his|himself|il)|(?P<f>she|her|hers|herself|elle))\b", IGNORECASE
)
"""A third-person singular pronoun, for a name's gender. A single alternation of short
words between word boundaries: linear."""

CAP_WORD = LazyPattern(r"(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}[\p{L}\p{M}\-]*+")
"""A capitalised word (``LeCun``, ``Osei-Brandt``): a later mention of a known name. One
possessive run behind a one-character look-behind: linear."""

CAP_WORD_BEFORE = LazyPattern(r"[\p{L}\p{M}\p{N}'’\-]")
"""One character that, before a capital, keeps :data:`CAP_WORD` from starting there (its
look-behind, for finding a known word with ``str.find``): one character class, constant."""

CAP_WORD_TAIL = LazyPattern(r"[\p{L}\p{M}\-]")
"""One character that would continue a :data:`CAP_WORD` run: one character class, constant."""

SPEAKER_LABEL = LazyPattern(r"\p{Lu}[\p{Lu}.'’\- ]{1,30}+:(?=\s)")
"""A transcript speaker label at the start of a quoted paragraph (``PENCE:``,
``MS. JONES:``): one bounded possessive run, applied with ``match`` at one position."""

MARKUP_TAG = LazyPattern(r"<[A-Za-z/!][^<>\n]{0,2000}+>")
"""An HTML-like tag (``<tweet author="...">``): quotation marks inside it are markup, not
quotation. Bounded possessive run of non-bracket characters: linear."""
