"""Render an :class:`~newsparse.models.Article` back to text in the canonical layout.

The canonical layout is FORMAT.md's: header, title, subtitle block(s), title repeat, one
block of byline lines, body paragraphs, one block per trailer line, separated by single
blank lines with ``\\n`` line breaks and no final line break. Each part is written exactly
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
    blocks.append(_lf(article.title_span.text))
    blocks.extend(_lf(s.text) for s in article.subtitle_spans)
    if article.title_repeat_span is not None:
        blocks.append(_lf(article.title_repeat_span.text))
    if article.byline.lines:
        blocks.append("\n".join(line.text for line in article.byline.lines))
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


def _lf(text: str) -> str:
    """Normalise line breaks inside a block to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
