"""The one place that knows the order of the stages.

``decode`` → ``lines`` → (``split`` for dumps) → ``blocks`` → ``header`` → ``titles`` →
``byline`` → ``body`` (paragraphs, sentences, dateline, trailer) → ``quotes`` →
``speakers`` → ``claims`` → ``assemble``. Each stage is a module with plain functions: text
and earlier results in, frozen results out; none does I/O or keeps state between calls.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

from newsparse import byline as _byline
from newsparse import titles as _titles
from newsparse.assemble import HeaderLine, _new_header_line, build_header
from newsparse.body import find_dateline, trailer_start
from newsparse.errors import ParseError
from newsparse.header import match_header
from newsparse.lines import (
    Block,
    BlockTable,
    Line,
    block_table,
    blocks_of,
    first_control_character,
    newline_styles,
)
from newsparse.models import (
    Article,
    Claim,
    Paragraph,
    ParseWarning,
    Quote,
    Span,
    WarningCode,
    _constructor,
    _new_span,
)
from newsparse.options import ParseOptions
from newsparse.paragraphs import WordCounter, paragraphs_of

__all__ = [
    "MAX_HEADER_CHARS",
    "article_ranges",
    "control_character_warning",
    "mixed_newlines_warning",
    "parse_text",
    "parse_text_all",
]

MAX_HEADER_CHARS = 300
"""A longer line is never a header line."""

_new_article = _constructor(Article)


def parse_text(
    text: str, *, source: str | None, encoding: str | None, options: ParseOptions
) -> Article:
    """Parse all of ``text`` as ONE article (a later article start is kept, with a warning)."""
    table = block_table(text)
    words = WordCounter(text)
    warnings = _text_warnings(text, words)
    starts = _table_starts(text, table)
    if len(starts) > 1:
        warnings.append(
            ParseWarning(
                code=WarningCode.EMBEDDED_ARTICLE,
                message="another article starts here; it was kept as body text "
                "(use iter_articles to split a dump)",
                start=table.starts[starts[1]],
                end=table.ends[starts[1]],
            )
        )
    return _parse(
        text,
        _Window(table, 0, len(table)),
        words,
        source=source,
        encoding=encoding,
        options=options,
        warnings=warnings,
    )


def parse_text_all(
    text: str, *, source: str | None, encoding: str | None, options: ParseOptions
) -> Iterator[Article]:
    """Parse every article of a dump, in order."""
    table = block_table(text)
    words = WordCounter(text)
    shared = _text_warnings(text, words)
    starts = _table_starts(text, table)
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(table)
        first, last = table.starts[lo], table.ends[hi - 1]
        own = [w for w in shared if first <= w.start <= last]
        yield _parse(
            text,
            _Window(table, lo, hi),
            words,
            source=source,
            encoding=encoding,
            options=options,
            warnings=own,
        )


def _article_starts(text: str, blocks: Sequence[Block]) -> list[int]:
    """Indices of the blocks that open an article.

    They are the first block, a block after a separator line, and a block whose first line
    is a header (a block always follows a blank line). A header line ends in ``read``: a
    line whose last character is neither ``d`` nor white space is none, which one look at
    that character tells.
    """
    starts = []
    for i, block in enumerate(blocks):
        if i == 0 or block.after_separator:
            starts.append(i)
            continue
        line = block.lines[0]
        last = text[line.end - 1]
        if (last in "dD" or last.isspace()) and _opens_article(text, line.start, line.end):
            starts.append(i)
    return starts


def _table_starts(text: str, table: BlockTable) -> list[int]:
    """:func:`_article_starts` of a table's blocks, reading the lines of few of them.

    A header line, stripped, ends in ``read`` (``header.match_header``; no other character
    lower-cases to ``d``): a one-line block whose last character is no ``d`` or ``D`` opens
    no article, and its lines need not be made.
    """
    starts, separated, texts = table.starts, table.separated, table.texts
    found = [0] if starts else []
    bulk = table.newline_breaks  # then a block of one line holds no "\n"
    for i in range(1, len(starts)):
        if separated[i]:
            found.append(i)
            continue
        block = texts[i]
        if block[-1] not in "dD" and ("\n" not in block if bulk else table.single_line(i)):
            continue
        line_start, line_end = table.first_line(i)
        last = text[line_end - 1]
        if (last in "dD" or last.isspace()) and _opens_article(text, line_start, line_end):
            found.append(i)
    return found


def article_ranges(text: str, lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Line-index ranges of the articles in a dump (FORMAT.md "Many articles in one file").

    Each range runs from the article's first line to the next article's first line; blank
    and separator lines in between belong to the article before them.

    >>> from newsparse.lines import line_table
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


def _opens_article(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]``, first of a block after the first, opens an article.

    It does when it is a header line, unless it opens with an author label: ``By Jane Doe ·
    February 11, 2025 · 4 min read`` ends in a read time, but FORMAT.md gives it as a
    combined byline line, which sits after a blank line too.
    """
    return _header_at(text, start, end) is not None and not _byline.opens_author_label(
        text[start:end].lstrip()
    )


