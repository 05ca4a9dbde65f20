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

from newsparse._patterns import IGNORECASE, NAME_SPLIT, LazyPattern
from newsparse.dates import MAX_DATE_CHARS, DateReading, _has_digit, read_date
from newsparse.dates import _lexicon as lexicon
from newsparse.dates import _lexicon_lines as lexicon_lines
from newsparse.header import match_header, split_fields
from newsparse.models import (
    Author,
    Byline,
    BylineDate,
    MetadataItem,
    ParseWarning,
    Span,
    WarningCode,
    _constructor,
    _new_span,
)
from newsparse.options import ParseOptions

__all__ = [
    "MAX_BYLINE_CHARS",
    "MAX_NAME_WORDS",
    "BylineLine",
    "LineKind",
    "build_byline",
    "date_warnings",
    "line_kind",
    "opens_author_label",
    "read_line",
    "read_stripped_line",
]

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


def _label_at(line: str, name: str) -> str | None:
    """The label from ``data/NAME.txt`` that opens ``line``, as written there, if any.

    Most lines tested are no byline lines: their first characters, lower-cased, open no
    label, which a dict lookup tells. An ASCII line is compared with the labels that share
    its opening, longest first, as the pattern would try them; a non-ASCII opening or label
    piece (where case folding is subtler) goes to the pattern.
    """
    table = _label_heads(name)
    if table is None:
        return _label_by_pattern(line, name)
    heads, width = table
    head = line[:width]
    if not head.isascii():
        return _label_by_pattern(line, name)
    for label in heads.get(head.lower(), ()):
        n = len(label)
        piece = line[: n + 1]
        if not piece.isascii():
            return _label_by_pattern(line, name)
        if piece[:n].lower() == label and (
            label[-1] == ":" or len(piece) == n or not (piece[n].isalnum() or piece[n] == "_")
        ):
            return line[:n]
    return None


def opens_author_label(line: str) -> bool:
    """Whether ``line`` (stripped) opens with an author label (``By``, ``Written by``, ...).

    >>> opens_author_label("By Jane Doe · February 11, 2025 · 4 min read")
    True
    >>> opens_author_label("Byways · 4 min read")
    False
    """
    return _label_at(line, "author_labels") is not None


def _label_by_pattern(line: str, name: str) -> str | None:
    m = _label_pattern(name).match(line, 0, _LABEL_WINDOW)
    return None if m is None else m.group()


@functools.cache
def _label_heads(name: str) -> tuple[dict[str, tuple[str, ...]], int] | None:
    """The labels by their lower-cased opening, longest first, and the opening's width.

    On ASCII text the pattern's case-insensitive match of a label is a comparison of
    lower-cased strings, and its ``(?!\\w)`` a test of one ASCII character. Only four
    non-ASCII characters match ASCII letters case-insensitively (``İ ı ſ K``): a label
    holding one of them, or opening with a non-ASCII character, sends every line of its
    list to the pattern (None).
    """
    labels = sorted({e.split("\t")[0] for e in lexicon_lines(name)}, key=len, reverse=True)
    width = min(2, *(len(label) for label in labels))
    if any(not label[:width].isascii() or _ASCII_FOLDS.intersection(label) for label in labels):
        return None
    heads: dict[str, tuple[str, ...]] = {}
    for label in labels:
        head = label[:width].lower()
        heads[head] = (*heads.get(head, ()), label.lower())
    return heads, width


_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


@functools.cache
def _label_pattern(name: str) -> LazyPattern:
    """One alternation of the labels, longest first.

    A label not ending in a colon must end at a word boundary. Literal alternatives: linear,
    and only a 40-character window is read.
    """
    entries = sorted({e.split("\t")[0] for e in lexicon_lines(name)}, key=len, reverse=True)
    body = "|".join(_escape(e) for e in entries)
    return LazyPattern(rf"(?:{body})(?:(?<=:)|(?!\w))", IGNORECASE)


def _escape(literal: str) -> str:
    return "".join(f"\\{c}" if not c.isalnum() and c != " " else c for c in literal)


def _read_dated_line(
    line: str, label: str | None, options: ParseOptions
) -> tuple[str, str, int, DateReading] | None:
    """``(slot, date text, offset of the date in line, reading)`` for a date line.

    ``label`` is the date label that opens ``line``, if any.
    """
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


_Dates = tuple[tuple[str, int, DateReading], ...]
"""Dates of an author line: ``(field, its offset in the rest of the line, reading)``."""


def _words(part: str) -> list[str]:
    return [w.strip(".,()").casefold() for w in part.split()]


def _is_role(part: str) -> bool:
    return not lexicon("roles").isdisjoint(_words(part))


def _is_org(part: str) -> bool:
    return not lexicon("organizations").isdisjoint(_words(part))


