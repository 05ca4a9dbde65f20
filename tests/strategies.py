"""Every hypothesis strategy the tests use (the public ones live in newsparse.testing)."""

from __future__ import annotations

from hypothesis import strategies as st

from newsparse.testing import article_texts, dump_texts, hostile_texts, with_newlines

__all__ = [
    "any_texts",
    "article_texts",
    "dump_texts",
    "hostile_texts",
    "line_soups",
    "newlines",
    "ranges_of",
    "texts_in_ranges",
    "with_newlines",
]

newlines = st.sampled_from(["\n", "\r\n", "\r"])
"""The three line-break styles."""


def any_texts() -> st.SearchStrategy[str]:
    """Well-formed articles, dumps and hostile text alike."""
    return st.one_of(article_texts(), dump_texts(), hostile_texts())


@st.composite
def ranges_of(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, int, int]:
    """``(text, start, end)``: a text drawn from ``texts`` and any range of it."""
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


def texts_in_ranges(characters: str, max_size: int) -> st.SearchStrategy[tuple[str, int, int]]:
    """``(text, start, end)``: a text made of ``characters`` and any range of it."""
    return ranges_of(st.text(alphabet=st.sampled_from(list(characters)), max_size=max_size))


_LINE_PIECES = [
    "a",
    "Said",
    " 3 min read",
    "READ",
    " ",
    "\t",
    "\xa0",
    "\u3000",
    "\x1f",
    "\x0b",
    "\f",
    "\x85",
    "\u2028",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "---",
    "***",
    "===",
    "-",
    "*",
]


def line_soups() -> st.SearchStrategy[str]:
    """Short texts of line breaks of every style, blank-looking white space, separator
    lines and header endings: where block and line tables can go wrong."""
    return st.lists(st.sampled_from(_LINE_PIECES), max_size=24).map("".join)
