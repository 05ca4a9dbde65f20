"""How clean the sources of reported-speech claims are, on any folder of texts.

    python bench/claim_sources.py TEXT_DIR [--list]

There is no gold for claim sources, so this counts what a reader would call broken, among
the claims of kind ``attributed`` (reported speech outside quotes) of every ``*.txt`` in
TEXT_DIR (for instance ``../shared/bench/polnear-dev/text``):

* bare one-word names: a surname the article names in full elsewhere, left unresolved
  (or a one-word organisation, which is fine: the count is an upper bound);
* broken phrases: a source that begins or ends with a function word (``Clinton now``,
  ``as police have``, ``who have``, ``shortly after Trump``) or ends in a possessive
  (``said McConnell's trip``).

``--list`` prints every source with the start of its sentence, to read them by eye.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsparse.claims import extract_claims
from newsparse.models import ClaimKind

FUNCTION_END = frozenset(
    [
        "has",
        "have",
        "had",
        "was",
        "is",
        "were",
        "are",
        "now",
        "also",
        "then",
        "and",
        "but",
        "or",
        "who",
        "which",
        "that",
        "to",
        "the",
        "a",
        "his",
        "her",
        "their",
        "its",
        "as",
        "when",
        "though",
        "although",
        "i",
        "he",
        "she",
        "they",
        "it",
        "we",
        "should",
        "would",
        "could",
        "will",
        "may",
        "might",
        "in",
        "on",
        "at",
        "of",
    ]
)
FUNCTION_START = frozenset(
    ["and", "but", "as", "though", "although", "when", "shortly", "who", "which", "while", "where"]
)


def broken(source: str) -> bool:
    """Whether a source begins or ends with a function word, or ends in a possessive."""
    words = source.split()
    return (
        words[-1].casefold() in FUNCTION_END
        or words[0].casefold() in FUNCTION_START
        or source.endswith(("'s", "’s"))
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text_dir", type=Path)
    ap.add_argument("--list", action="store_true", help="print every source")
    args = ap.parse_args(argv)
    sources: list[str | None] = []
    for path in sorted(args.text_dir.glob("*.txt")):
        for claim in extract_claims(path.read_bytes().decode("utf-8")):
            if ClaimKind.ATTRIBUTED in claim.kinds:
                sources.append(claim.source)
                if args.list:
                    print(f"{claim.source!r:45} | {claim.text[:100]}")
    named = [s for s in sources if s]
    bare = [s for s in named if len(s.split()) == 1 and s[:1].isupper()]
    print(
        f"attributed claims: {len(sources)}; with a source: {len(named)}; "
        f"bare one-word names: {len(bare)}; broken phrases: {sum(map(broken, named))}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
