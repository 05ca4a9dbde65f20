"""Every compiled regular expression of newsparse, with why it cannot backtrack badly.

Review rule: a pattern is linear when, at any start position, it can fail or succeed after
a bounded amount of work per input character it consumes, and when ``finditer`` cannot
re-scan the same run from every position inside it. The tools used below:

* possessive quantifiers (``*+``, ``++``) and atomic groups from the ``regex`` module, so a
  run is consumed once and never given back;
* a negative look-behind for the run's own class at the start (``(?<![.!?])[.!?]++``), so a
  scan does not restart inside a run it already rejected;
* bounded repetition (``{1,40}``) where a piece is short by nature;
* prefixes sliced to a fixed width before matching (datelines read at most 160 characters,
  byline lines at most 300), which makes any pattern constant-time per call.

Patterns are compiled once at import and never mutated.
"""

from __future__ import annotations

import regex

__all__ = [
    "LINE_BREAK",
    "SENTENCE_END",
    "WORD_BEFORE",
]

LINE_BREAK = regex.compile(r"\r\n|\r|\n")
"""A line break. Single alternation of fixed strings: linear."""

SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s|\Z)")
"""A run of sentence terminators and closing marks followed by white space or the end.
Possessive runs plus the look-behind guard: each character is examined a bounded number of
times."""

WORD_BEFORE = regex.compile(r"[^\s\"'“‘«(\[]{1,40}+\Z")
"""The token right before a terminator; applied to a 40-character window: constant time."""
