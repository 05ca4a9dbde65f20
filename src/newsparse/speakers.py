"""Who said it: cues, speaker mentions, and resolution to a full name or organisation.

How it works
------------

For each quotation the stage reads the words *outside* quotation marks around it, in its
own paragraph, and looks for a *cue*: a reporting verb from ``data/reporting_verbs.txt``
(``said``, ``told``, ``rated``, ``explique``; lower case only, so ``the United States``
holds no verb, and not where a verb that is also a plural noun stands as the noun: after a
determiner, a possessive, a number, or a preposition and its modifiers, ``11% of Democratic
claims``; see ``data/speaker_plural_nouns.txt``) or ``according to``. The rules are tried in this order; the first that
finds a speaker wins.

1. **Right before** the opening mark: ``X said:``, ``X said, "``, ``X said that "``, and,
   before a colon, a verb with a short object (``X told reporters on Monday:``). A name
   followed by dashes introduces a full quotation too (``Mitt Romney -- "It is …" --``).
2. **Right after** a segment's closing mark, up to the end of that sentence (at most
   :data:`AFTER_WINDOW_TOKENS` words): ``"…," X said`` and ``"…," X, the role of Y,
   said``; inverted ``"…," said X`` (only when the quote ends with punctuation, and the
   name may follow modifiers: ``said former Sen. X``, ``said 9/11 widow X``); French
   ``», explique-t-elle``; dash sign-offs ``"…" — Commissioner X``. After a full stop
   only a short attribution counts (``"We won." Smith said.``), and none after a partial
   quote, whose full stop ends the sentence around it. A cue found only
   after other words (``"…" when he said``) yields to a reporting verb earlier in the
   sentence.
3. **Earlier in the sentence**: first a possessive speech noun that opens a ``that``
   clause holding the quote (``X's claim that "…"``, ``his warning that "…"``; nouns from
   ``data/speaker_speech_nouns.txt``, possessive pronouns from
   ``data/speaker_possessives.txt``); then a sentence that opens with a reporting
   participle holding the quote (``After saying her foot was "…," she was …``), whose
   speaker is the subject of the main clause after it; else the *first* reporting verb of the sentence that
   has a subject, so a nested attribution goes to the outer speaker (``X said she recalls
   the colleague being "confused"`` is X's), skipping an apposition between commas (``X,
   chief economist at Y, said``; several parts when the last ends with a place or the object
   of a preposition: ``X, 59, of Ashton, Md., said``) and adverbs or auxiliaries from
   ``data/speaker_skip_words.txt``, a parenthesis after the subject (``Roy Cooper (D),
   …, called``), one between dashes (``X, the head of Y -- the firm that … -- told me``),
   a participle phrase after it (``Protesters marching through the
   streets chanted``) and a short prepositional phrase after ``who`` (``X, who in 2010
   said``). A participle after a comma (``X spoke in Tulsa,
   Oklahoma, arguing that …``) takes the subject of its clause, and so does one right after
   the verb's object (``the council issued a statement calling …``: the council's), and a
   participle after a comma and a word of ``data/speaker_clause_openers.txt`` the sentence's
   subject before that comma (``X, R-Wis., despite admitting that …``), and a
   verb after ``and`` the subject of the clause it continues (``X hit Y after she attacked
   … and blamed …``: she; without such a clause the sentence's subject); the
   name after a participle that follows a comma is its object, never its speaker (``…, telling O'Brien
   that``: O'Brien is the listener). A sentence that opens with
   an introductory clause (a word of ``data/speaker_clause_openers.txt`` up to a comma:
   ``While he acknowledged the cost, Ham noted …``) is read from its main clause first, for
   verbs and subjects alike (rules 3, 5, 7 and 8).
4. ``according to X`` before or after the quote in its sentence, or ``per X`` when a
   determiner or a capitalised word follows ``per`` (``per the party's bylaws``, not ``per
   year``); X may be a longer source (``according to a civil complaint filed by …``, at
   most :data:`SOURCE_MAX_TOKENS` words, holding a name or a person or organisation noun).
   ``as X put it`` before or after the quote in its sentence, when ``put it`` ends its
   clause (``"…," as a Treasury memo put it.``): X, a mention or the words between.
5. **Colon lead-in**: a quote that opens its paragraph after a paragraph ending in ``:``
   takes the speaker of that lead-in (``And from Chairwoman X:``); a name before a colon
   in the quote's own sentence says it (``Sanders: Clinton needs to "get away …"``).
6. **Headlines**: in a paragraph written in headline case (see
   :func:`newsparse.quotes.headline_case`) a name after a comma and before a closing
   reporting verb says the quote (``'…' Could Address Energy, Lindsey Graham Says``);
   else the first name does, without the verb its capitalised run reads into (``Obama
   Sees 'Personal Insult'``: Obama; see ``_headline_name``).
7. **Clause subject**: a partial quote takes the subject of its sentence (``Cruz called
   Trump a "liar"``).
8. **Inheritance**: a quote that still has no cue takes the speaker of the nearest quote
   of its paragraph that has one (split quotes and ``"…," she said. "…"``), a paragraph
   made only of quotation takes the speaker of the quote that ends the paragraph before,
   and a quote after a sentence that ends ``…, X said.`` takes X.

A *mention* is a proper name (capitalised words; titles from ``data/speaker_titles.txt``
such as ``Mayor``, ``Sen.`` or ``Dr`` are dropped from it, and so is a role written before
an inner title: ``Navy Secretary Oren Falk`` is Oren Falk, or before lower-case role words
(titles and person nouns): ``Clinton spokesman Jesse Lehrich`` and ``said spokesman Jesse
Lehrich`` are Jesse Lehrich, ``NBC's Dante Chinni`` is Dante Chinni; a name that only
modifies person nouns gives their phrase, ``Sanders supporters``; a nickname in quotation marks
inside it, ``Marcia "Cia" Price``, is part of it, and a parenthesis after it, ``(D-Mo.)``,
is skipped; a title word after a courtesy title of ``data/speaker_courtesy_titles.txt`` is a
surname: ``Mr. King said``), a pronoun from
``data/speaker_pronouns.txt``, or a noun phrase whose head is a person or organisation noun
(``the ministry``, ``a spokesman``, ``several groups``, ``the mother of three``; a
lower-case ``-ed`` word after the head is the verb, not part of the phrase) or a quantity
of people (``63 percent``: a number before a word of ``data/speaker_quantities.txt``).
:attr:`~newsparse.Quote.speaker_mention` is that mention's span (the pronoun itself for ``she said``) and
:attr:`~newsparse.Quote.cue` the reporting verb's. A pronoun that opens a subordinate
clause (after a word of ``data/speaker_clause_links.txt``: ``X condemned what he called
"…"``, ``… when he said``) stands for the sentence's own subject when that subject fits it
(the same pronoun; a person for ``he``/``she``, of that gender by first name where known; an
organisation or group for ``it``/``they``): the mention is that subject.

**Resolution** turns the mention into :attr:`~newsparse.Quote.speaker`:

* a name whose first word is no first name of ``data/first_names.txt`` and whose other
  words are a full name of the text is that name (``Rival Hillary Clinton``: Hillary Clinton);
* a name that is the last word of a fuller name introduced in the text (``LeCun``) becomes
  that name (``Yann LeCun``); an organisation's first word (``Quillmere``) becomes the
  organisation (``Quillmere Robotics``); a name in capitals, as a transcript labels its
  speakers (``PENCE:``), becomes the name the text gives in any case (``Mike Pence``);
* a personal pronoun becomes the most recent person (earlier speakers and names introduced
  before the quote) whose gender does not contradict it, never a place
  (``data/speaker_places.txt``: ``North Korea``) nor a name whose last word names a thing
  (``data/speaker_thing_heads.txt``: ``Affordable Care Act``); gender comes from titles
  (``Mr``, ``Chairwoman``), else from the first name (``data/first_names.txt``, which
  lists names given to both genders without one), else from the first ``he/his`` or
  ``she/her`` within :data:`GENDER_WINDOW_CHARS` characters after the name's first mention
  in its own paragraph (often another person's: ``Bill Clinton ... she``); a name's gender
  is read only when a pronoun asks about it. A bare surname never stands for a full name of
  the other gender when the text gives the surname gendered titles of one only (``Mr.
  Obama`` is not ``Michelle Obama``);
* ``who`` becomes the name just before it, before a lower-case apposition between commas
  (``X, now the Senate majority leader, who said``: X, not the Senate);
* ``I`` (a first-person piece's writer, whom the text does not name) stays a mention
  without a speaker;
* ``it``, ``they`` and organisation nouns (``the company``) become the most recent
  organisation: a name holding a word of ``data/speaker_organizations.txt`` or ``&``;
* ``the`` and words ending in a person noun or title (``the mayor``, ``the Republican
  presidential nominee``) become the person the text named with the same words before
  (``Mayor Bill de Blasio``, ``Republican presidential nominee Donald Trump``; a sentence
  end before those words is no title before them: ``… Lee. President Tom Reese``), and ``the``
  and a role alone (``the senator``) also the person named last with its abbreviation
  (``Sen. Ann Lee``; ``data/speaker_title_abbreviations.txt``);
* other noun phrases (``a spokesman``) stay as written.

A partial quotation of at most :data:`SCARE_MAX_WORDS` words that finds no speaker is a
scare quote (``its "temporary" timetable``), and so is a nickname inside a name (``Robert
C. "Bobby" Scott``: one or two capitalised words between capitalised words, outside a
headline).

Cost: the stage cuts tokens only in short windows around each quote (first
:data:`SHORT_WINDOW_CHARS` characters, more only when no sentence ends there), once per
window per call; the names of the text are read in one pass, their later mentions only
when a pronoun or noun phrase needs them.

Known limits (PolNeAR dev): speakers named only in a passive (``was written by X``) or in
a noun without a ``that`` clause (``Trump's statement about "…"``), verbs outside the
lexicon, and pronouns whose referent needs more than recency and gender.

>>> from newsparse.quotes import extract_quotes
>>> text = 'Yann LeCun spoke in Paris. "Open wins," LeCun said. "Secrecy loses," he added.'
>>> [(q.speaker, q.speaker_mention.text) for q in extract_quotes(text)]
[('Yann LeCun', 'LeCun'), ('Yann LeCun', 'he')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from newsparse._lexicon import lexicon, lexicon_lines, lexicon_table
from newsparse._patterns import SPLIT_ONLY_SPACE, LazyPattern
from newsparse._quote_patterns import (
    CAP_WORD,
    CAP_WORD_BEFORE,
    CAP_WORD_TAIL,
    NAME_RUN,
    NOT_PLAIN,
    PLAIN_NAME_RUN,
    PRONOUN_AFTER,
    SPEAKER_LABEL,
    TOKEN,
)
from newsparse.models import Paragraph, Quote, QuoteKind, Span
from newsparse.options import ParseOptions
from newsparse.quotes import headline_case

__all__ = [
    "AFTER_WINDOW_TOKENS",
    "BEFORE_WINDOW_TOKENS",
    "GENDER_WINDOW_CHARS",
    "SCARE_MAX_WORDS",
    "SHORT_WINDOW_CHARS",
    "SOURCE_MAX_TOKENS",
    "attribute",
]

AFTER_WINDOW_TOKENS = 40
"""Most tokens read after a closing mark when looking for ``X said``."""
BEFORE_WINDOW_TOKENS = 60
"""Most tokens read before an opening mark (the sentence's start bounds it too)."""
GENDER_WINDOW_CHARS = 300
"""How far after a name's first mention, in its paragraph, a ``he``/``she`` gives its gender."""
SCARE_MAX_WORDS = 4
"""A partial quotation this short that no one says and that follows a determiner or a
possessive (``its "temporary" timetable``) is a scare quote."""
APPOSITION_MAX_TOKENS = 30
"""Longest apposition skipped between a name and its verb (``X, chief economist at Y, said``)."""
APPOSITION_MAX_CHARS = 120
"""Longest lower-case apposition between a name and its ``who`` (``X, now the leader, who``)."""
ABBREVIATION_TRIES = 3
"""How many of the latest ``Sen.`` before ``the senator`` are read for the name after them."""
AFTER_SHORT_TOKENS = 8
"""After a quote that ends its sentence (``"We won." Smith said.``), the verb must come this soon."""
NEIGHBOUR_MAX = 8
"""How many quotes away, in its paragraph, a quote without a cue looks for one to inherit."""
SHORT_WINDOW_CHARS = 160
"""The first window read before or after a quote; a longer one only when no sentence ends
in it (most attributions are short, and cutting tokens is the stage's main cost)."""
COLON_OBJECT_MAX_TOKENS = 3
"""Most words between a reporting verb and the colon before a quote (``told reporters:``)."""
MODIFIER_MAX_TOKENS = 4
"""Most lower-case words (``former``, ``longtime GOP``) read before a name after an inverted verb."""
SOURCE_MAX_TOKENS = 12
"""Longest source read after ``according to`` when it is no plain name or noun phrase."""
OF_OBJECT_MAX_TOKENS = 3
"""Most words after ``of`` in a speaker phrase read backward (``the mother of three said``)."""
PHRASE_MAX_TOKENS = 6
"""Longest speaker noun phrase without a name (``the state's top election official``)."""

_SENTENCE_END = frozenset(".!?;")
_DASHES = frozenset("—–―-")
_MARK_CHARS = "\"“”„‟«»‘’‚‛'`"
_WIDENS = frozenset(_MARK_CHARS + " \u00a0")
"""The characters a segment is widened over to its quotation marks (see :func:`_outer`)."""
_STOPS = frozenset(_MARK_CHARS) | _SENTENCE_END | {"(", ")"}
"""The tokens :func:`_stop` looks at: quotation marks, sentence ends and parentheses."""
_PERSONAL = frozenset(("male", "female"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))


_POSSESSIVE = ("'s", "’s")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    low: str


_new_tuple = tuple.__new__  # builds a named tuple without its constructor's keyword handling
_new_tok = _new_tuple
_GLUED = frozenset(',;:!?()[]"“”‘’«»—–…')
"""Characters that are a token of their own when glued to one end of a plain word."""
_JOINERS = str.maketrans("'’-.&", "     ")
"""The characters :data:`~newsparse._quote_patterns.TOKEN` lets join two runs of a word, as blanks."""
_ASCII_JOINS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-")
"""The ASCII characters of :data:`~newsparse._quote_patterns.CAP_WORD_BEFORE`."""
_ASCII_CONTINUES = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")
"""The ASCII characters of :data:`~newsparse._quote_patterns.CAP_WORD_TAIL`."""
_WHITE_SPACE = LazyPattern(r"\s", stdlib=True)
"""One white-space character as ``str.split`` and ``str.isspace`` see it (the standard
library's ``\\s`` on ``str`` is that same test): one character class, linear."""


class _Mention(NamedTuple):
    start: int
    end: int
    form: str  # "name", "pronoun" or "phrase"


class _Cue(NamedTuple):
    mention: _Mention
    cue: tuple[int, int] | None


class _Known(NamedTuple):
    """A person or organisation the text names, with what it says about them."""

    text: str
    start: int
    org: bool
    gender: str | None
    until: int = 0
    """Where the window for the name's gender ends (the next name's start)."""


class _Resolver:
    """The names of one text, and the speakers found so far (local to one call)."""

    def __init__(self, text: str, quotes: Sequence[Quote], bounds: tuple[int, int]) -> None:
        self.bounds = bounds
        self.by_word: dict[str, list[_Known]] = {}
        self.by_text: dict[str, _Known] = {}  # the first name written so
        for known, word in _names(text, *bounds):
            self.by_word.setdefault(word, []).append(known)
            self.by_text.setdefault(known.text, known)
        self.quotes = quotes
        self.later: list[tuple[int, _Known]] | None = None
        self.positions: list[int] = []
        self.history: list[tuple[int, _Known]] = []
        self.said_by_last_word: dict[str, _Known] = {}
        """The latest speaker of :attr:`history` by the last word of its name."""
        self.genders: dict[str, str] = {}
        self.text = text
        self.nearby: dict[int, str | None] = {}
        self.by_folded_word: dict[str, list[_Known]] | None = None  # by_word, keys case-folded
        self.folded: str | None = None  # the text case-folded, "" if that moved offsets
        self.namings: dict[str, tuple[int, list[tuple[int, int, str]]]] = {}  # see described
        self.titled: dict[str, set[str]] | None = None  # see titled_genders

    def mentions(self) -> list[tuple[int, _Known]]:
        """Later mentions of known names, found on the first pronoun or noun phrase."""
        if self.later is None:
            self.later = _mentions(self.text, self.quotes, self.by_word, self.bounds)
            self.positions = [pos for pos, _ in self.later]
        return self.later

    def gender(self, known: _Known) -> str | None:
        said = self.genders.get(known.text) or known.gender
        if said is not None or known.org or known.until <= known.start:
            return said
        if known.start not in self.nearby:  # read the text only for names a pronoun asks about
            # a known first name first: "she" after "Bill Clinton" is often someone else
            self.nearby[known.start] = _table("first_names").get(
                known.text.split()[0].casefold()
            ) or _gender_after(self.text, known)
        return self.nearby[known.start]

    def said(self, pos: int, known: _Known) -> None:
        """Record ``known`` as the speaker of a mention at ``pos``."""
        self.history.append((pos, known))
        words = known.text.split()
        if words:
            self.said_by_last_word[words[-1]] = known

    def name(self, name: str, pos: int) -> _Known:
        words = name.split()
        if len(words) > 2 and words[0].casefold() not in _table("first_names"):
            shorter = self.by_text.get(" ".join(words[1:]))
            if shorter is not None:  # "Rival Hillary Clinton": an adjective before the name
                return shorter
        if name in self.by_text:
            return self.by_text[name]
        if len(words) > 2:  # "State John F. Kerry": John F. Kerry, a name of two words or more
            for known in self.by_word.get(words[-1], ()):
                given = known.text.split()
                if len(given) < len(words) and words[-len(given) :] == given:
                    return known
        candidates = self.by_word.get(words[-1], []) + self.by_word.get(words[0], [])
        best = _nearest(
            [
                k
                for k in candidates
                if len(k.text.split()) > len(words)
                and _fits(k, words)
                and (len(words) > 1 or self.same_gender(k, words[0]))
            ],
            pos,
        )
        if best is not None:
            return best
        said = self.said_by_last_word.get(words[-1])
        if said is not None:
            return said
        if name.isupper() and len(name) > 1:  # a transcript's label: WALLACE, O'NEILL
            return self.name_in_capitals(name, pos) or _Known(name, pos, _is_org(name), None)
        return _Known(name, pos, _is_org(name), None)

    def same_gender(self, known: _Known, surname: str) -> bool:
        """Whether a bare ``surname`` can stand for ``known``, by gender.

        It cannot when the text gives the surname gendered titles (``Mr. Obama``) and none of
        the gender of ``known`` (``Michelle Obama``, see :meth:`gender`): then it names another
        person of that family. A name of no known gender fits.
        """
        first = self.gender(known)
        if not first:
            return True
        if self.titled is None:  # read on the first such question: most texts ask none
            self.titled = {}
            titles = _table("speaker_titles")
            for m in _gendered_titles().finditer(self.text, *self.bounds):
                self.titled.setdefault(m[2], set()).add(titles[m[1].casefold()])
        said = self.titled.get(surname)
        return not said or first in said

    def name_in_capitals(self, name: str, pos: int) -> _Known | None:
        """The person of the text a name in capitals (``PENCE``) names, if any.

        One whose last words are those words in any case (``Mike Pence``).
        """
        if self.by_folded_word is None:  # built on the first such name: most texts have none
            self.by_folded_word = {}
            for key, found in self.by_word.items():
                self.by_folded_word.setdefault(key.casefold(), []).extend(found)
        folded = name.casefold().split()
        candidates = [
            known
            for known in self.by_folded_word.get(folded[-1], ())
            if not known.org
            and [w.casefold() for w in known.text.split()[-len(folded) :]] == folded
            and len(known.text.split()) > len(folded)
        ]
        return _nearest(candidates, pos)

    def recent(self, pos: int, ok: Callable[[_Known], bool]) -> _Known | None:
        best: tuple[int, _Known] | None = None
        mentions = self.mentions()
        upto = bisect.bisect_left(self.positions, pos)
        for k in range(upto - 1, -1, -1):  # the latest first, without copying the earlier ones
            at, known = mentions[k]
            if ok(known):
                best = (at, known)
                break
        for at, known in reversed(self.history):
            if at < pos and ok(known):
                if best is None or at > best[0]:
                    best = (at, known)
                break
        return None if best is None else best[1]

    def pronoun(self, pronoun: str, pos: int) -> _Known | None:
        gender = _pronouns().get(pronoun, "")
        if gender == "relative":  # "X, who said": the name just before
            if pronoun == "who":  # "X, now the Senate majority leader, who said": X
                pos = _before_lower_apposition(self.text, pos)
            return self.recent(pos, lambda k: True)
        if gender == "narrator":  # "I said": the writer, whom the text does not name
            return None
        if gender not in _PERSONAL:
            return self.recent(pos, lambda k: k.org)
        found = self.recent(
            pos, lambda k: not k.org and self.gender(k) in (None, gender) and _person_like(k.text)
        )
        if found is not None and self.gender(found) is None:
            self.genders[found.text] = gender
        return found

    def speaker(self, text: str, mention: _Mention) -> _Known | None:
        said = text[mention.start : mention.end]
        said = _clean(" ".join(said.split()) if "  " in said else said)  # a nickname's blanks
        if mention.form == "pronoun":
            low = said.casefold()
            return self.pronoun(_table("speaker_possessives").get(low, low), mention.start)
        if mention.form == "phrase":
            head = said.casefold().split()[-1]
            if head in lexicon("speaker_organizations"):
                org = self.recent(mention.start, lambda k: k.org)
                if org is not None:
                    return org
            described = self.described(said, mention.start)
            return described or _Known(said, mention.start, False, None)
        return self.name(_name_after_roles(said), mention.start)

    def described(self, said: str, pos: int) -> _Known | None:
        """The person a definite description before ``pos`` stands for, if the text names them.

        ``the Republican presidential nominee`` (``the`` and words ending in a person noun or
        title) is the person the text named right after the same words earlier, as a role
        or an apposition: ``Republican presidential nominee Donald Trump``, ``the
        Republican presidential nominee, Donald Trump``, ``Mayor Bill de Blasio`` for ``the
        mayor``; the latest such naming before the mention wins. Read only for such a
        phrase, with one case-folded copy of the text.
        """
        words = said.casefold().split()
        if len(words) < 2 or words[0] != "the" or not _is_lower_role_word(words[-1], words[-1]):
            return None
        if self.folded is None:
            folded = self.text.casefold()  # the same offsets unless folding changed a length
            self.folded = folded if len(folded) == len(self.text) else ""
        core = " ".join(words[1:])
        found = self._namings(core, pos)
        k = bisect.bisect_right(found, pos, key=_naming_end) - 1
        if k >= 0:
            at, end, name = found[k]
            if words[-1] in _titles() and self.text[end] == " ":  # "President Obama", as written
                return self.name(f"{self.text[end - len(words[-1]) : end]} {name}", at)
            return self.name(name, at)
        if len(words) == 2:  # "the senator": also the latest "Sen. X" before it
            return self.abbreviated(words[1], pos)
        return None

    def _namings(self, core: str, pos: int) -> list[tuple[int, int, str]]:
        """Where the text writes ``core`` then a name, up to ``pos``: ``(start, end, name)``.

        In text order. Each phrase's occurrences are read once, forward from where the last
        question about it stopped (questions come in text order), so the work stays linear
        in the text however often a description recurs; a question about an earlier
        position reads the list made so far.
        """
        upto, found = self.namings.get(core, (self.bounds[0], []))
        if pos > upto:
            folded, text = self.folded or "", self.text
            at = folded.find(core, max(self.bounds[0], upto - len(core) + 1), pos)
            while at >= 0:
                end = at + len(core)
                if _bounded(text, at, end) and (name := _name_written_after(text, end)):
                    found.append((at, end, name))
                at = folded.find(core, at + 1, pos)
            self.namings[core] = (pos, found)
        return found

    def abbreviated(self, role: str, pos: int) -> _Known | None:
        """The person named last before ``pos`` with an abbreviation of ``role`` (``Sen. X``).

        Abbreviations come from ``data/speaker_title_abbreviations.txt``; the text is the
        case-folded copy :meth:`described` made. Only the last :data:`ABBREVIATION_TRIES`
        occurrences of each are read, so many ``Sen.`` that name no one cost no more.
        """
        best: tuple[int, str] | None = None
        folded = self.folded or ""
        for form in _abbreviations().get(role, ()):
            at = folded.rfind(form + ". ", self.bounds[0], pos)
            for _ in range(ABBREVIATION_TRIES):
                if at < 0:
                    break
                end = at + len(form) + 1
                if _bounded(self.text, at, end):
                    name = _name_written_after(self.text, end)
                    if name:
                        if best is None or at > best[0]:
                            best = (at, name)
                        break
                at = folded.rfind(form + ". ", self.bounds[0], at)
        return None if best is None else self.name(best[1], best[0])


def _before_lower_apposition(text: str, pos: int) -> int:
    """Where the person a ``who`` at ``pos`` stands for ends: before a lower-case apposition.

    ``X, now the Senate majority leader, who``: the part between the two commas opens in
    lower case (at most :data:`APPOSITION_MAX_CHARS` characters, no full stop), so it
    describes X, and its names (``Senate``) are not the antecedent. Else ``pos`` itself.
    """
    comma = text.rfind(",", max(0, pos - 3), pos)
    if comma < 0:
        return pos
    prev = text.rfind(",", max(0, comma - APPOSITION_MAX_CHARS), comma)
    part = text[prev + 1 : comma].strip()
    if prev < 0 or not part[:1].islower() or any(ch in part for ch in ".;:\n"):
        return pos
    return prev


def _naming_end(naming: tuple[int, int, str]) -> int:
    return naming[1]


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words that no other role word comes before.

    ``Vice President`` is no ``president``, nor is ``former President``: the word before
    must be no title and no capitalised word other than a stop word.
    """
    if text[start - 1 : start].isalnum() or text[end : end + 1].isalnum():
        return False
    window = text[max(0, start - 30) : start]
    before = window.split()[-1:]
    if not before or "\n" in window[window.rfind(before[0]) :]:
        return True  # a paragraph starts with the words
    word = before[0].strip(_MARK_CHARS + ",;:()")
    low = word.casefold()
    stem = low.rstrip(".")
    if word[-1:] in "!?" or (
        word[-1:] == "." and "." not in stem and stem not in lexicon("abbreviations")
    ):
        return stem not in _titles()  # a sentence ends before the words
    return not word or not (
        low.rstrip(".") in _titles()
        or (word[0].isupper() and low not in lexicon("speaker_stopwords"))
    )


def _name_written_after(text: str, end: int) -> str:
    """The capitalised words right after ``end`` (after one blank, or a comma and a blank).

    ``… nominee Donald J. Trump, said`` gives ``Donald J. Trump``; a stop word (``The``),
    a pronoun or a word ending in other punctuation than an initial's full stop ends them.
    """
    rest = text[end : end + 80]
    rest = rest[2:] if rest.startswith(", ") else rest[1:] if rest.startswith(" ") else ""
    out: list[str] = []
    pieces = rest.split(" ")[:-1]  # the last piece may be cut
    for k, word in enumerate(pieces):
        bare = word.rstrip(".,;:")
        if out and word in lexicon("name_particles") and pieces[k + 1 : k + 2] != [""]:
            out.append(word)  # "Bill de Blasio"
            continue
        if not bare[:1].isupper() or not bare.replace("-", "").replace("'", "").isalpha():
            break
        if bare.casefold() in lexicon("speaker_stopwords") or bare.casefold() in _pronouns():
            break
        initial = len(bare) == 1 and word == bare + "."
        out.append(word if initial else bare)
        if word != bare and not initial:
            break  # "Trump," or "Trump." ends the name; "J." does not
    while out and out[-1] in lexicon("name_particles"):
        out.pop()
    return " ".join(out)


def attribute(
    text: str,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    *,
    options: ParseOptions,
) -> tuple[Quote, ...]:
    """``quotes`` with ``speaker``, ``speaker_mention`` and ``cue`` filled in.

    ``paragraphs`` are the paragraphs :func:`newsparse.quotes.find_quotes` read; scare
    quotes keep no speaker, and a short partial quote that no one says becomes one.
    """
    del options  # no option changes attribution
    if not quotes:
        return ()
    nicknames = [_nickname(text, paragraphs[q.paragraph], q) for q in quotes]
    if any(nicknames):  # read a name with a nickname inside as one name (see _without_nicknames)
        rest = [q for q, nick in zip(quotes, nicknames, strict=True) if not nick]
        said = iter(_attribute(_without_nicknames(text, quotes, nicknames), paragraphs, rest, text))
        return tuple(
            _scare(q) if nick else next(said) for q, nick in zip(quotes, nicknames, strict=True)
        )
    return _attribute(text, paragraphs, quotes, text)


def _attribute(
    read: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote], text: str
) -> tuple[Quote, ...]:
    """:func:`attribute` on ``read`` (``text`` as the stage reads it); spans quote ``text``."""
    if not quotes:
        return ()
    doc = _Doc(read)
    outers = [_outer(read, q) for q in quotes]
    # Names are read only where the paragraphs stand: in a dump, one article's call must not
    # scan the others (that made a dump's parse quadratic in its length).
    resolver = _Resolver(read, quotes, (paragraphs[0].start, paragraphs[-1].end))
    known = frozenset(resolver.by_word)
    cues = [
        _find_cue(doc, paragraphs, quotes, outers, i, known, resolver.by_word)
        for i in range(len(quotes))
    ]
    cues = [
        _outer_subject(doc, paragraphs[q.paragraph], outers[i][0][0], cues[i], known)
        for i, q in enumerate(quotes)
    ]
    _inherit(doc, paragraphs, quotes, outers, cues, known)
    return tuple(_resolved(doc, q, c, resolver, text) for q, c in zip(quotes, cues, strict=True))


def _without_nicknames(text: str, quotes: Sequence[Quote], nicknames: Sequence[bool]) -> str:
    """``text`` with the marks of each nickname inside a name (``Marcia "Cia" Price``) blanked.

    A quote of one or two capitalised words between two capitalised words, a space on each
    side, is part of the name around it (and a scare quote, not a quotation): blanking its marks (same offsets) lets the
    name read as one run and keeps its marks from cutting the words around it.
    """
    chars = list(text)
    for quote, nick in zip(quotes, nicknames, strict=True):
        if nick:
            seg = quote.segments[0]
            chars[seg.start - 1] = chars[seg.end] = " "
    return "".join(chars)


def _nickname(text: str, para: Paragraph, quote: Quote) -> bool:
    """Whether a quote is a nickname inside a name (see :func:`_without_nicknames`).

    Not in a headline, where every word is capitalised (``Trump Was 'Mocking' Clinton``).
    """
    if len(quote.segments) != 1:
        return False
    seg = quote.segments[0]
    if not seg.text[:1].isupper() or seg.end - seg.start > 40:
        return False
    words = seg.text.split()
    if not 0 < len(words) <= 2 or not all(w[0].isupper() and w.isalpha() for w in words):
        return False
    before = text[max(0, seg.start - 40) : seg.start - 1]
    after = text[seg.end + 1 : seg.end + 40]
    if not before.endswith(" ") or not after.startswith(" "):
        return False
    last = before.split()[-1:] or [""]
    following = after.split()[:1] or [""]
    return (
        last[0][:1].isupper()
        and last[0].rstrip(".").isalpha()  # Robert C. "Bobby" Scott
        and following[0][:1].isupper()
        and following[0].casefold() not in lexicon("speaker_stopwords")
        and last[0].casefold() not in lexicon("speaker_stopwords")
        and not headline_case(text, para.start, para.end)
    )


def _resolved(doc: _Doc, quote: Quote, cue: _Cue | None, resolver: _Resolver, text: str) -> Quote:
    if cue is None:
        return _scare(quote) if _is_scare(doc, quote) else quote
    mention = cue.mention
    known = resolver.speaker(doc.text, mention)
    if known is not None:
        resolver.said(mention.start, known)
    # Built directly: attrs.evolve reads the fields one by one and costs several times more.
    return Quote(
        text=quote.text,
        segments=quote.segments,
        speaker=None if known is None else _without_role(known.text),
        speaker_mention=_span(text, mention.start, mention.end),
        cue=None if cue.cue is None else _span(text, *cue.cue),
        kind=quote.kind,
        paragraph=quote.paragraph,
    )


def _scare(quote: Quote) -> Quote:
    """``quote`` as a scare quote (``attrs.evolve(quote, kind=QuoteKind.SCARE)``, built directly)."""
    return Quote(
        text=quote.text,
        segments=quote.segments,
        speaker=quote.speaker,
        speaker_mention=quote.speaker_mention,
        cue=quote.cue,
        kind=QuoteKind.SCARE,
        paragraph=quote.paragraph,
    )


def _without_role(name: str) -> str:
    """``name`` without a role written before it: the words after its last title.

    ``Homeland Security Secretary Jeh Johnson`` is Jeh Johnson, ``Retired Lt. Gen. Michael
    Flynn`` is Michael Flynn (titles at the start are dropped where a name is read). Only
    when a capitalised word and at least one more follow the title: ``the Vermont senator``
    and ``President Obama`` stay as they are.
    """
    words = name.split()
    titles = _titles()
    for i in range(len(words) - 3, -1, -1):
        if words[i].casefold().rstrip(".") in titles and words[i + 1][:1].isupper():
            return " ".join(words[i + 1 :])
    return name


def _is_scare(doc: _Doc, quote: Quote) -> bool:
    """A short partial quote that no one says, used as a modifier: ``its "temporary" timetable``."""
    if quote.kind is not QuoteKind.PARTIAL or len(quote.text.split()) > SCARE_MAX_WORDS:
        return False
    start = quote.segments[0].start
    words = doc.tokens(max(0, start - 40), start)
    words = [t for t in words if t.text not in _MARK_CHARS]
    if not words:
        return False
    last = words[-1].low
    return last in lexicon("speaker_determiners") or last.endswith(("'s", "’s", "s'", "s’"))


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


# ---------------------------------------------------------------- tokens and windows


class _Doc:
    """The text of one call, with the tokens of each window it was asked for, cut once.

    Windows around one quote often share an end or a start (the words before a quote are
    read back to the sentence's start, then further for its subject): where no token spans
    the point where two such windows part, a window is made from the tokens of the other
    one and only the text the other does not cover is cut (see :meth:`_reuse`).
    """

    __slots__ = ("_cache", "_ends", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[tuple[int, int], list[_Tok]] = {}
        self._starts: dict[int, list[int]] = {}  # the ends of the windows cut from a start
        self._ends: dict[int, list[int]] = {}  # the starts of the windows cut to an end

    def word_start(self, pos: int, lo: int) -> int:
        """``pos`` moved back to the start of the word it falls in (not before ``lo``)."""
        text = self.text
        while pos > lo and not text[pos - 1].isspace():
            pos -= 1
        return pos

    def word_end(self, pos: int, hi: int) -> int:
        """``pos`` moved on to the end of the word it falls in (not after ``hi``)."""
        text = self.text
        while pos < hi and not text[pos].isspace():
            pos += 1
        return pos

    def tokens(self, start: int, end: int) -> list[_Tok]:
        """The tokens of ``text[start:end]`` (see :func:`_tokens`); callers do not mutate them."""
        found = self._cache.get((start, end))
        if found is None:
            found = self._reuse(start, end)
            if found is None:
                found = _tokens(self.text, start, end)
            self._cache[start, end] = found
            self._starts.setdefault(start, []).append(end)
            self._ends.setdefault(end, []).append(start)
        return found

    def _reuse(self, start: int, end: int) -> list[_Tok] | None:
        """The tokens of ``text[start:end]`` made from a window cut before, if one fits.

        A window with the same end and a later start gives the tokens after that start
        (the ones before it are cut); one with an earlier start gives those of its tokens
        that start at ``start`` or later; the same for a window with the same start. Only
        where no token spans the point the two windows part (:func:`_no_token_spans`): the
        tokens of a window are then those of its two parts (no token spans white space).
        """
        text = self.text
        for other in self._ends.get(end, ()):
            if other < start and _no_token_spans(text, start):
                toks = self._cache[other, end]
                return toks[bisect.bisect_left(toks, start, key=_START) :]
            if start < other < end and _no_token_spans(text, other):
                return _tokens(text, start, other) + self._cache[other, end]
        for other in self._starts.get(start, ()):
            if other > end and _no_token_spans(text, end):
                toks = self._cache[start, other]
                return toks[: bisect.bisect_right(toks, end, key=_END)]
            if start < other < end and _no_token_spans(text, other):
                return self._cache[start, other] + _tokens(text, other, end)
        return None


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _no_token_spans(text: str, pos: int) -> bool:
    """Whether no token holds both ``text[pos - 1]`` and ``text[pos]``.

    True next to white space: no token holds any, and the four characters ``str.isspace``
    takes for white space and the pattern does not are tokens of their own.
    """
    return pos <= 0 or pos >= len(text) or text[pos - 1].isspace() or text[pos].isspace()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]``; a final full stop is split off unless it is an abbreviation.

    The tokens are those of :data:`~newsparse._quote_patterns.TOKEN`. None spans white space,
    so the window is cut at white space first (``str.split`` is the same white space as the
    pattern's ``\\s`` except for four control characters, which take the pattern's path), and
    the common pieces (a plain word, or one with a comma or quotation mark glued on) are
    taken without the pattern, which is most of the stage's cost otherwise.
    """
    window = text[start:end]
    if not window.isprintable():  # white space other than " " (and those four are not printable)
        if any(ch in window for ch in SPLIT_ONLY_SPACE):
            out: list[_Tok] = []
            for m in TOKEN.finditer(text, start, end):
                _word(out, text, m.group(), m.start())
            return out
        window = _WHITE_SPACE.sub(" ", window)  # same offsets, words cut where str.split cuts
    return _split_tokens(text, window, start)


def _split_tokens(text: str, window: str, pos: int) -> list[_Tok]:
    """The tokens of ``window``, found at ``pos`` in ``text``, where only ``" "`` is white space.

    Each piece between spaces is cut alone; its offset is the running sum of the lengths
    before it (an empty piece is one more space).
    """
    out: list[_Tok] = []
    append = out.append
    for chunk in window.split(" "):
        size = len(chunk)
        if chunk.isalnum():
            append(_new_tok(_Tok, (chunk, pos, pos + size, chunk.casefold())))
        elif not chunk:
            pass
        elif chunk[-1] in _GLUED and chunk[:-1].isalnum():  # "said," (the commonest first)
            word = chunk[:-1]
            append(_new_tok(_Tok, (word, pos, pos + size - 1, word.casefold())))
            append(_new_tok(_Tok, (chunk[-1], pos + size - 1, pos + size, chunk[-1])))
        elif chunk[0] in _GLUED and chunk[1:].isalnum():  # "“We"
            append(_new_tok(_Tok, (chunk[0], pos, pos + 1, chunk[0])))
            word = chunk[1:]
            append(_new_tok(_Tok, (word, pos + 1, pos + size, word.casefold())))
        elif _is_one_word(chunk):  # "said.", "LeCun's", "U.S."
            _word(out, text, chunk, pos)
        elif chunk[0] in _GLUED and _is_one_word(chunk[1:]):
            append(_new_tok(_Tok, (chunk[0], pos, pos + 1, chunk[0])))
            _word(out, text, chunk[1:], pos + 1)
        elif chunk[-1] in _GLUED and _is_one_word(chunk[:-1]):
            _word(out, text, chunk[:-1], pos)
            append(_new_tok(_Tok, (chunk[-1], pos + size - 1, pos + size, chunk[-1])))
        else:
            at = pos
            for word in TOKEN.findall(chunk):
                at = text.find(word, at)
                _word(out, text, word, at)
                at += len(word)
        pos += size + 1
    return out


def _is_one_word(chunk: str) -> bool:
    """Whether :data:`~newsparse._quote_patterns.TOKEN` reads ``chunk`` as one word.

    That is runs of letters or digits, each joined to the next by one of ``'’-.&``, and at
    most one full stop after the last (``U.S.``, ``O'Brien``, ``said.``); ``str.isalnum``
    stands for the pattern's letters, marks and digits, as in :func:`_split_tokens`.
    """
    core = chunk[:-1] if chunk[-1:] == "." else chunk
    return core.isalnum() or all(part.isalnum() for part in core.translate(_JOINERS).split(" "))


def _word(out: list[_Tok], text: str, word: str, a: int) -> None:
    """Append the token ``word`` found at ``a``, its final full stop split off if need be."""
    b = a + len(word)
    if word[-1] == "." and len(word) > 2 and not _keeps_stop(word, text[b : b + 1]):
        stem = word[:-1]
        out.append(_new_tok(_Tok, (stem, a, b - 1, stem.casefold())))
        out.append(_new_tok(_Tok, (".", b - 1, b, ".")))
    else:
        out.append(_new_tok(_Tok, (word, a, b, word.casefold())))


def _keeps_stop(word: str, after: str) -> bool:
    """Whether a word's final full stop is part of it (``U.S.``, ``Va.,``, ``R-Ky.,``, ``Del.``)."""
    stem = word[:-1]
    return (
        (after != "" and after in ",)")
        or "." in stem
        or stem.casefold() in lexicon("abbreviations")
        or word.casefold() in _titles()
    )


def _outer(text: str, quote: Quote) -> list[tuple[int, int]]:
    """Each segment widened to its quotation marks."""
    out = []
    for seg in quote.segments:
        a, b = seg.start, seg.end
        floor, ceiling = max(0, a - 3), min(len(text), b + 3)  # three characters at most
        while a > floor and text[a - 1] in _WIDENS:
            a -= 1
        while b < ceiling and text[b] in _WIDENS:
            b += 1
        out.append((a, b))
    return out


def _sentence_tail(toks: list[_Tok]) -> list[_Tok]:
    """The tokens after the last sentence end (a final full stop does not count)."""
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].text in _SENTENCE_END:
            return toks[k + 1 :]
    return toks


def _before(
    doc: _Doc, quotes: Sequence[Quote], outers: Sequence[list[tuple[int, int]]], i: int, lo: int
) -> list[_Tok]:
    """Tokens before quote ``i``'s opening mark, back to the sentence start or previous quote.

    A short window is cut first; the long one only when no sentence starts inside it.
    """
    start = outers[i][0][0]
    prev = quotes[i - 1] if i > 0 else None
    if (
        prev is not None
        and prev.paragraph == quotes[i].paragraph
        and prev.kind is not QuoteKind.SCARE
    ):
        lo = max(lo, outers[i - 1][-1][1])  # a title in between ("… Forum" sponsored by) is read
    tail: list[_Tok] = []
    for reach in (SHORT_WINDOW_CHARS, 400):
        toks = doc.tokens(doc.word_start(max(lo, start - reach), lo), start)
        toks = toks[-BEFORE_WINDOW_TOKENS:]
        if toks and toks[-1].text in _SENTENCE_END:
            return []
        tail = _sentence_tail(toks)
        if len(tail) < len(toks) or start - reach <= lo:
            break
    return tail


def _after(doc: _Doc, end: int, hi: int) -> tuple[list[_Tok], bool]:
    """Tokens after a closing mark, up to the end of its sentence or the next quote.

    The flag says whether another quotation follows in the same sentence.
    """
    short = doc.tokens(end, doc.word_end(min(hi, end + SHORT_WINDOW_CHARS), hi))
    stop = _stop(short[:AFTER_WINDOW_TOKENS])
    if stop is not None:
        return short[: stop[0]], stop[1]
    toks = doc.tokens(end, min(hi, end + 300))[:AFTER_WINDOW_TOKENS]
    stop = _stop(toks)
    if stop is not None:
        return toks[: stop[0]], stop[1]
    return toks, len(toks) < AFTER_WINDOW_TOKENS and end + 300 > hi and hi < len(doc.text)


def _stop(toks: list[_Tok]) -> tuple[int, bool] | None:
    """Where a sentence end (outside parentheses) or a quotation mark cuts ``toks``, and which."""
    depth = 0
    for k, tok in enumerate(toks):
        mark = tok.text
        if mark not in _STOPS:
            continue
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
        elif mark not in _SENTENCE_END:
            return k, True  # a quotation mark
        elif depth <= 0:
            return k, False
    return None


# ---------------------------------------------------------------- finding the cue


def _find_cue(
    doc: _Doc,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    outers: Sequence[list[tuple[int, int]]],
    i: int,
    known: frozenset[str],
    names: Mapping[str, list[_Known]],
) -> _Cue | None:
    quote = quotes[i]
    if quote.kind is QuoteKind.SCARE:
        return None
    label = _speaker_label(doc.text, quote.segments[0])
    if label is not None:
        return _Cue(_Mention(label.start(), label.end() - 1, "name"), None)
    para = paragraphs[quote.paragraph]
    before = _before(doc, quotes, outers, i, para.start)
    found = _before_immediate(before, known) or _dash_lead(before, quote)
    if found is not None:
        return found
    nxt = outers[i + 1][0][0] if i + 1 < len(quotes) else len(doc.text)
    after: list[_Tok] = []
    for k, (_, end) in enumerate(outers[i]):
        hi = outers[i][k + 1][0] if k + 1 < len(outers[i]) else nxt
        after, stopped_at_quote = _after(doc, end, min(hi, _paragraph_end(paragraphs, end)))
        last = (quote.segments[k].text.rstrip(_MARK_CHARS) or "x")[-1]  # ,’” ends with a comma
        attached = last in ",—–-…:;" or (
            last not in ".!?" and bool(after) and after[0].text[0].islower()
        )
        # 'he called it "a disaster." Smith said …': a partial quote's full stop ends its host
        # sentence, so what follows is a new sentence, not the quote's attribution
        closes = last in ".!?" and not stopped_at_quote and quote.kind is not QuoteKind.PARTIAL
        found = _after_cue(after, attached or last in "!?", closes, punctuated=last in ",!?…—–-")
        if found is not None:
            if found.cue is not None and found.mention.start > end + 2 and _weak(after, found):
                found = (
                    _before_any(before, known) or found
                )  # '"x" when he said': the sentence's verb
            return found
    found = (
        _possessive_claim(before)
        or _opening_participle(before, after, quote, known)
        or _before_any(before, known)
        or _according(before)
        or _according(after)
        or _as_put_it(before)
        or _as_put_it(after)
        or _lead_in(doc, paragraphs, quote, before)
        or _headline_cue(doc, paragraphs[quote.paragraph], quote, before, names)
    )
    if found is not None or quote.kind is not QuoteKind.PARTIAL:
        return found
    if (
        i > 0
        and quotes[i - 1].paragraph == quote.paragraph
        and _same_sentence(doc, outers[i - 1][-1][1], outers[i][0][0])
    ):
        return None  # the previous quote of the sentence lends its speaker (see _inherit)
    return _clause_subject(doc, paragraphs, quote, outers[i][0][0], known)


def _speaker_label(text: str, seg: Span) -> Any:
    """:data:`SPEAKER_LABEL` at the start of ``seg``, tried only when a colon could end it."""
    if text.find(":", seg.start + 2, min(seg.end, seg.start + 32)) < 0:
        return None  # the label is a capital, one to thirty more characters, and its colon
    return SPEAKER_LABEL.match(text, seg.start, seg.end)


def _opening_participle(
    before: list[_Tok], after: list[_Tok], quote: Quote, known: frozenset[str]
) -> _Cue | None:
    """``After saying her foot was "so swollen …," she was rushed …``: the main clause's subject.

    A sentence that opens with a reporting participle (``Saying``, or ``After saying``
    with a word of ``data/speaker_clause_openers.txt``) holding the quote has no subject of
    its own: it is the subject of the main clause after the comma that ends it.
    """
    v = 1 if before and before[0].low in lexicon("speaker_clause_openers") else 0
    verb = before[v] if len(before) > v else None
    if verb is None or not verb.low.endswith("ing") or verb.low not in lexicon("reporting_verbs"):
        return None
    if any(t.text == "," for t in before):
        return None
    k = 0
    if not quote.segments[-1].text.rstrip(_MARK_CHARS).endswith(","):
        k = next((i + 1 for i, t in enumerate(after) if t.text == ","), len(after))
    if k >= len(after) or after[k].text in _MARK_CHARS:
        return None
    mention = _subject_at(after, k, known) or _person_at(after, k, known)
    return None if mention is None else _Cue(mention, (verb.start, verb.end))


def _outer_subject(
    doc: _Doc, para: Paragraph, start: int, cue: _Cue | None, known: frozenset[str]
) -> _Cue | None:
    """``X condemned what he called "…"``: a pronoun in a subordinate clause is X.

    When the cue's mention is a pronoun right after a word of ``data/speaker_clause_links.txt``
    and the sentence's subject (after any introductory clause) is a mention that fits it
    (same pronoun, a person for ``he``/``she``, an organisation or group for ``it``/``they``),
    that subject is the mention, and the cue stays.
    """
    if cue is None or cue.mention.form != "pronoun" or cue.mention.start >= start:
        return cue
    toks = _sentence_tail(doc.tokens(max(para.start, start - 400), start))
    p = next((k for k, t in enumerate(toks) if t.start == cue.mention.start), 0)
    if p < 2 or toks[p - 1].low not in lexicon("speaker_clause_links"):
        return cue
    main = _sentence_subject(toks, _intro_end(toks, p), known)
    if main is None or main.end > toks[p - 1].start:
        return cue
    pronoun = _pronouns().get(_bare(toks[p].low), "")
    if not _fits_pronoun(doc.text[main.start : main.end], main.form, pronoun):
        return cue
    return _Cue(main, cue.cue)


def _sentence_subject(toks: list[_Tok], k: int, known: frozenset[str]) -> _Mention | None:
    """The mention that opens a clause at ``toks[k]``: a pronoun (``It's``), a name, a phrase."""
    tok = toks[k]
    bare = _bare(tok.low)
    if bare in _pronouns() and _pronouns()[bare] != "relative":
        return _Mention(tok.start, tok.start + len(bare), "pronoun")
    if not _is_cap(tok):
        return _phrase_at(toks, k)
    end = k
    while end + 1 < len(toks) and (_is_cap(toks[end + 1]) or _is_particle(toks, end + 1)):
        end += 1  # "Retired Lt. Gen. Michael Flynn", titles and all
    mention = _name_backward(toks, end)
    if (
        mention is None
        or text_endswith_possessive(toks, mention)
        or _is_function_word(toks[end])
        or (mention.start == toks[end].start and toks[end].text not in known)
    ):
        return _phrase_at(toks, k)  # "The company", or one word never given as a name
    return mention


def _fits_pronoun(said: str, form: str, pronoun: str) -> bool:
    """Whether a mention written ``said`` can be what ``pronoun`` (its gender) stands for."""
    if form == "pronoun":
        return _pronouns().get(_bare(said.casefold())) == pronoun
    words = said.casefold().split()
    org = _is_org(said) or words[-1] in lexicon("speaker_organizations")
    if pronoun in _PERSONAL:
        gender = _table("first_names").get(words[0], pronoun) if form == "name" else pronoun
        return not org and gender in (pronoun, "")
    return pronoun in ("thing", "plural") and (org or form == "phrase")


def _same_sentence(doc: _Doc, end: int, start: int) -> bool:
    gap = doc.tokens(end, start)
    return not any(t.text in _SENTENCE_END for t in gap) and not doc.text[end - 2 : end].strip(
        _MARK_CHARS + " "
    ).endswith((".", "!", "?"))


def _clause_subject(
    doc: _Doc, paragraphs: Sequence[Paragraph], quote: Quote, start: int, known: frozenset[str]
) -> _Cue | None:
    """The subject of the sentence holding a partial quote (``Cruz called Trump a "liar"``)."""
    para = paragraphs[quote.paragraph]
    toks = doc.tokens(max(para.start, start - 400), start)
    if toks and toks[-1].text in _SENTENCE_END:
        return None
    toks = _sentence_tail(toks)
    intro = _intro_end(toks, len(toks))
    for lo, hi in ((intro, len(toks)), (0, intro)):
        for k in range(lo, hi):
            if toks[k].text in _MARK_CHARS:
                break  # only words outside quotation marks can be the subject
            mention = _subject_at(toks, k, known)
            if mention is not None:
                return _Cue(mention, None)
    return None


def _subject_at(toks: list[_Tok], k: int, known: frozenset[str]) -> _Mention | None:
    """A mention starting at ``toks[k]`` that a verb-like word follows."""
    mention = _person_at(toks, k, known)
    if mention is None:
        mention = _phrase_at(toks, k)
    if mention is None:
        return None
    j = k + 1
    while j < len(toks) and toks[j].start < mention.end:
        j += 1
    if j < len(toks) and toks[j].text == "(":  # "Roy Cooper (D), the state's …, called"
        j = _parenthesis_end(toks, j)
    if j < len(toks) and toks[j].text == ",":
        opening = j
        j = (
            next(
                (
                    i
                    for i in range(j + 1, min(len(toks), j + APPOSITION_MAX_TOKENS))
                    if toks[i].text == ","
                ),
                opening,
            )
            + 1
        )
    aux = j
    while j < len(toks) and toks[j].low in lexicon("speaker_skip_words"):
        j += 1
    if j < len(toks) and _looks_like_verb(toks[j], after_aux=j > aux):
        return mention
    return None


def _person_at(toks: list[_Tok], k: int, known: frozenset[str]) -> _Mention | None:
    """A pronoun or a name (not a possessive one) starting at ``toks[k]``."""
    tok = toks[k]
    if tok.low in _pronouns():
        if _pronouns()[tok.low] == "relative":
            return None  # "who" opens a clause about someone else, not the sentence's subject
        return _Mention(tok.start, tok.end, "pronoun")
    if not _is_cap(tok) or _is_function_word(tok):
        return None
    mention = _name_forward(toks, _name_start(toks, k))
    if mention is None or text_endswith_possessive(toks, mention):
        return None
    words = [t for t in toks if mention.start <= t.start < mention.end]
    if len(words) == 1 and words[0].text not in known:
        return None  # one capitalised word the text never gives as a name: "Pressure", "Days"
    return mention


def text_endswith_possessive(toks: list[_Tok], mention: _Mention) -> bool:
    last = next(t for t in reversed(toks) if t.end <= mention.end)
    return last.low.endswith(("'s", "’s"))


def _phrase_at(toks: list[_Tok], k: int) -> _Mention | None:
    if toks[k].low not in lexicon("speaker_determiners") or toks[k].low in ("that", "this"):
        return None
    return _mention_forward(toks, k)


def _looks_like_verb(tok: _Tok, *, after_aux: bool) -> bool:
    """A word that, after a subject, is most likely its verb (``condemned``, ``calls``)."""
    low = tok.low
    if not tok.text[0].islower() or not tok.text.isalpha():
        return False
    if _is_verb(tok):
        return True  # "told" and "said" are stop words of names, but verbs all the same
    if low in lexicon("speaker_stopwords") or low in lexicon("speaker_phrase_stops"):
        return False
    del after_aux
    return True


def _paragraph_end(paragraphs: Sequence[Paragraph], pos: int) -> int:
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        if paragraphs[mid].end < pos:
            lo = mid + 1
        else:
            hi = mid
    return paragraphs[lo].end if lo < len(paragraphs) else pos


def _is_verb(tok: _Tok) -> bool:
    """A reporting verb: lower case (``the United States`` holds no verb ``states``)."""
    if not tok.text[0].islower():
        return False
    verbs = lexicon("reporting_verbs")
    return tok.low in verbs or ("-" in tok.low and tok.low.split("-", 1)[0] in verbs)


def _is_cue_verb(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a reporting verb in its place, not the plural noun it may also be."""
    return _is_verb(toks[k]) and not _is_plural_noun(toks, k)


def _is_plural_noun(toks: list[_Tok], k: int) -> bool:
    """``11% of Democratic claims``, ``his remarks``: a reporting verb used as the plural noun.

    The verbs of ``data/speaker_plural_nouns.txt`` are plural nouns too. A subject never follows a determiner, a possessive, a number or a preposition, so the
    word is the noun right after one of the first three (``the claims``, ``Trump's tweets``,
    ``11 claims``), or after a preposition (``data/speaker_prepositions.txt``) with only
    modifiers between (``of Democratic claims``, ``about the early-morning tweets``): words
    that are no pronoun and no person or organisation noun, which would be the subject
    (``of the senators claims``). ``The New York Times reports`` stays a verb: only a
    preposition lets the reading go over other words.
    """
    if toks[k].low not in lexicon("speaker_plural_nouns") or k == 0:
        return False
    before = toks[k - 1]
    low = before.low
    if (
        (low in lexicon("speaker_determiners") and low not in ("that", "this", "one"))
        or low in _table("speaker_possessives")
        or low.endswith(_POSSESSIVE)
        or before.text[0].isdigit()
        or low in lexicon("speaker_quantities")
    ):
        return True
    for i in range(k - 1, max(-1, k - 2 - MODIFIER_MAX_TOKENS), -1):
        low = toks[i].low
        if low in lexicon("speaker_prepositions"):
            return True
        if (
            not toks[i].text.replace("-", "").isalpha()
            or low in _pronouns()
            or _is_speaker_noun(toks[i])
        ):
            return False
    return False


def _before_immediate(toks: list[_Tok], known: frozenset[str]) -> _Cue | None:
    """``X said:`` / ``X said, "`` / ``X said that "`` right before the quote.

    Before a colon or comma the verb may have a short object: ``X told reporters:``,
    ``X told me, "``, ``X scolded him:``.
    """
    k = len(toks) - 1
    colon = k >= 0 and toks[k].text in ":,"
    while k >= 0 and (toks[k].text in ",:—–-" or toks[k].low == "that"):
        k -= 1
    if colon:
        for v in range(k, max(-1, k - COLON_OBJECT_MAX_TOKENS - 1), -1):
            if not toks[v].text[0].isalnum() or toks[v].low.endswith("ing"):
                break  # "she recalled thinking, "": the quote is the thought, not the telling
            if _is_cue_verb(toks, v):
                k = v
                break
    if k < 0 or not _is_cue_verb(toks, k):
        return None
    return _subject_of(toks, k, known=known)


def _dash_lead(toks: list[_Tok], quote: Quote) -> _Cue | None:
    """``including Mitt Romney -- "It is disqualifying …" --``: a name, dashes, a full quote."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text in _DASHES:
        k -= 1
    if k == len(toks) - 1 or k < 0 or quote.kind is not QuoteKind.DIRECT:
        return None
    if not _is_cap(toks[k]) or _is_function_word(toks[k]):
        return None
    mention = _name_backward(toks, k)
    return None if mention is None else _Cue(mention, None)


def _main_subject(toks: list[_Tok], k: int, known: frozenset[str]) -> _Mention | None:
    """The subject of the clause that a participle ``toks[k]`` (``, saying``) hangs from."""
    for i in _main_first(toks, k - 1):
        if toks[i].text in _MARK_CHARS:
            return None
        mention = _subject_at(toks, i, known)
        if mention is not None:
            return mention
    return None


def _opener_subject(toks: list[_Tok], o: int, known: frozenset[str]) -> _Mention | None:
    """``X, R-Wis., despite admitting …``: the subject a comma and clause opener ``toks[o]`` follow.

    The mention before the comma (after an apposition) must be the sentence's subject, so
    ``Lee criticised Ray, after saying`` is no such case for Ray.
    """
    if o < 2 or toks[o - 1].text != ",":
        return None
    mention = _mention_backward(toks, o) or _mention_ending(toks, o - 2)
    if mention is None:
        return None
    subject = _sentence_subject(toks, _intro_end(toks, o), known)
    if subject is None or subject.end != mention.end:
        return None
    return mention


def _subordinate_subject(toks: list[_Tok], k: int, known: frozenset[str]) -> _Mention | None:
    """The subject of a subordinate clause that the verb ``toks[k]`` (after ``and``) goes on.

    ``X criticised Y after she attacked the police and blamed …``: reading back from the
    ``and`` without crossing punctuation, a word of ``data/speaker_clause_openers.txt``
    followed by a subject and its verb opens the clause, and that subject is the speaker.
    """
    for s in range(k - 2, 0, -1):
        tok = toks[s]
        if not tok.text[0].isalnum():
            return None
        if tok.text[0].islower() and tok.low in lexicon("speaker_clause_openers"):
            mention = _subject_at(toks, s + 1, known)
            if mention is not None:
                return mention
    return None


def _intro_end(toks: list[_Tok], stop: int) -> int:
    """Where the main clause starts after an introductory clause (``While he …, Ham noted``).

    A sentence that opens with a word of ``data/speaker_clause_openers.txt`` and has a comma
    within :data:`APPOSITION_MAX_TOKENS` tokens (before ``stop``) starts its main clause after
    that comma; any other sentence starts it at once (0).
    """
    if not toks or toks[0].low not in lexicon("speaker_clause_openers"):
        return 0
    for i in range(1, min(stop, APPOSITION_MAX_TOKENS)):
        if toks[i].text == ",":
            return i + 1
    return 0


def _main_first(toks: list[_Tok], stop: int) -> list[int]:
    """Indices below ``stop``: the main clause's first, then an introductory clause's."""
    intro = _intro_end(toks, stop)
    return [*range(intro, stop), *range(intro)]


def _before_any(toks: list[_Tok], known: frozenset[str] = frozenset()) -> _Cue | None:
    """The first reporting verb of the sentence that has a subject, with that subject.

    A passive (``Women were admitted``) reports nothing its subject said and is skipped.
    The main clause is read before an introductory one (``While he acknowledged …, Ham
    noted``).
    """
    for k in _main_first(toks, len(toks)):
        # _is_cue_verb written out: this loop reads every word of the sentence
        if _is_verb(toks[k]) and not _is_plural_noun(toks, k) and not _is_passive(toks, k):
            found = _subject_of(toks, k, known=known)
            if found is not None:
                return found
    return None


def _possessive_claim(toks: list[_Tok]) -> _Cue | None:
    """``Trump's claim that there were "…"``, ``his warning that "…"``: the possessor says it.

    The noun (from ``data/speaker_speech_nouns.txt``) must open a ``that`` clause holding the
    quote: no comma, colon or reporting verb between it and the opening mark.
    """
    for k in range(len(toks) - 1, 0, -1):
        tok = toks[k]
        if tok.text in ",;:" or (_is_verb(tok) and not _is_plural_noun(toks, k)):
            return None
        if (
            tok.low not in lexicon("speaker_speech_nouns")
            or k + 1 >= len(toks)
            or toks[k + 1].low != "that"
        ):
            continue  # "Trump's statement was "true"" judges the claim; it does not quote it
        owner = toks[k - 1]
        if owner.low in _table("speaker_possessives"):
            return _Cue(_Mention(owner.start, owner.end, "pronoun"), None)
        if _is_cap(owner) and _bare(owner.low) != owner.low and not _is_function_word(owner):
            name = _name_backward(toks, k - 1)
            start = owner.start if name is None else name.start
            return _Cue(_Mention(start, owner.end - 2, "name"), None)
    return None


def _is_passive(toks: list[_Tok], k: int) -> bool:
    """``were admitted``, ``was quoted``: a form of *be* before a past participle."""
    return k > 0 and toks[k - 1].low in _BE and not toks[k].low.endswith("ing")


def _subject_of(
    toks: list[_Tok], k: int, *, inverted: bool = False, known: frozenset[str] = frozenset()
) -> _Cue | None:
    """The speaker of the reporting verb ``toks[k]``: its subject, or a name after it."""
    verb = toks[k]
    french = _french_inverted(verb)
    if french is not None:
        return french
    if not inverted and k > 1 and toks[k - 1].low == "and":
        # "X stressed her record … and said"; "X hit Y after she attacked … and blamed": she
        main = _subordinate_subject(toks, k, known) or _main_subject(toks, k, known)
        if main is not None:
            return _Cue(main, (verb.start, verb.end))
    if (
        not inverted
        and k > 1
        and verb.low.endswith("ing")
        and toks[k - 1].low in lexicon("speaker_clause_openers")
    ):
        main = _opener_subject(toks, k - 1, known)  # "X, R-Wis., despite admitting that"
        if main is not None:
            return _Cue(main, (verb.start, verb.end))
    if not inverted and k > 1 and toks[k - 1].text == "," and verb.low.endswith("ing"):
        main = _main_subject(toks, k, known)  # "X spoke out in Tulsa, Oklahoma, arguing that"
        if main is not None:
            return _Cue(main, (verb.start, verb.end))
    mention = None if inverted else _mention_backward(toks, k)
    participle = not inverted and k > 0 and verb.low.endswith("ing")
    if mention is None and (inverted or k == 0 or toks[k - 1].text in ",:") and not participle:
        mention = _mention_forward(toks, k + 1)  # ", said X"; ", telling X that" tells X
    if mention is None:
        return None
    if mention.form == "phrase" and verb.low.endswith("ing") and _is_object(toks, mention):
        main = _main_subject(toks, k, known)  # "the council issued a statement calling"
        if main is not None and main.end <= mention.start:
            return _Cue(main, (verb.start, verb.end))
    return _Cue(mention, (verb.start, verb.end))


def _is_object(toks: list[_Tok], mention: _Mention) -> bool:
    """Whether a phrase follows a verb as its object (``issued a statement``), by the word before."""
    i = next((i for i, t in enumerate(toks) if t.start == mention.start), 0)
    if i == 0:
        return False
    word = toks[i - 1]
    return (
        word.text.isalpha()
        and word.text[0].islower()
        and word.low not in lexicon("speaker_stopwords")
        and word.low not in lexicon("speaker_phrase_stops")
        and word.low not in lexicon("speaker_skip_words")
        and not _is_verb(word)
    )


def _weak(after: list[_Tok], found: _Cue) -> bool:
    """Whether an after-cue comes only after other words (``"…" when he said``), not right away."""
    first = next((t for t in after if t.text not in ",—–-"), None)
    return (
        first is not None
        and first.start < found.mention.start
        and (found.cue is None or first.start < found.cue[0])
    )


def _after_cue(toks: list[_Tok], attached: bool, closes: bool, *, punctuated: bool) -> _Cue | None:
    """``, X said`` / ``, said X`` / ``— X`` / ``according to X`` right after a closing mark.

    ``attached`` says the quote ends with a comma or the sentence goes on after it (so the
    words after it may be its attribution); ``closes`` that it ends with a full stop, when
    only a short attribution (``"We won." Smith said.``) counts.
    """
    k = 0
    while k < len(toks) and toks[k].text == ",":
        k += 1
    attached = attached or k > 0
    if k >= len(toks):
        return None
    if toks[k].text in _DASHES:
        return _sign_off(toks, k)
    if toks[k].low in ("according", "per"):
        return _according(toks[k:])
    if not attached and not closes:
        return None
    j = k
    while j < len(toks) and (toks[j].low in lexicon("speaker_skip_words") or toks[j].low == "a"):
        j += 1  # "has said", French "a déclaré"
    if j < len(toks) and _is_cue_verb(toks, j):
        # 'the ad "wrongly" suggests that …': the sentence goes on, it is no inversion
        return _subject_of(toks, j, inverted=True) if punctuated or k > 0 else None
    mention = _mention_forward(toks, k) or _phrase_before_verb(toks, k)
    if mention is None:
        return _first_verb_subject(toks, k)
    limit = min(
        len(toks), k + (AFTER_SHORT_TOKENS if closes and not attached else APPOSITION_MAX_TOKENS)
    )
    for v in range(k + 1, limit):
        if toks[v].start >= mention.end and _is_cue_verb(toks, v):
            return _Cue(_headed(toks, _owned(toks, mention, v), v), (toks[v].start, toks[v].end))
    return None


def _phrase_before_verb(toks: list[_Tok], k: int) -> _Mention | None:
    """``"…," the New York businessman said``: a determiner and plain words, then the verb.

    Right after a quote, a noun phrase that a reporting verb follows is that verb's
    subject whatever its head noun, so the head need not be a person or organisation noun
    of the lexicons. At most :data:`PHRASE_MAX_TOKENS` words after the determiner at
    ``toks[k]``; none a preposition, conjunction, stop word or verb (``that`` and ``this``
    open clauses, not phrases). Adverbs and auxiliaries before the verb (``often``, ``has``)
    end the phrase.
    """
    if toks[k].low not in lexicon("speaker_determiners") or toks[k].low in ("that", "this"):
        return None
    end = 0  # the head's index, once a word after it is an adverb or auxiliary
    for v in range(k + 1, min(len(toks), k + 2 * PHRASE_MAX_TOKENS)):
        tok = toks[v]
        if _is_cue_verb(toks, v):
            head = toks[end or v - 1]
            if head is toks[k] or not head.text.isalpha():
                return None
            return _Mention(toks[k].start, head.end, "phrase")
        if tok.low in lexicon("speaker_skip_words") or _is_adverb(tok):
            end = end or v - 1
        elif (
            end
            or v - k > PHRASE_MAX_TOKENS
            or not tok.text.replace("-", "").isalnum()
            or tok.low in lexicon("speaker_phrase_stops")
            or tok.low in lexicon("speaker_stopwords")
        ):
            return None
    return None


def _headed(toks: list[_Tok], mention: _Mention, v: int) -> _Mention:
    """``Sanders supporters chanted``: the phrase a name opens, not the name, says it.

    A name followed only by person nouns up to the verb at ``toks[v]`` modifies them.
    """
    j = v
    while j > 0 and toks[j - 1].start >= mention.end and toks[j - 1].text[0].islower():
        if toks[j - 1].low not in lexicon("speaker_people_nouns"):
            return mention
        j -= 1
    if mention.form != "name" or j == v or toks[j].start < mention.end:
        return mention
    return _Mention(mention.start, toks[v - 1].end, "phrase")


def _owned(toks: list[_Tok], mention: _Mention, v: int) -> _Mention:
    """``X's niece, state Del. Y, shouted``: not the possessor but the phrase (or name) it opens."""
    last = next((t for t in toks[v - 1 :: -1] if t.end <= mention.end), None)
    if last is None or not last.low.endswith(("'s", "’s")):
        return mention
    whole = _mention_backward(toks, v)
    return whole if whole is not None and whole.start >= mention.start else mention


def _sign_off(toks: list[_Tok], k: int) -> _Cue | None:
    """``"…" — Commissioner X``: a name after the dashes at ``toks[k]``."""
    while k < len(toks) and toks[k].text in _DASHES:
        k += 1
    mention = _mention_forward(toks, k, names_only=True)
    return None if mention is None else _Cue(mention, None)


def _first_verb_subject(toks: list[_Tok], k: int) -> _Cue | None:
    """``" of the plans, Mr. X said``: the first reporting verb after ``toks[k]`` and its subject."""
    for v in range(k + 1, min(len(toks), k + APPOSITION_MAX_TOKENS)):
        if _is_cue_verb(toks, v):
            found = _subject_of(toks, v)
            if found is not None and found.mention.start >= toks[k].start:
                return found
            return None
    return None


def _according(toks: list[_Tok]) -> _Cue | None:
    """``according to X`` (or ``per X``: ``per the party's bylaws``, ``per Reuters``)."""
    for k in range(len(toks) - 1):
        if toks[k].low == "according" and toks[k + 1].low == "to":
            mention = _mention_forward(toks, k + 2) or _source_phrase(toks, k + 2)
            if mention is not None:
                return _Cue(mention, (toks[k].start, toks[k + 1].end))
        if toks[k].low == "per" and _opens_source(toks[k + 1]):
            mention = _mention_forward(toks, k + 1) or _source_phrase(toks, k + 1)
            if mention is not None:
                return _Cue(mention, (toks[k].start, toks[k].end))
    return None


def _as_put_it(toks: list[_Tok]) -> _Cue | None:
    """``"…," as a Treasury memo put it.``, ``As one economist put it, "…"``: X says the quote.

    ``put`` is no reporting verb on its own; ``as`` + a mention + ``put it`` that ends its
    clause (punctuation or the window's end next) is one. The mention is a pronoun or name
    (``as she put it``), else the words between (at most :data:`SOURCE_MAX_TOKENS`, holding a
    name, a speaker noun or a determiner first).
    """
    for v in range(2, len(toks) - 1):
        if toks[v].low != "put" or toks[v + 1].low != "it":
            continue
        if v + 2 < len(toks) and toks[v + 2].text[0].isalnum():
            continue  # "as she put it in the box"
        j = v
        while j > 0 and toks[j - 1].low in lexicon("speaker_skip_words"):
            j -= 1  # "as she has put it"
        k = j - 1
        while k >= 0 and j - k <= SOURCE_MAX_TOKENS and toks[k].low != "as":
            if not toks[k].text[0].isalnum():
                break
            k -= 1
        if k < 0 or toks[k].low != "as" or k + 1 >= j:
            continue
        words = toks[k + 1 : j]
        mention = _mention_forward(toks, k + 1)
        if mention is None or mention.end != words[-1].end:
            if not (
                any(_is_cap(t) or _is_speaker_noun(t) for t in words)
                or words[0].low in lexicon("speaker_determiners")
            ):
                continue
            mention = _Mention(words[0].start, words[-1].end, "phrase")
        return _Cue(mention, (toks[v].start, toks[v].end))
    return None


def _opens_source(tok: _Tok) -> bool:
    """Whether ``per`` before ``tok`` means *according to* (``per the bylaws``), not *each*."""
    return tok.low in lexicon("speaker_determiners") or (_is_cap(tok) and tok.text.isalpha())


def _source_phrase(toks: list[_Tok], k: int) -> _Mention | None:
    """``according to conservative host Rush Limbaugh,``: the words up to the clause's end.

    At most :data:`SOURCE_MAX_TOKENS` words; they must hold a name or a speaker noun.
    """
    j = k
    while j < min(len(toks), k + SOURCE_MAX_TOKENS) and toks[j].text[0].isalnum():
        j += 1
    if j == k or (j < len(toks) and toks[j].text not in ",.;:—–-(" and j - k >= SOURCE_MAX_TOKENS):
        return None
    words = toks[k:j]
    if not any(_is_cap(t) or _is_speaker_noun(t) for t in words):
        return None
    return _Mention(words[0].start, words[-1].end, "phrase")


def _is_speaker_noun(tok: _Tok) -> bool:
    """A person or organisation noun, possessive or not (``officials``, ``the party's``)."""
    low = _bare(tok.low)
    return low in lexicon("speaker_people_nouns") or low in lexicon("speaker_organizations")


def _french_inverted(verb: _Tok) -> _Cue | None:
    """``explique-t-elle``: the pronoun glued to an inverted French verb."""
    parts = verb.text.split("-")
    if len(parts) < 2 or parts[0].casefold() not in lexicon("reporting_verbs"):
        return None
    pronoun = parts[-1]
    if pronoun.casefold() not in _pronouns():
        return None
    cue = (verb.start, verb.start + len(parts[0]))
    return _Cue(_Mention(verb.end - len(pronoun), verb.end, "pronoun"), cue)


def _headline_cue(
    doc: _Doc,
    para: Paragraph,
    quote: Quote,
    before: list[_Tok],
    names: Mapping[str, list[_Known]],
) -> _Cue | None:
    """A name before a colon (:func:`_colon_label`), else a headline's name (rule 6).

    In a headline either name is read without the verb its run reads into (see
    :func:`_headline_name`).
    """
    seg = quote.segments[0]
    colon = _colon_label(before)
    if not headline_case(doc.text, para.start, para.end, skip=(seg.start, quote.segments[-1].end)):
        return colon
    if colon is None:
        colon = _headline_sign_off(doc.tokens(quote.segments[-1].end, para.end))
        if colon is not None:
            return colon
        mention = _first_mention(doc.tokens(para.start, seg.start), last=False)
        colon = None if mention is None else _Cue(mention, None)
    if colon is None or colon.mention.form != "name":
        return colon
    return _Cue(_headline_name(doc, colon.mention, para, names), colon.cue)


def _headline_name(
    doc: _Doc, mention: _Mention, para: Paragraph, names: Mapping[str, list[_Known]]
) -> _Mention:
    """``Obama Sees 'Personal Insult'``: a headline's name without the verb its run reads into.

    Every word of a headline is capitalised, so the run of a name goes on into the verb
    after it (``Obama Sees``, ``Chris Christie Calls Hillary Clinton``). The run ends after
    its first word that is a person noun (``Black Lawmakers Rip …``) or that ends a name the
    text gives outside the headline (``Chris Christie``; ``Gold Star Mom`` reads on to the
    noun), or before a word
    that is a reporting verb (``Says``) or reads as a present-tense verb: one ending in
    ``s`` (not ``ss``) after a word that is no first name (``Obama Sees``; ``Bernie
    Sanders`` stays), when the text gives it as no name's word outside the headline
    (``United States``) and it is no person noun.
    """
    words = doc.tokens(mention.start, mention.end)
    people = lexicon("speaker_people_nouns")
    for word, nxt in itertools.pairwise(words):
        if _bare(word.low) in people or (
            _named_outside(names, word.text, para) and _bare(nxt.low) not in people
        ):
            return _Mention(mention.start, word.end, mention.form)
        if nxt.low in lexicon("reporting_verbs") or (
            nxt.low.endswith("s")
            and not nxt.low.endswith(("ss", "'s", "’s"))
            and word.low not in _table("first_names")
            and not _named_outside(names, nxt.text, para)
            and _bare(nxt.low) not in people
        ):
            return _Mention(mention.start, word.end, mention.form)
    return mention


def _named_outside(names: Mapping[str, list[_Known]], word: str, para: Paragraph) -> bool:
    """Whether the text gives ``word`` as a name's word outside the paragraph ``para``."""
    return any(not para.start <= k.start < para.end for k in names.get(word, ()))


def _headline_sign_off(toks: list[_Tok]) -> _Cue | None:
    """``…, Lindsey Graham Says.``: a headline that ends with a name and a reporting verb."""
    while toks and not toks[-1].text[0].isalnum():
        toks = toks[:-1]
    if len(toks) < 2 or toks[-1].low not in lexicon("reporting_verbs") or toks[-2].text == ",":
        return None
    k = len(toks) - 2
    if not _is_cap(toks[k]) or _is_function_word(toks[k]):
        return None
    start = k
    while start > 0 and _is_cap(toks[start - 1]) and not _is_function_word(toks[start - 1]):
        start -= 1
    if start == 0 or toks[start - 1].text != ",":
        return None  # only a name set off by a comma: "…, Graham Says", not "Trump Could Say"
    return _Cue(_Mention(toks[start].start, toks[k].end, "name"), (toks[-1].start, toks[-1].end))


def _colon_label(toks: list[_Tok]) -> _Cue | None:
    """``Sanders: Clinton needs to "get away from …"``: a name before a colon says the quote."""
    colon = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ":"), -1)
    if colon < 1:
        return None
    mention = _first_mention(toks[_intro_end(toks, colon) : colon], last=False)
    return None if mention is None else _Cue(mention, None)


