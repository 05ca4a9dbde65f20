"""Parse speed of newsparse on a corpus of article files, and its import time.

    python bench/parse_speed.py [CORPUS_DIR] [--repeat 7] [--structure-only]

CORPUS_DIR defaults to tests/fixtures/corpus. Reports the best and the median of several
runs, in articles per second on one core, next to the floor (reading and splitting the same
texts into blank-line blocks), and the wall time of ``import newsparse`` in a fresh process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import newsparse
from newsparse.lines import block_table

HERE = Path(__file__).resolve().parent


def _texts(corpus: Path) -> list[str]:
    texts = []
    for path in sorted(corpus.glob("*.txt")):
        texts.append(path.read_bytes().decode("utf-8-sig"))
    return texts


def _time(fn: object, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append(time.perf_counter() - began)
    return runs


def import_time(repeat: int = 5) -> float:
    """Best wall time of ``import newsparse`` in a fresh interpreter, in milliseconds."""
    code = "import time; t=time.perf_counter(); import newsparse; print(time.perf_counter()-t)"
    best = min(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    )
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=HERE.parent / "tests" / "fixtures" / "corpus", type=Path
    )
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=20, help="passes over the corpus per run")
    args = ap.parse_args()
    texts = _texts(args.corpus)
    n = sum(len(list(newsparse.iter_articles(t))) for t in texts)
    kb = sum(len(t.encode()) for t in texts) / n / 1024
    configs = {
        "floor (split into blocks)": None,
        "structure only": newsparse.ParseOptions(quotes=False, claims=False),
        "full parse": newsparse.ParseOptions(),
    }
    for t in texts:  # warm caches (lexicons, dateparser for the rare fallback)
        list(newsparse.iter_articles(t))
    print(
        f"{n} articles, {kb:.1f} KB each on average, {args.rounds} passes per run, "
        f"{args.repeat} runs"
    )
    floor_rate = None
    for name, options in configs.items():
        if options is None:

            def work() -> None:
                for _ in range(args.rounds):
                    for t in texts:
                        block_table(t)
        else:

            def work(options: newsparse.ParseOptions = options) -> None:
                for _ in range(args.rounds):
                    for t in texts:
                        for _a in newsparse.iter_articles(t, options):
                            pass

        runs = _time(work, args.repeat)
        best = n * args.rounds / min(runs)
        median = n * args.rounds / statistics.median(runs)
        floor_rate = floor_rate or best
        print(
            f"{name:28s} best {best:9.0f} art/s   median {median:9.0f} art/s   "
            f"{1e6 / best:7.0f} µs/article   floor ratio {floor_rate / best:5.1f}x"
        )
    print(f"import newsparse: {import_time():.0f} ms (best of 5, fresh interpreter)")


if __name__ == "__main__":
    main()
