"""Where a full parse spends its time: microseconds per article for each stage.

    python bench/stage_profile.py [CORPUS_DIR] [--repeat 7]

Each run parses every article of the corpus (default: tests/fixtures/corpus) structure-only,
then runs the later stages one at a time on the result, timing each over the whole corpus:

* ``lines and blocks``: the blank-line blocks (``lines.block_table``, the floor of every parse);
* ``header, titles, byline, body``: the rest of a structure-only parse;
* ``sentences``: sentence spans of every body paragraph (computed once, then kept);
* ``quotes``, ``speakers``, ``claims``: the three text stages, as ``parse`` runs them.

Stages are timed with ``time.perf_counter``; each figure is the best of ``--repeat`` runs (the
least disturbed by other work on the machine). The last line is the sum, next to a full
``parse`` of the same texts for comparison.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse.lines import block_table
from newsparse.models import Article

HERE = Path(__file__).resolve().parent


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def one_run(texts: list[str]) -> dict[str, float]:
    """Seconds spent in each stage over all of ``texts``, in pipeline order."""
    from newsparse import claims, quotes, speakers  # noqa: PLC0415  (after the warm-up)

    structure = newsparse.ParseOptions(quotes=False, claims=False)
    full = newsparse.ParseOptions()
    spent: dict[str, float] = {}
    spent["lines and blocks"], _ = _timed(lambda: [block_table(t) for t in texts])
    took, parsed = _timed(
        lambda: [(t, a) for t in texts for a in newsparse.iter_articles(t, structure)]
    )
    articles: list[tuple[str, Article]] = parsed  # type: ignore[assignment]
    spent["header, titles, byline, body"] = took - spent["lines and blocks"]
    spent["sentences"], _ = _timed(lambda: [p.sentences for _, a in articles for p in a.paragraphs])
    spent["quotes"], found = _timed(
        lambda: [quotes.find_quotes(t, a.paragraphs, options=full)[0] for t, a in articles]
    )
    found_quotes: list[tuple[newsparse.Quote, ...]] = found  # type: ignore[assignment]
    spent["speakers"], attributed = _timed(
        lambda: [
            speakers.attribute(t, a.paragraphs, q, options=full)
            for (t, a), q in zip(articles, found_quotes, strict=True)
        ]
    )
    with_speakers: list[tuple[newsparse.Quote, ...]] = attributed  # type: ignore[assignment]
    spent["claims"], _ = _timed(
        lambda: [
            claims.find_claims(t, a.paragraphs, q, options=full)
            for (t, a), q in zip(articles, with_speakers, strict=True)
        ]
    )
    spent["full parse (for comparison)"], _ = _timed(
        lambda: [a for t in texts for a in newsparse.iter_articles(t, full)]
    )
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=HERE.parent / "tests" / "fixtures" / "corpus", type=Path
    )
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    texts = [p.read_bytes().decode("utf-8-sig") for p in sorted(args.corpus.glob("*.txt"))]
    n = sum(1 for t in texts for _ in newsparse.iter_articles(t))  # also warms every stage
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for stage, seconds in one_run(texts).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    comparison = best.pop("full parse (for comparison)")
    total = sum(best.values())
    print(f"{n} articles, best of {args.repeat} runs, µs per article")
    print(f"{'stage':32} {'µs':>8} {'share':>7}")
    for stage, seconds in best.items():
        print(f"{stage:32} {seconds / n * 1e6:8.0f} {seconds / total:7.1%}")
    print(f"{'sum of the stages':32} {total / n * 1e6:8.0f}")
    print(f"{'full parse (for comparison)':32} {comparison / n * 1e6:8.0f}")


if __name__ == "__main__":
    main()
