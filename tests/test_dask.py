"""newsparse.dask on a real two-process LocalCluster: equal to a single-process parse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import tabular
from newsparse.serialize import to_dict

from .corpus_gen import write_corpus

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")

import newsparse.dask as nd  # noqa: E402  (after the skips: needs the dask extra)

# Claims are left out: their scores are summed in set order, which differs between processes
# with different hash seeds (reported); structure and quotes are compared in full.
OPTIONS = newsparse.ParseOptions(claims=False)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("dask")
    write_corpus(root, files=20, dumps=2, per_dump=60, target=1200)
    files = sorted(str(p) for p in (root / "files").rglob("*.txt"))
    return [*files, str(root / "dump-0.txt"), str(root / "dump-1.txt")]


@pytest.fixture(scope="module")
def single(corpus: list[str]) -> list[dict[str, Any]]:
    return [to_dict(a) for p in corpus for a in newsparse.iter_articles(Path(p), OPTIONS)]


@pytest.mark.parametrize("blocksize", [None, 16_384])
def test_bag_equals_the_single_process_parse(
    client: Any, corpus: list[str], single: list[dict[str, Any]], blocksize: int | None
) -> None:
    """Whole files or dumps cut into blocks: the same records, in the same order."""
    bag = nd.read_articles(corpus, options=OPTIONS, blocksize=blocksize)
    if blocksize is not None:
        assert bag.npartitions > len(corpus)
    assert bag.compute() == single


def test_globs_and_urls(client: Any, corpus: list[str]) -> None:
    """A glob and a file:// URL read the same files."""
    folder = Path(corpus[-1]).parent
    by_glob = nd.read_articles(str(folder / "dump-*.txt"), options=OPTIONS).compute()
    by_url = nd.read_articles([f"file://{p}" for p in corpus[-2:]], options=OPTIONS).compute()
    assert by_glob == by_url
    assert len(by_glob) == 120


def test_dataframe_to_parquet_round_trips(
    client: Any, corpus: list[str], single: list[dict[str, Any]], tmp_path: Path
) -> None:
    """to_dataframe has the Arrow schema; to_parquet and read_parquet give back the rows."""
    frame = nd.to_dataframe(nd.read_articles(corpus, options=OPTIONS, blocksize=16_384))
    frame.to_parquet(tmp_path / "out", write_index=False)
    back = dd.read_parquet(tmp_path / "out", dtype_backend="pyarrow").compute()
    schema = tabular.arrow_schema()
    table = pa.Table.from_pandas(back, preserve_index=False).select(schema.names).cast(schema)
    assert table.to_pylist() == tabular.to_arrow(single).to_pylist()
