"""Quotes and speakers: each shortcut gives exactly what the code or pattern it replaces gives."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import quotes
from newsparse._lexicon import lexicon
from newsparse._quote_patterns import NAME_RUN, PLAIN_NAME_RUN, PLAIN_PUNCTUATION
from newsparse.models import Quote, QuoteKind, Span
from newsparse.speakers import (
    _Doc,
    _is_org,
    _name_of_run,
    _name_run,
    _pronouns,
    _read_run,
    _scare,
    _titles,
    _tokens,
)

from .strategies import hostile_texts, ranges_of

_SPANS = st.builds(Span, text=st.text(max_size=5), start=st.integers(0, 9), end=st.integers(0, 9))
_QUOTES = st.builds(
    Quote,
    text=st.text(max_size=5),
    segments=st.lists(_SPANS, max_size=2).map(tuple),
    speaker=st.none() | st.text(max_size=5),
    speaker_mention=st.none() | _SPANS,
    cue=st.none() | _SPANS,
    kind=st.sampled_from(QuoteKind),
    paragraph=st.integers(0, 9),
)


def test_quote_fields_are_those_built_directly() -> None:
    """The speakers stage builds quotes field by field: a new field must be added there too."""
    names = [f.name for f in attrs.fields(Quote)]
    assert names == ["text", "segments", "speaker", "speaker_mention", "cue", "kind", "paragraph"]


@settings(max_examples=100, deadline=None)
@given(_QUOTES)
def test_scare_is_evolve(quote: Quote) -> None:
    """``_scare`` is ``attrs.evolve`` with the scare kind."""
    assert _scare(quote) == attrs.evolve(quote, kind=QuoteKind.SCARE)


_PARTICLES = ["de", "van", "von", "der", "da", "di", "du", "bin", "al", "la", "le", "&"]
_NAME_PIECES = st.sampled_from(
    [
        *["Lee", "O'Neil", "D’Arcy", "Smith", "Mr.", "Mrs", "Sen.", "J.", "A.B", "Lee's", "Zoë"],
        *["Élodie", "E\u0301lodie", "É", "ǅ", "Ⓐ", "x\u0301", "1", "²", "a", "the", "X" * 41],
        *_PARTICLES,
        *[f" {word} " for word in _PARTICLES],
    ]
)
_NAME_GAPS = st.sampled_from(
    [" ", " ", "", "", "  ", "   ", "\t", " \t", ",", ", ", "\n", ".", "(", "-", "’", "“", "—"]
)
_NAMEISH_TEXTS = st.lists(st.tuples(_NAME_PIECES, _NAME_GAPS).map("".join), max_size=12).map(
    "".join
)
"""Capitalised words, initials, titles and particles, with blanks or other characters between:
plain text and text with other letters, marks and digits alike."""


def _runs(pattern: Any, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, hi)]


@settings(max_examples=500, deadline=None)
@given(_NAMEISH_TEXTS, st.data())
def test_name_runs_are_name_run(text: str, data: st.DataObject) -> None:
    """The pattern _names scans with finds NAME_RUN's runs, in the whole text or any range."""
    lo, hi = 0, len(text)
    if data.draw(st.booleans()):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
    assert _runs(_name_run(text, lo, hi), text, lo, hi) == _runs(NAME_RUN, text, lo, hi)


