"""The typed result of a parse: frozen, slotted, keyword-only attrs models.

Every model that carries text also carries its span: ``start`` and ``end`` are code-point
offsets (end exclusive) into the decoded input, so ``text[start:end]`` is exactly what the
model holds (the one exception, :attr:`~newsparse.Article.title`, joins the lines of a several-line
title with single spaces; :attr:`~newsparse.Article.title_span` is exact).

Models never hold the input text itself and never do I/O; serialisation to dicts and JSON
lives in :mod:`newsparse.serialize`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

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
    "ParseWarning",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Span",
    "WarningCode",
]


class WarningCode(str, enum.Enum):
    """Why a lenient parse recorded a :class:`~newsparse.ParseWarning`.

    Each member's value is the stable code that appears in JSON output; with
    ``ParseOptions(strict=True)`` any of them makes the parse raise :class:`~newsparse.ParseError`.
    """

    MISSING_HEADER = "missing_header"
    """The first non-blank line is not a ``... N min read`` header."""
    IMPLAUSIBLE_READ_TIME = "implausible_read_time"
    """No split of glued header digits gives 100-450 words per minute; the whole run is used."""
    MISSING_BODY = "missing_body"
    """The article has a title but no body paragraph."""
    RELATIVE_DATE_UNRESOLVED = "relative_date_unresolved"
    """A relative date (``3 hours ago``) with no ``reference_time`` to resolve it against."""
    UNPARSED_DATE = "unparsed_date"
    """A byline or header field looks like a date but no parser could read it."""
    UNKNOWN_TIMEZONE = "unknown_timezone"
    """A date names a time zone abbreviation newsparse does not know; the date stays naive."""
    DECODED_AS_CP1252 = "decoded_as_cp1252"
    """The bytes were not valid UTF-8 and were decoded as Windows-1252."""
    MIXED_NEWLINES = "mixed_newlines"
    """The input mixes ``\\n``, ``\\r\\n`` and ``\\r`` line endings."""
    CONTROL_CHARACTERS = "control_characters"
    """The input holds C0 control characters other than tab, newline and form feed."""
    EMBEDDED_ARTICLE = "embedded_article"
    """:func:`newsparse.parse` met a later header line that starts another article; the text
    was kept as body. Use :func:`newsparse.iter_articles` for dumps."""
    UNMATCHED_QUOTE = "unmatched_quote"
    """A quotation mark has no partner; it costs at most that one quote."""
    TRUNCATED_INPUT = "truncated_input"
    """Reserved: input beyond ``ParseOptions.max_bytes`` (the parse raises instead)."""


class QuoteKind(str, enum.Enum):
    """What sort of quotation a :class:`~newsparse.Quote` is."""

    DIRECT = "direct"
    """A full quoted utterance: ``"We will win," she said.``"""
    PARTIAL = "partial"
    """A fragment inside a paraphrase: ``called the plan a "huge mistake".``"""
    MULTI_PARAGRAPH = "multi-paragraph"
    """A quotation that runs over several paragraphs (one segment per paragraph)."""
    SCARE = "scare"
    """Scare quotes, titles and so-called terms: no speaker."""


class ClaimKind(str, enum.Enum):
    """The closed set of claim types a :class:`~newsparse.Claim` may carry (several at once)."""

    STATISTIC = "statistic"
    """Numbers, percentages, amounts with units or currencies."""
    COMPARISON = "comparison"
    """More/less/largest, outperforming, records."""
    TEMPORAL = "temporal"
    """Dated events: ``approved in 2024``."""
    CAUSAL = "causal"
    """Cause and effect: ``because``, ``led to``, ``caused``."""
    PREDICTION = "prediction"
    """Forecasts and expectations: ``will``, ``is expected to``."""
    LEGAL = "legal"
    """Laws, rulings, regulation."""
    ATTRIBUTED = "attributed"
    """Reported speech or ``according to X``."""
    QUOTE = "quote"
    """Inside a direct quotation."""


@attrs.frozen(kw_only=True)
class Span:
    """A piece of the input: ``input[start:end] == text``."""

    text: str
    """The characters of the span, exactly as in the input."""
    start: int
    """Offset of the first character (code points into the decoded input)."""
    end: int
    """Offset one past the last character."""


@attrs.frozen(kw_only=True)
class ParseWarning:
    """A problem a lenient parse worked around, located in the input."""

    code: WarningCode
    """What went wrong (see :class:`~newsparse.WarningCode`)."""
    message: str
    """A sentence for people: what was seen and what newsparse did about it."""
    start: int
    """Offset where the problem starts."""
    end: int
    """Offset where it ends."""


@attrs.frozen(kw_only=True)
class Header:
    """The ``category ... N min read`` line that opens an article."""

    text: str
    """The header line, exactly as written (without surrounding white space)."""
    start: int
    """Offset of the line's first non-blank character."""
    end: int
    """Offset one past its last non-blank character."""
    category: str | None
    """The first field, trimmed (``technology``, ``World News``); None when the line is only
    a read time."""
    read_time_minutes: int
    """The read time, after the glued-digit rule of FORMAT.md."""
    extras: tuple[str, ...] = ()
    """Other fields, in order, and any digit prefix left by the glued-digit rule."""
    date_text: str | None = None
    """A field that reads as a date (it gives ``published`` when the byline has none)."""


