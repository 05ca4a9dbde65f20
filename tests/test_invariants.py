"""Properties every parse must keep, on generated and hostile input."""

from __future__ import annotations

import contextlib
import functools
from typing import Any

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse

from .invariants import check_lines_owned, check_spans, without_offsets
from .strategies import any_texts, article_texts, dump_texts, hostile_texts, newlines, with_newlines

FAST = settings()  # the profile loaded in conftest.py decides the example count


@functools.cache
def _validator() -> Any:
    return jsonschema.Draft202012Validator(newsparse.json_schema())


def _parse_or_none(text: str) -> newsparse.Article | None:
    try:
        return newsparse.parse(text)
    except newsparse.ParseError:
        return None


@FAST
@given(any_texts())
def test_parse_raises_only_parse_error(text: str) -> None:
    """No input makes parse raise anything but ParseError."""
    _parse_or_none(text)


@FAST
@given(st.binary(max_size=300))
def test_parse_bytes_raises_only_parse_error(data: bytes) -> None:
    """No bytes make parse_bytes raise anything but ParseError."""
    with contextlib.suppress(newsparse.ParseError):
        newsparse.parse_bytes(data)


@FAST
@given(any_texts())
def test_every_span_slices_the_input(text: str) -> None:
    """Every span of the result is exactly the input slice it names."""
    article = _parse_or_none(text)
    if article is not None:
        check_spans(text, article)


@FAST
@given(st.one_of(dump_texts(), hostile_texts()))
def test_every_line_has_one_owner(text: str) -> None:
    """Every non-blank line of the input belongs to exactly one part of one article."""
    try:
        articles = list(newsparse.iter_articles(text))
    except newsparse.ParseError:
        return
    check_lines_owned(text, articles)


@FAST
@given(article_texts())
def test_render_parse_round_trip(text: str) -> None:
    """Canonical text renders back to itself, and parse(render(a)) == a."""
    article = newsparse.parse(text)
    assert newsparse.render(article) == text
    assert newsparse.parse(newsparse.render(article)) == article


@FAST
@given(any_texts(), newlines)
def test_line_break_style_does_not_matter(text: str, newline: str) -> None:
    """LF, CRLF and CR inputs give the same parts."""
    a = _parse_or_none(with_newlines(text, "\n"))
    b = _parse_or_none(with_newlines(text, newline))
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert without_offsets(newsparse.to_dict(a)) == without_offsets(newsparse.to_dict(b))


@FAST
@given(any_texts())
def test_parsing_is_deterministic(text: str) -> None:
    """Parsing the same input twice gives equal results."""
    assert _parse_or_none(text) == _parse_or_none(text)


@FAST
@given(any_texts())
def test_dict_round_trip_and_schema(text: str) -> None:
    """to_dict -> from_dict gives the article back, and the dict fits the JSON Schema."""
    article = _parse_or_none(text)
    if article is None:
        return
    d = newsparse.to_dict(article)
    assert newsparse.from_dict(d) == article
    _validator().validate(d)
