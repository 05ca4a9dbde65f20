"""Render an :class:`~newsparse.models.Article` back to text in the canonical layout.

The canonical layout is FORMAT.md's: header, the front matter (title, subtitle blocks,
title repeat and byline lines, in the order they were read, consecutive byline lines in one
block), body paragraphs, one block per trailer line, separated by single blank lines with
``\\n`` line breaks and no final line break. Each part is written exactly
as it was read, so ``parse(render(a))`` gives back ``a``'s parts, and for text already in
the canonical layout ``render(parse(text)) == text``.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse.models import Article

__all__ = ["render", "render_all"]


def render(article: Article) -> str:
    """The article as canonical text.

    >>> import newsparse
    >>> text = "World 2 min read\\n\\nTitle here\\n\\nBy Ann Lee\\n\\nBody text."
    >>> newsparse.render(newsparse.parse(text)) == text
    True
    """
    blocks: list[str] = []
    if article.header is not None:
        blocks.append(article.header.text)
    blocks.extend(_front_matter(article))
    blocks.extend(_lf(p.text) for p in article.paragraphs)
    blocks.extend(line.text for line in article.trailer)
    return "\n\n".join(blocks)


def render_all(articles: Iterable[Article]) -> str:
    """Several articles as one dump.

    Each starts at its header after a blank line, or after a ``---`` separator line when it
    has no header.
    """
    parts: list[str] = []
    for article in articles:
        if parts:
            parts.append("\n\n" if article.header is not None else "\n\n---\n\n")
        parts.append(render(article))
    return "".join(parts)


def _front_matter(article: Article) -> list[str]:
    """Title, subtitles, repeat and byline lines, in the order they were read.

    Consecutive byline lines share one block.
    """
    parts: list[tuple[int, str, bool]] = [
        (article.title_span.start, article.title_span.text, False)
    ]
    parts.extend((s.start, s.text, False) for s in article.subtitle_spans)
    if article.title_repeat_span is not None:
        parts.append((article.title_repeat_span.start, article.title_repeat_span.text, False))
    parts.extend((line.start, line.text, True) for line in article.byline.lines)
    parts.sort()
    blocks: list[str] = []
    previous_was_byline = False
    for _, text, is_byline in parts:
        if is_byline and previous_was_byline:
            blocks[-1] += "\n" + text
        else:
            blocks.append(_lf(text))
        previous_was_byline = is_byline
    return blocks


def _lf(text: str) -> str:
    """Normalise line breaks inside a block to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
