"""Lexicons shipped as data files in ``newsparse/data`` (one entry per line, ``#`` comments).

Word lists live in data, not code, so they can be read, reviewed and extended without
touching a parser. Each list is read once per process and returned as an immutable
``frozenset`` (or tuple), so the cache cannot change any result.
"""

from __future__ import annotations

import functools

__all__ = ["lexicon", "lexicon_lines"]


@functools.cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of ``data/NAME.txt``, stripped, in file order."""
    from importlib import resources  # noqa: PLC0415  (imports zipfile: only on first use)

    raw = resources.files("newsparse").joinpath(f"data/{name}.txt").read_text("utf-8")
    out = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt``, case-folded, as a set."""
    return frozenset(entry.casefold() for entry in lexicon_lines(name))
