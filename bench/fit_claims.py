"""Fit the check-worthiness model shipped in ``src/newsparse/data/claim_model.json``.

usage: python bench/fit_claims.py DATA_DIR [-o OUT.json]

DATA_DIR is the CLEF-2019 CheckThat! Task 1 training directory (``*.tsv`` debates,
``line<TAB>speaker<TAB>text<TAB>label``). The data itself is never copied into the repo.

The model is an L2-regularised logistic regression over ``newsparse._claim_model.features``
(hand-written ``h:`` features plus ``w:`` unigram and ``b:`` bigram indicators of words
seen in at least ``MIN_COUNT`` training sentences), with positive sentences up-weighted so
both classes carry the same total weight. It is fitted with full-batch Adam in numpy
(deterministic: fixed order, no sampling). Weights are rounded and tiny ones dropped so the
shipped file stays small; ``bench/claims_clef.py`` cross-validates this same procedure.
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

from newsparse._claim_model import features

L2 = 3.0
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
PRIOR_SHIFT = 0.0
"""Added to the bias after fitting (the threshold note in claims.py explains its use)."""


def read_debates(data_dir: str | Path) -> list[tuple[str, list[str], list[int]]]:
    """Every debate of DATA_DIR as (name, sentences, labels), in name order."""
    out = []
    for path in sorted(Path(data_dir).glob("*.tsv")):
        rows = []
        with open(path, encoding="utf-8", newline="") as handle:
            for raw in handle:
                raw = raw.rstrip("\r\n")
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
    w, b = _adam(row, col, val, y, sw, len(names), l2 / len(y), steps)
    weights = {n: round(float(w[i]), DIGITS) for i, n in enumerate(names) if abs(w[i]) >= DROP_BELOW}
    return round(b + PRIOR_SHIFT, DIGITS), weights


def _adam(
    row: np.ndarray,
    col: np.ndarray,
    val: np.ndarray,
    y: np.ndarray,
    sw: np.ndarray,
    dim: int,
    l2: float,
    steps: int,
) -> tuple[np.ndarray, float]:
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
    "Weights below {drop} are dropped, the rest rounded to {digits} places."
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", help="CLEF-2019 Task 1 training directory (*.tsv)")
    parser.add_argument(
        "-o",
        "--out",
        default=str(Path(__file__).parent.parent / "src/newsparse/data/claim_model.json"),
    )
    args = parser.parse_args(argv)
    debates = read_debates(args.data_dir)
    texts = [t for _, ts, _ in debates for t in ts]
    labels = [y for _, _, ys in debates for y in ys]
    bias, weights = fit([features(t) for t in texts], labels)
    note = NOTE.format(
        min_count=MIN_COUNT,
        l2=L2,
        steps=STEPS,
        n=len(texts),
        pos=sum(labels),
        drop=DROP_BELOW,
        digits=DIGITS,
    )
    payload = {"note": note, "bias": bias, "weights": dict(sorted(weights.items()))}
    Path(args.out).write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, bias {bias}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
