"""Parse time of the adversarial inputs of tests/test_bad_input.py at two sizes.

    python bench/hostile_scaling.py [--case NAME ...] [--sizes SMALL LARGE] [--structure-only]

The test suite holds each case to a generous bound; this prints the seconds and the ratio,
so a figure quoted in the docs comes with its command. Sizes are in characters (the cases
build their text from a size, as the tests do).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_bad_input import LINEAR_CASES

import newsparse


def seconds(text: str, options: newsparse.ParseOptions) -> float:
    began = time.perf_counter()
    with contextlib.suppress(newsparse.ParseError):  # refused input is an answer too
        newsparse.parse(text, options=options)
    return time.perf_counter() - began


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", action="append", choices=sorted(LINEAR_CASES))
    ap.add_argument("--sizes", nargs=2, type=int, default=[50_000, 500_000])
    ap.add_argument("--structure-only", action="store_true")
    args = ap.parse_args()
    options = newsparse.ParseOptions(quotes=not args.structure_only, claims=not args.structure_only)
    small, large = args.sizes
    print(f"{'case':28} {small:>12,} ch {large:>12,} ch   ratio (sizes x{large / small:g})")
    for name in args.case or sorted(LINEAR_CASES):
        make = LINEAR_CASES[name]
        a, b = seconds(make(small), options), seconds(make(large), options)
        print(f"{name:28} {a:13.2f} s {b:13.2f} s   x{b / max(a, 1e-6):.1f}")


if __name__ == "__main__":
    main()
