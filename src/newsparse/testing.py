"""Hypothesis strategies for testing code that uses newsparse (needs ``hypothesis``).

>>> import newsparse
>>> from hypothesis import given
>>> from newsparse.testing import article_texts
>>> @given(article_texts())
... def test_my_pipeline(text):
...     article = newsparse.parse(text)
...     assert article.title

Strategies:

* :func:`article_texts` — well-formed article text in the canonical layout (header, title,
  subtitle, repeat, byline, body, trailer, each optional where the format allows);
* :func:`dump_texts` — several such articles in one text;
* :func:`hostile_texts` — anything a scraper might save: quote marks, stray headers, line
  breaks of every style, control characters, long digit runs;
* :func:`with_newlines` — re-write a text's line breaks as ``\\n``, ``\\r\\n`` or ``\\r``.
"""

from __future__ import annotations

import string

from hypothesis import strategies as st

__all__ = ["article_texts", "dump_texts", "hostile_texts", "with_newlines"]

_FIRST = ["Anna", "Ilse", "Marek", "Noor", "Théo", "Joaquín", "Mei-Lin", "Ruth", "Samuel"]
_LAST = ["Lindqvist", "Marchetti", "Okonjo", "Haddadin", "Ferreira", "Vasquez-Hale", "Pike"]
_WORDS = [
    "council",
    "vote",
    "ferry",
    "island",
    "harbour",
    "plan",
    "budget",
    "water",
    "energy",
    "price",
    "town",
    "school",
    "report",
    "study",
    "team",
    "river",
    "road",
    "winter",
    "market",
    "company",
    "workers",
    "court",
    "law",
    "data",
    "year",
    "people",
    "city",
]
_CATEGORIES = ["Politics", "World News", "Science", "Business", "Health", "Sport", "Culture"]
_SEPARATORS = [" | ", " · ", " • ", " — ", " - "]
_DATES = [
    "February 11, 2025",
    "Feb. 11, 2025 10:32 AM ET",
    "11 March 2025",
    "2025-02-11",
    "2025-02-11T10:32:00Z",
    "Jan 26, 2025",
]
_TRAILERS = [
    "Reporting by Anna Pike; Editing by Ruth Okonjo",
    "Read more: the full report",
    "Additional reporting by Samuel Ferreira",
]


def _sentence(min_words: int = 4, max_words: int = 14) -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words)
    return words.map(lambda ws: (" ".join(ws)).capitalize() + ".")


def _paragraph() -> st.SearchStrategy[str]:
    return st.lists(_sentence(), min_size=1, max_size=4).map(" ".join)


def _name() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join)


@st.composite
def _header(draw: st.DrawFn) -> str:
    category = draw(st.sampled_from(_CATEGORIES))
    extras = draw(st.lists(st.sampled_from(["Energy", "Retail", "Space"]), max_size=2))
    sep = draw(st.sampled_from(_SEPARATORS))
    minutes = draw(st.integers(1, 30))
    unit = draw(st.sampled_from(["min", "mins", "minute", "minutes", "min."]))
    return sep.join([category, *extras]) + f"{sep}{minutes} {unit} read"


@st.composite
def _byline(draw: st.DrawFn) -> list[str]:
    lines = []
    names = draw(st.lists(_name(), min_size=1, max_size=3, unique=True))
    lines.append("By " + " and ".join(names))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(_DATES)))
    if draw(st.booleans()):
        lines.append("Updated: " + draw(st.sampled_from(_DATES)))
    return lines


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """A well-formed article in the canonical layout (``\\n`` breaks, single blank lines)."""
    blocks: list[str] = []
    if draw(st.booleans()):
        blocks.append(draw(_header()))
    title = draw(_sentence(3, 9)).rstrip(".")
    blocks.append(title)
    repeat = draw(st.booleans())
    if draw(st.booleans()):
        blocks.append(draw(_sentence(6, 20)))
    if repeat:
        blocks.append(title.upper() if draw(st.booleans()) else title)
    if draw(st.booleans()):
        blocks.append("\n".join(draw(_byline())))
    blocks.extend(draw(st.lists(_paragraph(), min_size=2, max_size=6)))
    blocks.extend(draw(st.lists(st.sampled_from(_TRAILERS), max_size=2, unique=True)))
    return "\n\n".join(blocks)


@st.composite
def dump_texts(draw: st.DrawFn) -> str:
    """Several articles, each with a header, back to back after blank lines."""
    texts = draw(st.lists(article_texts(), min_size=1, max_size=4))
    header = draw(_header())
    parts = [t if t.split("\n", 1)[0].endswith(" read") else f"{header}\n\n{t}" for t in texts]
    return "\n\n".join(parts)


_HOSTILE_ALPHABET = (
    string.ascii_letters
    + string.digits
    + " \t\n\r\f\v.,;:!?-—–·•|()[]'\"“”‘’„«»‹›…$€£%&#@"
    + "\x00\x01\x1b\x7féàüßçñ日本"
)


def hostile_texts() -> st.SearchStrategy[str]:
    """Arbitrary text with the characters that trouble article parsers.

    Fragments of the format (headers, bylines, datelines, quote marks) are spliced in.
    """
    fragments = st.sampled_from(
        [
            "3 min read",
            "technology73 min read",
            "By ",
            "Updated: ",
            "PARIS (AP) — ",
            "\n\n",
            "\r\n",
            '"',
            "“",
            "”",
            "«",
            "»",
            "---",
            "2 hours ago",
            "Feb. 11, 2025 10:32 AM ET",
            "Reporting by ",
            " said.",
            "'",
            "''",
            "\u2028",
            "9" * 12 + " min read",
        ]
    )
    pieces = st.lists(st.one_of(st.text(_HOSTILE_ALPHABET, max_size=30), fragments), max_size=30)
    return pieces.map("".join)


def with_newlines(text: str, newline: str) -> str:
    """``text`` with every line break written as ``newline`` (``\\n``, ``\\r\\n`` or ``\\r``).

    >>> with_newlines("a\\r\\nb\\rc\\nd", "\\n")
    'a\\nb\\nc\\nd'
    """
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    return lf.replace("\n", newline)