def _is_name(part: str) -> bool:
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or not words[0][0].isupper():
        return False
    if _has_digit(part):
        return False
    # With the first word capitalised, one or two words are a name without counting.
    return len(words) <= 2 or len([w for w in words if w[0].isupper()]) * 2 >= len(words)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes (lower-cased, full stop stripped): after a comma they end the name
before them (``By John Smith, Jr.``), they are no second author."""
_FOR_OUTLET = (" for ", " For ", " FOR ")


def _outlet_off(name: str) -> tuple[str, str | None]:
    """``name`` without a ``for <outlet>`` ending, and the outlet (None when it has none).

    ``By Jane Doe For Dailymail.com``, ``By JANE DOE FOR MAILONLINE``, ``By Jane Doe for
    the Guardian``: the outlet is capitalised, or opens with ``the``. Anything else stays
    part of the name.
    """
    for word in _FOR_OUTLET:
        before, found, outlet = name.partition(word)
        if found and before and outlet and (outlet[0].isupper() or outlet.startswith("the ")):
            return before, outlet
    return name, None


def _split_names(names: str) -> list[str]:
    """``NAME_SPLIT.split(names)``; an ASCII string with no separator in it is one name.

    In ASCII text the pattern's white space is a space, tab, line break, vertical tab or
    form feed: with a space the only one, ``in`` tests find each separator.
    """
    if names.isascii() and not (
        "," in names or ";" in names or "&" in names
        or " and " in names or " und " in names or " et " in names or " y " in names
        or "\t" in names or "\n" in names or "\r" in names or "\x0b" in names or "\x0c" in names
    ):  # fmt: skip
        return [names]
    return NAME_SPLIT.split(names)


def _read_authors(rest: str, options: ParseOptions) -> tuple[tuple[Author, ...], _Dates] | None:
    fields = split_fields(rest)
    if not fields:
        return None
    roles: dict[int, str] = {}  # by index into names: models are made once all is read
    orgs: dict[int, str] = {}
    names = _read_names(fields[0][0], roles, orgs)
    if not names:
        return None
    dates: list[tuple[str, int, DateReading]] = []
    for text, offset in fields[1:]:
        reading = read_date(
            text, reference_time=options.reference_time, languages=options.languages
        )
        if reading is not None:
            dates.append((text, offset, reading))
        elif match_header(text) is not None:
            continue
        elif _is_role(text):
            roles[len(names) - 1] = text
        else:
            orgs[len(names) - 1] = text
    authors = tuple([_new_author(name, roles.get(i), orgs.get(i)) for i, name in enumerate(names)])
    return authors, tuple(dates)


def _read_names(field: str, roles: dict[int, str], orgs: dict[int, str]) -> list[str] | None:
    """The author names of a line's first field; roles and organisations go to the dicts.

    A part after the first that is a name suffix ends the name before it, one with a role
    word is that name's role, one with an organisation word its organisation. None when a
    part is neither those nor a name.
    """
    names: list[str] = []
    for part in _split_names(field):
        name = part.strip()
        if not name:
            continue
        words = _words(name) if names else None  # for the role and organisation tests
        if words is not None and len(words) == 1 and words[0] in _NAME_SUFFIXES:
            names[-1] = f"{names[-1]} {name}"  # "John Smith, Jr.": one name
        elif words is not None and not lexicon("roles").isdisjoint(words):
            roles[len(names) - 1] = name
        elif words is not None and not lexicon("organizations").isdisjoint(words):
            orgs[len(names) - 1] = name
        else:
            name, outlet = _outlet_off(name)
            if not _is_name(name):
                return None
            if outlet:
                orgs[len(names)] = outlet
            names.append(name)
    return names


@attrs.frozen(kw_only=True)
class BylineLine:
    """One classified byline line and what it says."""

    span: Span
    """The line, stripped."""
    kind: LineKind
    """Author, date or metadata line."""
    authors: tuple[Author, ...] = ()
    """Authors named on the line."""
    dates: tuple[tuple[str, BylineDate, DateReading], ...] = ()
    """``(slot, date, reading)`` for each date on the line; slot is ``published`` or
    ``updated``."""
    metadata: MetadataItem | None = None
    """The labelled item of a metadata line."""


def read_line(span: Span, options: ParseOptions) -> BylineLine | None:
    """Classify and read a stripped line; None when it is not a byline line.

    >>> from newsparse.models import Span
    >>> read_line(Span(text="By Ann Lee, Staff Writer", start=0, end=24), ParseOptions()).authors
    (Author(name='Ann Lee', role='Staff Writer', organization=None),)
    """
    return _read(span.text, span.start, span.end, options, span)


def read_stripped_line(line: str, start: int, options: ParseOptions) -> BylineLine | None:
    """:func:`read_line` of the span ``line`` at ``start`` (made only for a byline line)."""
    return _read(line, start, start + len(line), options, None)


def _read(
    line: str, start: int, end: int, options: ParseOptions, span: Span | None
) -> BylineLine | None:
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    if _opens_no_label(line):  # most lines: a date or no byline line
        if len(line) > MAX_DATE_CHARS and not (line[0].isspace() or line[-1].isspace()):
            return None  # read_date reads no date this long (the line is stripped)
        return _read_date_line(line, start, end, options, span, None)
    found = _read_author_line(line, start, end, options, span)
    if found is not None:
        return found
    label = _label_at(line, "metadata_labels")
    if label is not None:
        item = MetadataItem(
            label=label.rstrip(":").strip(),
            value=line[len(label) :].strip(),
            start=start,
            end=end,
        )
        span = span or _new_span(line, start, end)
        return _new_line(span, LineKind.METADATA, (), (), item)
    return _read_date_line(line, start, end, options, span, _label_at(line, "date_labels"))


def _read_date_line(
    line: str, start: int, end: int, options: ParseOptions, span: Span | None, label: str | None
) -> BylineLine | None:
    dated = _read_dated_line(line, label, options)
    if dated is None:
        return None
    slot, raw, offset, reading = dated
    date = _date(raw, start + offset, reading)
    span = span or _new_span(line, start, end)
    return _new_line(span, LineKind.DATE, (), ((slot, date, reading),), None)


def _opens_no_label(line: str) -> bool:
    """True when ``line`` opens with no author, metadata or date label (one set lookup).

    Only for an ASCII opening, and only when every label list is read by opening
    (:func:`_label_heads`); otherwise False, and each list is tried.
    """
    heads = _all_heads()
    head = line[:2]
    return heads is not None and head.isascii() and head.lower() not in heads


@functools.cache
def _all_heads() -> frozenset[str] | None:
    """The two-character openings of every label of the three lists, or None."""
    tables = [_label_heads(name) for name in ("author_labels", "metadata_labels", "date_labels")]
    if any(table is None or table[1] != 2 for table in tables):
        return None
    return frozenset(head for table in tables if table is not None for head in table[0])


def _date(raw: str, start: int, reading: DateReading) -> BylineDate:
    return _new_date(reading.value, raw, start, start + len(raw))


def _read_author_line(
    line: str, start: int, end: int, options: ParseOptions, span: Span | None
) -> BylineLine | None:
    label = _label_at(line, "author_labels")
    if label is None:
        return None
    rest = line[len(label) :]
    rest_start = len(label) + len(rest) - len(rest.lstrip())
    found = _read_authors(line[rest_start:].rstrip(), options)
    if found is None:
        return None
    authors, found_dates = found
    dates = tuple(
        [
            ("published", _date(raw, start + rest_start + offset, reading), reading)
            for raw, offset, reading in found_dates
        ]
    )
    return _new_line(span or _new_span(line, start, end), LineKind.AUTHOR, authors, dates, None)


_new_line = _constructor(BylineLine)
_new_byline = _constructor(Byline)
_new_author = _constructor(Author)
_new_date = _constructor(BylineDate)


def line_kind(line: str, options: ParseOptions) -> LineKind | None:
    """What kind of byline line a stripped line is; None when it is none."""
    found = read_line(Span(text=line, start=0, end=len(line)), options)
    return None if found is None else found.kind


def build_byline(lines: Sequence[BylineLine]) -> tuple[Byline, tuple[ParseWarning, ...]]:
    """Put read byline lines together into a :class:`~newsparse.Byline`.

    Authors in order, the first date as ``published``, the first update date as ``updated``,
    metadata items, and a warning for each date that could not be resolved.
    """
    published: BylineDate | None = None
    updated: BylineDate | None = None
    warnings: list[ParseWarning] = []
    authors: list[Author] = []
    metadata: list[MetadataItem] = []
    for line in lines:
        authors += line.authors
        if line.metadata is not None:
            metadata.append(line.metadata)
        for slot, date, reading in line.dates:
            if reading.relative or reading.unknown_zone:
                warnings += date_warnings(date, reading)
            if slot == "updated":
                updated = updated or date
            elif published is None:
                published = date
    byline = _new_byline(
        tuple(authors), published, updated, tuple(metadata), tuple([line.span for line in lines])
    )
    return byline, tuple(warnings)


def date_warnings(date: BylineDate, reading: DateReading) -> list[ParseWarning]:
    """The warnings a date's reading calls for: unresolved relative date, unknown time zone.

    Byline dates and a header date that gives ``published`` get the same ones.
    """
    out = []
    if reading.relative and reading.value is None:
        out.append(
            ParseWarning(
                code=WarningCode.RELATIVE_DATE_UNRESOLVED,
                message=f"relative date {date.text!r} left unresolved: "
                "pass reference_time to resolve it",
                start=date.start,
                end=date.end,
            )
        )
    if reading.unknown_zone:
        out.append(
            ParseWarning(
                code=WarningCode.UNKNOWN_TIMEZONE,
                message=f"time zone {reading.unknown_zone!r} is unknown; the date is kept naive",
                start=date.start,
                end=date.end,
            )
        )
    return out
