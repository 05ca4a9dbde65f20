"""Shared fixtures: the gold corpus copied from the project's development corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: "default" keeps the suite quick; "nightly" is the long run
# (HYPOTHESIS_PROFILE=nightly python -m pytest tests/test_invariants.py), 20,000 examples a
# test unless NEWSPARSE_NIGHTLY_EXAMPLES says otherwise (to fit a run into a time budget).
settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "nightly",
    max_examples=int(os.environ.get("NEWSPARSE_NIGHTLY_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"


def corpus_files() -> list[Path]:
    """Every article file of the gold corpus, sorted."""
    return sorted(CORPUS.glob("*.txt"))


def gold_of(path: Path) -> list[dict[str, Any]]:
    """The gold annotations of one corpus file: one dict per article."""
    doc = json.loads(path.with_suffix(".json").read_text("utf-8"))
    articles: list[dict[str, Any]] = doc.get("articles", [doc])
    return articles


@pytest.fixture(params=corpus_files(), ids=lambda p: p.stem)
def corpus_file(request: pytest.FixtureRequest) -> Path:
    """Each corpus file in turn."""
    path: Path = request.param
    return path