def _lead_in(
    doc: _Doc, paragraphs: Sequence[Paragraph], quote: Quote, before: list[_Tok]
) -> _Cue | None:
    """A quote opening its paragraph after a paragraph that ends with a colon."""
    if before or quote.paragraph == 0:
        return None
    prev = paragraphs[quote.paragraph - 1]
    if not prev.text.rstrip().endswith(":"):
        return None
    toks = _sentence_tail(doc.tokens(max(prev.start, prev.end - 300), prev.end))
    found = _before_any(toks)
    if found is not None:
        return found
    mention = _first_mention(toks, last=True)
    return None if mention is None else _Cue(mention, None)


# ---------------------------------------------------------------- inheritance


def _inherit(
    doc: _Doc,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    outers: Sequence[list[tuple[int, int]]],
    cues: list[_Cue | None],
    known: frozenset[str],
) -> None:
    """Give a quote without a cue the cue its neighbours or the sentence before support."""
    for i, quote in enumerate(quotes):
        if cues[i] is not None or not _may_inherit(quote):
            continue
        if quote.kind is QuoteKind.PARTIAL:
            if (
                i > 0
                and quotes[i - 1].paragraph == quote.paragraph
                and _same_sentence(doc, outers[i - 1][-1][1], outers[i][0][0])
            ):
                cues[i] = cues[i - 1]
            continue
        cues[i] = (
            _neighbour_cue(quotes, cues, i)
            or _previous_paragraph_cue(doc.text, paragraphs, quotes, cues, i)
            or _previous_sentence(doc, paragraphs, quotes, outers, i, known)
        )


