"""Every hypothesis strategy the tests use (the public ones live in newsparse.testing)."""

from __future__ import annotations

from hypothesis import strategies as st

from newsparse.testing import article_texts, dump_texts, hostile_texts, with_newlines

__all__ = ["any_texts", "article_texts", "dump_texts", "hostile_texts", "newlines", "with_newlines"]

newlines = st.sampled_from(["\n", "\r\n", "\r"])
"""The three line-break styles."""


def any_texts() -> st.SearchStrategy[str]:
    """Well-formed articles, dumps and hostile text alike."""
    return st.one_of(article_texts(), dump_texts(), hostile_texts())
