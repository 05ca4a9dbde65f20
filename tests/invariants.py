"""Checks shared by the property tests and the fuzz target."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from newsparse.lines import is_blank, is_separator, line_table
from newsparse.models import Article


def spans_of(value: Any) -> Iterator[Any]:
    """Every model with ``text``, ``start`` and ``end`` inside ``value``, recursively."""
    if isinstance(value, tuple):
        for item in value:
            yield from spans_of(item)
        return
    if not attrs.has(type(value)):
        return
    names = {f.name for f in attrs.fields(type(value))}
    if {"text", "start", "end"} <= names and not isinstance(value, Article):
        yield value
    for f in attrs.fields(type(value)):
        yield from spans_of(getattr(value, f.name))


def check_spans(text: str, article: Article) -> None:
    """Every span slices the input exactly (the byline's metadata spans whole lines)."""
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(text), span
        if (
            hasattr(span, "text")
            and isinstance(span.text, str)
            and type(span).__name__
            not in (
                "Header",
                "Quote",
            )
        ):
            assert text[span.start : span.end] == span.text, span
    if article.header is not None:
        assert text[article.header.start : article.header.end] == article.header.text
    for quote in article.quotes:
        for seg in quote.segments:
            assert text[seg.start : seg.end] == seg.text


def part_spans(article: Article) -> list[tuple[int, int]]:
    """The extent of every part of an article."""
    parts: list[tuple[int, int]] = []
    if article.header is not None:
        parts.append((article.header.start, article.header.end))
    parts.append((article.title_span.start, article.title_span.end))
    parts.extend((s.start, s.end) for s in article.subtitle_spans)
    if article.title_repeat_span is not None:
        parts.append((article.title_repeat_span.start, article.title_repeat_span.end))
    parts.extend((s.start, s.end) for s in article.byline.lines)
    parts.extend((p.start, p.end) for p in article.paragraphs)
    parts.extend((s.start, s.end) for s in article.trailer)
    return parts


def check_lines_owned(text: str, articles: list[Article]) -> None:
    """Every non-blank, non-separator line lies in exactly one part of one article."""
    parts = [p for a in articles for p in part_spans(a)]
    for line in line_table(text):
        if is_blank(text, line) or is_separator(text, line):
            continue
        content = text[line.start : line.end]
        lo = line.start + len(content) - len(content.lstrip())
        hi = line.end - (len(content) - len(content.rstrip()))
        owners = [p for p in parts if p[0] <= lo and hi <= p[1]]
        assert len(owners) == 1, (content, owners)


def without_offsets(value: Any) -> Any:
    """A dict form with offsets dropped and line breaks folded to ``\\n``."""
    if isinstance(value, dict):
        return {
            k: without_offsets(v)
            for k, v in value.items()
            if k not in ("start", "end", "source", "warnings")
        }
    if isinstance(value, list):
        return [without_offsets(v) for v in value]
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value
