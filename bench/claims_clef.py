"""Leave-one-debate-out cross-validated MAP of newsparse's check-worthiness model.

usage: python bench/claims_clef.py DATA_DIR [--eval PATH/clef_eval.py] [--l2 X] [--min-count N]

For each of the debates in DATA_DIR (CLEF-2019 CheckThat! Task 1 training), the model is
fitted by ``bench/fit_claims.py``'s procedure on all the OTHER debates, and the held-out
debate is scored with it. The official metric (``clef_eval.py``, imported from its path,
never copied) then ranks each debate by those scores and averages over debates. Training-set
MAP of the shipped model would mean nothing; this number is the honest guide.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))

import fit_claims

from newsparse._claim_model import features, make_model, score


def load_eval(path: str) -> ModuleType:
    """Import clef_eval.py from its path."""
    spec = importlib.util.spec_from_file_location("clef_eval", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["clef_eval"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument(
        "--eval", default=None, help="clef_eval.py (default: DATA_DIR/../clef_eval.py)"
    )
    parser.add_argument("--l2", type=float, default=fit_claims.L2)
    parser.add_argument("--min-count", type=int, default=fit_claims.MIN_COUNT)
    parser.add_argument(
        "--corpus",
        default=str(Path(__file__).parent.parent / "tests/fixtures/corpus"),
        help="news corpus for fit_claims.adapt, as in the shipped fit ('' to skip)",
    )
    parser.add_argument(
        "--words",
        action=argparse.BooleanOptionalAction,
        default=fit_claims.WORD_FEATURES,
        help="use word features as well as the hand-written ones",
    )
    args = parser.parse_args(argv)
    clef = load_eval(args.eval or str(Path(args.data_dir).resolve().parent / "clef_eval.py"))
    debates = clef.collect_gold([args.data_dir])
    began = time.perf_counter()
    feats = {d.name: [features(s.text, words=args.words) for s in d.sentences] for d in debates}
    news = fit_claims.corpus_sentences(args.corpus) if args.corpus else []
    scores: dict[str, float] = {}
    for held in debates:
        train = [d for d in debates if d.name != held.name]
        bias, weights = fit_claims.fit(
            [f for d in train for f in feats[d.name]],
            [s.label for d in train for s in d.sentences],
            l2=args.l2,
            min_count=args.min_count,
        )
        if news:
            bias, weights = fit_claims.adapt(bias, weights, news)
        model = make_model(bias, weights, words=args.words)
        for s in held.sentences:
            scores[s.id] = score(model, s.text)
    per_debate, means = clef.evaluate(debates, scores)
    print(clef.render_table(debates, per_debate, means))
    print(
        f"leave-one-debate-out MAP {means['MAP']:.4f} (l2={args.l2}, min_count={args.min_count}"
        f"{', words' if args.words else ', hand-written features only'}{', news re-weighing' if news else ''}; {time.perf_counter() - began:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