def _may_inherit(quote: Quote) -> bool:
    return quote.kind is not QuoteKind.SCARE


def _neighbour_cue(quotes: Sequence[Quote], cues: list[_Cue | None], i: int) -> _Cue | None:
    para = quotes[i].paragraph
    j = i - 1
    while j >= max(0, i - NEIGHBOUR_MAX) and quotes[j].paragraph == para:
        if cues[j] is not None:
            return cues[j]
        j -= 1
    j = i + 1
    while j < min(len(quotes), i + NEIGHBOUR_MAX) and quotes[j].paragraph == para:
        if cues[j] is not None:
            return cues[j]
        j += 1
    return None


def _opens_paragraph(text: str, paragraphs: Sequence[Paragraph], quote: Quote) -> bool:
    para = paragraphs[quote.paragraph]
    return not text[para.start : quote.segments[0].start].strip(_MARK_CHARS + " \t")


def _previous_paragraph_cue(
    text: str,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    cues: list[_Cue | None],
    i: int,
) -> _Cue | None:
    """A paragraph that opens with a quote continues the last speaker of the paragraph before."""
    quote = quotes[i]
    if i == 0 or not _opens_paragraph(text, paragraphs, quote):
        return None
    prev = quotes[i - 1]
    if prev.paragraph != quote.paragraph - 1:
        return None
    return cues[i - 1]


