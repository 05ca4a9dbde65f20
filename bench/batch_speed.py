"""Corpus-scale speed: articles/s per configuration against a floor, jobs scaling, memory,
import and CLI start-up time, dateparser share, and the peers when installed.

    python bench/batch_speed.py [CORPUS_DIR] [--articles N] [--repeat R]

Without CORPUS_DIR a corpus of ~3 KB generated articles (tests/corpus_gen.py) is written to a
temporary folder. Rates are medians of R runs on one core; ratios are against the floor
(reading the files and splitting them into blank-line blocks) measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import corpus_gen  # noqa: E402
import newsparse  # noqa: E402
from newsparse.serialize import to_json  # noqa: E402


def median_rate(n: int, run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return n / statistics.median(times)


def build_corpus(folder: Path, n: int) -> list[Path]:
    rng = random.Random(7)
    paths = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(corpus_gen.article(rng), encoding="utf-8")
        paths.append(path)
    return paths


def floor(paths: list[Path]) -> None:
    for p in paths:
        text = p.read_bytes().decode("utf-8")
        [b for b in text.split("\n\n") if b.strip()]


def parse_all(paths: list[Path], options: newsparse.ParseOptions, out: bool = False) -> None:
    sink = io.StringIO()
    for p in paths:
        for a in newsparse.iter_articles(p, options):
            if out:
                sink.write(to_json(a) + "\n")


# As an installed package runs: byte code cached (pip writes it at install time), so
# PYTHONDONTWRITEBYTECODE is dropped and one untimed run comes first.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cli_seconds(args: list[str], repeat: int) -> float:
    times = []
    for k in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "newsparse", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_ENV,
        )
        if k:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_ms(repeat: int) -> float:
    code = "import time; t = time.perf_counter(); import newsparse; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_ENV
            ).stdout
        )
        for _ in range(repeat + 1)
    ]
    return statistics.median(runs[1:]) * 1000


def stream_memory_mb(folder: Path, n: int) -> float:
    """Resident memory after parsing ``n`` articles of one dump in a stream (fresh process)."""
    dump = folder / "dump.txt"
    rng = random.Random(3)
    with dump.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(("\n\n" if i else "") + corpus_gen.article(rng))
    # The peak is read from /proc (VmHWM, kB) where there is one: ru_maxrss survives exec on
    # Linux, so a child started by a large parent would report the parent's size.
    code = (
        "import resource, sys, newsparse\n"
        "from newsparse.serialize import to_json\n"
        "n = sum(1 for a in newsparse.iter_articles(__import__('pathlib').Path(sys.argv[1]))"
        " if to_json(a))\n"
        "try:\n"
        "    status = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "    peak = int(status) / 1024\n"
        "except (OSError, IndexError):\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(n, peak)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(dump)], capture_output=True, text=True, check=True
    )
    count, rss = out.stdout.split()
    assert int(count) == n, (count, n)
    return float(rss)


def dateparser_share(paths: list[Path]) -> tuple[int, int]:
    from newsparse import dates  # noqa: PLC0415  (optional peer, guarded)

    total = via = 0
    for p in paths:
        a = newsparse.parse_file(p, options=newsparse.ParseOptions(quotes=False, claims=False))
        for d in (a.byline.published, a.byline.updated):
            if d is None:
                continue
            total += 1
            reading = dates.read_date(d.text)
            via += bool(reading is not None and reading.via_dateparser)
    return total, via


def peers(texts: list[str], repeat: int) -> list[tuple[str, float]]:
    found = []
    with contextlib.suppress(ImportError, OSError):
        import spacy  # noqa: PLC0415  (optional peer, guarded)
        import textacy.extract  # noqa: PLC0415  (optional peer, guarded)

        nlp = spacy.load("en_core_web_sm")
        sample = texts[:20]
        rate = median_rate(
            len(sample),
            lambda: [list(textacy.extract.triples.direct_quotations(nlp(t))) for t in sample],
            1,
        )
        found.append(("textacy+spaCy quotes", rate))
    with contextlib.suppress(ImportError):
        import pysbd  # noqa: PLC0415  (optional peer, guarded)

        seg = pysbd.Segmenter(language="en", clean=False)
        sample = texts[:100]
        found.append(
            (
                "pysbd sentences",
                median_rate(len(sample), lambda: [seg.segment(t) for t in sample], 1),
            )
        )
    with contextlib.suppress(ImportError):
        import trafilatura  # noqa: PLC0415  (optional peer, guarded)

        pages = [
            "<html><head><title>{}</title></head><body><article>{}</article></body></html>".format(
                t.split("\n\n")[1], "".join(f"<p>{p}</p>" for p in t.split("\n\n")[2:])
            )
            for t in texts[:200]
        ]
        found.append(
            (
                "trafilatura metadata",
                median_rate(
                    len(pages), lambda: [trafilatura.extract_metadata(h) for h in pages], repeat
                ),
            )
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", help="a folder of .txt articles (default: generated)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-articles", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.corpus:
            paths = sorted(Path(args.corpus).rglob("*.txt"))[: args.articles]
        else:
            (folder / "corpus").mkdir()
            paths = build_corpus(folder / "corpus", args.articles)
        n = len(paths)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        kb = sum(len(t) for t in texts) / n / 1000
        structure = newsparse.ParseOptions(quotes=False, claims=False)
        full = newsparse.ParseOptions()
        parse_all(paths[:50], full, out=True)  # warm caches and lazy imports

        rows: list[tuple[str, float]] = []
        base = median_rate(n, lambda: floor(paths), args.repeat)
        rows.append(("floor: read + split blocks", base))
        rows.append(
            ("structure only", median_rate(n, lambda: parse_all(paths, structure), args.repeat))
        )
        rows.append(("full parse", median_rate(n, lambda: parse_all(paths, full), args.repeat)))
        rows.append(
            (
                "full parse + JSON Lines",
                median_rate(n, lambda: parse_all(paths, full, True), args.repeat),
            )
        )

        print(f"{n} articles of {kb:.1f} KB on one core, medians of {args.repeat} runs\n")
        print(f"{'configuration':34} {'articles/s':>12} {'x floor':>10}")
        for name, rate in rows:
            print(f"{name:34} {rate:12,.0f} {rate / base:10.3f}")

        corpus_dir = str(paths[0].parent)
        out = folder / "o.jsonl"
        one = cli_seconds(["parse", corpus_dir, "-q", "--jobs", "1", "-o", str(out), "--force"], 1)
        two = cli_seconds(["parse", corpus_dir, "-q", "--jobs", "2", "-o", str(out), "--force"], 1)
        print(
            f"\nCLI full parse to JSONL: --jobs 1 {n / one:,.0f}/s, --jobs 2 {n / two:,.0f}/s "
            f"(x{one / two:.2f}; {os.cpu_count()} cores)"
        )
        print(f"import newsparse: {import_ms(max(args.repeat, 5)):.0f} ms")
        print(
            f"newsparse parse one.txt: {cli_seconds(['parse', str(paths[0])], max(args.repeat, 5)) * 1000:.0f} ms wall"
        )
        for label, some in (
            ("generated", paths[:500]),
            ("gold corpus", sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))),
        ):
            total, via = dateparser_share(some)
            if total:
                share = 100 * (total - via) / total
                print(
                    f"byline dates decided without dateparser ({label}): {share:.1f} % of {total}"
                )
        if args.memory_articles:
            rss = stream_memory_mb(folder, args.memory_articles)
            print(
                f"resident memory after {args.memory_articles:,} articles in a stream: {rss:.1f} MB"
            )
        structure_rate, full_rate = rows[1][1], rows[2][1]
        for name, rate in peers(texts, args.repeat):
            print(
                f"peer {name:24} {rate:9,.1f}/s   newsparse is x{structure_rate / rate:,.1f} "
                f"(structure only), x{full_rate / rate:,.1f} (full parse)"
            )


if __name__ == "__main__":
    main()
