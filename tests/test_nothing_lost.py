"""Nothing lost: the parts of every article, plus blank lines, rebuild the input exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import newsparse
from newsparse.decode import decode
from newsparse.models import Article

from .conftest import corpus_files
from .invariants import part_spans
from .strategies import dump_texts, hostile_texts


def rebuild(text: str, articles: list[Article]) -> str:
    """The input rebuilt from the parts' spans; whatever lies between parts must be blank
    or an article separator, and is copied from the input only in that case."""
    spans = sorted(p for a in articles for p in part_spans(a))
    out = []
    pos = 0
    for start, end in spans:
        gap = text[pos:start]
        assert _is_filler(gap), (pos, start, gap)
        out.append(gap)
        out.append(text[start:end])
        pos = end
    assert _is_filler(text[pos:])
    out.append(text[pos:])
    return "".join(out)


def _is_filler(gap: str) -> bool:
    stripped = gap
    for sep in ("---", "***", "==="):
        stripped = stripped.replace(sep, "")
    return stripped.strip() == ""


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_parts_rebuild_the_file(path: Path) -> None:
    """Every corpus file is exactly its parts and the blank lines between them."""
    text = decode(path.read_bytes()).text
    articles = list(newsparse.iter_articles(path))
    assert rebuild(text, articles) == text


@given(dump_texts())
def test_generated_dumps_rebuild(text: str) -> None:
    """Generated dumps are exactly their articles' parts and blank lines."""
    articles = list(newsparse.iter_articles(text))
    assert rebuild(text, articles) == text


@given(hostile_texts())
def test_hostile_text_rebuilds(text: str) -> None:
    """Even hostile text is exactly its parts and blank lines (or is refused)."""
    try:
        articles = list(newsparse.iter_articles(text))
    except newsparse.ParseError:
        return
    assert rebuild(text, articles) == text