def _previous_sentence(
    doc: _Doc,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    outers: Sequence[list[tuple[int, int]]],
    i: int,
    known: frozenset[str],
) -> _Cue | None:
    """The subject of the sentence just before a quote that has no cue of its own."""
    quote = quotes[i]
    if quote.kind is QuoteKind.PARTIAL:
        return None
    para = paragraphs[quote.paragraph]
    start = outers[i][0][0]
    lo = para.start
    if _opens_paragraph(doc.text, paragraphs, quote) and quote.paragraph > 0:
        lo = paragraphs[quote.paragraph - 1].start
    if i > 0:
        lo = max(lo, outers[i - 1][-1][1])
    toks = _sentence_tail(doc.tokens(max(lo, start - 400), start))
    said = _before_any(toks, known)  # "…, Schiff said. "The other factor …""
    if said is not None:
        return said
    known = _with_participle_subject(toks, known)
    for k in _main_first(toks, len(toks)):
        mention = _subject_at(toks, k, known)
        if mention is not None:
            return _Cue(mention, None)
    return None


def _with_participle_subject(toks: list[_Tok], known: frozenset[str]) -> frozenset[str]:
    """``known``, and the word after an opening reporting participle's clause if it is a name.

    ``Asked about it, Smith shrugged.``: a sentence that opens with a participle of a
    reporting verb (``Asked``, ``Speaking``) says it of the subject of its main clause,
    right after the comma that ends the participle's clause; a capitalised word there is a
    person's name even when the text never gives it in full (one capitalised word is
    otherwise no name: ``Pressure mounted``).
    """
    if not toks or toks[0].low not in lexicon("reporting_verbs"):
        return known
    if not toks[0].low.endswith(("ed", "ing")):
        return known
    comma = next(
        (i for i in range(1, min(len(toks), APPOSITION_MAX_TOKENS)) if toks[i].text == ","), 0
    )
    if comma == 0 or comma + 1 >= len(toks):
        return known
    word = toks[comma + 1]
    if not _is_cap(word) or _is_function_word(word) or word.text in known:
        return known
    return known | {word.text}


