"""Speed of the claim stage: sentences per second and microseconds per article.

usage: python bench/claims_speed.py [CORPUS_DIR] [--repeat N]

* ``load_model``: reading the shipped weights (once per process, so every one-file command
  pays it);
* ``checkworthiness``: every sentence of the corpus bodies scored one call at a time
  (target: at least 5,000 sentences/s on one core);
* ``find_claims`` per article: what the claim stage adds to ``parse`` (body paragraphs and
  quotes already found), reported per article and scaled to 3 KB of text (target: at most
  300 µs for a 3 KB article), with the share of it that scoring every sentence takes (the
  rest reads the kinds, source and numbers of the sentences that pass the threshold).

The corpus defaults to ``tests/fixtures/corpus``; timings are the best of ``--repeat`` runs
of this process's CPU time (``time.process_time``), which other work on a shared machine
disturbs less than the wall clock; the median follows in brackets. To compare two versions,
run the script in a worktree of each, alternating, several times.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import newsparse
from newsparse._claim_model import load_model
from newsparse.claims import checkworthiness, find_claims
from newsparse.options import ParseOptions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus", nargs="?", default=str(Path(__file__).parent.parent / "tests/fixtures/corpus")
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    options = ParseOptions(quotes=False, claims=False)
    articles = []
    for path in sorted(Path(args.corpus).glob("*.txt")):
        text = path.read_bytes().decode("utf-8-sig")
        for article in newsparse.iter_articles(text, options):
            articles.append((text, article))
    sentences = [s.text for _, a in articles for p in a.paragraphs for s in p.sentences]
    loading, loading_median = _times(_reload_model, args.repeat)
    print(
        f"load_model (the shipped weights, paid once per process): {loading * 1000:.1f} ms "
        f"[{loading_median * 1000:.1f}]"
    )

    scoring, scoring_median = _times(lambda: [checkworthiness([s]) for s in sentences], args.repeat)
    print(
        f"checkworthiness: {len(sentences)} sentences, {len(sentences) / scoring:,.0f} "
        f"sentences/s [{len(sentences) / scoring_median:,.0f}]"
    )

    body_chars = sum(p.end - p.start for _, a in articles for p in a.paragraphs)
    opts = ParseOptions()
    best, median = _times(
        lambda: [find_claims(t, a.paragraphs, a.quotes, options=opts) for t, a in articles],
        args.repeat,
    )
    per_article = best / len(articles) * 1e6
    per_3kb = best / body_chars * 3072 * 1e6
    print(
        f"find_claims: {len(articles)} articles, {body_chars / len(articles):,.0f} body chars "
        f"on average, {per_article:,.0f} µs per article [{median / len(articles) * 1e6:,.0f}], "
        f"{per_3kb:,.0f} µs per 3 KB of body (scoring {scoring / best:.0%} of it)"
    )
    return 0


def _reload_model() -> None:
    load_model.cache_clear()
    load_model()


def _times(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best and the median CPU time of ``repeat`` runs of ``work``."""
    spent = []
    for _ in range(repeat):
        began = time.process_time()
        work()
        spent.append(time.process_time() - began)
    return min(spent), statistics.median(spent)


if __name__ == "__main__":
    raise SystemExit(main())
