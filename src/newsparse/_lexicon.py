"""Lexicons shipped as data files in ``newsparse/data`` (one entry per line, ``#`` comments).

Word lists live in data, not code, so they can be read, reviewed and extended without
touching a parser. Each list is read once per process and returned as an immutable
``frozenset`` (or tuple), so the cache cannot change any result.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping
from pathlib import Path

__all__ = ["data_bytes", "lexicon", "lexicon_lines", "lexicon_table"]

_DATA = Path(__file__).parent / "data"


def data_bytes(name: str) -> bytes:
    """The bytes of the package data file ``data/NAME``.

    Read from the installed directory; ``importlib.resources`` (which costs about 20 ms to
    import, a tenth of the command's start-up budget) only when the package is not a
    directory on disk, as in a zip file.
    """
    try:
        return (_DATA / name).read_bytes()
    except OSError:
        from importlib import resources  # noqa: PLC0415

        return resources.files("newsparse").joinpath(f"data/{name}").read_bytes()


@functools.cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of ``data/NAME.txt``, stripped, in file order."""
    raw = data_bytes(f"{name}.txt").decode("utf-8")
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


@functools.cache
def lexicon_table(name: str) -> Mapping[str, str]:
    """A lexicon of ``word value`` lines as a read-only mapping, built once per process.

    Each word case-folded, with its value (``""`` when the line gives none); a later line
    of the same word replaces an earlier one.
    """
    out = {}
    for line in lexicon_lines(name):
        word, _, value = line.partition(" ")
        out[word.casefold()] = value.strip()
    return types.MappingProxyType(out)