def _first_mention(toks: list[_Tok], *, last: bool) -> _Mention | None:
    """The first (or last) person mention of a sentence: a personal pronoun or a name."""
    order = range(len(toks) - 1, -1, -1) if last else range(len(toks))
    for k in order:
        tok = toks[k]
        if _pronouns().get(tok.low) in _PERSONAL:
            return _Mention(tok.start, tok.end, "pronoun")
        if _is_cap(tok) and not _is_function_word(tok):
            return _name_forward(toks, _name_start(toks, k))
    return None


def _name_start(toks: list[_Tok], k: int) -> int:
    while k > 0 and _is_cap(toks[k - 1]) and not _is_function_word(toks[k - 1]):
        k -= 1
    return k


# ---------------------------------------------------------------- mentions


def _pronouns() -> Mapping[str, str]:
    return _table("speaker_pronouns")


def _titles() -> Mapping[str, str]:
    return _table("speaker_titles")


@functools.cache
def _abbreviations() -> Mapping[str, tuple[str, ...]]:
    """Role word -> its abbreviated titles (``senator`` -> ``sen``), from the data file."""
    out: dict[str, list[str]] = {}
    for line in lexicon_lines("speaker_title_abbreviations"):
        form, _, role = line.partition(" ")
        out.setdefault(role.strip().casefold(), []).append(form.casefold())
    return types.MappingProxyType({k: tuple(v) for k, v in out.items()})