def _header_at(text: str, start: int, end: int) -> HeaderLine | None:
    """The header line ``text[start:end]`` (a whole line), or None when it is none."""
    if end - start > MAX_HEADER_CHARS:
        return None
    tail = text[max(start, end - 40) : end].rstrip()
    if tail and tail[-4:].lower() != "read":
        return None  # most lines, decided on a short tail (an all-blank tail reads on)
    raw = text[start:end]
    stripped = raw.strip()
    match = match_header(stripped)
    if match is None:
        return None
    start += len(raw) - len(raw.lstrip())
    return _new_header_line(_new_span(stripped, start, start + len(stripped)), match)


def _text_warnings(text: str, words: WordCounter) -> list[ParseWarning]:
    warnings = []
    if len(newline_styles(text)) > 1:
        warnings.append(mixed_newlines_warning())
    found = first_control_character(text) if words.has_control else None
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


_T = TypeVar("_T")


class _Made(Sequence[_T]):
    """A sequence whose items are made when asked for, by the subclass's :meth:`item`.

    Slices and negative indexes are read through it.
    """

    def item(self, index: int) -> _T:
        """Item ``index`` (``0 <= index < len(self)``)."""
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[_T]: ...
    def __getitem__(self, index: int | slice) -> _T | Sequence[_T]:
        if isinstance(index, slice):
            return [self.item(i) for i in range(*index.indices(len(self)))]
        return self.item(index + len(self) if index < 0 else index)


class _Window(_Made[Block]):
    """Blocks ``lo`` to ``hi`` of a table, as a sequence of blocks (made when asked for)."""

    def __init__(self, table: BlockTable, lo: int, hi: int) -> None:
        self.table = table
        self.lo = lo
        self.hi = hi

    def __len__(self) -> int:
        return self.hi - self.lo

    def item(self, index: int) -> Block:
        """Block ``index`` of the window."""
        return self.table.block(self.lo + index)

    def span(self, i: int) -> Span:
        """Block ``i`` exactly as it stands in the text."""
        table, j = self.table, self.lo + i
        return _new_span(table.texts[j], table.starts[j], table.ends[j])

    def line_spans(self, i: int) -> list[Span]:
        """The lines of block ``i``, each stripped, as spans."""
        return [_new_span(line, start, start + len(line)) for line, start in self.lines_of(i)]

    def lines_of(self, i: int) -> list[tuple[str, int]]:
        """The lines of block ``i``, each stripped, with its offset."""
        return self.table.stripped_lines(self.lo + i)

    def raw_lines(self, i: int) -> list[str]:
        """The lines of block ``i`` from their lines' starts, as :func:`trailer_start` reads them.

        A one-line block that opens its line (no indent) is given as its text: only white
        space follows it on its line.
        """
        table, j = self.table, self.lo + i
        start, text = table.starts[j], table.text
        if (
            table.newline_breaks
            and (start == 0 or text[start - 1] == "\n")
            and table.single_line(j)
        ):
            return [table.texts[j]]
        return [text[s:e] for s, e in table.line_extents(j)]


