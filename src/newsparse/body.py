"""Stage: body paragraphs, the dateline of the first one, and the trailer.

* Every block after the byline is a paragraph, kept exactly as written: the white space that
  indents its first line is part of it (``pipeline._indented``), so an indented paragraph
  opens with that white space, not with a dateline.
* **Dateline**: the first paragraph may open with an upper-case place, an optional date, an
  optional agency in parentheses and a dash (``PARIS (Reuters) — ...``). The place ends in a
  letter (``ST. LOUIS``; ``U.N. — ...`` opens with an abbreviation, not a place). It is
  recorded and stays part of the paragraph's text.
* **Trailer**: the final blocks all of whose lines open with a credit or boilerplate phrase
  from ``data/trailer_phrases.txt`` (``Reporting by``, ``Read more:``, ``This article was
  originally published``...). They are kept as the trailer, one span per line. At least one
  body paragraph always remains.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from newsparse._patterns import DATELINE
from newsparse.lines import Block
from newsparse.models import Dateline

__all__ = [
    "DATELINE_WINDOW",
    "dateline_of_window",
    "find_dateline",
    "is_trailer_line",
    "split_trailer",
    "trailer_start",
]

DATELINE_WINDOW = 160
"""How many characters of the first paragraph the dateline pattern reads."""
_TRAILER_WINDOW = 80  # trailer phrases are short: only a line's opening is compared


def find_dateline(text: str, start: int) -> Dateline | None:
    """The dateline opening the paragraph at ``start`` in ``text``, if any.

    >>> d = find_dateline("BRUSSELS, Feb 11 (AP) - Talks resumed.", 0)
    >>> d.location, d.date, d.agency
    ('BRUSSELS', 'Feb 11', 'AP')
    """
    if text[start + 1 : start + 2].islower():
        return None  # "The...": after its first letter a place has a capital, a mark or a space
    window = text[start : start + DATELINE_WINDOW]
    if "-" not in window and "—" not in window and "–" not in window:
        return None  # no dash ends a dateline here
    return dateline_of_window(window, start)


def dateline_of_window(window: str, start: int) -> Dateline | None:
    """:func:`find_dateline` without its early outs: what the pattern reads, its definition.

    ``window`` is the opening of the paragraph at ``start``
    (:data:`~newsparse._patterns.DATELINE` reads its first :data:`DATELINE_WINDOW` characters).
    """
    m = DATELINE.match(window)
    if m is None:
        return None
    location = m["loc"].strip()
    if len(location) < 2 or not any(c.isalpha() for c in location):
        return None
    date = m["date"].strip() if m["date"] else None
    agency = m["agency"].strip() if m["agency"] else None
    return Dateline(
        location=location, date=date, agency=agency, start=start, end=start + m.end() - 1
    )


@functools.cache
def _phrases() -> tuple[tuple[str, bool], ...]:
    from newsparse._lexicon import lexicon_lines  # noqa: PLC0415  (loads pathlib: on first use)

    out = []
    for entry in lexicon_lines("trailer_phrases"):
        whole = entry.endswith("$")
        out.append((entry.rstrip("$").casefold(), whole))
    return tuple(out)


def is_trailer_line(line: str) -> bool:
    """True for a credit or boilerplate line.

    >>> is_trailer_line("(Reporting by A; Editing by B)"), is_trailer_line("Reporters said")
    (True, False)
    """
    low = line[:_TRAILER_WINDOW].strip().lstrip("(").casefold()
    wholes, openings = _phrase_sets()
    return low in wholes or low.startswith(openings)


@functools.cache
def _phrase_sets() -> tuple[frozenset[str], tuple[str, ...]]:
    """The phrases a line must equal, and those it may open with (one C call each)."""
    wholes = frozenset(phrase for phrase, whole in _phrases() if whole)
    return wholes, tuple(phrase for phrase, whole in _phrases() if not whole)


def split_trailer(text: str, blocks: Sequence[Block], first_body: int) -> int:
    """Index of the first trailer block among ``blocks`` (``len(blocks)`` when none)."""
    return trailer_start(
        lambda i: [text[ln.start : ln.end] for ln in blocks[i].lines], len(blocks), first_body
    )


def trailer_start(lines_of: Callable[[int], Sequence[str]], count: int, first_body: int) -> int:
    """:func:`split_trailer` of ``count`` blocks, given the lines of each.

    Each line runs from its line's start (its indent included: the trailer test reads a
    line's first characters); the white space that ends it may be left out.
    """
    k = count
    while k - 1 > first_body and all(map(is_trailer_line, lines_of(k - 1))):
        k -= 1
    return k