@attrs.frozen(kw_only=True)
class Author:
    """One author of a byline."""

    name: str
    """The name as written (``Jane Doe``)."""
    role: str | None = None
    """A role given with the name (``Senior Reporter``)."""
    organization: str | None = None
    """An organisation given with the name (``Reuters``)."""


@attrs.frozen(kw_only=True)
class BylineDate:
    """A date read from a byline or header field."""

    value: dt.date | None
    """The date: a :class:`datetime.datetime` when the text gives a time (time-zone aware
    when it names a zone), a :class:`datetime.date` when it gives only a day, None when it
    is relative and no ``reference_time`` was given."""
    text: str
    """The date as written (``Feb. 11, 2025 10:32 AM ET``)."""
    start: int
    """Offset of the date text."""
    end: int
    """Offset one past it."""


@attrs.frozen(kw_only=True)
class MetadataItem:
    """A labelled byline line that is not authorship: ``Photo: ...``, ``Reviewed by ...``."""

    label: str
    """The label without its colon (``Photo``, ``Reviewed by``)."""
    value: str
    """What follows the label."""
    start: int
    """Offset of the line."""
    end: int
    """Offset one past it."""


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote the article and when: every line between the titles and the body."""

    authors: tuple[Author, ...] = ()
    """Authors in order of appearance."""
    published: BylineDate | None = None
    """The first date of the byline (or the header's date field)."""
    updated: BylineDate | None = None
    """A date labelled ``Updated``, ``Last updated`` or ``Modified``."""
    metadata: tuple[MetadataItem, ...] = ()
    """Labelled lines such as ``Source:``, ``Photo:``, ``Reviewed by``."""
    lines: tuple[Span, ...] = ()
    """Every byline line, exactly as written."""


@attrs.frozen(kw_only=True)
class Dateline:
    """The ``PLACE, date (Agency) —`` opening of the first paragraph (kept in its text)."""

    location: str
    """The upper-case place (``BRUSSELS``)."""
    date: str | None
    """The date text, as written, if any (``Feb 11``)."""
    agency: str | None
    """The agency in parentheses, if any (``AP``)."""
    start: int
    """Offset of the dateline."""
    end: int
    """Offset one past its dash."""


class _SentenceSlot:
    """Where a :class:`Paragraph` keeps its sentences once computed (not an attrs field)."""

    __slots__ = ("_sentences",)
    _sentences: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class Paragraph(_SentenceSlot):
    """A body block, kept exactly as written (its lines are not re-wrapped)."""

    text: str
    """The block's text, line breaks included."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""

    @property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans inside the paragraph, in order (offsets into the input).

        Computed on first use and kept, so a parse that needs no sentences pays nothing.
        (A plain property over a slot of the base class, not ``functools.cached_property``:
        on a slotted attrs class that adds a ``__getattr__`` hook, which makes every
        attribute read of every paragraph slower.)
        """
        try:
            return self._sentences
        except AttributeError:
            pass
        from newsparse.sentences import split_sentences  # noqa: PLC0415  (imports models)

        found = split_sentences(self.text, offset=self.start)
        object.__setattr__(self, "_sentences", found)
        return found


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation and who said it.

    A quotation split by its attribution (``"A," she said. "B."``) is ONE quote with two
    segments; a quotation running over several paragraphs is one quote with a segment per
    paragraph.
    """

    text: str
    """The quoted words (marks excluded), segments joined by a single space."""
    segments: tuple[Span, ...]
    """The quoted pieces, marks excluded, in order."""
    speaker: str | None = None
    """The resolved speaker: a full name or an organisation; None for scare quotes or when
    no speaker is found."""
    speaker_mention: Span | None = None
    """The mention that attributes this quote: a pronoun when the text says ``she said``; the
    sentence's subject when a pronoun only links a clause to it (``X condemned what he called
    "..."`` gives ``X``)."""
    cue: Span | None = None
    """The reporting verb or phrase (``said``, ``according to``)."""
    kind: QuoteKind = QuoteKind.DIRECT
    """What sort of quotation this is."""
    paragraph: int = 0
    """Index of the paragraph holding the first segment."""


@attrs.frozen(kw_only=True)
class Quantity:
    """A number found in a claim, with its unit."""

    text: str
    """As written (``$4.2 billion``, ``4.6 percent``)."""
    start: int
    """Offset of the number text."""
    end: int
    """Offset one past it."""
    value: float
    """The numeric value (``4.2e9``, ``4.6``)."""
    unit: str | None = None
    """The unit: a currency code, ``percent``, or the counted noun (``people``)."""


@attrs.frozen(kw_only=True)
class Claim:
    """A check-worthy sentence (or clause) of the body."""

    text: str
    """The claim's text, exactly as in the input."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last."""
    kinds: tuple[ClaimKind, ...] = ()
    """What sort of assertion it is (several may apply)."""
    source: str | None = None
    """Who makes the claim: the speaker for quoted or reported speech, None for the article's
    own voice."""
    hedged: bool = False
    """True when the claim is hedged (``may``, ``reportedly``, ``allegedly``)."""
    score: float = 0.0
    """Check-worthiness in [0, 1], as :func:`newsparse.checkworthiness` gives it."""
    numbers: tuple[Quantity, ...] = ()
    """The quantities the claim states."""
    paragraph: int = 0
    """Index of the paragraph that holds the claim."""


