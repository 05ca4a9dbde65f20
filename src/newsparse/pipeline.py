"""The one place that knows the order of the stages.

``decode`` → ``lines`` → (``split`` for dumps) → ``blocks`` → ``header`` → ``titles`` →
``byline`` → ``body`` (paragraphs, sentences, dateline, trailer) → ``quotes`` →
``speakers`` → ``claims`` → ``assemble``. Each stage is a module with plain functions: text
and earlier results in, frozen results out; none does I/O or keeps state between calls.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from newsparse import byline as _byline
from newsparse import titles as _titles
from newsparse.assemble import HeaderLine, build_header
from newsparse.body import find_dateline, split_trailer
from newsparse.errors import ParseError
from newsparse.header import match_header
from newsparse.lines import (
    Block,
    Line,
    blocks_of,
    first_control_character,
    line_spans,
    line_table,
    newline_styles,
)
from newsparse.models import Article, Claim, Paragraph, ParseWarning, Quote, Span, WarningCode
from newsparse.options import ParseOptions
from newsparse.paragraphs import paragraphs_from_blocks

__all__ = [
    "MAX_HEADER_CHARS",
    "article_ranges",
    "control_character_warning",
    "mixed_newlines_warning",
    "parse_blocks",
    "parse_lines",
    "parse_text",
    "parse_text_all",
]

MAX_HEADER_CHARS = 300
"""A longer line is never a header line."""


def parse_text(
    text: str, *, source: str | None, encoding: str | None, options: ParseOptions
) -> Article:
    """Parse all of ``text`` as ONE article (a later article start is kept, with a warning)."""
    blocks = blocks_of(text, line_table(text))
    warnings = _text_warnings(text)
    starts = _article_starts(text, blocks)
    if len(starts) > 1:
        at = blocks[starts[1]]
        warnings.append(
            ParseWarning(
                code=WarningCode.EMBEDDED_ARTICLE,
                message="another article starts here; it was kept as body text "
                "(use iter_articles to split a dump)",
                start=at.start,
                end=at.end,
            )
        )
    return parse_blocks(
        text, blocks, source=source, encoding=encoding, options=options, warnings=warnings
    )


def parse_text_all(
    text: str, *, source: str | None, encoding: str | None, options: ParseOptions
) -> Iterator[Article]:
    """Parse every article of a dump, in order."""
    blocks = blocks_of(text, line_table(text))
    shared = _text_warnings(text)
    starts = _article_starts(text, blocks)
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        part = blocks[lo:hi]
        own = [w for w in shared if part[0].start <= w.start <= part[-1].end]
        yield parse_blocks(
            text, part, source=source, encoding=encoding, options=options, warnings=own
        )


def _article_starts(text: str, blocks: Sequence[Block]) -> list[int]:
    """Indices of the blocks that open an article.

    They are the first block, a block after a separator line, and a block whose first line
    is a header (a block always follows a blank line).
    """
    return [
        i
        for i, block in enumerate(blocks)
        if i == 0 or block.after_separator or _header_of(text, block.lines[0]) is not None
    ]


def article_ranges(text: str, lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Line-index ranges of the articles in a dump (FORMAT.md "Many articles in one file").

    Each range runs from the article's first line to the next article's first line; blank
    and separator lines in between belong to the article before them.

    >>> t = "A 2 min read\\n\\nOne\\n\\nBody.\\n\\n---\\nTwo\\n\\nBody."
    >>> article_ranges(t, line_table(t))
    [(0, 7), (7, 10)]
    """
    blocks = blocks_of(text, lines)
    index = {line.number: i for i, line in enumerate(lines)}
    firsts = [index[blocks[i].lines[0].number] for i in _article_starts(text, blocks)]
    if firsts:
        firsts[0] = 0
    bounds = [*firsts, len(lines)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(firsts))]


