"""Quote pairing stays linear when marks of several families pile up unpaired."""

from __future__ import annotations

import time

from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quotes import MAX_MARKS_PER_PARAGRAPH, find_quotes


def test_unpaired_marks_of_two_families_pair_in_linear_time() -> None:
    """Opening marks of two families that never close, then closing marks of a third.

    Every closing mark searched the whole stack of open quotations for its family, so a
    paragraph just under the noise limit took over a second; it now searches only
    ``MAX_NESTING`` levels.
    """
    units = MAX_MARKS_PER_PARAGRAPH // 3
    text = "a “a ‘a " * units + "a» " * units
    began = time.perf_counter()
    quotes, warnings = find_quotes(text, plain_paragraphs(text), options=ParseOptions())
    assert time.perf_counter() - began < 0.5
    assert not quotes
    assert warnings
