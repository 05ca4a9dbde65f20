"""The five-minute tour: parse a file, walk the quotes, filter claims, write Parquet, use Dask.

Run it from the repository root: ``python docs/examples/tour.py``. The test suite runs it too
(tests/test_tour.py), so it cannot go stale.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import dask
import pyarrow.parquet as pq

import newsparse
from newsparse.dask import read_articles, to_dataframe
from newsparse.tabular import to_arrow

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "seed.txt"


def main() -> None:
    """Walk through the main features on the bundled sample article."""
    # 1. Parse a file.
    article = newsparse.parse_file(SAMPLE)
    print(article.title, "|", article.header.category if article.header else "-")

    # 2. Walk the quotes: who said what, and where.
    text = SAMPLE.read_text("utf-8")
    for quote in article.quotes:
        first = quote.segments[0]
        assert text[first.start : first.end] == first.text
        print(f"{quote.speaker or '?':15} {quote.kind.value:8} {quote.text[:60]}")

    # 3. Filter claims: the surest statistics and dated events.
    for claim in article.claims:
        kinds = {k.value for k in claim.kinds}
        if claim.score >= 0.7 and kinds & {"statistic", "temporal"}:
            print(f"{claim.score:.2f} {sorted(kinds)} {claim.text[:70]}")

    # 4. Write Parquet (the `parquet` extra): one row per article, nested columns.
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "articles.parquet"
        pq.write_table(to_arrow([article]), out)
        back = pq.read_table(out)
        print(back.num_rows, "row,", len(back.column("quotes")[0]), "quotes in Parquet")

        # 5. The same on Dask (the `dask` extra): a bag of article dicts, then a dataframe.
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "a.txt").write_bytes(SAMPLE.read_bytes())
        with dask.config.set(scheduler="sync"):
            bag = read_articles(str(corpus / "*.txt"))
            frame = to_dataframe(bag)
            print(frame["title"].compute().tolist())


if __name__ == "__main__":
    main()
