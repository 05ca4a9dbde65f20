"""Tables of articles, quotes, claims and paragraphs: one schema for CSV, Arrow and Parquet.

The schema is never written out by hand: it is derived from the JSON Schema of a record
(:func:`~newsparse.json_schema`, itself derived from the models), so a field added to a model
appears in every table. Four tables are defined (:data:`TABLES`):

* ``articles``: one row per article; the columns of the JSON record, nested values kept nested
  (Arrow structs and lists of structs; the byline ``metadata`` object is a map);
* ``quotes``, ``claims``, ``paragraphs``: one row per quote, claim or paragraph, with the
  columns of that model.

Every row starts with ``article_id`` (``"<source>@<start>"``: the file and the article's
offset in it, unique in a corpus and stable across runs); item rows add ``index``, the item's
position in its article. In CSV, nested values are compact JSON text, ``None`` is an empty
cell, booleans are ``true``/``false``.

Arrow, Parquet and pandas need the ``parquet`` extra (``pip install 'newsparse[parquet]'``);
pyarrow is imported only when they are used.

>>> from newsparse.tabular import column_names
>>> column_names("quotes")[:4]
('article_id', 'index', 'text', 'segments')
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.models import Article

__all__ = [
    "TABLES",
    "arrow_schema",
    "article_id",
    "column_names",
    "csv_cells",
    "rows",
    "to_arrow",
    "to_pandas",
]

TABLES = ("articles", "quotes", "claims", "paragraphs")
"""The tables: one row per article, quote, claim or paragraph."""

_ITEM_DEFS = {"quotes": "Quote", "claims": "Claim", "paragraphs": "Paragraph"}

Record = Mapping[str, Any]


@functools.cache
def _row_schema(table: str) -> tuple[tuple[str, Any], ...]:
    """``(column, JSON Schema)`` pairs of a table's rows (a pure function, cached)."""
    from newsparse.serialize import json_schema  # noqa: PLC0415  (cattrs loads only when used)

    schema = json_schema()
    defs = schema["$defs"]
    if table == "articles":
        props = schema["properties"]
        head: list[tuple[str, Any]] = [("article_id", {"type": "string"})]
    elif table in _ITEM_DEFS:
        props = defs[_ITEM_DEFS[table]]["properties"]
        head = [("article_id", {"type": "string"}), ("index", {"type": "integer"})]
    else:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return tuple(head + [(name, _resolve(p, defs)) for name, p in props.items()])


def _resolve(schema: Any, defs: Mapping[str, Any]) -> Any:
    """``schema`` with every ``$ref`` replaced by its definition."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _resolve(defs[schema["$ref"].rsplit("/", 1)[1]], defs)
        return {k: _resolve(v, defs) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_resolve(v, defs) for v in schema]
    return schema


def column_names(table: str = "articles") -> tuple[str, ...]:
    """The columns of ``table``, in order (CSV header, Arrow field names)."""
    return tuple(name for name, _ in _row_schema(table))


def article_id(record: Record) -> str:
    """The id of an article in the row tables: ``"<source>@<start>"`` (source empty for stdin).

    >>> article_id({"source": "a.txt", "start": 120})
    'a.txt@120'
    """
    return f"{record.get('source') or ''}@{record['start']}"


def _record(article: Article | Record) -> Record:
    if isinstance(article, Article):
        from newsparse.serialize import to_dict  # noqa: PLC0415

        return to_dict(article)
    return article


def rows(article: Article | Record, table: str = "articles") -> list[dict[str, Any]]:
    """The rows ``article`` (a model or its :func:`~newsparse.to_dict` form) gives ``table``."""
    record = _record(article)
    ident = article_id(record)
    if table == "articles":
        return [{"article_id": ident, **record}]
    if table not in _ITEM_DEFS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return [{"article_id": ident, "index": i, **item} for i, item in enumerate(record[table])]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def csv_cells(row: Mapping[str, Any], table: str = "articles") -> list[str]:
    """A row as CSV cells, in column order (nested values as compact JSON).

    >>> csv_cells({"article_id": "a@0", "index": 0, "text": "Hi", "segments": []}, "quotes")[:4]
    ['a@0', '0', 'Hi', '[]']
    """
    return [_cell(row.get(name)) for name in column_names(table)]


# ---------------------------------------------------------------- Arrow


def _arrow_type(schema: Mapping[str, Any]) -> Any:
    import pyarrow as pa  # noqa: PLC0415  (the parquet extra loads only when used)

    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        types = {json.dumps(_plain(s), sort_keys=True) for s in options}
        return _arrow_type(options[0]) if len(types) == 1 else pa.string()
    if "const" in schema:
        return pa.int64()
    kind = schema.get("type")
    if kind == "array":
        # "element" names list items as Parquet does, so a Parquet round trip keeps the schema.
        return pa.list_(pa.field("element", _arrow_type(schema["items"])))
    if kind == "object":
        if "properties" in schema:
            return pa.struct([(k, _arrow_type(v)) for k, v in schema["properties"].items()])
        return pa.map_(pa.string(), _arrow_type(schema["additionalProperties"]))
    simple = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64()}
    return simple.get(kind, pa.bool_()) if kind in (*simple, "boolean") else pa.string()


def _plain(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """A schema without the keys that do not change its Arrow type."""
    return {k: v for k, v in schema.items() if k not in ("format", "enum", "description")}


@functools.cache
def arrow_schema(table: str = "articles") -> Any:
    """The ``pyarrow.Schema`` of ``table`` (needs the ``parquet`` extra)."""
    import pyarrow as pa  # noqa: PLC0415

    return pa.schema([(name, _arrow_type(s)) for name, s in _row_schema(table)])


def to_arrow(articles: Iterable[Article | Record], *, table: str = "articles") -> Any:
    """A ``pyarrow.Table`` of ``articles`` (models or dicts) as ``table`` rows.

    >>> import newsparse
    >>> from newsparse.tabular import to_arrow
    >>> a = newsparse.parse("A 2 min read\\n\\nTitle\\n\\nBy Ann Lee\\n\\nOne.\\n\\nTwo.")
    >>> t = to_arrow([a], table="paragraphs")
    >>> t.num_rows, t.column("text").to_pylist()
    (2, ['One.', 'Two.'])
    """
    import pyarrow as pa  # noqa: PLC0415

    found = [row for article in articles for row in rows(article, table)]
    return pa.Table.from_pylist(found, schema=arrow_schema(table))


def to_pandas(
    articles: Iterable[Article | Record], *, table: str = "articles", arrow_dtypes: bool = True
) -> Any:
    """A ``pandas.DataFrame`` of ``articles`` as ``table`` rows.

    With ``arrow_dtypes`` (the default) the columns keep the Arrow types of :func:`to_arrow`
    (``pandas.ArrowDtype``: nested lists and structs survive a Parquet round trip);
    without, nested values become Python lists and dicts in ``object`` columns.
    """
    frame = to_arrow(articles, table=table)
    if not arrow_dtypes:
        return frame.to_pandas()
    import pandas as pd  # noqa: PLC0415

    return frame.to_pandas(types_mapper=pd.ArrowDtype)
