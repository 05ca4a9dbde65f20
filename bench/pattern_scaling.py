"""Look for compiled patterns and inputs on which newsparse is not linear.

    python bench/pattern_scaling.py [--size 4000] [--parse]

Every compiled pattern of the parser's modules (``LazyPattern``, ``re`` and ``regex``) is run
with ``finditer`` over each short unit (every pair of characters from an alphabet of letters,
digits, blanks, quotation marks, dashes and punctuation, and a few words) repeated to
``--size`` characters and to four times that. A pattern whose time grows more than ten
times for the four-fold input (linear work grows four times, quadratic sixteen) is printed
with its unit and times; each time is the best of three runs with the garbage collector off. ``--parse`` does the same
for a whole ``newsparse.parse`` (eight-fold input, twenty-fold time). Times below 2 ms at the
small size are not compared (noise). The last line counts what was printed.
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import itertools
import re
import time
from collections.abc import Callable
from typing import Any

import regex

import newsparse
from newsparse._patterns import LazyPattern
from newsparse.errors import ParseError

MODULES = [
    "_patterns",
    "_quote_patterns",
    "_claim_patterns",
    "byline",
    "header",
    "titles",
    "dates",
    "body",
    "lines",
    "quotes",
    "speakers",
    "claims",
    "quantities",
    "sentences",
    "decode",
    "paragraphs",
    "assemble",
    "pipeline",
]
ALPHABET = ["A", "a", "1", " ", "-", "'", "’", ".", ",", "\n", '"', "“", "(", ")", ":", "$", "—"]
WORDS = ["Ab ", "A. ", "Mr. ", "1,0", "By A", " said ", "According to ", "A-b", "a, "]
UNITS = ["".join(p) for p in itertools.product(ALPHABET, repeat=2)] + WORDS
NOISE = 0.002
GROWTH = 10
"""Linear work grows four-fold for the four-fold input, quadratic sixteen-fold."""


def _patterns() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in MODULES:
        module = importlib.import_module(f"newsparse.{name}")
        # Patterns a module compiles on first use (PEP 562, ``_claim_patterns._SOURCES``) are
        # not among its attributes until then: getattr compiles them.
        for attr in sorted({*dir(module), *getattr(module, "_SOURCES", ())}):
            value = getattr(module, attr, None)
            if isinstance(value, (LazyPattern, re.Pattern, regex.Pattern)):
                found[f"{name}.{attr}"] = value
    return found


def _scan(pattern: Any, text: str) -> object:
    return collections.deque(pattern.finditer(text), maxlen=0)  # keeps no match alive


def _parse(pattern: None, text: str) -> object:
    return newsparse.parse(text)


def _seconds(work: Callable[[Any, str], object], pattern: Any, text: str) -> float:
    """The best of three runs, with the garbage collector off (its passes are no pattern's)."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            began = time.perf_counter()
            work(pattern, text)
            best = min(best, time.perf_counter() - began)
    except (ParseError, TypeError):  # a bytes pattern given text, an input that is no article
        return 0.0
    finally:
        gc.enable()
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--parse", action="store_true", help="also time whole parses")
    args = ap.parse_args()
    flagged = 0
    patterns = _patterns()
    print(f"{len(patterns)} patterns, {len(UNITS)} units")
    for name, pattern in patterns.items():
        for unit in UNITS:
            small = unit * (args.size // len(unit))
            took = _seconds(_scan, pattern, small)
            if took < NOISE:
                continue
            large = unit * (4 * args.size // len(unit))
            took4 = _seconds(_scan, pattern, large)
            if took4 > GROWTH * took:
                flagged += 1
                print(f"{name:40} {unit!r:16} {took:.4f} s -> {took4:.4f} s (x4 input)")
    if args.parse:
        for unit in [*UNITS, "Ann Lee said. ", '"A," B said. ', "He said ", "\n\nA\n\n"]:
            small = "T\n\n" + unit * (args.size // len(unit))
            large = "T\n\n" + unit * (8 * args.size // len(unit))
            took = max(_seconds(_parse, None, small), NOISE)
            took8 = _seconds(_parse, None, large)
            if took8 > 20 * took:
                flagged += 1
                print(f"parse {unit!r:16} {took:.4f} s -> {took8:.4f} s (x8 input)")
    print(f"superlinear: {flagged}")


if __name__ == "__main__":
    main()
