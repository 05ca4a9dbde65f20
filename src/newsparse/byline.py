"""Stage: byline lines, between the titles and the body.

Each byline line is one of (labels in ``data/*.txt``):

* an **author** line: ``By``, ``Written by``, ``Words by``, ``Author:`` and the names,
  split on ``,``, `` and ``, ``&`` and ``;``; a comma part that is a role
  (``Senior Reporter``, ``data/roles.txt``) or an organisation (``Reuters``,
  ``data/organizations.txt``) belongs to the name before it. Fields after ``|``, ``·`` or a
  spaced dash give an organisation, a date, or a read time (``By A · Feb 16, 2025``);
* a **date** line, bare or labelled (``Published``, ``Updated:``...): the first is
  ``published``, one labelled as an update is ``updated``;
* a **metadata** line: ``Source:``, ``Photo:``, ``Reviewed by`` ... kept as label and value.

An author line must name people: every name part starts with a capital letter and has at
most :data:`MAX_NAME_WORDS` words, so a sentence such as ``By 2030, the city will...`` is
never read as a byline.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence

import attrs

from newsparse._lexicon import lexicon, lexicon_lines
from newsparse._patterns import NAME_SPLIT
from newsparse.dates import DateReading, read_date
from newsparse.header import match_header, split_fields
from newsparse.models import (
    Author,
    Byline,
    BylineDate,
    MetadataItem,
    ParseWarning,
    Span,
    WarningCode,
)
from newsparse.options import ParseOptions

__all__ = ["MAX_BYLINE_CHARS", "MAX_NAME_WORDS", "LineKind", "line_kind", "read_byline"]

MAX_BYLINE_CHARS = 300
"""A longer line is never a byline line."""
MAX_NAME_WORDS = 6
"""An author name has at most this many words."""
_LABEL_WINDOW = 40  # no label is longer: only this prefix of a line is case-folded


class LineKind(str, enum.Enum):
    """What a byline line is."""

    AUTHOR = "author"
    DATE = "date"
    METADATA = "metadata"


def _label_at(line: str, labels: Sequence[str]) -> str | None:
    low = line[:_LABEL_WINDOW].casefold()
    for label in labels:
        if low.startswith(label) and (
            label.endswith(":") or len(line) == len(label) or not line[len(label)].isalnum()
        ):
            return line[: len(label)]
    return None


@functools.cache
def _sorted_labels(name: str) -> tuple[str, ...]:
    entries = [e.split("\t")[0].casefold() for e in lexicon_lines(name)]
    return tuple(sorted(entries, key=len, reverse=True))


def _author_rest(line: str) -> str | None:
    label = _label_at(line, _sorted_labels("author_labels"))
    if label is None:
        return None
    rest = line[len(label) :].strip()
    return rest or None


def line_kind(line: str, options: ParseOptions) -> LineKind | None:
    """Classify a stripped line; None when it is not a byline line."""
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    rest = _author_rest(line)
    if rest is not None and _read_authors(rest, options) is not None:
        return LineKind.AUTHOR
    if _label_at(line, _sorted_labels("metadata_labels")) is not None:
        return LineKind.METADATA
    if _read_dated_line(line, options) is not None:
        return LineKind.DATE
    return None


def _read_dated_line(line: str, options: ParseOptions) -> tuple[str, str, int, DateReading] | None:
    """``(slot, date text, offset of the date in line, reading)`` for a date line."""
    label = _label_at(line, _sorted_labels("date_labels"))
    offset = 0
    slot = "published"
    if label is not None:
        slot = _date_slots()[label.casefold()]
        offset = len(label)
        while offset < len(line) and (line[offset].isspace() or line[offset] == ":"):
            offset += 1
    text = line[offset:]
    reading = read_date(text, reference_time=options.reference_time, languages=options.languages)
    if reading is None:
        return None
    return slot, text, offset, reading


@functools.cache
def _date_slots() -> dict[str, str]:
    return {k.casefold(): v for k, v in (e.split("\t") for e in lexicon_lines("date_labels"))}


@attrs.frozen
class _Authors:
    authors: tuple[Author, ...]
    dates: tuple[tuple[str, int], ...]  # (field text, offset of the field in rest)


def _words(part: str) -> list[str]:
    return [w.strip(".,()").casefold() for w in part.split()]


def _is_role(part: str) -> bool:
    return any(w in lexicon("roles") for w in _words(part))


def _is_org(part: str) -> bool:
    return any(w in lexicon("organizations") for w in _words(part))


def _is_name(part: str) -> bool:
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or any(c.isdigit() for c in part):
        return False
    return words[0][0].isupper() and sum(w[0].isupper() for w in words) * 2 >= len(words)


def _read_authors(rest: str, options: ParseOptions) -> _Authors | None:
    fields = split_fields(rest)
    if not fields:
        return None
    authors: list[Author] = []
    for part in NAME_SPLIT.split(fields[0][0]):
        name = part.strip()
        if not name:
            continue
        if authors and _is_role(name):
            authors[-1] = attrs.evolve(authors[-1], role=name)
        elif authors and _is_org(name):
            authors[-1] = attrs.evolve(authors[-1], organization=name)
        elif _is_name(name):
            authors.append(Author(name=name))
        else:
            return None
    if not authors:
        return None
    dates: list[tuple[str, int]] = []
    for text, offset in fields[1:]:
        if read_date(text, reference_time=options.reference_time, languages=options.languages):
            dates.append((text, offset))
        elif match_header(text) is not None:
            continue
        elif _is_role(text):
            authors[-1] = attrs.evolve(authors[-1], role=text)
        else:
            authors[-1] = attrs.evolve(authors[-1], organization=text)
    return _Authors(tuple(authors), tuple(dates))


@attrs.define
class _BylineBuilder:
    """Accumulates one article's byline (a local, short-lived builder)."""

    text: str
    options: ParseOptions
    authors: list[Author] = attrs.Factory(list)
    published: BylineDate | None = None
    updated: BylineDate | None = None
    metadata: list[MetadataItem] = attrs.Factory(list)
    lines: list[Span] = attrs.Factory(list)
    warnings: list[ParseWarning] = attrs.Factory(list)

    def add_date(self, slot: str, raw: str, start: int, reading: DateReading) -> None:
        date = BylineDate(value=reading.value, text=raw, start=start, end=start + len(raw))
        if reading.relative and reading.value is None:
            self.warn(
                WarningCode.RELATIVE_DATE_UNRESOLVED,
                start,
                len(raw),
                f"relative date {raw!r} left unresolved: pass reference_time to resolve it",
            )
        if reading.unknown_zone:
            self.warn(
                WarningCode.UNKNOWN_TIMEZONE,
                start,
                len(raw),
                f"time zone {reading.unknown_zone!r} is unknown; the date is kept naive",
            )
        if slot == "updated":
            self.updated = self.updated or date
        elif self.published is None:
            self.published = date

    def warn(self, code: WarningCode, start: int, length: int, message: str) -> None:
        self.warnings.append(
            ParseWarning(code=code, message=message, start=start, end=start + length)
        )

    def add_line(self, span: Span) -> None:
        self.lines.append(span)
        kind = line_kind(span.text, self.options)
        if kind is LineKind.AUTHOR:
            self._add_author_line(span)
        elif kind is LineKind.METADATA:
            self._add_metadata(span)
        elif kind is LineKind.DATE:
            found = _read_dated_line(span.text, self.options)
            if found is not None:
                slot, raw, offset, reading = found
                self.add_date(slot, raw, span.start + offset, reading)

    def _add_author_line(self, span: Span) -> None:
        label = _label_at(span.text, _sorted_labels("author_labels")) or ""
        rest_start = (
            len(label) + len(span.text[len(label) :]) - len(span.text[len(label) :].lstrip())
        )
        found = _read_authors(span.text[rest_start:], self.options)
        if found is None:
            return
        self.authors.extend(found.authors)
        for raw, offset in found.dates:
            reading = read_date(
                raw, reference_time=self.options.reference_time, languages=self.options.languages
            )
            if reading is not None:
                self.add_date("published", raw, span.start + rest_start + offset, reading)

    def _add_metadata(self, span: Span) -> None:
        label = _label_at(span.text, _sorted_labels("metadata_labels")) or ""
        value = span.text[len(label) :].strip()
        self.metadata.append(
            MetadataItem(
                label=label.rstrip(":").strip(), value=value, start=span.start, end=span.end
            )
        )

    def build(self) -> tuple[Byline, tuple[ParseWarning, ...]]:
        byline = Byline(
            authors=tuple(self.authors),
            published=self.published,
            updated=self.updated,
            metadata=tuple(self.metadata),
            lines=tuple(self.lines),
        )
        return byline, tuple(self.warnings)


def read_byline(
    text: str, lines: Sequence[Span], options: ParseOptions
) -> tuple[Byline, tuple[ParseWarning, ...]]:
    """Read byline lines (stripped spans into ``text``) into a :class:`~newsparse.Byline`."""
    builder = _BylineBuilder(text=text, options=options)
    for span in lines:
        builder.add_line(span)
    return builder.build()
