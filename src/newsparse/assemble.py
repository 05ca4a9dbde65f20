"""Stage: build the :class:`~newsparse.models.Article` from what the other stages found.

The header's read time is resolved here, because the glued-digit rule needs the body's
word count; so is the header's date field, which gives ``published`` only when the byline
has no date of its own. Such a date gets the warnings a byline date would get
(``relative_date_unresolved`` for ``World · 3 hours ago · 4 min read`` without a reference
time, ``unknown_timezone``).
"""

from __future__ import annotations

import attrs

from newsparse.byline import date_warnings
from newsparse.dates import read_date
from newsparse.header import HeaderMatch, resolve_read_time, split_fields
from newsparse.models import (
    Byline,
    BylineDate,
    Header,
    ParseWarning,
    Span,
    WarningCode,
    _constructor,
)
from newsparse.options import ParseOptions

__all__ = ["HeaderLine", "build_header"]


@attrs.frozen(kw_only=True)
class HeaderLine:
    """A matched header line and where it stands."""

    span: Span
    """The stripped line."""
    match: HeaderMatch
    """Its split."""


_new_header = _constructor(Header)
_new_header_line = _constructor(HeaderLine)


def build_header(
    line: HeaderLine, *, body_words: int, byline: Byline, options: ParseOptions
) -> tuple[Header, Byline, tuple[ParseWarning, ...]]:
    """Resolve a header line into a :class:`~newsparse.Header`; maybe give the byline its date."""
    match, span = line.match, line.span
    minutes, leftover, plausible = resolve_read_time(
        match, body_words=body_words, words_per_minute=options.words_per_minute
    )
    warnings: list[ParseWarning] = []
    if not plausible:
        warnings.append(
            ParseWarning(
                code=WarningCode.IMPLAUSIBLE_READ_TIME,
                message=(
                    f"no split of the glued digits {match.digits!r} gives a plausible reading "
                    f"speed for {body_words} body words; read time taken as {minutes}"
                ),
                start=span.start,
                end=span.end,
            )
        )
    fields = split_fields(match.prefix)
    category = fields[0][0] if fields else None
    extras: list[str] = []
    date_text: str | None = None
    for field, offset in fields[1:]:
        reading = read_date(
            field, reference_time=options.reference_time, languages=options.languages
        )
        if reading is None or date_text is not None:
            extras.append(field)
            continue
        date_text = field
        if byline.published is None:
            start = span.start + offset
            published = BylineDate(
                value=reading.value, text=field, start=start, end=start + len(field)
            )
            byline = attrs.evolve(byline, published=published)
            warnings += date_warnings(published, reading)
    if leftover:
        extras.append(leftover)
    header = _new_header(
        text=span.text,
        start=span.start,
        end=span.end,
        category=category,
        read_time_minutes=minutes,
        extras=tuple(extras),
        date_text=date_text,
    )
    return header, byline, tuple(warnings)