class _BlockTexts(_Made[str]):
    """The blocks' texts (lines joined by a space), made only for the blocks asked for.

    The front-matter stage reads a handful of blocks, never the whole body.
    """

    def __init__(self, blocks: _Window) -> None:
        self.blocks = blocks
        self._made: list[str | None] = [None] * len(blocks)
        self._lines: dict[int, list[tuple[str, int]]] = {}

    def lines(self, i: int) -> list[tuple[str, int]]:
        """The lines of block ``i``, each stripped, with its offset (made once)."""
        found = self._lines.get(i)
        if found is None:
            found = self._lines[i] = self.blocks.lines_of(i)
        return found

    def __len__(self) -> int:
        return len(self._made)

    def item(self, index: int) -> str:
        """The text of block ``index`` (made once)."""
        made = self._made[index]
        if made is None:
            table, j = self.blocks.table, self.blocks.lo + index
            made = self._made[index] = (
                table.texts[j]  # a one-line block is its line
                if table.single_line(j)
                else " ".join([line for line, _ in self.lines(index)])
            )
        return made


class _Bylines:
    """Blocks read as byline lines, each once."""

    def __init__(self, texts: _BlockTexts, options: ParseOptions) -> None:
        self._texts = texts
        self._options = options
        self._read: dict[int, list[_byline.BylineLine] | None] = {}

    def lines(self, i: int) -> list[_byline.BylineLine] | None:
        """Block ``i`` read as byline lines, or None when any line is no byline line."""
        if i not in self._read:
            self._read[i] = self._read_block(i)
        return self._read[i]

    def is_byline(self, i: int) -> bool:
        """True when every line of block ``i`` is a byline line."""
        return self.lines(i) is not None

    def _read_block(self, i: int) -> list[_byline.BylineLine] | None:
        blocks = self._texts.blocks
        table, j = blocks.table, blocks.lo + i
        block = table.texts[j]
        if not table.single_line(j):
            lines = self._texts.lines(i)
        elif len(block) > _byline.MAX_BYLINE_CHARS:
            return None  # a one-line block is its line, and this one is too long
        else:
            lines = [(block, table.starts[j])]
        found = []
        for text, at in lines:
            line = _byline.read_stripped_line(text, at, self._options)
            if line is None:
                return None
            found.append(line)
        return found


def _parse(
    text: str,
    part: _Window,
    words: WordCounter,
    *,
    source: str | None,
    encoding: str | None,
    options: ParseOptions,
    warnings: Sequence[ParseWarning],
) -> Article:
    """Parse the article made of the blocks of ``part``."""
    found = list(warnings)
    header_line, blocks = _split_header(text, part, found)
    texts = _BlockTexts(blocks)
    bylines = _Bylines(texts, options)
    front = _titles.read_front_matter(texts, 0, bylines.is_byline)
    trailer_at = trailer_start(blocks.raw_lines, len(blocks), front.body)
    body_lo, body_hi = blocks.lo + front.body, blocks.lo + trailer_at
    table = blocks.table
    paragraphs = paragraphs_of(
        *_indented(text, table.texts[body_lo:body_hi], table.starts[body_lo:body_hi]),
        table.ends[body_lo:body_hi],
    )
    last_end = blocks.table.ends[blocks.hi - 1]
    if not paragraphs:
        found.append(
            ParseWarning(
                code=WarningCode.MISSING_BODY,
                start=last_end,
                end=last_end,
                message="the article has no body paragraph",
            )
        )
    byline, byline_warnings = _byline.build_byline(
        [line for i in front.bylines for line in bylines.lines(i) or ()]
    )
    found.extend(byline_warnings)
    word_count = _word_count(words, blocks.table, body_lo, body_hi)
    header = None
    if header_line is not None:
        header, byline, header_warnings = build_header(
            header_line, body_words=word_count, byline=byline, options=options
        )
        found.extend(header_warnings)
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    if options.quotes or options.claims:
        quotes, claims = _find_quotes_and_claims(text, paragraphs, options, found)
    start = header_line.span.start if header_line is not None else blocks.table.starts[blocks.lo]
    article = _new_article(
        source=source,
        encoding=encoding,
        start=start,
        end=last_end,
        header=header,
        title=texts[front.title],
        title_span=blocks.span(front.title),
        subtitle=" ".join([texts[i] for i in front.subtitles]) or None,
        subtitle_spans=tuple([blocks.span(i) for i in front.subtitles]),
        title_repeated=front.repeat is not None,
        title_repeat_span=blocks.span(front.repeat) if front.repeat is not None else None,
        byline=byline,
        dateline=find_dateline(text, paragraphs[0].start) if paragraphs else None,
        paragraphs=paragraphs,
        trailer=tuple(
            [span for i in range(trailer_at, len(blocks)) for span in blocks.line_spans(i)]
        ),
        word_count=word_count,
        estimated_read_minutes=round(word_count / options.words_per_minute, 2),
        quotes=quotes,
        claims=claims,
        warnings=tuple(sorted(found, key=_warning_order) if len(found) > 1 else found),
    )
    if options.strict and article.warnings:
        raise _strict_error(text, article.warnings)
    return article