_table = lexicon_table
"""A ``word value`` lexicon as a read-only mapping (see :func:`~newsparse._lexicon.lexicon_table`)."""


def _is_cap(tok: _Tok) -> bool:
    return tok.text[0].isupper() or tok.text == "&"


def _is_function_word(tok: _Tok) -> bool:
    low = _bare(tok.low)
    return low in lexicon("speaker_stopwords") or low in _titles() or low in _pronouns()


def _bare(low: str) -> str:
    """A lower-case word without a final full stop, possessive ``'s`` or contraction (``i'm``)."""
    low = low.rstrip(".")
    if low.endswith(("'s", "’s", "'m", "’m", "'d", "’d")):
        return low[:-2]
    if low.endswith(("'re", "’re", "'ve", "’ve", "'ll", "’ll")):
        return low[:-3]  # I'm, we're: a pronoun, never a name
    return low


def _is_adverb(tok: _Tok) -> bool:
    """A lower-case ``-ly`` word that is no speaker noun (``forcefully``, not ``family``)."""
    return (
        len(tok.low) > 5
        and tok.low.endswith("ly")
        and tok.text[0].islower()
        and tok.low not in lexicon("speaker_people_nouns")
    )


def _mention_backward(toks: list[_Tok], k: int) -> _Mention | None:
    """The mention that ends just before ``toks[k]`` (a verb), skipping adverbs and appositions."""
    j = k - 1
    while j >= 0 and (toks[j].low in lexicon("speaker_skip_words") or _is_adverb(toks[j])):
        j -= 1
    if j >= 0 and toks[j].text == ")":
        j = _skip_parenthesis(toks, j)  # Sen. Claire McCaskill (D-Mo.) said
    if j >= 0 and toks[j].text in _DASHES:
        return _before_dashes(toks, j)
    if j < 0:
        return None
    if toks[j].text != ",":
        return (
            _mention_ending(toks, j)
            or _participle_modified(toks, j)
            or _relative_before_adverbial(toks, j)
        )
    opening = _apposition_start(toks, j)
    if opening < 1:
        return None
    base = _mention_ending(toks, opening - 1)
    part = base is not None and _ends_apposition_part(toks, opening - 1, base)
    if part and (found := _subject_before_appositions(toks, opening, j)) is not None:
        return found  # "X, 59, of Ashton, Md., who ..., said": Md. ends a part of X's apposition
    if base is None or base.form == "phrase" or part:
        inner = _name_forward(toks, opening + 1) or _modified_name(toks, opening + 1)
        last = _skip_parenthesis(toks, j - 1) if toks[j - 1].text == ")" else j - 1
        if inner is not None and last >= 0 and inner.end == toks[last].end:
            return inner  # "the niece, Del. Maria Lopez (D-Springfield), said"
    return base


