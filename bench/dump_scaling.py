"""Articles/s when a whole dump is passed as one str, by dump size: it should stay flat.

python bench/dump_scaling.py
"""

from __future__ import annotations

import time
from pathlib import Path

import newsparse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"


def main() -> None:
    texts = [p.read_text("utf-8-sig") for p in sorted(CORPUS.glob("*.txt")) if "dump" not in p.name]
    with_header = [t for t in texts if t.split("\n", 1)[0].rstrip().lower().endswith("read")]
    for copies in (1, 4, 16):
        dump = "\n\n".join(with_header * copies)
        began = time.perf_counter()
        n = sum(1 for _ in newsparse.iter_articles(dump))
        rate = n / (time.perf_counter() - began)
        print(f"{n:5d} articles in one str: {rate:7.1f} articles/s")


if __name__ == "__main__":
    main()
