"""Dump everything newsparse outputs for a fixed set of inputs, to hold a speed change to
"output identical".

    python bench/output_dump.py OUT.json [--polnear DIR] [--clef DIR]
    python bench/output_dump.py --compare BEFORE.json AFTER.json

The inputs are the gold corpus (``tests/fixtures/corpus``) parsed three ways (full,
structure-only, every sentence a claim), the same articles mangled by seeded random line
edits (a line deleted, repeated, cut in half or upper-cased; CRLF line ends for some), and,
when their folders are given, the PolNeAR texts (quotes and, for the first 40, every
sentence as a claim) and the CLEF-2019 sentences (check-worthiness scores, plus a few
hostile strings). Run it with the old code and with the new one (for instance
``PYTHONPATH=src`` in two git worktrees), then ``--compare`` the two files: it prints the
first difference of each section that differs and exits 1, or prints ``IDENTICAL``.
The bench data is read in place and never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import newsparse
from newsparse.claims import checkworthiness, extract_claims
from newsparse.options import ParseOptions
from newsparse.quotes import extract_quotes
from newsparse.serialize import to_dict

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "fixtures" / "corpus"
HOSTILE = [
    "",
    " ",
    "?!",
    "“quoted” 1,200 $ per cent",
    "5two apples and three",
    "In 2019 it cost $4.2 billion?",
    "Don’t you think 45% is 1.5m?",
    "¿Qué? «Oui» 3 000 €",
    "İstanbul’s 2020 İ",
    "²½ 3²",
    "#n #y \ue000",
]
"""Strings scored beside the CLEF sentences: empty, punctuation only, mixed marks and
scripts, numerals ``float`` does not read."""


def _records(texts: list[str], options: ParseOptions | None = None) -> list[str]:
    return [
        json.dumps(to_dict(a), sort_keys=True, ensure_ascii=False)
        for text in texts
        for a in newsparse.iter_articles(text, options)
    ]


def _mangled(texts: list[str], seed: int = 7) -> list[str]:
    """Each text three times, each with one seeded random line edit."""
    rng = random.Random(seed)
    out = []
    for text in texts:
        lines = text.split("\n")
        for _ in range(3):
            edited = lines[:]
            i = rng.randrange(len(edited))
            edit = rng.randrange(4)
            if edit == 0:
                del edited[i]
            elif edit == 1:
                edited.insert(i, edited[rng.randrange(len(edited))])
            elif edit == 2:
                edited[i] = edited[i][: len(edited[i]) // 2]
            else:
                edited[i] = edited[i].upper()
            out.append(("\r\n" if rng.random() < 0.3 else "\n").join(edited))
    return out


def _clef_sentences(folder: Path) -> list[str]:
    sentences = []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3:  # line number, speaker, text, label
                sentences.append(parts[2])
    return sentences


def dump(polnear: Path | None, clef: Path | None) -> dict[str, list[str]]:
    """Every section of the dump, each a list of strings in input order."""
    texts = [p.read_bytes().decode("utf-8-sig") for p in sorted(CORPUS.glob("*.txt"))]
    out = {
        "parse-full": _records(texts),
        "parse-structure": _records(texts, ParseOptions(quotes=False, claims=False)),
        "parse-every-sentence-a-claim": _records(texts, ParseOptions(claim_threshold=0.0)),
        "mangled": _records(_mangled(texts)),
    }
    if polnear is not None:
        pieces = [p.read_bytes().decode("utf-8") for p in sorted((polnear / "text").glob("*.txt"))]
        out["polnear-quotes"] = [repr(extract_quotes(t)) for t in pieces]
        every = ParseOptions(claim_threshold=0.0)
        out["polnear-claims"] = [repr(extract_claims(t, options=every)) for t in pieces[:40]]
    if clef is not None:
        out["scores"] = [repr(s) for s in checkworthiness([*_clef_sentences(clef), *HOSTILE])]
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> int:
    """Print the first difference of each section that differs; 0 when none does."""
    differing = 0
    for section in sorted(before.keys() | after.keys()):
        old, new = before.get(section, []), after.get(section, [])
        if old == new:
            continue
        differing += 1
        at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
        print(f"{section}: {len(old)} items before, {len(new)} after")
        if at is not None:
            a, b = old[at], new[at]
            c = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
            print(f"  item {at}, character {c}\n  before: {a[max(0, c - 80) : c + 160]!r}")
            print(f"  after:  {b[max(0, c - 80) : c + 160]!r}")
    print("IDENTICAL" if not differing else f"{differing} section(s) differ")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="dump file to write")
    ap.add_argument("--polnear", type=Path, help="a PolNeAR split folder holding text/")
    ap.add_argument("--clef", type=Path, help="the CLEF-2019 training folder of .tsv debates")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text("utf-8")) for p in args.compare)
        return compare(before, after)
    if args.out is None:
        ap.error("give OUT.json, or --compare BEFORE AFTER")
    sections = dump(args.polnear, args.clef)
    args.out.write_text(json.dumps(sections, ensure_ascii=False), "utf-8")
    print({name: len(items) for name, items in sections.items()}, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