def _relative_before_adverbial(toks: list[_Tok], j: int) -> _Mention | None:
    """``X, who in 2010 said``: a relative pronoun before a short prepositional phrase.

    The phrase (a word of ``data/speaker_prepositions.txt`` and at most two words, ending at
    ``toks[j]``) stands between the pronoun and its verb; only ``who``/``which`` qualify, a
    noun before a preposition being the phrase's own head (``the head of the union said``).
    """
    for p in range(j, max(0, j - 3), -1):
        if not toks[p].text[0].isalnum():
            return None
        if toks[p].low in lexicon("speaker_prepositions"):
            before = toks[p - 1]
            if _pronouns().get(before.low) == "relative":
                return _Mention(before.start, before.end, "pronoun")
            return None
    return None


def _before_dashes(toks: list[_Tok], j: int) -> _Mention | None:
    """``X, the head of Y -- the firm that … -- told``: the mention before a dash parenthesis.

    The parenthesis closed by the dash ``toks[j]`` opens at the dash before it (within
    :data:`APPOSITION_MAX_TOKENS`); the subject is the mention before that dash, or, when
    the words before it are a lower-case apposition (``, the head of Y``), the mention before
    that apposition's comma.
    """
    while j > 0 and toks[j - 1].text in _DASHES:
        j -= 1
    d = next(
        (
            i
            for i in range(j - 2, max(-1, j - APPOSITION_MAX_TOKENS), -1)
            if toks[i].text in _DASHES
        ),
        -1,
    )
    while d > 0 and toks[d - 1].text in _DASHES:
        d -= 1
    if d < 1:
        return None
    comma = _apposition_start(toks, d)
    if comma >= 1 and toks[comma + 1].text[0].islower() and toks[comma + 1].text.isalpha():
        base = _mention_ending(toks, comma - 1)
        if base is not None:
            return base
    return _mention_ending(toks, d - 1)


def _ends_apposition_part(toks: list[_Tok], j: int, mention: _Mention) -> bool:
    """Whether the name ``mention`` (ending at ``toks[j]``) is a place inside an apposition.

    It is when it follows a preposition (``of Springfield``, ``a nurse from Austin``), or
    names a place (see :func:`_person_like`) right after a comma (``of Ashton, Md.,``,
    ``Austin, Texas,``): a subject does neither (``Even China, ..., said``).
    """
    if mention.form != "name":
        return False
    i = j
    while i > 0 and toks[i - 1].start >= mention.start:
        i -= 1
    name = " ".join(t.text for t in toks[i : j + 1]).rstrip(".")
    before = toks[i - 1].low if i > 0 else ""
    return before in lexicon("speaker_prepositions") or (before == "," and not _person_like(name))


def _subject_before_appositions(toks: list[_Tok], opening: int, j: int) -> _Mention | None:
    """The name or pronoun before a run of apposition parts that ends at the comma ``toks[j]``.

    Reads back from the comma ``toks[opening]`` one comma-separated part at a time, within
    :data:`APPOSITION_MAX_TOKENS` of ``j``: ages (``59``), places (``of Ashton``, ``Md.``)
    and roles are parts; the first mention that is none of them is the subject.
    """
    comma = _apposition_start(toks, opening)
    while comma >= 1 and j - comma <= APPOSITION_MAX_TOKENS:
        found = _mention_ending(toks, comma - 1)
        if found is not None and (
            found.form == "pronoun"
            or (found.form == "name" and not _ends_apposition_part(toks, comma - 1, found))
        ):
            return found
        comma = _apposition_start(toks, comma)
    return None


def _participle_modified(toks: list[_Tok], j: int) -> _Mention | None:
    """``Protesters marching through the streets chanted``: the mention a participle follows.

    Reads back from ``toks[j]`` (the word before the verb) over at most
    :data:`PHRASE_MAX_TOKENS` plain words to a lower-case ``-ing`` word; the mention that ends
    right before it is the subject.
    """
    for p in range(j, max(0, j - PHRASE_MAX_TOKENS), -1):
        tok = toks[p]
        if not tok.text[0].isalnum():
            return None
        if tok.text[0].islower() and tok.low.endswith("ing") and len(tok.low) > 4:
            return _mention_ending(toks, p - 1)
    return None


def _parenthesis_end(toks: list[_Tok], j: int) -> int:
    """Index after the ``)`` that closes the parenthesis opened at ``toks[j]`` (else ``j``)."""
    for i in range(j + 1, min(len(toks), j + APPOSITION_MAX_TOKENS)):
        if toks[i].text == ")":
            return i + 1
    return j


def _skip_parenthesis(toks: list[_Tok], j: int) -> int:
    for i in range(j - 1, max(-1, j - APPOSITION_MAX_TOKENS), -1):
        if toks[i].text == "(":
            return i - 1
    return -1


def _apposition_start(toks: list[_Tok], j: int) -> int:
    """Index of the comma that opens the apposition closed by the comma ``toks[j]``."""
    for i in range(j - 1, max(-1, j - APPOSITION_MAX_TOKENS), -1):
        if toks[i].text == ",":
            return i
    return -1


def _mention_ending(toks: list[_Tok], j: int) -> _Mention | None:
    tok = toks[j]
    if tok.low in _pronouns():
        return _Mention(tok.start, tok.end, "pronoun")
    if _bare(tok.low) in _pronouns():  # he's claiming
        return _Mention(tok.start, tok.end - 2, "pronoun")
    if _is_cap(tok) and (not _is_function_word(tok) or _courtesy_surname(toks, j)):
        return _name_backward(toks, j)
    return _phrase_backward(toks, j)


def _courtesy_surname(toks: list[_Tok], j: int) -> bool:
    """``Mr. King said``: a title word after a courtesy title is a surname.

    Courtesy titles are in ``data/speaker_courtesy_titles.txt``; the word is written as a
    word (``King``, ``Bishop``), not an abbreviation.
    """
    tok = toks[j]
    return (
        j > 0
        and tok.text[1:].islower()
        and tok.low in _titles()
        and _bare(toks[j - 1].low).rstrip(".") in lexicon("speaker_courtesy_titles")
    )


def _name_backward(toks: list[_Tok], j: int) -> _Mention | None:
    i = j
    while i > 0 and (_is_cap(toks[i - 1]) or _is_particle(toks, i - 1)):
        i -= 1
    while i < j and (_is_function_word(toks[i]) or toks[i].text == "&"):
        i += 1
    return _Mention(toks[i].start, toks[j].end, "name")


def _is_particle(toks: list[_Tok], i: int) -> bool:
    return i > 0 and toks[i].low in lexicon("name_particles") and _is_cap(toks[i - 1])


def _phrase_backward(toks: list[_Tok], j: int) -> _Mention | None:
    head = toks[j]
    if j > 0 and head.low in lexicon("speaker_quantities") and toks[j - 1].text[0].isdigit():
        return _Mention(toks[j - 1].start, head.end, "phrase")  # "63 percent said"
    if not head.text[0].isalpha():
        return None
    if not _is_head(head):
        of = _of_head(toks, j)  # "the 34-year-old mother of three replied"
        found = None if of < 0 else _phrase_backward(toks, of)
        return None if found is None else _Mention(found.start, head.end, "phrase")
    stop = -1
    for i in range(j, max(-1, j - PHRASE_MAX_TOKENS), -1):
        if toks[i].low in lexicon("speaker_determiners"):
            return None if i == j else _Mention(toks[i].start, head.end, "phrase")
        if not toks[i].text[0].isalnum() or (
            i < j and toks[i].low in lexicon("speaker_phrase_stops")
        ):
            stop = i
            break
    if head.low in lexicon("speaker_people_nouns") or head.low in lexicon("speaker_organizations"):
        start = _modifier_start(toks, j)
        if 0 <= stop < j - 1 and all(_is_modifier(t) for t in toks[stop + 1 : j]):
            # "… and current Democratic presidential nominee said": the words after the stop
            start = min(start, toks[stop + 1].start)
        return _Mention(start, head.end, "phrase")
    return None


def _is_modifier(tok: _Tok) -> bool:
    """A word that can modify a person noun before it (``current``, ``Democratic``, ``state``).

    A plain word that is no stop word, adverb, auxiliary, pronoun or verb (a lower-case
    ``-ed`` word is most likely a verb: ``Trump insisted Republican officials said``).
    """
    low = tok.low
    return (
        tok.text.replace("-", "").isalpha()
        and low not in lexicon("speaker_stopwords")
        and low not in lexicon("speaker_skip_words")
        and low not in _pronouns()
        and not _is_verb(tok)
        and not _is_adverb(tok)
        and not (tok.text[0].islower() and low.endswith("ed"))
    )


def _modifier_start(toks: list[_Tok], j: int) -> int:
    """Where the phrase of the person noun ``toks[j]`` starts.

    At a name that modifies it (``Sanders supporters``, ``Trump campaign officials``), else
    at the noun.
    """
    i = j
    while i > 0 and j - i < MODIFIER_MAX_TOKENS and _is_lower_role(toks[i - 1]):
        i -= 1
    if i > 0 and _is_cap(toks[i - 1]) and not _is_function_word(toks[i - 1]):
        name = _name_backward(toks, i - 1)
        if name is not None:
            return name.start
    return toks[j].start


def _of_head(toks: list[_Tok], j: int) -> int:
    """The speaker noun before ``of`` in a phrase ending at ``toks[j]`` (``mother of three``)."""
    for i in range(j - 1, max(0, j - OF_OBJECT_MAX_TOKENS - 1), -1):
        if toks[i].low == "of":
            head = toks[i - 1]
            return i - 1 if head.low in lexicon("speaker_people_nouns") else -1
        if not toks[i].text[0].isalnum():
            break
    return -1


def _mention_forward(toks: list[_Tok], k: int, *, names_only: bool = False) -> _Mention | None:
    """The mention that starts at ``toks[k]`` (after an inverted verb, ``according to``, a dash)."""
    if k >= len(toks):
        return None
    tok = toks[k]
    if not names_only and tok.low in _pronouns():
        return _Mention(tok.start, tok.end, "pronoun")
    if _is_cap(tok) and tok.low not in lexicon("speaker_determiners"):
        return _name_forward(toks, k)
    if names_only:
        return None
    if tok.low not in lexicon("speaker_determiners"):
        if tok.low in lexicon("speaker_people_nouns"):
            return _role_then_name(toks, k) or _Mention(tok.start, tok.end, "phrase")
        return _modified_name(toks, k)
    return _phrase_forward(toks, k)


def _modified_name(toks: list[_Tok], k: int) -> _Mention | None:
    """``said former Sen. X``, ``said 9/11 widow X``: a name after a few lower-case modifiers.

    A capitalised word that a lower-case one follows is a modifier too (``longtime GOP
    strategist X``); the name is the capitalised run that ends the phrase.
    """
    j = k
    while j < min(len(toks), k + MODIFIER_MAX_TOKENS + 2):
        tok = toks[j]
        if _is_cap(tok):
            if _is_function_word(tok) and not _is_title(tok):
                return None
            name = _name_forward(toks, j)
            if name is None:
                return None
            j = next((n for n in range(j, len(toks)) if toks[n].start >= name.end), len(toks))
            if j >= len(toks) or not toks[j].text[0].islower() or _is_verb(toks[j]):
                return name
            continue
        if not (tok.text[0].isalnum() or tok.text == "/") or _is_verb(tok):
            return None
        if tok.low in lexicon("speaker_phrase_stops") or tok.low in lexicon("speaker_stopwords"):
            return None
        j += 1
    return None


def _is_title(tok: _Tok) -> bool:
    return _bare(tok.low) in _titles()


def _phrase_forward(toks: list[_Tok], k: int) -> _Mention | None:
    """``the company``, ``a spokesman``: a determiner and up to a few words ending in a noun."""
    j = k + 1
    while j < len(toks) and j - k <= PHRASE_MAX_TOKENS and toks[j].text[0].isalnum():
        if toks[j].low in lexicon("speaker_phrase_stops") or _is_verb(toks[j]):
            break
        if j > k + 1 and _past_after_head(toks[j - 1], toks[j]):
            break  # "the council issued a statement": the phrase ends before its verb
        j += 1
    if j == k + 1:
        return None
    j = _joined_name_end(toks, j)
    if j + 1 < len(toks) and toks[j].text == ",":
        name = _name_forward(toks, j + 1)
        if name is not None:
            return name  # "la directrice, Hélène Vasseur"
    if not _is_head(toks[j - 1]):
        return None
    return _Mention(toks[k].start, toks[j - 1].end, "phrase")


def _joined_name_end(toks: list[_Tok], j: int) -> int:
    """Where a phrase ending before ``toks[j]`` ends if a name goes on over ``toks[j]``.

    ``the event organizer Alliance to Reclaim Our Schools``: a word of
    ``data/speaker_name_joiners.txt`` between a capitalised word and another capitalised
    word that is no stop word (a title may be: ``Department of Justice``) joins one name, which goes on over capitalised words (stop
    words too: ``Our``) and further joiners.
    """
    while (
        j + 1 < len(toks)
        and toks[j].low in lexicon("speaker_name_joiners")
        and _is_cap(toks[j - 1])
        and _is_cap(toks[j + 1])
        and toks[j + 1].low not in lexicon("speaker_stopwords")
    ):
        j += 1
        while j < len(toks) and _is_cap(toks[j]) and toks[j].text.isalpha():
            j += 1
    return j


def _past_after_head(head: _Tok, tok: _Tok) -> bool:
    """A lower-case ``-ed`` word right after a head noun is the phrase's verb (``groups granted``)."""
    return tok.text[0].islower() and len(tok.low) > 4 and tok.low.endswith("ed") and _is_head(head)


def _is_head(tok: _Tok) -> bool:
    """Whether a noun phrase ending in ``tok`` can name a speaker (``the company``, ``the Times``)."""
    low = tok.low
    return (
        low in lexicon("speaker_people_nouns")
        or low in lexicon("speaker_organizations")
        or low in _titles()
        or (tok.text[0].isupper() and not _is_function_word(tok))
    )


def _may_be_surname(tok: _Tok) -> bool:
    """A title word that ends a run of titles can be a name (``Mr. King``, ``Ms. Judge``)."""
    low = tok.low
    return (
        tok.text[-1] != "."
        and low in _titles()
        and low not in lexicon("speaker_stopwords")
        and low not in _pronouns()
    )


