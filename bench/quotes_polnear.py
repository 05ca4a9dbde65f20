"""Run newsparse's quotes and speakers stages on a PolNeAR split; write scorer predictions.

usage: python bench/quotes_polnear.py SPLIT_DIR OUT.jsonl

SPLIT_DIR holds ``text/NAME.txt`` (as ../shared/bench/polnear-dev does). Each output line is
``{"id", "quotes": [{"start", "end", "speaker_start", "speaker_end", "speaker"}]}`` with one
entry per quote SEGMENT (the gold counts each segment of a split or multi-paragraph quote),
offsets of the quoted words without marks, and the span of the mention that attributes the
quote. Scare quotes are left out: they have no speaker and the gold does not count them.

Score with the shared scorer:

    python3 ../shared/bench/polnear_gold.py dev --polnear ../shared/bench/polnear-dev -o /tmp/gold_dev.jsonl
    python3 ../shared/bench/quote_eval.py /tmp/gold_dev.jsonl OUT.jsonl

The data is not newsparse's and is never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsparse.models import QuoteKind
from newsparse.quotes import extract_quotes


def predict(text: str) -> list[dict[str, object]]:
    """One prediction per segment of every non-scare quote of ``text``."""
    out: list[dict[str, object]] = []
    for quote in extract_quotes(text):
        if quote.kind is QuoteKind.SCARE:
            continue
        mention = quote.speaker_mention
        for seg in quote.segments:
            out.append(
                {
                    "start": seg.start,
                    "end": seg.end,
                    "speaker_start": None if mention is None else mention.start,
                    "speaker_end": None if mention is None else mention.end,
                    "speaker": quote.speaker,
                }
            )
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split_dir", type=Path, help="PolNeAR split folder holding text/")
    ap.add_argument("out", type=Path, help="predictions JSONL to write")
    args = ap.parse_args(argv)
    paths = sorted((args.split_dir / "text").glob("*.txt"))
    began = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as f:
        for path in paths:
            text = path.read_bytes().decode("utf-8")
            row = {"id": path.stem, "quotes": predict(text)}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    took = time.perf_counter() - began
    print(f"{len(paths)} articles in {took:.2f} s ({len(paths) / took:.0f} articles/s)")


if __name__ == "__main__":
    main()
