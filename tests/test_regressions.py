"""Named regression tests: every fuzzing or property-test finding, with the input that found it."""

from __future__ import annotations

import newsparse

from .invariants import check_lines_owned, check_spans


def _check(text: str) -> None:
    articles = list(newsparse.iter_articles(text))
    for article in articles:
        check_spans(text, article)
    check_lines_owned(text, articles)


def test_fuzz_indented_header_date_offset() -> None:
    """atheris: a header indented by a space gave its date field an offset one too far."""
    text = (
        "A title\n\nsome body line\n\n"
        " stop the blades toClimate \u2014 Feb 24, 2025 \u2014 2 min read\n\nTitle two\n\nBody."
    )
    _check(text)
    second = list(newsparse.iter_articles(text))[1]
    assert second.byline.published is not None
    assert second.byline.published.text == "Feb 24, 2025"
