"""Stage: title, title repeat, subtitle and the byline blocks that sit between them.

* **Title**: the first block after the header (a block of several lines is one title, its
  lines joined by a space).
* **Title repeat**: a later block equal to the title after folding case, white space and
  trailing punctuation (the page heading saved twice). Only blocks of the front matter are
  looked at: at most :data:`MAX_FRONT_BLOCKS` blocks after the title, each of them a byline
  block or short (:data:`MAX_FRONT_WORDS` words), so a one-word title cannot swallow a body.
* **Subtitle**: with a repeat, the non-byline blocks between title and repeat. Without a
  repeat, the block right after the title when it is short (at most
  :data:`SUBTITLE_MAX_SENTENCES` sentences and :data:`SUBTITLE_MAX_WORDS` words), is not a
  byline, and more blocks follow; otherwise it is the first body paragraph. A sentence ends
  in ``.``, ``!``, ``?`` or ``…`` (a run counts once) and at most one closing quote mark
  before white space: ``Vote set (7 p.m.) at the hall. Doors open at 6.`` is two.
* **Byline blocks**: blocks all of whose lines are byline lines, anywhere in the front
  matter (before the subtitle, between it and the repeat, after the repeat).

The body starts at the first block that is none of these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from newsparse.models import _constructor

__all__ = [
    "MAX_FRONT_BLOCKS",
    "MAX_FRONT_WORDS",
    "SUBTITLE_MAX_SENTENCES",
    "SUBTITLE_MAX_WORDS",
    "FrontMatter",
    "fold_title",
    "is_short",
    "read_front_matter",
]

MAX_FRONT_BLOCKS = 6
"""Most blocks between a title and its repeat."""
MAX_FRONT_WORDS = 80
"""Most words of a non-byline block between a title and its repeat."""
SUBTITLE_MAX_SENTENCES = 2
"""Most sentences of a subtitle found without a repeat."""
SUBTITLE_MAX_WORDS = 60
"""Most words of a subtitle found without a repeat."""


@attrs.frozen(kw_only=True)
class FrontMatter:
    """Block indices (into the article's blocks) of each front-matter part."""

    title: int
    """The title block."""
    repeat: int | None
    """The title repeat, if any."""
    subtitles: tuple[int, ...]
    """Subtitle blocks."""
    bylines: tuple[int, ...]
    """Blocks of byline lines."""
    body: int
    """First block of the body (may equal the block count: no body)."""


_new_front_matter = _constructor(FrontMatter)


def fold_title(text: str) -> str:
    """Fold case, white space and trailing punctuation, for the repeat test.

    >>> fold_title("Can a small town run its grid?") == fold_title("CAN A SMALL  TOWN RUN ITS GRID")
    True
    """
    return " ".join(text.split()).casefold().rstrip(_TRAILING)


_TERMINATORS = ".!?…"
"""Marks that end a sentence of a subtitle."""
_SUBTITLE_CLOSERS = "\"'”’»"
"""A sentence of a subtitle ends in terminators and at most one of these quote marks, then
white space or the end: a terminator before a closing bracket (``(7 p.m.)``, ``(Maybe.)``)
or before two marks ends no sentence of the subtitle test, as the development corpus's
checker (``corpus/check_gold.py``) counts them."""

_TRAILING = " .!?:;,…"
"""Trailing punctuation a repeat may add or drop (white space is already single spaces)."""


def is_short(text: str) -> bool:
    """At most 2 sentences and 60 words: the subtitle test without a repeat."""
    if _more_words_than(text, SUBTITLE_MAX_WORDS):
        return False
    # sentences loads the lexicons (and pathlib): on first use, not on import newsparse
    from newsparse.sentences import terminator_runs  # noqa: PLC0415

    stripped = text.strip()
    tails = [
        stripped[i:j].lstrip(_TERMINATORS) for i, j in terminator_runs(stripped, 0, len(stripped))
    ]
    ends = sum(len(tail) <= 1 and tail in _SUBTITLE_CLOSERS for tail in tails)
    return max(1, ends) <= SUBTITLE_MAX_SENTENCES


def read_front_matter(
    blocks: Sequence[str],
    first: int,
    is_byline: Callable[[int], bool],
) -> FrontMatter:
    """Find title, repeat, subtitles and byline blocks among ``blocks[first:]``.

    ``blocks`` are the texts of the article's blocks; ``is_byline(i)`` tells whether every
    line of block ``i`` is a byline line.
    """
    title = first
    repeat = _find_repeat(blocks, title, is_byline)
    subtitles: list[int] = []
    bylines: list[int] = []
    count = len(blocks)
    k = title + 1
    while k < count:
        if k == repeat:
            k += 1
        elif is_byline(k):
            bylines.append(k)
            k += 1
        elif (repeat is not None and k < repeat) or (
            repeat is None and k == title + 1 and k + 1 < count and is_short(blocks[k])
        ):
            subtitles.append(k)
            k += 1
        else:
            break
    return _new_front_matter(
        title=title, repeat=repeat, subtitles=tuple(subtitles), bylines=tuple(bylines), body=k
    )


def _find_repeat(blocks: Sequence[str], title: int, is_byline: Callable[[int], bool]) -> int | None:
    """The first block of the window after the title that folds to the title, if any.

    The search ends early (None) at a long block that is no byline block; that test only
    matters for the blocks before a repeat, so it runs after a repeat is found, and only on
    them (most articles have no repeat, and the test splits long blocks into words).
    """
    title_text = blocks[title]
    want = fold_title(title_text)
    if not want:
        return None
    longest = 2 * len(title_text) + 8
    for repeat in range(title + 1, min(len(blocks), title + 1 + MAX_FRONT_BLOCKS)):
        block = blocks[repeat]
        # Case folding is per character, so a block folds to the title only if its first
        # character folds to the title's first: most blocks are told apart by that. (A
        # block of the pipeline has no white space around it; lstrip then copies nothing.)
        if (
            len(block) <= longest
            and block.lstrip()[:1].casefold()[:1] == want[0]
            and fold_title(block) == want
        ):
            break
    else:
        return None
    for k in range(title + 1, repeat):
        if _more_words_than(blocks[k], MAX_FRONT_WORDS) and not is_byline(k):
            return None
    return repeat


def _more_words_than(text: str, n: int) -> bool:
    """``len(text.split()) > n``, without splitting more than ``n`` words off.

    ``n + 1`` words take at least ``2n + 1`` characters.

    >>> _more_words_than("a b c", 2), _more_words_than("a b c ", 3)
    (True, False)
    """
    return len(text) > 2 * n and len(text.split(None, n)) > n
