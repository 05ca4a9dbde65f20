"""Random number-word sentences against the quantities reader and the claims stage.

    python fuzz/fuzz_quantities.py [SEED] [COUNT]

Coverage-guided fuzzing rarely strings number words together the way numbers are written
("two hundred and fifty", "one in three", "1.5m", "three-quarters"), so this builds such
sequences from the shipped lexicons plus units, scales, signs and punctuation, and checks that
``find_quantities`` and ``extract_claims`` never raise, that every quantity slices its text
and that every value is a finite number; half the inputs take the shape of a ratio or a
compound (``<number> in <number> <word>``). It prints the failures (at most five) and their
count; the exit status is 1 when there is any. Run on the code before the fix, it finds the
``one in zero`` division by zero (now
``tests/test_claims.py::test_ratio_with_a_zero_denominator``).
"""

from __future__ import annotations

import math
import random
import sys

from newsparse import ParseOptions, extract_claims
from newsparse._lexicon import lexicon_lines
from newsparse.quantities import find_quantities

_EXTRA = (
    *[
        "in",
        "of",
        "a",
        "and",
        "-",
        "per",
        "cent",
        "percent",
        "%",
        "$",
        "€",
        "£",
        "m",
        "bn",
        "k",
        "million",
        "billion",
        "thousand",
        "hundred",
        ",",
        ".",
        "0",
        "00",
        "1,000",
        "3.5",
        "1e5",
        "½",
        "⅓",
        "²",
        "people",
        "km",
        "°C",
        "x",
        "times",
        "out",
        "half",
        "quarter",
        "dozen",
        "a.m.",
        "p.m.",
        "12:30",
        "1990s",
        "'90s",
        "#",
        "+",
        "-5",
        "−3",
        "1/2",
        "0/0",
        "zero",
        "nought",
        "nil",
        "’",
        "'",
    ],
    "  ",
    "\n",
)


_JOINERS = ("in", "of", "out of", "and", "-", "per", "to", "or", "by")


def _number_words() -> list[str]:
    words = [line.split("\t")[0] for line in lexicon_lines("number_words")]
    fractions = [line.split("\t")[0] for line in lexicon_lines("fraction_words")]
    return [*words, *fractions]


def _problem(text: str, options: ParseOptions) -> str | None:
    try:
        for q in find_quantities(text):
            if text[q.start : q.end] != q.text or not math.isfinite(q.value):
                return f"bad quantity {q!r}"
        extract_claims(f"Officials said {text} in 2024.", options=options)
    except Exception as exc:  # any exception is the finding
        return f"{type(exc).__name__}: {exc}"
    return None


def main() -> int:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    rng = random.Random(seed)
    numbers = _number_words()
    vocab = [*numbers, *_EXTRA]
    options = ParseOptions(quotes=False, claim_threshold=0.0)
    failures = 0
    for _ in range(count):
        if rng.random() < 0.5:  # the shape of a ratio or compound: "one in three voters"
            joiner = rng.choice(_JOINERS)
            text = f"{rng.choice(numbers)} {joiner} {rng.choice(numbers)} {rng.choice(vocab)}"
        else:
            parts = [rng.choice(vocab) + rng.choice([" ", " ", "-", "", ", "]) for _ in range(8)]
            text = "".join(parts[: rng.randint(1, 8)])
        problem = _problem(text, options)
        if problem is not None:
            failures += 1
            if failures <= 5:
                print(f"{text!r}: {problem}")
    print(f"{count} inputs, seed {seed}: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
