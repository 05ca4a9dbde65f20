"""Sphinx configuration. Generated pages (CLI help, JSON Schema, warning codes) are written
at build time from the code itself, so they cannot drift."""

from __future__ import annotations

import json
from pathlib import Path

import newsparse
from newsparse.cli import build_parser

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx.ext.doctest",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
nitpicky = True
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(attrs|cattrs|regex|_regex|re|hypothesis|datetime|typing|collections\.abc|os|enum|_io)\..*",
    ),
    (r"py:class", r"newsparse\.\w+\._\w+"),  # private bases of public models
    (r"py:.*", r"(IO|BinaryIO|Any|Sequence|Iterator|Iterable|Callable|PathLike|DrawFn)"),
    (
        r"py:class",
        r"(dt\.date|dt\.datetime|st\.SearchStrategy.*|SearchStrategy.*|Source|argparse\..*)",
    ),
    (r"py:class", r"(str|int|float|bool|bytes|None|dict|list|tuple|object|type)"),
    (r"py:obj", r".*"),
]
html_theme = "furo"
html_title = f"newsparse {release}"
exclude_patterns = ["_build"]

GENERATED = Path(__file__).parent / "_generated"


def _write(name: str, text: str) -> None:
    GENERATED.mkdir(exist_ok=True)
    path = GENERATED / name
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")


def _cli_reference() -> str:
    parser = build_parser()
    out = ["Command line\n============\n", ".. code-block:: text\n"]
    out.append(_indent(parser.format_help()))
    for action in parser._subparsers._group_actions:
        for name, sub in action.choices.items():
            out.append(f"\n``newsparse {name}``\n" + "-" * (len(name) + 14) + "\n")
            out.append(".. code-block:: text\n")
            out.append(_indent(sub.format_help()))
    return "\n".join(out)


def _indent(text: str) -> str:
    return "\n".join("   " + line if line else "" for line in text.splitlines()) + "\n"


def _warning_table() -> str:
    rows = [".. list-table::", "   :header-rows: 1", "", "   * - code", "     - meaning"]
    for member in newsparse.WarningCode:
        doc = (
            (member.__doc__ or "").strip()
            if member.__doc__ != newsparse.WarningCode.__doc__
            else ""
        )
        rows.append(f"   * - ``{member.value}``")
        rows.append(f"     - {doc}")
    return "\n".join(rows) + "\n"


def _schema() -> str:
    text = json.dumps(newsparse.json_schema(), indent=2, ensure_ascii=False)
    return ".. code-block:: json\n\n" + _indent(text)


_write("cli.rst", _cli_reference())
_write("warnings.rst", _warning_table())
_write("schema.rst", _schema())