@attrs.frozen(kw_only=True)
class Article:
    """One parsed article: its parts, each with exact offsets, and what was found in it."""

    source: str | None = None
    """Where the text came from (a path), when known."""
    encoding: str | None = None
    """How the bytes were decoded (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``); None for
    ``str`` input."""
    start: int
    """Offset of the article's first character in the input."""
    end: int
    """Offset one past its last non-blank character."""
    header: Header | None = None
    """The header line, if the article has one."""
    title: str
    """The title (the lines of a several-line title joined by a space)."""
    title_span: Span
    """Where the title block stands in the input."""
    subtitle: str | None = None
    """The subtitle (dek, standfirst); several blocks are joined by a space."""
    subtitle_spans: tuple[Span, ...] = ()
    """The subtitle block(s) as they stand in the input."""
    title_repeated: bool = False
    """True when the title is repeated as a page heading."""
    title_repeat_span: Span | None = None
    """Where the repeat stands."""
    byline: Byline = attrs.field(factory=Byline)
    """Authors, dates and labelled metadata."""
    dateline: Dateline | None = None
    """The dateline of the first paragraph, if any."""
    paragraphs: tuple[Paragraph, ...] = ()
    """Body paragraphs in order."""
    trailer: tuple[Span, ...] = ()
    """Credit and boilerplate lines after the body, one span per line."""
    word_count: int = 0
    """Whitespace-separated tokens in the body paragraphs (trailer excluded)."""
    estimated_read_minutes: float = 0.0
    """``word_count`` divided by ``ParseOptions.words_per_minute``."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotations in the body."""
    claims: tuple[Claim, ...] = ()
    """Check-worthy claims in the body."""
    warnings: tuple[ParseWarning, ...] = ()
    """What a lenient parse worked around."""

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready dict form (see :func:`newsparse.to_dict`)."""
        from newsparse.serialize import to_dict  # noqa: PLC0415  (serialize imports models)

        return to_dict(self)


_T = TypeVar("_T")


def _constructor(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the model ``cls`` that takes every field, by position or keyword.

    It does what attrs' ``__init__`` does when every field is given (sets each slot), about
    twice as fast: slot setters instead of the frozen ``__setattr__``, no defaults.
    The parse makes many models (a paragraph, a span, a byline line...) where a
    microsecond each adds up. Generated once per model, as attrs makes its own
    ``__init__``. That is exact only while no field has a converter or a validator, which
    is checked here.
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    if any(f.converter or f.validator for f in fields):
        raise TypeError(f"{cls.__name__} has fields a fast constructor cannot set")
    names = [f.name for f in fields]
    lines = [f"def make({', '.join(names)}):", "    made = __new(__cls)"]
    lines += [f"    __set_{name}(made, {name})" for name in names]
    lines.append("    return made")
    namespace: dict[str, Any] = {f"__set_{name}": vars(cls)[name].__set__ for name in names}
    namespace.update({"__new": object.__new__, "__cls": cls})
    exec("\n".join(lines), namespace)  # our own field names, as attrs does for __init__
    made: Callable[..., _T] = namespace["make"]
    made.__doc__ = f"``{cls.__name__}({', '.join(f'{n}={n}' for n in names)})``, faster."
    return made


_new_span = _constructor(Span)
_new_paragraph = _constructor(Paragraph)
