"""The documentation covers the whole public surface."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

import newsparse

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _documented_names() -> str:
    return "\n".join(p.read_text("utf-8") for p in DOCS.glob("*.rst"))


@pytest.mark.skipif(not DOCS.is_dir(), reason="docs are not shipped in the wheel")
@pytest.mark.parametrize("name", sorted(set(newsparse.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    """Each name in newsparse.__all__ appears in the docs and has a docstring."""
    text = _documented_names()
    assert re.search(rf"newsparse\.{name}\b", text), f"newsparse.{name} is not in docs/*.rst"
    obj = getattr(newsparse, name)
    assert inspect.getdoc(obj), f"newsparse.{name} has no docstring"


PUBLIC_MODULES = [
    "newsparse.body",
    "newsparse.byline",
    "newsparse.dates",
    "newsparse.decode",
    "newsparse.header",
    "newsparse.lines",
    "newsparse.paragraphs",
    "newsparse.pipeline",
    "newsparse.sentences",
    "newsparse.testing",
    "newsparse.titles",
]


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_every_stage_name_has_a_docstring(module: str) -> None:
    """Every name a public stage module exports carries a docstring."""
    mod = importlib.import_module(module)
    assert inspect.getdoc(mod)
    for name in mod.__all__:
        obj = getattr(mod, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"{module}.{name} has no docstring"
