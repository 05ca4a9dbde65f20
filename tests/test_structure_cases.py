"""Labelled structure cases: header lines, byline lines, datelines, subtitles and trailer lines.

The table is ``tests/fixtures/cases/structure.json``. Each case puts its line inside a small
article (header, title, subtitle, the line, two long body paragraphs) so that the line sits
where FORMAT.md places it, then compares the fields the case lists. A case with ``xfail`` is
a known failure, run as a strict xfail so that a fix shows up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse

CASES = json.loads(
    (Path(__file__).parent / "fixtures" / "cases" / "structure.json").read_text("utf-8")
)
BODY = " ".join(["Body text of the story runs on long enough here to count as words."] * 16)
"""A long body paragraph: never a subtitle, never a byline, never a trailer."""


def _params(section: str) -> Iterator[Any]:
    for case in CASES[section]:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        yield pytest.param(case, marks=marks, id=case.get("line") or case["para"])


def _article(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize("case", _params("header"))
def test_header_line(case: dict[str, Any]) -> None:
    article = newsparse.parse(_article(case["line"], "A Title Here", BODY, BODY))
    header = article.header
    if case.get("header") is False:
        assert header is None
        return
    assert header is not None
    assert header.category == case["category"]
    assert header.read_time_minutes == case["minutes"]
    assert list(header.extras) == case["extras"]
    assert header.date_text == case.get("date_text")
    if "published" in case:
        date = article.byline.published
        assert (None if date is None or date.value is None else date.value.isoformat()) == case[
            "published"
        ]
    codes = [w.code.value for w in article.warnings]
    for code in case.get("warnings", []):
        assert code in codes
    if "warnings" in case and not case["warnings"]:
        assert codes == []


@pytest.mark.parametrize("case", _params("byline"))
def test_byline_line(case: dict[str, Any]) -> None:
    text = _article("World · 3 min read", "A Title Here", "A short subtitle.", case["line"], BODY)
    text = _article(text, BODY)
    article = newsparse.parse(text)
    byline = article.byline
    assert [[a.name, a.role, a.organization] for a in byline.authors] == case["authors"]
    for slot in ("published", "updated"):
        if slot in case:
            date = getattr(byline, slot)
            value = None if date is None or date.value is None else date.value.isoformat()
            assert value == case[slot], slot
    if "metadata" in case:
        assert [[m.label, m.value] for m in byline.metadata] == case["metadata"]
    codes = [w.code.value for w in article.warnings]
    if case.get("no_warnings"):
        assert codes == []
    for code in case.get("warnings", []):
        assert code in codes
    if case.get("one_article"):
        assert len(list(newsparse.iter_articles(text))) == 1
    assert [p.text for p in article.paragraphs] == [BODY, BODY]  # the line is not body


@pytest.mark.parametrize("case", _params("dateline"))
def test_dateline(case: dict[str, Any]) -> None:
    text = _article(
        "World · 3 min read", "A Title Here", "A short subtitle.", case["para"] + " " + BODY
    )
    dateline = newsparse.parse(_article(text, BODY)).dateline
    if case.get("dateline") is False:
        assert dateline is None
        return
    assert dateline is not None
    assert dateline.location == case["location"]
    assert dateline.agency == case["agency"]
    if "date" in case:
        assert dateline.date == case["date"]


@pytest.mark.parametrize("case", _params("trailer"))
def test_trailer_line(case: dict[str, Any]) -> None:
    article = newsparse.parse(
        _article("World · 3 min read", "A Title Here", BODY, BODY, case["line"])
    )
    assert [t.text for t in article.trailer] == ([case["line"]] if case["trailer"] else [])
    assert (article.paragraphs[-1].text == case["line"]) is not case["trailer"]


@pytest.mark.parametrize("case", _params("subtitle"))
def test_subtitle_block(case: dict[str, Any]) -> None:
    """The block right after the title (no repeat) is a subtitle when it is short."""
    article = newsparse.parse(
        _article("World · 3 min read", "A Title Here", case["para"], BODY, BODY)
    )
    assert (article.subtitle == case["para"]) is case["subtitle"]
    assert (article.paragraphs[0].text == case["para"]) is not case["subtitle"]