def _name_forward(toks: list[_Tok], k: int) -> _Mention | None:
    i = k
    while i < len(toks) and _is_function_word(toks[i]) and _is_cap(toks[i]):
        i += 1
    if i > k and (i >= len(toks) or not _is_cap(toks[i])) and _may_be_surname(toks[i - 1]):
        return _Mention(toks[i - 1].start, toks[i - 1].end, "name")  # Mr. King, 82, told me
    if i >= len(toks) or not _is_cap(toks[i]) or toks[i].text == "&":
        return None
    j = i
    while j + 1 < len(toks) and (
        (_is_cap(toks[j + 1]) and not _is_function_word(toks[j + 1]))
        or (_is_particle(toks, j + 1) and j + 2 < len(toks) and _is_cap(toks[j + 2]))
        or _title_before_name(toks, j + 1)
        or _role_before_name(toks, j + 1)
        or (j == i and _title_as_surname(toks, j + 1))
    ):
        j += 1
    if toks[j].text == "&":
        j -= 1
    return _Mention(toks[i].start, toks[j].end, "name")


def _title_as_surname(toks: list[_Tok], k: int) -> bool:
    """``Charlie King, a prominent New York Democrat``: a title word that is a surname.

    After a first name of ``data/first_names.txt``, a title written as a word (``King``,
    ``Bishop``; no abbreviation, no acronym) that ends the run is the person's surname:
    a title stands before the name it goes with, not after it (``Citizens for Tax
    Justice`` keeps its title).
    """
    tok = toks[k]
    return (
        _may_be_surname(tok)
        and tok.text[1:].islower()
        and (k + 1 >= len(toks) or not _is_cap(toks[k + 1]))
        and toks[k - 1].low in _table("first_names")
    )


def _title_before_name(toks: list[_Tok], k: int) -> bool:
    """A title inside a run, a name after it: ``Navy Secretary Oren Falk`` reads on."""
    return (
        _is_cap(toks[k])
        and _is_title(toks[k])
        and k + 1 < len(toks)
        and _is_cap(toks[k + 1])
        and not _is_function_word(toks[k + 1])
    )


def _role_before_name(toks: list[_Tok], k: int) -> bool:
    """Whether lower-case role words at ``toks[k]`` lead on to a name inside a run.

    ``Clinton spokesman Jesse Lehrich`` and ``IMF chief economist Maury Obstfeld`` read on
    to the name, and so does ``Tulsa police Chief Chuck Jordan``, a title between the role
    words and the name. Role words are titles and person nouns (``data/speaker_titles.txt``,
    ``data/speaker_people_nouns.txt``), at most :data:`MODIFIER_MAX_TOKENS` of them.
    """
    j = _lower_roles_end(toks, k)
    return (
        k < j < len(toks)
        and _is_cap(toks[j])
        and (not _is_function_word(toks[j]) or _title_before_name(toks, j))
    )


def _lower_roles_end(toks: list[_Tok], k: int) -> int:
    """Index after the lower-case role words at ``toks[k]``, at most :data:`MODIFIER_MAX_TOKENS`."""
    j = k
    while j < len(toks) and j - k < MODIFIER_MAX_TOKENS and _is_lower_role(toks[j]):
        j += 1
    return j


def _is_lower_role(tok: _Tok) -> bool:
    """A role word written in lower case (``spokesman``, ``chief``, ``host``)."""
    return _is_lower_role_word(tok.text, tok.low)


def _is_lower_role_word(word: str, low: str) -> bool:
    """:func:`_is_lower_role` of a word and its case-folded form."""
    return word[0].islower() and (_bare(low) in _titles() or low in lexicon("speaker_people_nouns"))


def _role_then_name(toks: list[_Tok], k: int) -> _Mention | None:
    """The name after lower-case role words at ``toks[k]``, titles skipped.

    ``said spokesman John Smith``, ``panel Chairman Rep. Jason Chaffetz said``.
    """
    j = _lower_roles_end(toks, k)
    if j == k or j >= len(toks) or not _is_cap(toks[j]):
        return None
    return _name_forward(toks, j)


def _name_after_roles(name: str) -> str:
    """The name at the end of a run read through role words (see :func:`_role_before_name`).

    ``Clinton spokesman Jesse Lehrich`` is Jesse Lehrich. Titles between the role words and the name go too (``panel Chairman Rep. Jason
    Chaffetz``), and so does an owner before a full name (``NBC's Dante Chinni``); any other
    run is returned as it is.
    """
    words = name.split()
    last = -1
    for i, word in enumerate(words[:-1]):
        if _is_lower_role_word(word, word.casefold()):
            last = i
        elif word.endswith(_POSSESSIVE) and len(words) - i > 2:
            last = i  # "NBC's Dante Chinni"
    if last < 0:
        return name
    rest = words[last + 1 :]
    while len(rest) > 1 and _bare(rest[0].casefold()) in _titles():
        rest = rest[1:]
    return " ".join(rest)


# ---------------------------------------------------------------- names of the text


_Run = tuple[str, str | None, bool, str]
"""What a run of capitalised words gives: its name, gender, whether it is an organisation,
and the word a later mention of it is written as (see :func:`_read_run`)."""


def _names(text: str, lo: int, hi: int) -> list[tuple[_Known, str]]:
    """Every name of two or more words ``text[lo:hi]`` introduces, in order.

    Each with the word a later mention of it is written as: its last word, an
    organisation's first.
    """
    runs: list[tuple[int, _Run]] = []
    read: dict[str, _Run | None] = {}  # a name is often written again
    vocabulary = (_titles(), lexicon("speaker_stopwords"), _pronouns())
    for m in _name_run(text, lo, hi).finditer(text, lo, hi):
        run = m.group()
        if run not in read:
            read[run] = _read_run(run, *vocabulary)
        name = read[run]
        if name is not None:
            start = m.start()
            if text.startswith("of ", start - 3):
                name = _without_office(text, start, name)
            runs.append((start, name))
    if not runs:
        return []
    ends = [start for start, _ in runs[1:]] + [hi]
    return [
        (_new_tuple(_Known, (name, start, org, gender, until)), word)
        for (start, (name, gender, org, word)), until in zip(runs, ends, strict=True)
    ]


def _read_run(
    run: str, titles: Mapping[str, str], stops: frozenset[str], pronouns: Mapping[str, str]
) -> _Run | None:
    """:func:`_name_of_run`, :func:`_is_org` and the word a later mention of the name is.

    Most runs hold no title first, no stop word or pronoun, no possessive before their last
    word, and single blanks (``Yann LeCun``): then the name is the whole run, and its words
    are read only once.
    """
    lows = run.casefold().split()  # word for word: folding makes and removes no white space
    if (
        lows[0].rstrip(".") not in titles
        and stops.isdisjoint(lows)
        and pronouns.keys().isdisjoint(lows)
        and "  " not in run
        and "\t" not in run
        and "'s " not in run
        and "’s " not in run  # a possessive inside the run cuts it (see _name_of_run)
    ):
        name = _clean(run)  # _name_of_run would keep every word: run.split() joined is run
        if len(name) < len(run):
            lows = name.casefold().split()
        org = "&" in name or not lexicon("speaker_organizations").isdisjoint(lows)
        # single blanks, and cleaning cuts no word off: the first and last words by one find
        return name, None, org, name[: name.find(" ")] if org else name[name.rfind(" ") + 1 :]
    found = _name_of_run(run, titles, stops, pronouns)
    if found is None:
        return None
    name, gender = found
    org = _is_org(name)
    words = name.split()
    return name, gender, org, words[0] if org else words[-1]


def _without_office(text: str, start: int, run: _Run) -> _Run:
    """``Secretary of State Jon Husted``: the name of a run that follows a title and ``of``.

    The run's first words name the office (``State``, ``Homeland Security``), not the
    person: they are dropped up to a first name of ``data/first_names.txt`` (``John F.
    Kerry``), else up to the last two words (three when the middle one is an initial),
    when the run has more.
    """
    before = text[max(0, start - 40) : start - 3].split()[-1:]
    if not before or before[0].casefold().rstrip(".") not in _titles():
        return run
    name, gender, _, word = run
    words = name.split()
    if len(words) < 3:
        return run
    first = next(
        (i for i in range(1, len(words) - 1) if words[i].casefold() in _table("first_names")),
        len(words) - (3 if len(words[-2].rstrip(".")) == 1 else 2),
    )
    if first <= 0:
        return run
    rest = " ".join(words[first:])
    return rest, gender, _is_org(rest), word


def _name_run(text: str, lo: int, hi: int) -> LazyPattern:
    """:data:`NAME_RUN`, or its standard-library twin when ``text[lo - 1:hi]`` is plain.

    The look-behind reads the character before ``lo``; ``str.isascii`` costs nothing.
    """
    if text.isascii() or NOT_PLAIN.search(text, max(lo - 1, 0), hi) is None:
        return PLAIN_NAME_RUN
    return NAME_RUN


def _name_of_run(
    run: str, titles: Mapping[str, str], stops: frozenset[str], pronouns: Mapping[str, str]
) -> tuple[str, str | None] | None:
    """The name a run of capitalised words gives (titles and stop words off), and its gender.

    ``titles``, ``stops`` and ``pronouns`` are the lexicons of titles, stop words and
    pronouns, looked up once by the caller for all the runs of a text.
    """
    words = run.split()
    lows = run.casefold().split()  # word for word: folding makes and removes no white space
    size = len(words)
    first = 0
    gender = None
    while first < size and lows[first].rstrip(".") in titles:
        gender = titles[lows[first].rstrip(".")] or gender
        first += 1
    while first < size and lows[first] in stops:
        first += 1
    last = first
    while last < size and lows[last] not in stops and lows[last] not in pronouns:
        if lows[last].endswith(_POSSESSIVE) and last + 1 < size:
            if last - first >= 1:  # "Donald Trump's Campaign": the owner's name
                last += 1
                break
            first = last + 1  # "NBC's Dante Chinni", "Sunday's Sept": the words after it
        last += 1
    if last - first < 2:  # a name has two words at least
        return None
    return _clean(" ".join(words[first:last])), gender or None


def _gender_after(text: str, known: _Known) -> str | None:
    """The gender of the first ``he``/``she`` soon after a name's first mention, if any."""
    begin = known.start + len(known.text)
    stop = max(begin, min(known.until, begin + GENDER_WINDOW_CHARS))
    blank = text.find("\n\n", begin, stop)  # only the name's own paragraph speaks of it
    stop = stop if blank < 0 else blank
    m = PRONOUN_AFTER.search(text, begin, stop)
    if m is None:
        return None
    return "male" if m.group("m") else "female"


def _mentions(
    text: str, quotes: Sequence[Quote], by_word: dict[str, list[_Known]], bounds: tuple[int, int]
) -> list[tuple[int, _Known]]:
    """Every later mention of a known name outside quotations (``LeCun``), in order."""
    inside = [(s.start, s.end) for q in quotes for s in q.segments]
    starts = [a for a, _ in inside]
    out: list[tuple[int, _Known]] = []
    hits = sorted((pos, word) for word in by_word for pos in _word_hits(text, word, *bounds))
    # _nearest by bisection: each word's names are in text order (and a word has one at least)
    introduced = {word: [known.start for known in names] for word, names in by_word.items()}
    for pos, word in hits:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and inside[k][1] > pos:
            continue
        names = by_word[word]
        before = bisect.bisect_right(introduced[word], pos)
        out.append((pos, names[before - 1] if before else names[0]))
    return out


def _word_hits(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where :data:`CAP_WORD` would match exactly ``word`` in ``text[lo:hi]``.

    Found with ``str.find`` (a handful of known words is far cheaper to look for than every
    capitalised word), then held to the pattern's own bounds: no letter, digit, apostrophe
    or hyphen before, no letter or hyphen after.
    """
    if not _is_cap_word(word):
        return []
    out = []
    size = len(word)
    pos = text.find(word, lo, hi)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        after = text[pos + size] if pos + size < hi else " "
        if not (before in _ASCII_JOINS or (before >= "\x80" and _joins_before(before))) and not (
            after in _ASCII_CONTINUES or (after >= "\x80" and _continues(after))
        ):
            out.append(pos)
        pos = text.find(word, pos + 1, hi)
    return out


def _is_cap_word(word: str) -> bool:
    """Whether :data:`CAP_WORD` matches all of ``word`` (an ASCII word is read directly)."""
    if word.isascii():
        return "A" <= word[0] <= "Z" and word.replace("-", "a").isalpha()
    return CAP_WORD.fullmatch(word) is not None


def _joins_before(ch: str) -> bool:
    """Whether ``ch`` matches :data:`~newsparse._quote_patterns.CAP_WORD_BEFORE`.

    An ASCII character is read directly (a pattern call costs about a microsecond).
    """
    if ch < "\x80":
        return ch.isalnum() or ch in "'-"
    return CAP_WORD_BEFORE.match(ch) is not None


def _continues(ch: str) -> bool:
    """Whether ``ch`` matches :data:`~newsparse._quote_patterns.CAP_WORD_TAIL` (ASCII read directly)."""
    if ch < "\x80":
        return ch.isalpha() or ch == "-"
    return CAP_WORD_TAIL.match(ch) is not None


@functools.lru_cache(maxsize=4096)
def _person_like(name: str) -> bool:
    """Whether a name may be a person's, for ``he`` or ``she`` to stand for or as a subject.

    Not a place (``data/speaker_places.txt``: ``North Korea``, ``New Jersey``, ``Md``) nor a
    name whose last word names a thing (``data/speaker_thing_heads.txt``: ``Affordable Care
    Act``, ``Pell Grants``, ``National Mall``).
    """
    low = name.casefold()
    words = low.split()
    if not words:
        return False
    return low not in lexicon("speaker_places") and (
        words[-1].strip(".,") not in lexicon("speaker_thing_heads")
    )


@functools.cache
def _gendered_titles() -> re.Pattern[str]:
    """A gendered title, capitalised, then the capitalised word after it (group 2).

    ``Mr. Obama``, ``Mrs Clinton``, ``Congresswoman Ruiz``: the titles of
    ``data/speaker_titles.txt`` that record a gender. An alternation of fixed words, an
    optional full stop, one to three spaces and a bounded word: linear.
    """
    titles = sorted(
        (t for t, gender in _table("speaker_titles").items() if gender and t.isalpha()),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(t.capitalize()) for t in titles)
    return re.compile(rf"\b({alternatives})\.?[ \u00a0]{{1,3}}([A-Z][\w'’-]{{0,40}})")


def _nearest(known: list[_Known], pos: int) -> _Known | None:
    """The latest of ``known`` introduced before ``pos``, else the first after it."""
    if len(known) == 1:
        return known[0]
    before = [k for k in known if k.start <= pos]
    if before:
        return before[-1]
    return known[0] if known else None


def _fits(known: _Known, words: list[str]) -> bool:
    kw = known.text.split()
    return kw[-len(words) :] == words or (known.org and kw[: len(words)] == words)


def _clean(name: str) -> str:
    if name.endswith(("'s", "’s")):
        return name[:-2]
    return name.rstrip(".,")


def _is_org(name: str) -> bool:
    if "&" in name:
        return True
    orgs = lexicon("speaker_organizations")  # case folding makes and removes no white space
    return not orgs.isdisjoint(name.casefold().split())