def _header_of(text: str, line: Line) -> HeaderLine | None:
    if line.end - line.start > MAX_HEADER_CHARS:
        return None
    tail = text[max(line.start, line.end - 40) : line.end].rstrip()
    if tail and tail[-4:].lower() != "read":
        return None  # most lines, decided on a short tail (an all-blank tail reads on)
    raw = text[line.start : line.end]
    stripped = raw.strip()
    match = match_header(stripped)
    if match is None:
        return None
    start = line.start + len(raw) - len(raw.lstrip())
    return HeaderLine(span=Span(text=stripped, start=start, end=start + len(stripped)), match=match)


def _text_warnings(text: str) -> list[ParseWarning]:
    warnings = []
    if len(newline_styles(text)) > 1:
        warnings.append(mixed_newlines_warning())
    found = first_control_character(text)
    if found is not None:
        warnings.append(control_character_warning(*found))
    return warnings


def mixed_newlines_warning() -> ParseWarning:
    """The warning for input that mixes line-break styles (shared with the streaming reader)."""
    return ParseWarning(
        code=WarningCode.MIXED_NEWLINES,
        start=0,
        end=0,
        message="the input mixes line-break styles; offsets still index the text as given",
    )


def control_character_warning(char: str, at: int) -> ParseWarning:
    """The warning for the first control character, at offset ``at``."""
    return ParseWarning(
        code=WarningCode.CONTROL_CHARACTERS,
        start=at,
        end=at + len(char),
        message=f"control character {char!r} in the input; kept as is",
    )


def _block_text(text: str, block: Block) -> str:
    return " ".join(text[ln.start : ln.end].strip() for ln in block.lines)


class _BlockTexts(Sequence[str]):
    """The blocks' texts (lines joined by a space), made only for the blocks asked for.

    The front-matter stage reads a handful of blocks, never the whole body.
    """

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self._text = text
        self._blocks = blocks
        self._made: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._blocks)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = _block_text(self._text, self._blocks[index])
        return made


def _exact(text: str, block: Block) -> Span:
    return Span(text=text[block.start : block.end], start=block.start, end=block.end)


def parse_lines(
    text: str,
    lines: Sequence[Line],
    *,
    source: str | None,
    encoding: str | None,
    options: ParseOptions,
    warnings: Sequence[ParseWarning] = (),
) -> Article:
    """Parse the article made of ``lines`` of ``text`` (offsets stay into ``text``)."""
    return parse_blocks(
        text,
        blocks_of(text, lines),
        source=source,
        encoding=encoding,
        options=options,
        warnings=warnings,
    )


