"""Sentence spans inside a paragraph.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote marks or brackets
after it) that is followed by white space and then a character that can open a sentence: an
upper-case letter, a digit, or an opening quote mark or bracket. Three traps are handled:

* **abbreviations**: a full stop after a word in ``data/abbreviations.txt`` (``Mr.``,
  ``Jan.``, ``Dr.``, ``a.m.``) never ends a sentence;
* **initials**: a full stop after one capital letter (``J. K. Rowling``) never ends one;
  after an initialism (``U.S.``, ``U.N.``) it does only when the next word usually starts a
  sentence (``The``, ``He``, ... from ``data/sentence_starters.txt``);
* **decimals**: ``4.6`` has no white space after its full stop, so it is never a candidate.

A ``?`` or ``!`` followed by a lower-case word (``"Why?" she asked.``) does not end the
sentence either.

>>> text = "Mr. Smith paid $4.6 million. The U.S. team won. “Why?” she asked."
>>> [s.text for s in split_sentences(text)]
['Mr. Smith paid $4.6 million.', 'The U.S. team won.', '“Why?” she asked.']
"""

from __future__ import annotations

from newsparse._lexicon import lexicon
from newsparse._patterns import SPLIT_ONLY_SPACE
from newsparse.models import Span

__all__ = ["sentence_breaks", "split_sentences", "terminator_runs"]

_OPENERS = "\"'“‘«„‚([¿¡—–-"
_WORD_STOPS = "\"'“‘«(["
_MAX_WORD = 40


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, offset: int = 0
) -> tuple[Span, ...]:
    """Sentence spans of ``text[start:end]``, with offsets into ``text`` plus ``offset``.

    White space around each sentence is left out; the spans cover every non-blank
    character of the range. ``offset`` shifts the spans, for text cut from a larger input.
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    while begin < stop and text[begin].isspace():
        begin += 1
    for close, nxt in sentence_breaks(text, start, stop):
        spans.append(Span(text=text[begin:close], start=begin + offset, end=close + offset))
        begin = nxt
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if begin < stop:
        spans.append(Span(text=text[begin:stop], start=begin + offset, end=stop + offset))
    return tuple(spans)


def sentence_breaks(
    text: str, start: int, stop: int, *, first: bool = False
) -> list[tuple[int, int]]:
    """Where sentences of ``text[start:stop]`` end and the next ones start, in order.

    Each pair is the end of a sentence (just past its terminators and closing marks) and the
    start of the next (its first non-space character); only the first pair when ``first``.
    A range holds one sentence more than it has breaks, so ``first`` answers whether it
    holds several without cutting them all.

    >>> sentence_breaks("Mr. Li left. He ran.  ", 0, 22)
    [(12, 13)]
    """
    breaks = []
    for mstart, mend in terminator_runs(text, start, stop):
        # What follows a run is white space, then the next sentence's first character.
        nxt = mend
        while nxt < stop and text[nxt].isspace():
            nxt += 1
        if nxt == stop:
            break  # only white space is left: the range's end closes the last sentence
        if _ends_sentence(text, mstart, mend, nxt, stop):
            breaks.append((mend, nxt))
            if first:
                break
    return breaks


_TERMINATORS = ".!?…"
_CLOSERS = "\"'”’»)]"


def terminator_runs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Candidate sentence ends: each match of ``_patterns.SENTENCE_END`` in ``text[start:stop]``.

    >>> terminator_runs("Hi!) Yes... no.x", 0, 16)
    [(2, 4), (8, 11)]

    The same runs, found with ``str.find`` (a C scan several times faster than any pattern
    engine on a character class) and checked in Python only where a terminator stands: a
    terminator not preceded by one opens a run, which takes every terminator and then every
    closing mark after it, and counts when white space or the end of the range follows.
    """
    block = text if start == 0 and stop == len(text) else text[start:stop]
    # Most texts end their sentences with full stops only: ``in`` (an operator costs a
    # fraction of a loop step or a method call) says when the other marks need a scan.
    several = "!" in block or "?" in block or "…" in block
    at: list[int] = []
    for mark in _TERMINATORS if several else ".":
        i = text.find(mark, start, stop)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1, stop)
    if several:
        at.sort()
    runs = []
    done = start
    for i in at:
        if i < done or (i > 0 and text[i - 1] in _TERMINATORS):
            continue
        j = i + 1
        while j < stop and text[j] in _TERMINATORS:
            j += 1
        while j < stop and text[j] in _CLOSERS:
            j += 1
        if j == stop or (text[j].isspace() and text[j] not in SPLIT_ONLY_SPACE):
            runs.append((i, j))
            done = j
    return runs


def _word_before(text: str, pos: int) -> str:
    """The token that ends at ``pos`` (at most 40 characters back).

    The usual token, letters and digits after a space, is cut with one ``str.rfind``; only
    another one is walked back character by character.
    """
    low = pos - _MAX_WORD if pos > _MAX_WORD else 0
    begin = text.rfind(" ", low, pos) + 1
    word = text[begin if begin > low else low : pos]
    if word.isalnum():
        return word  # no white space and no word stop inside
    i = pos
    while i > low and not text[i - 1].isspace() and text[i - 1] not in _WORD_STOPS:
        i -= 1
    return text[i:pos]


def _next_word(text: str, pos: int, stop: int) -> str:
    begin = pos
    while pos < stop and pos - begin < 30 and text[pos].isalpha():
        pos += 1
    return text[begin:pos]


def _ends_sentence(text: str, mstart: int, mend: int, nxt: int, stop: int) -> bool:
    """Whether the run ``text[mstart:mend]`` ends a sentence, the next one opening at ``nxt``."""
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if text[mstart] != ".":
        return True
    if mend - mstart > 1 and text[mstart + 1] in ".…":
        return True  # an ellipsis before a capital
    word = _word_before(text, mstart)
    if not word:
        return True
    if word.rstrip(".").casefold() in lexicon("abbreviations"):
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: J. K. Rowling
    if "." in word and all(len(p) <= 2 for p in word.split(".")):
        # An initialism such as U.S. ends a sentence only before a typical opener.
        return _next_word(text, nxt, stop).casefold() in lexicon("sentence_starters")
    return True