_TITLES = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Rev",
    "Prof",
    "Jr",
    "Sr",
]
_PLAIN_PIECES = st.sampled_from(
    [
        *[f"{title}." for title in _TITLES],
        *["Mx.", "Sn.", "Cap.", "MR.", "Mrs", "Drs.", "DR.", "S.", "Lee", "O'Neil", "D’Arcy"],
        *["Smith", "J.", "A.B", "Lee's", "Lee-", "a", "the", "1", "X" * 40, "Y" * 41, "Z" * 50],
        *_PARTICLES,
        *[f" {word} " for word in _PARTICLES],
    ]
)
_PLAIN_GAPS = st.sampled_from(
    [" ", " ", "", "", "  ", "   ", "\t", " \t", ",", ", ", "\n", ".", "(", "-", *PLAIN_PUNCTUATION]
)
_PLAIN_TEXTS = st.lists(st.tuples(_PLAIN_PIECES, _PLAIN_GAPS).map("".join), max_size=12).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(_PLAIN_TEXTS, st.data())
def test_plain_name_run_on_plain_text(text: str, data: st.DataObject) -> None:
    """On plain text the standard-library twin finds NAME_RUN's runs, in any range."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _runs(PLAIN_NAME_RUN, text, lo, hi) == _runs(NAME_RUN, text, lo, hi)


_NAME_RUN_EDGES = [
    *[f"Lee {word} Smith" for word in _PARTICLES],
    *["E\u0301lodie Lee", "D’Arcy Lee", "O'Neil Lee", "Mr. Lee", "J. Lee", "Lee\tSmith"],
    *["Lee  Smith", "Lee   Smith", "Lee-Ann Smith", "U.S. Lee", "Lee's Smith", "Lee é Smith"],
    *["éLee Smith", "²Lee Smith", "Lee Smithé", "Lee É", "“Lee Smith”", "Zoë Lee", "Zed Lee"],
    *["Lee J.a", "Lee J.é", "Lee J.", "1Lee Smith", "aLee Smith", "Lee 1Smith", "Lee Z"],
    *["AMr. Smith", "XJ. Smith", "ÉMr. Smith", "a-Mr. Smith"],
]


@pytest.mark.parametrize(
    "text",
    [
        *_NAME_RUN_EDGES,
        *[f"Lee {title}. Smith" for title in _TITLES],
        "X" * 40 + " Lee",
        "X" * 42 + " Lee",
    ],
)
@pytest.mark.parametrize("lo", [0, 1])
def test_name_run_edges(text: str, lo: int) -> None:
    """Particles, titles, blanks and letters outside ASCII next to a run, one at a time."""
    hi = len(text)
    assert _runs(_name_run(text, lo, hi), text, lo, hi) == _runs(NAME_RUN, text, lo, hi)


def test_plain_punctuation_is_no_letter_mark_or_digit() -> None:
    """Plain text holds no letter, mark or digit besides ASCII ones."""
    assert not regex.findall(r"[\p{L}\p{M}\p{N}]", PLAIN_PUNCTUATION)


@settings(max_examples=100, deadline=None)
@given(hostile_texts())
def test_name_runs_of_hostile_text(text: str) -> None:
    """The same on hostile text."""
    hi = len(text)
    assert _runs(_name_run(text, 0, hi), text, 0, hi) == _runs(NAME_RUN, text, 0, hi)


_RUN_WORDS = st.sampled_from(
    [
        *["Lee", "Smith", "Smith's", "Smith’s", "J.", "Jr.", "Mr.", "Mr", "Mayor", "Dr.", "Ms"],
        *["The", "And", "I", "He", "She", "It", "Who", "Party", "University", "Corp.", "&"],
        *["Hollis", "de", "van", "É", "Ⓐ", "Lee,", "Sir", "Lady", "Police", "In", "Today"],
        *["Elle", "Sie", "Er"],
    ]
)
_RUNS = st.lists(st.tuples(_RUN_WORDS, st.sampled_from([" ", " ", " ", "  ", "\t"])), min_size=2)


def _read_run_definition(run: str) -> tuple[str, str | None, bool, str] | None:
    """What _names read from a run before: _name_of_run, _is_org, the key word split off."""
    found = _name_of_run(run, _titles(), lexicon("speaker_stopwords"), _pronouns())
    if found is None:
        return None
    name, gender = found
    words = name.split()
    return name, gender, _is_org(name), words[0] if _is_org(name) else words[-1]


@settings(max_examples=500, deadline=None)
@given(_RUNS.map(lambda pairs: "".join(w + gap for w, gap in pairs).rstrip(" \t")))
def test_read_run_is_its_definition(run: str) -> None:
    """The whole-run shortcut reads a name, gender, kind and key word as the general path does."""
    want = _read_run_definition(run)
    assert _read_run(run, _titles(), lexicon("speaker_stopwords"), _pronouns()) == want


_TOKEN_PIECES = st.sampled_from(
    [
        *["said", "Lee", "U.S.", "Mr.", "O'Neil", "rock-'n'", "é\u0301", "4.5", "x.", "...", ","],
        *[" ", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "“", "”", '"', "(", ")", "—", ".", ";"],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=40).map("".join), st.data())
def test_windows_made_from_other_windows(text: str, data: st.DataObject) -> None:
    """Each window's tokens are those cut from it alone, whatever windows were cut before.

    Windows are drawn from a few positions, so that many share a start or an end.
    """
    blanks = [i + step for i, ch in enumerate(text) if ch.isspace() for step in (0, 1)]
    anywhere = st.integers(0, len(text))
    points = data.draw(
        st.lists(st.sampled_from(blanks) | anywhere if blanks else anywhere, min_size=1, max_size=5)
    )
    doc = _Doc(text)
    for _ in range(8):
        start, end = sorted(data.draw(st.tuples(st.sampled_from(points), st.sampled_from(points))))
        assert doc.tokens(start, end) == _tokens(text, start, end)


def _marks_definition(text: str, start: int, end: int) -> list[quotes._Mark]:
    """The quotes stage's marks with every candidate's role read by _role (no shortcut)."""
    out: list[quotes._Mark] = []
    tags = quotes._tags(text, start, end)
    for pos, stop in quotes._mark_spans(text, start, end):
        if tags and quotes._inside(tags, pos):
            continue
        if stop - pos > 2:
            out.extend(quotes._apostrophe_run(text, pos, stop, start, end))
            continue
        glyph = text[pos:stop]
        role = quotes._role(text, pos, stop, glyph, start, end)
        if role != quotes._NONE:
            out.append(quotes._Mark(pos, stop, quotes._FAMILY[glyph], role))
    return out


_MARK_PIECES = st.sampled_from(
    [
        *["don't", "Clinton’s", "'90s", "rock 'n' roll", "players'", "5'10", "O'Brien", "é’s"],
        *["'", "’", "‘", '"', "“", "”", "''", "``", " ", "\n", "a", "1", "é", "(", ".", "-", "<b>"],
    ]
)


@settings(max_examples=400, deadline=None)
@given(ranges_of(st.lists(_MARK_PIECES, max_size=20).map("".join)))
def test_marks_are_their_definition(case: tuple[str, int, int]) -> None:
    """Skipping apostrophes inside words changes no mark or role, in any range of any text."""
    assert quotes._marks(*case) == _marks_definition(*case)
