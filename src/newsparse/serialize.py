"""The dict, JSON and JSON Schema forms of an :class:`~newsparse.models.Article`.

One cattrs converter does all the (de)structuring, so no field list is kept twice. Models map
to objects with the same field names, tuples to arrays, enums to their string values, dates
to ISO 8601 (``YYYY-MM-DD`` for a day, full date-time with offset when a zone is known). Two
places are shaped for readers rather than mirrored from the models:

* the article dict opens with ``"schema_version"``;
* the byline gives ``published``/``updated`` as ISO strings (their source text and offsets
  under ``published_source``/``updated_source``) and ``metadata`` as a ``{label: value}``
  object (every item with its offsets under ``metadata_items``).

>>> import newsparse
>>> a = newsparse.parse("World 2 min read\\n\\nA title\\n\\nBy Ann Lee\\nMarch 3, 2025\\n\\nBody.")
>>> d = newsparse.to_dict(a)
>>> d["byline"]["published"], d["header"]["read_time_minutes"]
('2025-03-03', 2)
>>> newsparse.from_dict(d) == a
True
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
import typing
from typing import Any

import attrs
import cattrs

from newsparse.models import Article, Author, Byline, BylineDate, MetadataItem, Span

__all__ = ["SCHEMA_VERSION", "from_dict", "json_schema", "to_dict", "to_json", "unstructure"]

SCHEMA_VERSION = 1
"""Version of the dict form; raised when a key is renamed or removed (never for additions)."""


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if "T" in value or " " in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


def _span_dict(date: BylineDate | None) -> dict[str, Any] | None:
    if date is None:
        return None
    return {"text": date.text, "start": date.start, "end": date.end}


def _unstructure_byline(converter: cattrs.Converter, byline: Byline) -> dict[str, Any]:
    return {
        "authors": converter.unstructure(byline.authors),
        "published": _iso(byline.published.value) if byline.published else None,
        "updated": _iso(byline.updated.value) if byline.updated else None,
        "metadata": {m.label: m.value for m in byline.metadata},
        "lines": converter.unstructure(byline.lines),
        "published_source": _span_dict(byline.published),
        "updated_source": _span_dict(byline.updated),
        "metadata_items": converter.unstructure(byline.metadata),
    }


def _structure_date(value: str | None, source: dict[str, Any] | None) -> BylineDate | None:
    if source is None:
        return None
    return BylineDate(
        value=_from_iso(value), text=source["text"], start=source["start"], end=source["end"]
    )


def _structure_byline(converter: cattrs.Converter, d: dict[str, Any]) -> Byline:
    return Byline(
        authors=converter.structure(d["authors"], tuple[Author, ...]),
        published=_structure_date(d.get("published"), d.get("published_source")),
        updated=_structure_date(d.get("updated"), d.get("updated_source")),
        metadata=converter.structure(d.get("metadata_items", []), tuple[MetadataItem, ...]),
        lines=converter.structure(d["lines"], tuple[Span, ...]),
    )


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter (built once; it holds only hooks, never data)."""
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Byline, lambda b: _unstructure_byline(conv, b))
    conv.register_structure_hook(Byline, lambda d, _t: _structure_byline(conv, d))
    unstructure_article = cattrs.gen.make_dict_unstructure_fn(Article, conv)
    # Structuring code is generated on first use: writing output never pays for it.
    structure_article = functools.cache(lambda: cattrs.gen.make_dict_structure_fn(Article, conv))

    def article_to_dict(article: Article) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **unstructure_article(article)}

    def article_from_dict(d: dict[str, Any], _t: object) -> Article:
        version = d.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"schema_version {version} is not {SCHEMA_VERSION}")
        rest = {k: v for k, v in d.items() if k != "schema_version"}
        return structure_article()(rest, Article)

    conv.register_unstructure_hook(Article, article_to_dict)
    conv.register_structure_hook(Article, article_from_dict)
    return conv


def to_dict(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict (see :func:`~newsparse.json_schema` for its shape)."""
    result: dict[str, Any] = _converter().unstructure(article)
    return result


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`~newsparse.Article` from :func:`~newsparse.to_dict`'s output (or parsed JSON)."""
    return _converter().structure(data, Article)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- JSON Schema


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_schema_of(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if tp is type(None):
        return {"type": "null"}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {f.name: _schema_of(hints[f.name], defs) for f in attrs.fields(cls)}
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    return {
        "type": "object",
        "description": doc,
        "properties": props,
        "required": sorted(props),
    }


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :func:`~newsparse.to_dict`'s output, derived from the models."""
    defs: dict[str, Any] = {}
    article = _object_schema(Article, defs)
    article["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **article["properties"]}
    article["required"] = sorted(article["properties"])
    source = {"anyOf": [{"$ref": "#/$defs/Span"}, {"type": "null"}]}
    iso = {
        "anyOf": [
            {"type": "string", "format": "date"},
            {"type": "string", "format": "date-time"},
            {"type": "null"},
        ]
    }
    _schema_of(Span, defs)
    byline = _object_schema(Byline, defs)
    byline["properties"].update(
        published=iso,
        updated=iso,
        metadata={"type": "object", "additionalProperties": {"type": "string"}},
        published_source=source,
        updated_source=source,
        metadata_items=byline["properties"]["metadata"],
    )
    byline["required"] = sorted(byline["properties"])
    defs["Byline"] = byline
    defs.pop("BylineDate", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsparse.readthedocs.io/schema/article-v1.json",
        "title": "newsparse Article",
        **article,
        "$defs": defs,
    }


def unstructure(value: object) -> Any:
    """Any model (a :class:`~newsparse.Quote`, a :class:`~newsparse.Claim`...) in its dict form."""
    return _converter().unstructure(value)
