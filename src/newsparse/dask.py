"""Parse a corpus on a cluster with Dask: a bag of article dicts, a dataframe, Parquet.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``); dask, fsspec and pyarrow are
imported only when these functions are called.

:func:`read_articles` reads local paths, globs or any fsspec URL (``s3://``, ``gs://``,
``https://``...). Without ``blocksize`` each file is one partition, read incrementally by
:func:`~newsparse.iter_articles`. With ``blocksize`` a large dump is cut into partitions of
about that many bytes, never inside an article:

1. one task per file scans it (:mod:`newsparse.stream`) and lists the byte and character
   offsets of runs of whole articles, and the facts of the whole file (encoding, line breaks);
2. partition *k* parses the runs that start in bytes ``[k * blocksize, (k + 1) * blocksize)``,
   reading just those bytes.

Offsets stay relative to the whole file, so the bag equals a single-process parse.

.. code-block:: python

    from dask.distributed import Client
    import newsparse.dask

    client = Client("tcp://scheduler:8786")        # or LocalCluster() on one machine
    bag = newsparse.dask.read_articles("s3://bucket/dumps/*.txt", blocksize="64MiB")
    newsparse.dask.to_dataframe(bag).to_parquet("s3://bucket/articles/")
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from typing import Any

from newsparse import stream as _stream
from newsparse.options import ParseOptions

__all__ = ["read_articles", "to_dataframe"]

_INDEX_SHARE = 8
"""A file is indexed in runs of about ``blocksize / _INDEX_SHARE`` so partitions balance."""


def _source(fs: Any, path: str) -> str:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return path if protocol in ("file", "local") else str(fs.unstrip_protocol(path))


def _parse_file(fs: Any, path: str, options: ParseOptions) -> list[dict[str, Any]]:
    from newsparse.api import iter_articles  # noqa: PLC0415
    from newsparse.serialize import to_dict  # noqa: PLC0415

    source = _source(fs, path)
    with fs.open(path, "rb") as f:
        return [{**to_dict(a), "source": source} for a in iter_articles(f, options)]


Index = tuple[_stream.Facts, list[tuple[int, int, int, int]]] | None


def _index(fs: Any, path: str, window_chars: int) -> Index:
    """The facts of a file and its runs of articles: ``(byte_start, byte_end, start, line)``."""
    with fs.open(path, "rb") as f:
        try:
            facts = _stream.scan(f)
        except _stream.NotStreamable:
            return None
        runs = [
            (w.byte_start, w.byte_end, w.start, w.line)
            for w in _stream.iter_windows(f, facts, window_chars=window_chars)
        ]
    return facts, runs


def _parse_block(
    fs: Any, path: str, index: Index, k: int, blocksize: int, options: ParseOptions
) -> list[dict[str, Any]]:
    from newsparse.api import _with_decoding_warning  # noqa: PLC0415
    from newsparse.serialize import to_dict  # noqa: PLC0415

    if index is None:  # no article: the first partition reads the file to raise its error
        return _parse_file(fs, path, options) if k == 0 else []
    facts, runs = index
    mine = [r for r in runs if k * blocksize <= r[0] < (k + 1) * blocksize]
    if not mine:
        return []
    byte_start, byte_end = mine[0][0], mine[-1][1]
    with fs.open(path, "rb") as f:
        f.seek(byte_start)
        data = f.read(byte_end - byte_start)
    window = _stream.Window(
        text=facts.text_of(data),
        start=mine[0][2],
        byte_start=byte_start,
        byte_end=byte_end,
        line=mine[0][3],
    )
    source = _source(fs, path)
    return [
        to_dict(_with_decoding_warning(a, facts.encoding, options))
        for a in _stream.parse_window(window, facts, source=source, options=options)
    ]


def read_articles(
    urlpath_or_list: str | Sequence[str],
    *,
    options: ParseOptions | None = None,
    blocksize: int | str | None = None,
    storage_options: dict[str, Any] | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of article dicts (:func:`~newsparse.to_dict` form).

    ``urlpath_or_list``: a path, glob or fsspec URL, or a list of them (a glob's files in sorted order).
    ``blocksize`` (bytes, or a string such as ``"64MiB"``): cut large files into partitions of
    about this size on article boundaries; None makes one partition per file.
    ``storage_options`` go to fsspec (credentials, endpoints).
    """
    db: Any = importlib.import_module("dask.bag")
    delayed: Any = importlib.import_module("dask").delayed
    from dask.utils import parse_bytes  # noqa: PLC0415

    fsspec_core: Any = importlib.import_module("fsspec.core")

    opts = options if options is not None else ParseOptions()
    fs, _, paths = fsspec_core.get_fs_token_paths(
        urlpath_or_list, mode="rb", storage_options=storage_options or {}
    )
    parts = []
    size = parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize
    for path in paths:
        if size is None:
            parts.append(delayed(_parse_file)(fs, path, opts))
            continue
        count = max(1, math.ceil(fs.size(path) / size))
        index = delayed(_index)(fs, path, max(1, size // _INDEX_SHARE))
        parts.extend(delayed(_parse_block)(fs, path, index, k, size, opts) for k in range(count))
    if not parts:
        raise FileNotFoundError(f"no file matches {urlpath_or_list!r}")
    return db.from_delayed(parts)


def _frame(records: list[dict[str, Any]], table: str) -> Any:
    from newsparse.tabular import to_pandas  # noqa: PLC0415

    return to_pandas(records, table=table)


def to_dataframe(bag: Any, *, table: str = "articles") -> Any:
    """A ``dask.dataframe.DataFrame`` of ``table`` rows (see :mod:`newsparse.tabular`).

    The columns and their Arrow types are those of :func:`newsparse.tabular.to_arrow`, so
    ``to_dataframe(bag).to_parquet(...)`` writes the same schema as ``newsparse parse
    --format parquet``.
    """
    dd: Any = importlib.import_module("dask.dataframe")
    delayed: Any = importlib.import_module("dask").delayed

    meta = _frame([], table)
    parts = [delayed(_frame)(part, table) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)
