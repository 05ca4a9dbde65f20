"""Fit the check-worthiness model shipped in ``src/newsparse/data/claim_model.json``.

usage: python bench/fit_claims.py DATA_DIR [-o OUT.json]

DATA_DIR is the CLEF-2019 CheckThat! Task 1 training directory (``*.tsv`` debates,
``line<TAB>speaker<TAB>text<TAB>label``). The data itself is never copied into the repo.

The model is an L2-regularised logistic regression over ``newsparse._claim_model.features``
(hand-written ``h:`` features plus ``w:`` unigram and ``b:`` bigram indicators of words
seen in at least ``MIN_COUNT`` training sentences), with positive sentences up-weighted so
both classes carry the same total weight. It is fitted with full-batch Adam in numpy
(deterministic: fixed order, no sampling). Then :func:`adapt` re-weighs it for news: a second,
small logistic fit on the labelled sentences of the news corpus gold (``--corpus``, default
``tests/fixtures/corpus``) whose inputs are the debate model's logit and the hand-written
features only, folded back into one set of weights. Weights are rounded and tiny ones dropped
so the shipped file stays small; ``bench/claims_clef.py`` cross-validates this same procedure.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsparse._claim_model import features, model_payload
from newsparse.paragraphs import plain_paragraphs

L2 = 30.0
"""Penalty on the squared weights (the bias is not penalised), per unit of sample weight."""
MIN_COUNT = 3
"""A word feature must occur in this many training sentences to get a weight."""
STEPS = 400
"""Adam steps (full batch)."""
LEARNING_RATE = 0.05
DROP_BELOW = 0.002
"""Weights smaller than this in absolute value are not shipped."""
DIGITS = 4
"""Decimal places kept in the shipped weights."""
WORD_FEATURES = True
"""Whether the model reads word features (leave-one-debate-out MAP 0.219 with them, 0.212 without)."""
ADAPT_L2 = 1.0
"""Penalty of the news re-weighing (see :func:`adapt`)."""
ADAPT_STEPS = 2000


def read_debates(data_dir: str | Path) -> list[tuple[str, list[str], list[int]]]:
    """Every debate of DATA_DIR as (name, sentences, labels), in name order."""
    out = []
    for path in sorted(Path(data_dir).glob("*.tsv")):
        rows = []
        with open(path, encoding="utf-8", newline="") as handle:
            for physical in handle:
                raw = physical.rstrip("\r\n")
                if raw.strip():
                    number, _speaker, text, label = next(csv.reader([raw], delimiter="\t"))
                    rows.append((int(number), text, int(label)))
        rows.sort()
        out.append((path.stem, [r[1] for r in rows], [r[2] for r in rows]))
    return out


def fit(
    feats: Sequence[dict[str, float]],
    labels: Sequence[int],
    *,
    l2: float = L2,
    min_count: int = MIN_COUNT,
    steps: int = STEPS,
) -> tuple[float, dict[str, float]]:
    """Fit the logistic model on precomputed feature dicts; returns (bias, weights)."""
    counts: Counter[str] = Counter()
    for f in feats:
        counts.update(f)
    names = sorted(n for n, c in counts.items() if n.startswith("h:") or c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for n, v in f.items():
            j = index.get(n)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(v)
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    val = np.asarray(vals, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    n_pos = max(float(y.sum()), 1.0)
    n_neg = max(float(len(y) - y.sum()), 1.0)
    sw = np.where(y > 0, 0.5 / n_pos, 0.5 / n_neg)  # balanced, sums to 1
    w, b = _adam((row, col, val), y, sw, len(names), l2 / len(y), steps)
    weights = {
        n: round(float(w[i]), DIGITS) for i, n in enumerate(names) if abs(w[i]) >= DROP_BELOW
    }
    return round(b, DIGITS), weights


def _adam(
    matrix: tuple[np.ndarray, np.ndarray, np.ndarray],
    y: np.ndarray,
    sw: np.ndarray,
    dim: int,
    l2: float,
    steps: int,
) -> tuple[np.ndarray, float]:
    """Minimise the weighted logistic loss plus l2/2·|w|² over a sparse (row, col, val) matrix."""
    row, col, val = matrix
    theta = np.zeros(dim + 1)
    m = np.zeros(dim + 1)
    v = np.zeros(dim + 1)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    n = len(y)
    for t in range(1, steps + 1):
        w, b = theta[:dim], theta[dim]
        z = np.bincount(row, weights=val * w[col], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        r = sw * (p - y)
        grad = np.empty(dim + 1)
        grad[:dim] = np.bincount(col, weights=val * r[row], minlength=dim) + l2 * w
        grad[dim] = r.sum()
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        step = LEARNING_RATE * math.sqrt(1 - beta2**t) / (1 - beta1**t)
        theta = theta - step * m / (np.sqrt(v) + eps)
    return theta[:dim], float(theta[dim])


NOTE = (
    "Logistic regression over newsparse._claim_model.features (hand-written h: features, "
    "w: unigrams and b: bigrams seen in >= {min_count} sentences), L2 = {l2}, classes "
    "balanced, fitted by bench/fit_claims.py with full-batch Adam ({steps} steps) on the "
    "19 training debates of CLEF-2019 CheckThat! Task 1 ({n} sentences, {pos} check-worthy). "
    "Then re-weighed for news by fit_claims.adapt: a second logistic fit (L2 = {adapt_l2}) on "
    "the {news} sentences of the corpus gold (tests/fixtures/corpus claims_positive / "
    "claims_negative) whose inputs are the debate model's logit and the h: features, folded "
    "back into these weights. Weights below {drop} are dropped, the rest rounded to {digits} "
    "places. Leave-one-debate-out MAP of this procedure: bench/claims_clef.py."
)


def corpus_sentences(corpus_dir: str | Path) -> list[tuple[str, int]]:
    """The sentences of the news corpus gold that hold a ``claims_positive`` (label 1) or
    ``claims_negative`` (label 0) substring, once each, in file order."""
    out: dict[str, int] = {}
    for gold_path in sorted(Path(corpus_dir).glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        text = text_path.read_bytes().decode("utf-8-sig")
        gold = json.loads(gold_path.read_text("utf-8"))
        sentences = [s.text for p in plain_paragraphs(text) for s in p.sentences]
        for article in gold.get("articles", [gold]):
            for key, label in (("claims_positive", 1), ("claims_negative", 0)):
                for part in article.get(key, []):
                    hosts = [s for s in sentences if part in s]
                    if hosts:
                        out.setdefault(hosts[0], label)
    return list(out.items())


def adapt(
    bias: float,
    weights: dict[str, float],
    news: Sequence[tuple[str, int]],
    *,
    l2: float = ADAPT_L2,
) -> tuple[float, dict[str, float]]:
    """Re-weigh the debate model for news: a second logistic fit on the news sentences whose
    inputs are the debate model's logit and the hand-written features only. The result is
    folded back into ONE linear model: every weight is scaled by the logit's coefficient and
    the hand-written weights get their corrections added."""
    feats = [features(t) for t, _ in news]
    hand = sorted({k for f in feats for k in f if k.startswith("h:")})
    rows: list[dict[str, float]] = []
    for f in feats:
        z = bias + sum(weights.get(k, 0.0) * v for k, v in f.items())
        row = {"logit": z}
        row.update({k: v for k, v in f.items() if k.startswith("h:")})
        rows.append(row)
    names = ["logit", *hand]
    index = {n: i for i, n in enumerate(names)}
    row_i, col_i, vals = [], [], []
    for r, row in enumerate(rows):
        for k, v in row.items():
            row_i.append(r)
            col_i.append(index[k])
            vals.append(v)
    y = np.asarray([label for _, label in news], dtype=np.float64)
    n_pos, n_neg = max(float(y.sum()), 1.0), max(float(len(y) - y.sum()), 1.0)
    sw = np.where(y > 0, 0.5 / n_pos, 0.5 / n_neg)
    coef, c = _adam(
        (np.asarray(row_i), np.asarray(col_i), np.asarray(vals, dtype=np.float64)),
        y,
        sw,
        len(names),
        l2 / len(y),
        ADAPT_STEPS,
    )
    scale = float(coef[0])
    merged = {k: w * scale for k, w in weights.items()}
    for k in hand:
        merged[k] = merged.get(k, 0.0) + float(coef[index[k]])
    out = {k: round(w, DIGITS) for k, w in merged.items() if abs(w) >= DROP_BELOW}
    return round(bias * scale + c, DIGITS), out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", help="CLEF-2019 Task 1 training directory (*.tsv)")
    parser.add_argument(
        "-o",
        "--out",
        default=str(Path(__file__).parent.parent / "src/newsparse/data/claim_model.json"),
    )
    parser.add_argument(
        "--corpus",
        default=str(Path(__file__).parent.parent / "tests/fixtures/corpus"),
        help="news corpus with claims_positive/negative gold for the news re-weighing ('' for none)",
    )
    args = parser.parse_args(argv)
    debates = read_debates(args.data_dir)
    texts = [t for _, ts, _ in debates for t in ts]
    labels = [y for _, _, ys in debates for y in ys]
    bias, weights = fit([features(t, words=WORD_FEATURES) for t in texts], labels)
    news = corpus_sentences(args.corpus) if args.corpus else []
    if news:
        bias, weights = adapt(bias, weights, news)
    note = NOTE.format(
        min_count=MIN_COUNT,
        l2=L2,
        steps=STEPS,
        n=len(texts),
        pos=sum(labels),
        adapt_l2=ADAPT_L2,
        news=len(news),
        drop=DROP_BELOW,
        digits=DIGITS,
    )
    payload = model_payload(note, bias, weights, words=WORD_FEATURES)
    Path(args.out).write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, bias {bias}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
