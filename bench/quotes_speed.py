"""Median time of newsparse's quotes + speakers stages per ~3 KB article, on one core.

usage: python bench/quotes_speed.py [DIR ...] [--repeat N]

Reads every ``*.txt`` under the given folders (default: ``tests/fixtures/corpus``; pass a
PolNeAR ``text/`` folder for real news), cuts each into pieces of about 3 KB at paragraph
boundaries, and times ``find_quotes`` + ``attribute`` on each piece (paragraph splitting is
the parser's work and is done beforehand). Prints the median and 90th percentile in
microseconds per piece, and the same for textacy's ``direct_quotations`` when textacy and
spaCy's ``en_core_web_sm`` are installed.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from pathlib import Path

from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.quotes import find_quotes
from newsparse.speakers import attribute

TARGET_CHARS = 3000


def pieces(paths: list[Path]) -> list[str]:
    """~3 KB pieces of the articles, cut at blank lines."""
    out = []
    for path in paths:
        text = path.read_bytes().decode("utf-8-sig")
        buf: list[str] = []
        size = 0
        for block in text.split("\n\n"):
            buf.append(block)
            size += len(block) + 2
            if size >= TARGET_CHARS:
                out.append("\n\n".join(buf))
                buf, size = [], 0
        if size > TARGET_CHARS // 2:
            out.append("\n\n".join(buf))
    return out


def time_newsparse(texts: list[str], repeat: int) -> list[float]:
    """Microseconds per piece (best of ``repeat`` runs each)."""
    opts = ParseOptions()
    prepared = [(t, plain_paragraphs(t)) for t in texts]
    out = []
    for text, paragraphs in prepared:
        best = float("inf")
        for _ in range(repeat):
            began = time.perf_counter()
            quotes, _ = find_quotes(text, paragraphs, options=opts)
            attribute(text, paragraphs, quotes, options=opts)
            best = min(best, time.perf_counter() - began)
        out.append(best * 1e6)
    return out


def time_textacy(texts: list[str]) -> list[float] | None:
    """Microseconds per piece for textacy 0.13 direct_quotations, if it is installed."""
    try:
        import spacy  # noqa: PLC0415
        from textacy.extract import direct_quotations  # noqa: PLC0415

        nlp = spacy.load("en_core_web_sm")
    except (ImportError, OSError):
        return None
    out = []
    for text in texts:
        began = time.perf_counter()
        for para in text.split("\n\n"):
            with contextlib.suppress(ValueError):
                list(direct_quotations(nlp(para)))
        out.append((time.perf_counter() - began) * 1e6)
    return out


def report(name: str, micros: list[float]) -> None:
    q = statistics.quantiles(micros, n=10)
    print(
        f"{name}: {len(micros)} pieces, median {statistics.median(micros):.0f} µs, p90 {q[-1]:.0f} µs"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[Path("tests/fixtures/corpus")])
    ap.add_argument("--repeat", type=int, default=5, help="runs per piece; the best counts")
    args = ap.parse_args(argv)
    paths = sorted(p for d in args.dirs for p in d.glob("*.txt"))
    if not paths:
        ap.error(
            f"no *.txt in {', '.join(map(str, args.dirs))} (for PolNeAR, pass its text/ folder)"
        )
    texts = pieces(paths)
    print(f"mean piece: {statistics.mean(len(t) for t in texts):.0f} characters")
    report("newsparse quotes+speakers", time_newsparse(texts, args.repeat))
    textacy = time_textacy(texts)
    if textacy is None:
        print(
            "textacy: not installed (pip install textacy && python -m spacy download en_core_web_sm)"
        )
    else:
        report("textacy direct_quotations (per paragraph)", textacy)


if __name__ == "__main__":
    main()
