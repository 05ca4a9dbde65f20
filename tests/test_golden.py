"""Golden tests: every gold field of the development corpus and the seed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.models import Article

from .conftest import FIXTURES, corpus_files, gold_of

STRUCTURE_MORE = FIXTURES / "structure_more"
"""Further hand-labelled articles for the structure fields only (their quotes and claims are
empty): header variants, byline lines, datelines, trailers, line ends and dumps."""


def all_files() -> list[Path]:
    """The gold corpus and the structure-only articles."""
    return corpus_files() + sorted(STRUCTURE_MORE.glob("*.txt"))


def _date(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def structure_of(a: Article) -> dict[str, Any]:
    """The article's fields in the gold's vocabulary."""
    body = [p.text for p in a.paragraphs]
    roles = {
        au.name: au.role or au.organization for au in a.byline.authors if au.role or au.organization
    }
    return {
        "header": None
        if a.header is None
        else {
            "category": a.header.category,
            "read_time_minutes": a.header.read_time_minutes,
            "extras": list(a.header.extras),
        },
        "title": a.title,
        "subtitle": a.subtitle,
        "title_repeated": a.title_repeated,
        "authors": [au.name for au in a.byline.authors],
        "author_roles": roles,
        "published": _date(a.byline.published.value) if a.byline.published else None,
        "updated": _date(a.byline.updated.value) if a.byline.updated else None,
        "dateline": None
        if a.dateline is None
        else {"location": a.dateline.location, "agency": a.dateline.agency},
        "body_word_count": a.word_count,
        "paragraph_count": len(a.paragraphs),
        "first_paragraph_starts": body[0][:30] if body else None,
        "last_paragraph_starts": body[-1][:30] if body else None,
        "trailer": [t.text for t in a.trailer],
        "encoding": a.encoding,
    }


def _articles(path: Path) -> list[Article]:
    return list(newsparse.iter_articles(path))


@pytest.mark.parametrize("path", all_files(), ids=lambda p: p.stem)
def test_every_gold_field(path: Path) -> None:
    """Each article of the corpus matches every structural gold field."""
    golds = gold_of(path)
    articles = _articles(path)
    assert len(articles) == len(golds)
    for article, gold in zip(articles, golds, strict=True):
        got = structure_of(article)
        want = {k: gold[k] for k in got}
        assert got == want


@pytest.mark.parametrize("path", all_files(), ids=lambda p: p.stem)
def test_newline_style_does_not_change_the_result(path: Path) -> None:
    """The corpus parses to the same parts whatever its line breaks."""
    data = path.read_bytes()
    lf = data.replace(b"\r\n", b"\n")
    for variant in (lf, lf.replace(b"\n", b"\r\n"), lf.replace(b"\n", b"\r")):
        got = [structure_of(a) for a in newsparse.iter_articles(variant)]
        want = [structure_of(a) for a in newsparse.iter_articles(lf)]
        assert got == want
