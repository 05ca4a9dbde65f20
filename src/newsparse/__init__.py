"""newsparse: saved news-article text in, typed and trustworthy data out.

>>> import newsparse
>>> a = newsparse.parse("Politics | 3 min read\\n\\nCouncil keeps ferry\\n\\nBy Marta Lindqvist\\n\\nThe council voted.")
>>> a.title, a.byline.authors[0].name, a.word_count
('Council keeps ferry', 'Marta Lindqvist', 3)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsparse._version import __version__
from newsparse.api import iter_articles, parse, parse_bytes, parse_file
from newsparse.errors import ParseError
from newsparse.models import (
    Article,
    Author,
    Byline,
    BylineDate,
    Claim,
    ClaimKind,
    Dateline,
    Header,
    MetadataItem,
    Paragraph,
    ParseWarning,
    Quantity,
    Quote,
    QuoteKind,
    Span,
    WarningCode,
)
from newsparse.options import ParseOptions
from newsparse.render import render, render_all

if TYPE_CHECKING:
    from newsparse.claims import checkworthiness, extract_claims
    from newsparse.quantities import find_quantities
    from newsparse.quotes import extract_quotes
    from newsparse.serialize import from_dict, json_schema, to_dict, to_json
    from newsparse.tabular import to_arrow, to_pandas

_LAZY = {
    # name: module that defines it, imported on first use so `import newsparse` stays fast
    "checkworthiness": "newsparse.claims",
    "extract_claims": "newsparse.claims",
    "extract_quotes": "newsparse.quotes",
    "find_quantities": "newsparse.quantities",
    "from_dict": "newsparse.serialize",
    "json_schema": "newsparse.serialize",
    "to_dict": "newsparse.serialize",
    "to_json": "newsparse.serialize",
    "to_arrow": "newsparse.tabular",
    "to_pandas": "newsparse.tabular",
}


def __getattr__(name: str) -> Any:
    """Load the serialisation helpers (and cattrs) only when first used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Article",
    "Author",
    "Byline",
    "BylineDate",
    "Claim",
    "ClaimKind",
    "Dateline",
    "Header",
    "MetadataItem",
    "Paragraph",
    "ParseError",
    "ParseOptions",
    "ParseWarning",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Span",
    "WarningCode",
    "__version__",
    "checkworthiness",
    "extract_claims",
    "extract_quotes",
    "find_quantities",
    "from_dict",
    "iter_articles",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_file",
    "render",
    "render_all",
    "to_arrow",
    "to_dict",
    "to_json",
    "to_pandas",
]
