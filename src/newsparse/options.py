"""The one frozen options object every entry point takes."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["DEFAULT_MAX_BYTES", "ParseOptions"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input :func:`newsparse.parse_bytes` accepts by default (50 MiB): far above any
article, low enough that one stray giant file cannot exhaust a worker's memory."""


def _languages(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How to parse. Immutable; make variants with :func:`attrs.evolve`.

    >>> ParseOptions(strict=True).strict
    True
    """

    strict: bool = False
    """Raise one :class:`~newsparse.ParseError` listing every problem instead of recording warnings."""
    reference_time: dt.datetime | None = None
    """The moment relative dates (``3 hours ago``) are counted back from. Without it they
    stay unresolved, so a parse never depends on the clock."""
    languages: tuple[str, ...] | None = attrs.field(default=None, converter=_languages)
    """Languages (ISO 639-1) that dates may be written in, for the ``dateparser`` fallback;
    None means English, French, German, Spanish, Italian, Portuguese and Dutch."""
    words_per_minute: int = 238
    """Reading speed for :attr:`~newsparse.Article.estimated_read_minutes` and the glued-digit rule
    (the mean adult silent reading rate for non-fiction, Brysbaert 2019)."""
    quotes: bool = True
    """Run the quotation and speaker stages."""
    claims: bool = True
    """Run the claim stage."""
    claim_threshold: float = 0.5
    """Smallest check-worthiness score that makes a sentence a :class:`~newsparse.Claim`."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest input accepted; larger input raises ``ParseError(code="too_large")``."""
