"""One schema for CSV, Arrow and Parquet, derived from the JSON Schema of a record."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import newsparse
from newsparse import tabular
from newsparse.serialize import json_schema, to_dict

from .corpus_gen import article

pa = pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def articles() -> list[newsparse.Article]:
    rng = random.Random(11)
    return [newsparse.parse(article(rng, 1500), source=f"f{i}.txt") for i in range(6)]


def test_article_columns_are_the_record_keys_after_the_id() -> None:
    """The articles table is article_id then every key of the JSON Schema, in order."""
    assert tabular.column_names() == ("article_id", *json_schema()["properties"])


def test_arrow_rows_equal_the_dicts(articles: list[newsparse.Article]) -> None:
    """to_arrow keeps every nested value of to_dict (metadata as a map)."""
    table = newsparse.tabular.to_arrow(articles)
    assert table.schema.equals(tabular.arrow_schema())
    for row, a in zip(table.to_pylist(), articles, strict=True):
        row["byline"]["metadata"] = dict(row["byline"]["metadata"])
        assert row.pop("article_id") == f"{a.source}@{a.start}"
        assert row == to_dict(a)


@pytest.mark.parametrize("name", ["quotes", "claims", "paragraphs"])
def test_item_tables_have_one_row_per_item(articles: list[newsparse.Article], name: str) -> None:
    """Quote, claim and paragraph rows carry their article id and position."""
    table = tabular.to_arrow(articles, table=name)
    want = [(f"{a.source}@{a.start}", i) for a in articles for i, _ in enumerate(getattr(a, name))]
    got = list(
        zip(table.column("article_id").to_pylist(), table.column("index").to_pylist(), strict=True)
    )
    assert got == want
    assert want


def test_pandas_keeps_the_arrow_types(articles: list[newsparse.Article]) -> None:
    """to_pandas gives Arrow-typed columns by default, plain objects on request."""
    frame = tabular.to_pandas(articles)
    assert list(frame.columns) == list(tabular.column_names())
    assert str(frame["paragraphs"].dtype).startswith("list<element: struct<")
    plain = tabular.to_pandas(articles, table="paragraphs", arrow_dtypes=False)
    assert plain["text"].tolist() == [p.text for a in articles for p in a.paragraphs]


def test_parquet_round_trips(articles: list[newsparse.Article], tmp_path: Path) -> None:
    """A Parquet file written from to_arrow reads back with the same schema and rows."""
    pq = pytest.importorskip("pyarrow.parquet")
    table = tabular.to_arrow(articles)
    pq.write_table(table, tmp_path / "a.parquet")
    back = pq.read_table(tmp_path / "a.parquet")
    assert back.schema.remove_metadata().equals(table.schema)
    assert back.to_pylist() == table.to_pylist()


def test_unknown_table_is_refused() -> None:
    """A misspelt table name says which tables exist."""
    with pytest.raises(ValueError, match="quotes"):
        tabular.column_names("quote")