def parse_blocks(
    text: str,
    article_blocks: Sequence[Block],
    *,
    source: str | None,
    encoding: str | None,
    options: ParseOptions,
    warnings: Sequence[ParseWarning] = (),
) -> Article:
    """Parse the article made of ``article_blocks`` of ``text``."""
    found = list(warnings)
    blocks = list(article_blocks)
    if not blocks:
        raise ParseError(
            "the input holds only white space; pass the text of an article", code="blank_input"
        )
    header_line = _header_of(text, blocks[0].lines[0])
    if header_line is not None:
        rest = blocks[0].lines[1:]
        blocks[0:1] = list(blocks_of(text, rest)[:1]) if rest else []
    else:
        first = blocks[0]
        found.append(
            ParseWarning(
                code=WarningCode.MISSING_HEADER,
                start=first.start,
                end=first.start,
                message="the first line is no '... N min read' header",
            )
        )
    if not blocks:
        raise ParseError(
            "the input holds a header line but no title; pass a whole article",
            code="no_title",
            line=_line_no(text, header_line.span.start) if header_line else 1,
        )
    texts = _BlockTexts(text, blocks)
    read_lines: dict[int, list[_byline.BylineLine] | None] = {}

    def byline_lines(i: int) -> list[_byline.BylineLine] | None:
        """Block ``i`` read as byline lines, or None when any line is no byline line."""
        if i not in read_lines:
            found = []
            for span in line_spans(text, [blocks[i]]):
                line = _byline.read_line(span, options)
                if line is None:
                    break
                found.append(line)
            read_lines[i] = found if len(found) == len(blocks[i].lines) else None
        return read_lines[i]

    def is_byline(i: int) -> bool:
        return byline_lines(i) is not None

    front = _titles.read_front_matter(texts, 0, is_byline)
    trailer_at = split_trailer(text, blocks, front.body)
    paragraphs = paragraphs_from_blocks(text, blocks[front.body : trailer_at])
    if not paragraphs:
        found.append(
            ParseWarning(
                code=WarningCode.MISSING_BODY,
                start=blocks[-1].end,
                end=blocks[-1].end,
                message="the article has no body paragraph",
            )
        )
    byline, byline_warnings = _byline.build_byline(
        [line for i in front.bylines for line in byline_lines(i) or ()]
    )
    found.extend(byline_warnings)
    word_count = sum(len(p.text.split()) for p in paragraphs)
    header = None
    if header_line is not None:
        header, byline, header_warnings = build_header(
            header_line, body_words=word_count, byline=byline, options=options
        )
        found.extend(header_warnings)
    quotes, claims = _find_quotes_and_claims(text, paragraphs, options, found)
    start = header_line.span.start if header_line is not None else blocks[0].start
    article = Article(
        source=source,
        encoding=encoding,
        start=start,
        end=blocks[-1].end,
        header=header,
        title=texts[front.title],
        title_span=_exact(text, blocks[front.title]),
        subtitle=" ".join(texts[i] for i in front.subtitles) or None,
        subtitle_spans=tuple(_exact(text, blocks[i]) for i in front.subtitles),
        title_repeated=front.repeat is not None,
        title_repeat_span=_exact(text, blocks[front.repeat]) if front.repeat is not None else None,
        byline=byline,
        dateline=find_dateline(text, paragraphs[0].start) if paragraphs else None,
        paragraphs=paragraphs,
        trailer=line_spans(text, blocks[trailer_at:]),
        word_count=word_count,
        estimated_read_minutes=round(word_count / options.words_per_minute, 2),
        quotes=quotes,
        claims=claims,
        warnings=tuple(sorted(found, key=lambda w: (w.start, w.code.value))),
    )
    if options.strict and article.warnings:
        raise _strict_error(text, article.warnings)
    return article


def _find_quotes_and_claims(
    text: str, paragraphs: Sequence[Paragraph], options: ParseOptions, found: list[ParseWarning]
) -> tuple[tuple[Quote, ...], tuple[Claim, ...]]:
    """Run the quotes, speakers and claims stages.

    Each is imported on first use, so that a structure-only parse and ``import newsparse``
    never load their patterns and lexicons.
    """
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    if not paragraphs:
        return quotes, claims
    if options.quotes:
        from newsparse import quotes as _quotes  # noqa: PLC0415
        from newsparse import speakers as _speakers  # noqa: PLC0415

        quotes, quote_warnings = _quotes.find_quotes(text, paragraphs, options=options)
        quotes = _speakers.attribute(text, paragraphs, quotes, options=options)
        found.extend(quote_warnings)
    if options.claims:
        from newsparse import claims as _claims  # noqa: PLC0415

        claims = _claims.find_claims(text, paragraphs, quotes, options=options)
    return quotes, claims


def _line_no(text: str, offset: int) -> int:
    return (
        text.count("\n", 0, offset)
        + text.count("\r", 0, offset)
        - text.count("\r\n", 0, offset)
        + 1
    )


def _strict_error(text: str, warnings: Sequence[ParseWarning]) -> ParseError:
    first = warnings[0]
    line = _line_no(text, first.start)
    line_start = max(text.rfind("\n", 0, first.start), text.rfind("\r", 0, first.start)) + 1
    problems = [f"{w.code.value} at line {_line_no(text, w.start)}: {w.message}" for w in warnings]
    return ParseError(
        f"{len(warnings)} problem(s) in strict mode: "
        + "; ".join(problems)
        + " (fix the text, or parse without strict=True to get them as warnings)",
        code="strict",
        line=line,
        column=first.start - line_start + 1,
        problems=problems,
    )
