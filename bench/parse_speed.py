"""Parse speed of newsparse on a corpus of article files, and its import time.

    python bench/parse_speed.py [CORPUS_DIR] [--repeat 7] [--structure-only]
    python bench/parse_speed.py --against OTHER/src [--rounds-ab 6] [--structure-only]

CORPUS_DIR defaults to tests/fixtures/corpus. Reports the best and the median of several
runs, in articles per second on one core, next to the floor (reading and splitting the same
texts into blank-line blocks), and the wall time of ``import newsparse`` in a fresh process.

``--against`` compares this checkout with another one (its ``src`` folder, for instance a
``git worktree`` of an older commit) on a busy machine: fresh processes of the two take
turns, each timing structure-only (or full) parses with ``time.process_time``, and the best
and the median microseconds per article of each side are printed, with their ratio.
"""

from __future__ import annotations

import argparse
import os
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


def per_article(texts: list[str], options: newsparse.ParseOptions, repeat: int) -> list[float]:
    """CPU microseconds per article of ``repeat`` runs, each 20 passes over ``texts``."""
    n = sum(1 for t in texts for _ in newsparse.iter_articles(t, options))  # also warms up
    runs = []
    for _ in range(repeat):
        began = time.process_time()
        for _ in range(20):
            for t in texts:
                for _a in newsparse.iter_articles(t, options):
                    pass
        runs.append((time.process_time() - began) / 20 / n * 1e6)
    return runs


def compare(corpus: Path, other: Path, rounds: int, structure_only: bool) -> None:
    """Interleaved runs of this checkout and ``other`` (a ``src`` folder), in fresh processes."""
    sides = {"this": HERE.parent / "src", "other": other.resolve()}
    found: dict[str, list[float]] = {name: [] for name in sides}
    for r in range(rounds):
        for name in list(sides) if r % 2 == 0 else list(sides)[::-1]:
            command = [sys.executable, __file__, str(corpus), "--one"]
            command += ["--structure-only"] if structure_only else []
            env = {**os.environ, "PYTHONPATH": str(sides[name])}
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            found[name] += map(float, out.stdout.split())
    for name, runs in found.items():
        print(
            f"{name:6s} {sides[name]}: best {min(runs):7.1f} µs/article "
            f"({1e6 / min(runs):6.0f}/s), median {statistics.median(runs):7.1f}"
        )
    this, other_runs = found["this"], found["other"]
    print(
        f"speed-up: best {min(other_runs) / min(this):.2f}x, "
        f"median {statistics.median(other_runs) / statistics.median(this):.2f}x"
    )


def table(texts: list[str], rounds: int, repeat: int, structure_only: bool) -> None:
    """Print the floor, structure-only and (unless ``structure_only``) full-parse rates."""
    n = sum(len(list(newsparse.iter_articles(t))) for t in texts)
    kb = sum(len(t.encode()) for t in texts) / n / 1024
    configs = {
        "floor (split into blocks)": None,
        "structure only": newsparse.ParseOptions(quotes=False, claims=False),
        "full parse": newsparse.ParseOptions(),
    }
    if structure_only:
        del configs["full parse"]
    for t in texts:  # warm caches (lexicons, dateparser for the rare fallback)
        list(newsparse.iter_articles(t))
    print(f"{n} articles, {kb:.1f} KB each on average, {rounds} passes per run, {repeat} runs")
    floor_rate = None
    for name, options in configs.items():
        if options is None:

            def work() -> None:
                for _ in range(rounds):
                    for t in texts:
                        block_table(t)
        else:

            def work(options: newsparse.ParseOptions = options) -> None:
                for _ in range(rounds):
                    for t in texts:
                        for _a in newsparse.iter_articles(t, options):
                            pass

        runs = _time(work, repeat)
        best = n * rounds / min(runs)
        median = n * rounds / statistics.median(runs)
        floor_rate = floor_rate or best
        print(
            f"{name:28s} best {best:9.0f} art/s   median {median:9.0f} art/s   "
            f"{1e6 / best:7.0f} µs/article   floor ratio {floor_rate / best:5.1f}x"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=HERE.parent / "tests" / "fixtures" / "corpus", type=Path
    )
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=20, help="passes over the corpus per run")
    ap.add_argument("--structure-only", action="store_true", help="skip the full parse")
    ap.add_argument("--against", type=Path, help="another checkout's src folder to compare")
    ap.add_argument("--rounds-ab", type=int, default=6, help="turns of each side (--against)")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # one side of --against: print CPU µs per article of 5 runs
        options = newsparse.ParseOptions(
            quotes=not args.structure_only, claims=not args.structure_only
        )
        print(*per_article(_texts(args.corpus), options, 5))
        return
    if args.against is not None:
        compare(args.corpus, args.against, args.rounds_ab, args.structure_only)
        return
    table(_texts(args.corpus), args.rounds, args.repeat, args.structure_only)
    print(f"import newsparse: {import_time():.0f} ms (best of 5, fresh interpreter)")


if __name__ == "__main__":
    main()