def _warning_order(warning: ParseWarning) -> tuple[int, str]:
    return warning.start, warning.code.value


def _split_header(
    text: str, part: _Window, found: list[ParseWarning]
) -> tuple[HeaderLine | None, _Window]:
    """The article's header line, if any, and its blocks after it (title first)."""
    table, lo, hi = part.table, part.lo, part.hi
    if lo >= hi:
        raise ParseError(
            "the input holds only white space; pass the text of an article", code="blank_input"
        )
    header_line = _header_at(text, *table.first_line(lo))
    if header_line is None:
        found.append(
            ParseWarning(
                code=WarningCode.MISSING_HEADER,
                start=table.starts[lo],
                end=table.starts[lo],
                message="the first line is no '... N min read' header",
            )
        )
    elif not table.single_line(lo):  # the title runs on right under the header line
        first = table.block(lo)
        rest = blocks_of(text, first.lines[1:])[:1]
        table = BlockTable.of_blocks(text, [*rest, *map(table.block, range(lo + 1, hi))])
        lo, hi = 0, len(table)
    else:
        lo += 1
    if lo >= hi:
        raise ParseError(
            "the input holds a header line but no title; pass a whole article",
            code="no_title",
            line=_line_no(text, header_line.span.start) if header_line else 1,
        )
    return header_line, _Window(table, lo, hi)


def _indented(
    text: str, texts: Sequence[str], starts: Sequence[int]
) -> tuple[Sequence[str], Sequence[int]]:
    """Body paragraphs keep the white space that indents their first line, as written.

    A block's extent starts at its first non-blank character; a paragraph starts at its first
    line's start (``"   Indented text"``), so its text, its first characters and its dateline
    test (a dateline opens the paragraph) read the line as the file holds it. Nearly every
    paragraph starts right after a line break and is returned as it is.
    """
    if all(s == 0 or text[s - 1] in "\n\r" for s in starts):
        return texts, starts
    new_texts, new_starts = list(texts), list(starts)
    for k, s in enumerate(starts):
        j = s
        while j > 0 and text[j - 1] not in "\n\r":
            j -= 1
        if j != s:
            new_texts[k] = text[j:s] + texts[k]
            new_starts[k] = j
    return new_texts, new_starts


def _word_count(words: WordCounter, table: BlockTable, lo: int, hi: int) -> int:
    """White-space separated words in blocks ``lo`` to ``hi``.

    Only white space lies between blocks unless a separator line does, so one count over
    the whole run counts what a count of each block would.
    """
    if lo >= hi:
        return 0
    if any(table.separated[lo + 1 : hi]):
        return sum(
            words.count(s, e) for s, e in zip(table.starts[lo:hi], table.ends[lo:hi], strict=True)
        )
    return words.count(table.starts[lo], table.ends[hi - 1])


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
