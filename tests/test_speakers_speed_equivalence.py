"""Speakers: the stage's fast paths give exactly what the definitions they stand for give."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._quote_patterns import CAP_WORD, CAP_WORD_BEFORE, CAP_WORD_TAIL, TOKEN
from newsparse.speakers import _ASCII_CONTINUES, _ASCII_JOINS, _Tok, _tokens, _word, _word_hits

from .strategies import hostile_texts, ranges_of

_WORDS = st.sampled_from(["a", "Zé", "1", "ǅ", "é\u0301", "Mr", "U", "Del", "s"])
_JOINED = st.sampled_from([*".'’-&", "..", "--", ","])
_GLUED = st.sampled_from([*';:!?()[]"“”‘’«»—–…', "Ⓐ", "_"])
_CHUNKS = st.lists(
    st.one_of(_WORDS, st.tuples(_JOINED, _WORDS).map("".join), _JOINED, _GLUED), max_size=4
).map("".join)
_SPACES = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2009", ""] * 3 + ["\x1c"])


_WORDISH = st.lists(st.tuples(_CHUNKS, _SPACES).map("".join), max_size=12).map("".join)
"""Words, joiners, glued punctuation and white space."""


def _pattern_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The definition of the stage's tokens: TOKEN's matches, final full stops split off."""
    out: list[_Tok] = []
    for m in TOKEN.finditer(text, start, end):
        _word(out, text, m.group(), m.start())
    return out


@settings(max_examples=300, deadline=None)
@given(ranges_of(_WORDISH))
def test_tokens_are_the_pattern(case: tuple[str, int, int]) -> None:
    """The chunk-wise cutter gives exactly the pattern's tokens, in any range of any text."""
    assert _tokens(*case) == _pattern_tokens(*case)


@settings(max_examples=200, deadline=None)
@given(hostile_texts())
def test_tokens_of_hostile_text_are_the_pattern(text: str) -> None:
    """The same on hostile text, over the whole of it."""
    assert _tokens(text, 0, len(text)) == _pattern_tokens(text, 0, len(text))


def test_white_space_is_what_str_split_cuts_at() -> None:
    """``\\s`` of the standard library is ``str.isspace``, and only ``" "`` of it is printable.

    The cutter leans on both: a printable window is cut at ``" "`` alone, and any other one
    has its white space blanked by that pattern first.
    """
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    spaces = {c for c in every if c.isspace()}
    assert set(re.findall(r"\s", every)) == spaces
    assert {c for c in spaces if c.isprintable()} == {" "}


_NAMEISH = st.sampled_from(
    ["Lee", "LeCun", "Osei-Brandt", "Élodie", "A", "AB", "lee", "Lee's", "Leé"]
)
_AROUND = st.sampled_from([*" -'’aZ1é\u0301.,(“", "Lee", "O'", "\n"])


@settings(max_examples=300, deadline=None)
@given(_NAMEISH, st.data())
def test_word_hits_are_the_pattern(word: str, data: st.DataObject) -> None:
    """A known word is found exactly where CAP_WORD matches it, in any range of any text."""
    pieces = st.lists(st.one_of(st.just(word), _AROUND, _NAMEISH), min_size=1, max_size=12)
    text = "".join(data.draw(pieces))
    lo, hi = 0, len(text)
    if data.draw(st.booleans()):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
    want = [m.start() for m in CAP_WORD.finditer(text, lo, hi) if m.group() == word]
    assert _word_hits(text, word, lo, hi) == want


def test_ascii_sets_are_the_patterns() -> None:
    """The ASCII sets _word_hits reads are exactly the ASCII characters of CAP_WORD's bounds."""
    ascii_chars = [chr(c) for c in range(128)]
    assert {c for c in ascii_chars if CAP_WORD_BEFORE.match(c)} == _ASCII_JOINS
    assert {c for c in ascii_chars if CAP_WORD_TAIL.match(c)} == _ASCII_CONTINUES
