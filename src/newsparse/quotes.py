"""Quotation marks, their pairing, the segments they enclose, and what kind of quote each is.

How it works
------------

**Marks.** Every character that can be a quotation mark is a candidate: straight ``"``,
curly ``“ ”``, low ``„``, guillemets ``« »``, single ``‘ ’ ‚`` and the ASCII apostrophe
``'``, NYT-style doubled ``''`` and TeX-style ``````. They fall into three *families*:
double (``" “ ” „ ''``), guillemet (``« »``) and single (``' ‘ ’ ‚``). Each mark gets a
*role* from the characters around it, as CommonMark does for emphasis:

* it *can open* when what precedes it is white space, the paragraph start or an opening
  character (``( [ — : /`` or another mark) and what follows is not white space;
* it *can close* when what precedes it is not white space and what follows is white space,
  the paragraph end, punctuation or another mark.

A mark with white space on both sides can open when an ellipsis follows the blank
(``” … what I learned``: the quotation starts with an elision).
When exactly one holds, that is the role; otherwise the glyph decides (``“ „ «`` open,
``” »`` close, ``"`` and ``''`` may do either). So ``»Sie«`` and ``« Il »`` both pair, and
a paragraph that opens with a stray ``”`` still opens a quote.

**Apostrophes.** A single mark between two letters (``don't``, ``Clinton’s``) is no mark.
One that can open is ignored when it begins an elision from ``data/quote_elisions.txt``
(``'em``, ``'til``, ``rock 'n' roll``) or a year (``'90s``, ``'16``); one that only can
close (``the players' union``) closes a single quotation that is open and is silently
ignored otherwise, unless it is a plural possessive inside that quotation: after an ``s``,
before a blank and a letter, with the next single mark of the paragraph closing too and
following no ``s`` (``'the players' choice'``; but ``'the Jones' and 'the Smiths'``).
After a digit, a mark that only can close is a measurement (``5'10"``, a ``27" screen``)
unless a quotation is open.

**Pairing.** Marks are paired left to right with a stack, paragraph by paragraph. A mark of
another family than the open quotation opens a nested quotation (``“He said ‘no’”``); the
inner quote stays inside the outer one and is not reported separately. So does an opening
mark of the same family written in another style (straight ``"``, curly ``“``, doubled
``''``) than the open quotation's (``"She asks: “Do you agree?” Most said no."``): a writer
who switches style quotes inside the quotation. (Only one level deep in a family: marks
that pair with nothing never pile up.) A closing mark closes the innermost open quotation
of its family, looked for at most :data:`MAX_NESTING` levels down (so marks of two families
that never close cannot make pairing quadratic). An opening mark of the same family and style
that follows a lower-case word on the open quotation's line quotes a word inside it, and
nests too (``“I'd live in what he calls “hell” than …”``). Any other opening mark of the
same family as the open quotation means the earlier one was never closed: it is dropped
with an ``unmatched_quote`` warning and the new one opens, so one bad mark costs at most
one quote.
A dropped quotation's nested quotes are kept, as if it had never opened.

**Paragraphs.** A quotation still open at the end of a paragraph continues when the next
paragraph opens with a quotation mark of the same family (the convention for quotations of
several paragraphs): each paragraph gives one segment, running to the paragraph's end.
Otherwise it is dropped with a warning. The lines of one block are often paragraphs of
their own (pasted text): a quotation still open at a line's end continues the same way
when the next line opens with a mark of its family and style.

A paragraph (or line) opening with a quotation mark and a transcript label
(``"PENCE: …``) or a stage direction in capitals (``"(CROSSTALK.)``) starts a new
quotation instead: each turn of a quoted transcript is its own quote. A segment that is only
a stage direction is no one's words and is left out.

**Split quotes.** ``"A," she said. "B."``: two quotations of one paragraph separated only by
a short attribution (at most :data:`SPLIT_GAP_MAX_WORDS` words, one clause holding a
reporting verb from ``data/reporting_verbs.txt``, ending with punctuation) are ONE
:class:`~newsparse.Quote` with two segments, as :class:`~newsparse.Quote` documents. Not
when the gap opens a new clause (``"A." She says it is "B"``: no punctuation before the
second mark), nor when the sentence goes on after the second half (``"B" to drive up the
price, she said``): that quotation has its own cue. Scorers that count each segment (the
corpus gold, PolNeAR) flatten the segments.

**Kinds.** A quotation of several paragraphs is ``multi-paragraph``. One opening after a
scare cue from ``data/quote_scare_cues.txt`` (``so-called``, ``dubbed``) is ``scare``. One
that opens a sentence, follows ``:``, ``,`` or a reporting verb and starts with a capital is
``direct``; any other is ``partial`` (a fragment inside a paraphrase). A short quotation in
title case (``"Fox News Sunday"``) is the title of a work (``scare``), except in a paragraph
written in headline case (:func:`headline_case`), where every word is capitalised anyway. The speakers stage
turns a short partial quote without any speaker, and a nickname inside a name (``Robert C.
"Bobby" Scott``), into ``scare`` (see :mod:`newsparse.speakers`).

>>> [(q.text, q.kind.value) for q in extract_quotes('He called it “a mistake.” “We won,” she said.')]
[('a mistake.', 'partial'), ('We won,', 'direct')]
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._lexicon import lexicon
from newsparse._patterns import SPLIT_ONLY_SPACE
from newsparse._quote_patterns import ELISION_DIGITS, MARKUP_TAG, SPEAKER_LABEL, TOKEN
from newsparse.models import Paragraph, ParseWarning, Quote, QuoteKind, Span, WarningCode
from newsparse.options import ParseOptions
from newsparse.paragraphs import plain_paragraphs
from newsparse.sentences import sentence_breaks

__all__ = [
    "HEADLINE_CAPITALISED",
    "HEADLINE_MAX_CHARS",
    "HEADLINE_MIN_WORDS",
    "MAX_MARKS_PER_PARAGRAPH",
    "MAX_NESTING",
    "SPLIT_GAP_MAX_CHARS",
    "SPLIT_GAP_MAX_WORDS",
    "STAGE_DIRECTION_MAX_CHARS",
    "TITLE_MAX_WORDS",
    "extract_quotes",
    "find_quotes",
    "headline_case",
]

MAX_NESTING = 6
"""Deepest open quotation a closing mark of another family than the innermost one still
closes (prose nests two or three deep): marks that pair with nothing, piled up, are not
searched again by every later mark, which keeps pairing linear."""
SPLIT_GAP_MAX_WORDS = 16
"""Most words between the halves of a split quotation (``"A," said X, the Y of Z. "B."``)."""
SPLIT_GAP_MAX_CHARS = 160
"""Most characters between the halves of a split quotation."""
MAX_MARKS_PER_PARAGRAPH = 5000
"""A paragraph with more quotation marks than this is noise (no prose comes close): it gets
one ``unmatched_quote`` warning and no quotes, which keeps hostile input fast."""
HEADLINE_MIN_WORDS = 2
"""Fewest long words outside the quotation for a paragraph to count as a headline."""
HEADLINE_CAPITALISED = 0.75
"""Share of a headline's long words that are capitalised."""
HEADLINE_MAX_CHARS = 200
"""Longest paragraph read as a headline."""
STAGE_DIRECTION_MAX_CHARS = 40
"""Longest transcript stage direction (``(CROSSTALK.)``, ``(LAUGHTER)``) read as one."""
TITLE_MAX_WORDS = 8
"""Longest quotation in title case (``"Fox News Sunday"``) taken as the title of a work."""

_DOUBLE, _GUILLEMET, _SINGLE = 0, 1, 2
_NONE, _OPEN, _CLOSE, _EITHER = 0, 1, 2, 3

_FAMILY = {
    '"': _DOUBLE,
    "“": _DOUBLE,
    "”": _DOUBLE,
    "„": _DOUBLE,
    "‟": _DOUBLE,
    "''": _DOUBLE,
    "``": _DOUBLE,
    "«": _GUILLEMET,
    "»": _GUILLEMET,
    "'": _SINGLE,
    "‘": _SINGLE,
    "’": _SINGLE,
    "‚": _SINGLE,
    "‛": _SINGLE,
}
_GLYPH_ROLE = {
    "“": _OPEN,
    "„": _OPEN,
    "‟": _OPEN,
    "``": _OPEN,
    "«": _OPEN,
    "”": _CLOSE,
    "»": _CLOSE,
    '"': _EITHER,
    "''": _EITHER,
}
_MARK_CHARS = "\"“”„‟«»‘’‚‛'`"
_APOSTROPHES = frozenset("'’")
"""The single marks written inside words; between two letters or digits one is no mark:
what precedes it is neither white space nor an opening character, and what follows it is
neither white space nor punctuation (see :func:`_role`)."""
_ONE_CHAR_MARKS = '"“”„‟«»‘’‚‛'
_OPEN_CONTEXT = frozenset("([{<—–―-/:;" + _MARK_CHARS)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>…—–―-/" + _MARK_CHARS)
_NEVER_AFTER_OPENING = frozenset(",.;:!?)]}")
_DIRECT_BEFORE = frozenset(":,—–―-([.!?…")


class _Mark(NamedTuple):
    start: int
    end: int
    family: int
    role: int


class _Open:
    """A quotation opened and not yet closed while pairing."""

    __slots__ = ("end", "family", "nested", "start")

    def __init__(self, mark: _Mark) -> None:
        self.start = mark.start
        self.end = mark.end
        self.family = mark.family
        self.nested: list[_Found] = []


_OPEN_START = operator.attrgetter("open_start")


class _Found:
    """A top-level quotation: its segments (inner spans) and outer mark positions."""

    __slots__ = ("close_end", "open_start", "paragraph", "segments")

    def __init__(self, open_start: int, paragraph: int) -> None:
        self.open_start = open_start
        self.close_end = open_start
        self.paragraph = paragraph
        self.segments: list[tuple[int, int]] = []


def extract_quotes(text: str, *, options: ParseOptions | None = None) -> list[Quote]:
    """Every quotation in any plain text, with its speaker, in order.

    Blank lines separate paragraphs; offsets are into ``text``.

    >>> [(q.text, q.speaker) for q in extract_quotes('"We will win," said Mayor Ada Lind.')]
    [('We will win,', 'Ada Lind')]
    """
    from newsparse.speakers import attribute  # noqa: PLC0415  (speakers imports this module)

    opts = options if options is not None else ParseOptions()
    paragraphs = plain_paragraphs(text)
    quotes, _ = find_quotes(text, paragraphs, options=opts)
    return list(attribute(text, paragraphs, quotes, options=opts))


def find_quotes(
    text: str, paragraphs: Sequence[Paragraph], *, options: ParseOptions
) -> tuple[tuple[Quote, ...], tuple[ParseWarning, ...]]:
    """The quotations of ``paragraphs`` (segments, kind, paragraph; no speakers yet).

    Returns the quotes in order and an ``unmatched_quote`` warning for each mark that could
    not be paired. Offsets are into ``text``.

    >>> quotes, warnings = find_quotes('A "b" c "d', plain_paragraphs('A "b" c "d'), options=ParseOptions())
    >>> [q.text for q in quotes], [w.start for w in warnings]
    (['b'], [8])
    """
    del options  # no option changes how marks pair
    warnings: list[ParseWarning] = []
    found: list[_Found] = []
    carry: _Found | None = None
    carry_family = _DOUBLE
    for index, para in enumerate(paragraphs):
        if not _has_mark(para.text):
            carry = None  # most paragraphs hold no mark at all
            continue
        start, end = para.start, para.end
        if end - start > MAX_MARKS_PER_PARAGRAPH and (
            _mark_count(text, para) > MAX_MARKS_PER_PARAGRAPH
        ):
            warnings.append(_noise(para))
            carry = None
            continue
        marks = _marks(text, start, end)
        stack: list[_Open] = []
        chain: _Found | None = None
        if carry is not None and marks and _opens_paragraph(text, para, marks[0], carry_family):
            chain = carry
            stack.append(_Open(marks[0]))
            marks = marks[1:]
        carry = None
        para_found, chain = _pair(text, marks, stack, chain, index, warnings)
        if stack:
            carry = _leftover(text, paragraphs, index, stack, chain, para_found, warnings)
            carry_family = stack[0].family
        found.extend(para_found)
    found.sort(key=_OPEN_START)
    return _to_quotes(text, paragraphs, found), tuple(warnings)


# ---------------------------------------------------------------- marks


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quotation-mark candidates of ``text[start:end]`` with their roles."""
    out: list[_Mark] = []
    tags = _tags(text, start, end)
    for pos, stop in _mark_spans(text, start, end):
        if tags and _inside(tags, pos):
            continue
        if stop - pos > 2:  # only a run of apostrophes is longer than ``
            out.extend(_apostrophe_run(text, pos, stop, start, end))
            continue
        glyph = text[pos:stop]
        if (
            glyph in _APOSTROPHES
            and start < pos
            and stop < end
            and text[pos - 1].isalnum()
            and text[stop].isalnum()
        ):
            continue  # inside a word (don't, Clinton’s): it can neither open nor close
        role = _role(text, pos, stop, glyph, start, end)
        if role != _NONE:
            # tuple.__new__ is the NamedTuple's constructor without its Python-level wrapper
            out.append(tuple.__new__(_Mark, (pos, stop, _FAMILY[glyph], role)))
    return out


def _has_mark(block: str) -> bool:
    """Whether :data:`~newsparse._quote_patterns.QUOTE_MARK` matches anywhere in ``block``.

    ``str.isascii`` is free (a flag on the string), and an ASCII block can hold only the
    three ASCII marks. The others are tested with ``in`` one by one, the commonest first:
    an operator costs a tenth of a generator step or a method call.
    """
    if '"' in block or "'" in block or "``" in block:
        return True
    return not block.isascii() and (
        "“" in block
        or "”" in block
        or "’" in block
        or "‘" in block
        or "«" in block
        or "»" in block
        or "„" in block
        or "‚" in block
        or "‟" in block
        or "‛" in block
    )


def _mark_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans :data:`~newsparse._quote_patterns.QUOTE_MARK` matches in ``text[start:end]``.

    Found with ``str.find`` (marks are rare; a ``regex`` scan costs some 30 ns a character):
    each single-character mark, each maximal run of ASCII apostrophes (one match however
    long), and each ``````` pair, taken left to right.
    """
    block = text[start:end]
    found: list[tuple[int, int]] = []
    for ch in '"' if block.isascii() else _ONE_CHAR_MARKS:
        if ch in block:
            at = block.find(ch)
            while at >= 0:
                found.append((start + at, start + at + 1))
                at = block.find(ch, at + 1)
    size = len(block)
    at = block.find("'") if "'" in block else -1  # ``in`` costs a fraction of a method call
    while at >= 0:
        stop = at + 1
        while stop < size and block[stop] == "'":
            stop += 1
        found.append((start + at, start + stop))
        at = block.find("'", stop)
    at = block.find("``") if "``" in block else -1
    while at >= 0:
        found.append((start + at, start + at + 2))
        at = block.find("``", at + 2)
    found.sort()
    return found


def _mark_count(text: str, para: Paragraph) -> int:
    """Quotation-mark characters in a paragraph, counted at C speed."""
    block = para.text
    return sum(block.count(ch) for ch in _MARK_CHARS)


def _noise(para: Paragraph) -> ParseWarning:
    return ParseWarning(
        code=WarningCode.UNMATCHED_QUOTE,
        message=(
            f"This paragraph holds more than {MAX_MARKS_PER_PARAGRAPH} quotation marks; it was"
            " read as noise and its marks were not paired."
        ),
        start=para.start,
        end=para.end,
    )


def _tags(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Markup tags in the range (quotation marks inside them are attribute syntax)."""
    if text.find("<", start, end) < 0:
        return []
    return [m.span() for m in MARKUP_TAG.finditer(text, start, end)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(spans, (pos, len(spans) + pos + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _apostrophe_run(text: str, pos: int, stop: int, start: int, end: int) -> list[_Mark]:
    """Marks of a run of three or more ASCII apostrophes (``.'''`` closes single, then double)."""
    out: list[_Mark] = []
    closing = pos > start and not text[pos - 1].isspace()
    singles = (stop - pos) % 2
    if closing:
        pieces = [1] * singles + [2] * ((stop - pos) // 2)
    else:
        pieces = [2] * ((stop - pos) // 2) + [1] * singles
    for size in pieces:
        glyph = "'" * size
        role = _role(text, pos, pos + size, glyph, start, end)
        if role != _NONE:
            out.append(_Mark(pos, pos + size, _FAMILY[glyph], role))
        pos += size
    return out


def _role(text: str, pos: int, stop: int, glyph: str, start: int, end: int) -> int:
    """Open, close, either, or none (an apostrophe) for the mark ``text[pos:stop]``."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[stop] if stop < end else " "
    prev_space, next_space = prev.isspace(), nxt.isspace()  # each is needed twice
    can_open = (prev_space or prev in _OPEN_CONTEXT) and not (
        next_space or nxt in _NEVER_AFTER_OPENING
    )
    can_close = not prev_space and (next_space or nxt in _CLOSE_CONTEXT)
    if prev_space and next_space and _ellipsis_after(text, stop, end):
        can_open = True  # '” … what I learned': the quotation starts with an elision
    if _FAMILY[glyph] == _SINGLE:
        return _single_role(text, stop, end, can_open, can_close)
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    return _GLYPH_ROLE.get(glyph, _EITHER)


def _ellipsis_after(text: str, stop: int, end: int) -> bool:
    """Whether one blank and an ellipsis (``…`` or ``...``) follow ``stop``."""
    return text.startswith(("…", "..."), stop + 1, end)


def _single_role(text: str, stop: int, end: int, can_open: bool, can_close: bool) -> int:
    if can_open == can_close:
        return _NONE  # between two letters (don't) or two spaces
    if can_close:
        return _CLOSE
    if ELISION_DIGITS.match(text, stop, end):
        return _NONE  # '90s, '16
    word = _word_at(text, stop, end)
    if word and word.casefold() in lexicon("quote_elisions"):
        return _NONE
    return _OPEN


def _word_at(text: str, pos: int, end: int) -> str:
    stop = pos
    limit = min(end, pos + 8)
    while stop < limit and text[stop].isalpha():
        stop += 1
    if stop < end and text[stop].isalpha():
        return ""  # longer than any elision
    return text[pos:stop]


def _opens_paragraph(text: str, para: Paragraph, mark: _Mark, family: int) -> bool:
    """Whether ``mark`` opens ``para`` (only white space before it) as ``family`` continues."""
    return (
        mark.family == family
        and mark.role in (_OPEN, _EITHER)
        and not text[para.start : mark.start].strip()
    )


# ---------------------------------------------------------------- pairing


def _pair(
    text: str,
    marks: Sequence[_Mark],
    stack: list[_Open],
    chain: _Found | None,
    paragraph: int,
    warnings: list[ParseWarning],
) -> tuple[list[_Found], _Found | None]:
    """Pair ``marks`` with ``stack``; closed top-level quotations, and the open chain if any."""
    found: list[_Found] = []
    for mark in marks:
        if not stack:
            if mark.role != _CLOSE:
                stack.append(_Open(mark))
            elif mark.family != _SINGLE and not _measurement(text, mark):
                warnings.append(_stray(mark))
            continue
        top = stack[-1]
        if mark.family != top.family:
            _other_family(mark, stack, found, chain, paragraph, warnings)
            if not stack:
                chain = None  # the continued quotation closed: it is in ``found`` now
        elif mark.role == _OPEN:
            chain = _reopen(text, mark, stack, found, chain, paragraph, warnings)
        elif mark.family != _SINGLE or not _possessive(text, marks, mark):
            _close(mark, stack, len(stack) - 1, found, chain, paragraph)
            if not stack:
                chain = None
    return found, chain


def _reopen(
    text: str,
    mark: _Mark,
    stack: list[_Open],
    found: list[_Found],
    chain: _Found | None,
    paragraph: int,
    warnings: list[ParseWarning],
) -> _Found | None:
    """An opening mark of the innermost open quotation's family; the open chain after it."""
    top = stack[-1]
    if (len(stack) == 1 or stack[-2].family != top.family) and (
        _other_style(text, top, mark) or _mid_clause(text, top, mark)
    ):
        # '"He read “the question” aloud."': nested, one level deep in its family, so
        # marks that pair with nothing never pile up (a closing mark scans the stack)
        stack.append(_Open(mark))
        return chain
    if len(stack) == 1 and _new_line(text, top, mark):
        return _continue_at_line(text, mark, stack, found, chain, paragraph)
    if len(stack) == 1 and chain is not None:
        found.append(chain)  # keep the paragraphs a broken continuation already gave
        chain = None
    _drop(stack, len(stack) - 1, found, warnings)
    stack.append(_Open(mark))
    return chain


def _mid_clause(text: str, top: _Open, mark: _Mark) -> bool:
    """Whether ``mark`` opens after a lower-case word on the line of ``top``.

    ``“I'd live in what he calls “hell” than …”``: a quotation that opens in the middle of a
    clause quotes a word inside the open quotation; one that opens a sentence
    (``“A, she said. “B,”``) means the open quotation was never closed.
    """
    before = mark.start - 1
    return (
        before > top.end
        and text[before] == " "
        and text[before - 1].islower()
        and _line_break(text, top.end, mark.start) < 0
    )


def _possessive(text: str, marks: Sequence[_Mark], mark: _Mark) -> bool:
    """Whether the single closing mark ``mark`` of ``marks`` is a plural possessive (``players'``).

    It is when it follows an ``s``, a blank and a letter follow it (``players' choice``),
    and the next single mark of the paragraph closes too and follows no ``s`` (so it cannot
    be a possessive itself): that one closes the quotation. ``'the Jones' and 'the Smiths'``
    keeps its two quotations, as the next single mark opens.
    """
    if text[mark.start - 1] not in "sS":
        return False
    if text[mark.end : mark.end + 1] != " " or not text[mark.end + 1 : mark.end + 2].isalpha():
        return False
    for later in marks[bisect.bisect_right(marks, mark) :]:
        if later.family == _SINGLE:
            return later.role == _CLOSE and text[later.start - 1] not in "sS"
    return False


def _new_line(text: str, top: _Open, mark: _Mark) -> bool:
    """Whether ``mark`` opens a later line of the paragraph than ``top`` (only blanks before it)."""
    line = _line_break(text, top.end, mark.start)
    return line >= 0 and not text[line + 1 : mark.start].strip()


def _line_break(text: str, start: int, end: int) -> int:
    """The last line break (``\\n`` or ``\\r``) in ``text[start:end]``, or -1."""
    return max(text.rfind("\n", start, end), text.rfind("\r", start, end))


def _continue_at_line(
    text: str,
    mark: _Mark,
    stack: list[_Open],
    found: list[_Found],
    chain: _Found | None,
    paragraph: int,
) -> _Found | None:
    """The open quotation goes on in the line ``mark`` opens; the chain that continues, if any.

    The lines of a block are often paragraphs of their own (pasted text), so a quotation still
    open at a line's end continues when the next line opens with a mark of its family, as it
    does across paragraphs: its segment runs to the line's end. After a transcript label
    (``"PENCE: …``) the line is another speaker's turn instead.
    """
    entry = stack.pop()
    out = chain if chain is not None else _Found(entry.start, paragraph)
    line = _line_break(text, entry.end, mark.start)
    out.segments.append((entry.end, line))
    out.close_end = line
    stack.append(_Open(mark))
    if not _new_turn(text, mark.end, len(text)):
        return out
    found.append(out)
    return None


def _style(glyph: str) -> int:
    """0 for the straight ``"``, 1 for a typographic mark, 2 for a doubled ``''`` or ``````."""
    if glyph == '"':
        return 0
    return 2 if len(glyph) == 2 else 1


def _other_style(text: str, top: _Open, mark: _Mark) -> bool:
    """Whether ``mark`` is written in another style of its family than the open quotation.

    A writer who opens with a straight ``"`` and then writes a curly ``“`` (or the reverse)
    quotes inside the quotation: the same style would mean an unclosed one.
    """
    return _style(text[top.start : top.end]) != _style(text[mark.start : mark.end])


def _other_family(
    mark: _Mark,
    stack: list[_Open],
    found: list[_Found],
    chain: _Found | None,
    paragraph: int,
    warnings: list[ParseWarning],
) -> None:
    """A mark of another family than the innermost open quotation."""
    if mark.role != _CLOSE:
        stack.append(_Open(mark))
        return
    for depth in range(len(stack) - 2, max(-1, len(stack) - 2 - MAX_NESTING), -1):
        if stack[depth].family == mark.family:
            for _ in range(len(stack) - 1 - depth):
                _drop(stack, len(stack) - 1, found, warnings, quiet=True)
            _close(mark, stack, depth, found, chain, paragraph)
            return
    if mark.family != _SINGLE:
        warnings.append(_stray(mark))  # inside the open quotation, but it closes nothing
    # A single closing mark of a family that is not open is an apostrophe (players').


def _close(
    mark: _Mark,
    stack: list[_Open],
    depth: int,
    found: list[_Found],
    chain: _Found | None,
    paragraph: int,
) -> None:
    """Close ``stack[depth]`` (the innermost entry) with ``mark``.

    A nested quotation goes to the entry around it; a top-level one to ``found``, as the
    last piece of ``chain`` when a continued quotation closes.
    """
    entry = stack.pop(depth)
    if stack:
        out = _Found(entry.start, paragraph)
        stack[-1].nested.append(out)
    else:
        out = chain if chain is not None else _Found(entry.start, paragraph)
        found.append(out)
    out.segments.append((entry.end, mark.start))
    out.close_end = mark.end


def _drop(
    stack: list[_Open],
    depth: int,
    found: list[_Found],
    warnings: list[ParseWarning],
    *,
    quiet: bool = False,
) -> None:
    """Give up ``stack[depth]``: warn, and keep its nested quotations one level up."""
    entry = stack.pop(depth)
    if stack:
        stack[-1].nested.extend(entry.nested)
    else:
        found.extend(entry.nested)
    if not quiet or not stack:
        warnings.append(_unmatched(entry))


def _measurement(text: str, mark: _Mark) -> bool:
    """A closing mark right after a digit with nothing open: inches or minutes (``27" screen``)."""
    return mark.start > 0 and text[mark.start - 1].isdigit()


def _stray(mark: _Mark) -> ParseWarning:
    return ParseWarning(
        code=WarningCode.UNMATCHED_QUOTE,
        message="This closing quotation mark closes nothing; it was ignored.",
        start=mark.start,
        end=mark.end,
    )


def _unmatched(entry: _Open) -> ParseWarning:
    return ParseWarning(
        code=WarningCode.UNMATCHED_QUOTE,
        message="This quotation mark has no partner; the quotation it opens was left out.",
        start=entry.start,
        end=entry.end,
    )


def _leftover(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: int,
    stack: list[_Open],
    chain: _Found | None,
    found: list[_Found],
    warnings: list[ParseWarning],
) -> _Found | None:
    """Handle quotations still open at the paragraph's end; the one that continues, if any."""
    para = paragraphs[index]
    bottom = stack[0]
    nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if nxt is not None:
        first = _marks(text, nxt.start, min(nxt.end, nxt.start + 4))
        if first and _opens_paragraph(text, nxt, first[0], bottom.family):
            out = chain if chain is not None else _Found(bottom.start, index)
            out.segments.append((bottom.end, para.end))
            out.close_end = para.end
            if not _new_turn(text, first[0].end, nxt.end):
                return out
            found.append(out)  # a transcript: the next paragraph is another speaker's turn
            return None
    if chain is not None:
        # The last paragraph of a multi-paragraph quotation never closes: keep what we have.
        chain.segments.append((bottom.end, para.end))
        chain.close_end = para.end
        found.append(chain)
        warnings.append(_unmatched(bottom))
        for entry in stack[1:]:
            del entry.nested[:]
        return None
    for entry in stack:
        warnings.append(_unmatched(entry))
        found.extend(entry.nested)
    return None


# ---------------------------------------------------------------- quotes and kinds


def _to_quotes(
    text: str, paragraphs: Sequence[Paragraph], found: Sequence[_Found]
) -> tuple[Quote, ...]:
    quotes: list[tuple[_Found, list[Span]]] = []
    for item in found:
        spans = []
        for start, end in item.segments:
            span = _span(text, start, end)
            if span is not None:
                spans.append(span)
        if not spans:
            continue
        if (
            quotes
            and quotes[-1][0].paragraph == item.paragraph
            and len(item.segments) == 1
            and _is_split(text, paragraphs, quotes[-1][0], item)
        ):
            prev, prev_spans = quotes[-1]
            prev_spans.extend(spans)
            prev.close_end = item.close_end
            continue
        quotes.append((item, spans))
    return tuple([_quote(text, paragraphs, item, spans) for item, spans in quotes])


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    piece = text[start:end]
    if not any(map(str.isalnum, piece)) or (piece[0] == "(" and _stage_direction(piece)):
        return None
    return Span(text=piece, start=start, end=end)


def _new_turn(text: str, pos: int, end: int) -> bool:
    """Whether a quoted transcript's line at ``pos`` is a new turn, not a continuation.

    It is when it opens with a speaker label (``PENCE:``) or is a stage direction
    (``(CROSSTALK.)``), which no speaker says.
    """
    if SPEAKER_LABEL.match(text, pos, end):
        return True
    if text[pos : pos + 1] != "(":
        return False
    line = text[pos : min(end, pos + STAGE_DIRECTION_MAX_CHARS)].split("\n", 1)[0]
    return _stage_direction(line.rstrip().rstrip(_MARK_CHARS))


def _stage_direction(piece: str) -> bool:
    """Whether ``piece`` is a transcript's stage direction in capitals (``(APPLAUSE.)``)."""
    body = piece.rstrip(".")
    return (
        len(body) <= STAGE_DIRECTION_MAX_CHARS
        and body[:1] == "("
        and body[-1:] == ")"
        and body[1:-1].isupper()
        and "(" not in body[1:-1]
    )


def _is_split(text: str, paragraphs: Sequence[Paragraph], first: _Found, second: _Found) -> bool:
    """Whether ``second`` continues ``first`` after a short attribution (``," she said. "``).

    Both are in one paragraph and ``second`` has one segment (the caller tests that first).
    """
    para = paragraphs[second.paragraph]
    gap_start, gap_end = first.close_end, second.open_start
    if gap_end - gap_start > SPLIT_GAP_MAX_CHARS or gap_end > para.end:
        return False
    inner = text[gap_start:gap_end].strip()
    if not inner or "\n" in inner or not _split_punctuation(text, first, second, inner):
        return False  # the cheap tests first: most neighbouring quotes fail one of them
    words = [t.casefold().rstrip(".") for t in _tokens(text, gap_start, gap_end)]
    if not words or len(words) > SPLIT_GAP_MAX_WORDS + 4:
        return False
    if lexicon("reporting_verbs").isdisjoint(words):
        return False
    if _may_break(inner[:-1]) and sentence_breaks(text, gap_start, gap_end, first=True):
        return False  # the gap holds two sentences
    return not _own_cue(text, second.close_end, para.end)


def _may_break(head: str) -> bool:
    """Whether ``head`` holds a sentence terminator.

    Where none stands before a gap's last character, the gap holds no sentence break (a break
    needs a character after it), and :func:`~newsparse.sentences.sentence_breaks` need not run.
    """
    return "." in head or "?" in head or "!" in head or "…" in head


def _split_punctuation(text: str, first: _Found, second: _Found, inner: str) -> bool:
    """Whether the marks around a split attribution are punctuated as one (``"A," X said. "``)."""
    first_end = text[first.segments[-1][1] - 1 : first.segments[-1][1]]
    if inner[-1] not in ",.:;—–-":
        return False  # '"A." She says it is "B"': the second quote sits inside a new clause
    if text[second.close_end : second.close_end + 2].strip()[:1].islower():
        return False  # '"B" to drive up the price, she said': the sentence goes on, own cue
    if first_end not in ",.!?…—–-:;":
        return False  # '"Keepin' It Real" program who said …': a fragment, not a first half
    # '"A." X said, "B."': a new quotation introduced by its own cue
    return not (first_end in ".!?" and inner[-1] in ",:")


def _own_cue(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb follows a quotation closely, in its sentence (``," she said``)."""
    verbs = lexicon("reporting_verbs")
    for word in _tokens(text, start, min(end, start + 60))[:6]:
        if word.casefold().rstrip(".") in verbs:
            return True
        if word[-1] in ".!?;" or word in _MARK_CHARS:
            return False
    return False


def _quote(text: str, paragraphs: Sequence[Paragraph], item: _Found, spans: list[Span]) -> Quote:
    return Quote(
        text=" ".join([s.text for s in spans]),
        segments=tuple(spans),
        kind=_kind(text, paragraphs, item, spans),
        paragraph=item.paragraph,
    )


def _kind(text: str, paragraphs: Sequence[Paragraph], item: _Found, spans: list[Span]) -> QuoteKind:
    index = item.paragraph
    if index + 1 < len(paragraphs) and paragraphs[index + 1].start <= spans[-1].start:
        return QuoteKind.MULTI_PARAGRAPH  # the last segment is in a later paragraph
    para = paragraphs[index]
    before = text[max(para.start, item.open_start - 40) : item.open_start]
    last = _last_token(before).casefold()
    if last in lexicon("quote_scare_cues"):
        return QuoteKind.SCARE
    first = spans[0].text[0]
    if first.isalpha() and not first.isupper():
        return QuoteKind.PARTIAL  # a lower-case start is neither a title nor a direct quote
    starts_upper = first.isupper() or first.isdigit() or first in "…[("
    stripped = before.rstrip().rstrip(_MARK_CHARS).rstrip()
    opens = not stripped or stripped[-1] in _DIRECT_BEFORE
    if (
        _is_title(spans)
        and (not opens or _alone(text, para, item))
        and not headline_case(text, para.start, para.end, skip=(item.open_start, item.close_end))
    ):
        return QuoteKind.SCARE  # a title of a work or a heading: "Morning Joe", 'All Bets Are Off.'
    if starts_upper and (opens or last.rstrip(".") in lexicon("reporting_verbs")):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def _last_token(before: str) -> str:
    """The last :data:`~newsparse._quote_patterns.TOKEN` of ``before``, or ``""``.

    No token spans white space, so it is the last token of the last white-space chunk (cut
    at C speed), unless the text holds the four control characters ``str.split`` takes for
    white space and the pattern does not. The pattern is needed only for a chunk that is
    not plain ASCII letters and digits and does not end in ASCII punctuation other than a
    full stop (which a word can take): such a character is a token of its own.
    """
    if not before.isprintable() and any(map(before.__contains__, SPLIT_ONLY_SPACE)):
        words: list[str] = TOKEN.findall(before)
        return words[-1] if words else ""
    chunks = before.rsplit(None, 1)
    if not chunks:
        return ""
    chunk = chunks[-1]
    end = chunk[-1]
    if end.isascii() and not end.isalnum() and end != ".":
        return end
    return _chunk_tokens(chunk)[-1]


def _tokens(text: str, start: int, end: int) -> list[str]:
    """``TOKEN.findall(text, start, end)``, the pattern run only on chunks that need it.

    A token never spans white space, and ``str.split`` cuts at exactly the characters the
    pattern's ``\\s`` matches except four control characters (``SPLIT_ONLY_SPACE``): unless
    those occur, the tokens are those of each white-space chunk in turn.
    """
    piece = text[start:end]
    if not piece.isprintable() and any(map(piece.__contains__, SPLIT_ONLY_SPACE)):
        found: list[str] = TOKEN.findall(piece)
        return found
    out: list[str] = []
    for chunk in piece.split():
        if chunk.isascii() and chunk.isalnum():
            out.append(chunk)  # the usual chunk, a plain word: no call
        else:
            out.extend(_chunk_tokens(chunk))
    return out


def _chunk_tokens(chunk: str) -> list[str]:
    """The tokens of ``chunk``, which holds no white space.

    One character is one token. In ASCII, letters and digits are the word characters: a
    chunk of them is one word, and so is one followed by a full stop (the pattern's final
    ``\\.?+``); any other last character after them is a token of its own.
    """
    if len(chunk) == 1 or (chunk.isascii() and chunk.isalnum()):
        return [chunk]
    if chunk.isascii():
        body = chunk[:-1]
        if body.isalnum():
            return [chunk] if chunk[-1] == "." else [body, chunk[-1]]
    found: list[str] = TOKEN.findall(chunk)
    return found


def headline_case(text: str, start: int, end: int, *, skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether ``text[start:end]`` (less the ``skip`` range) is written in headline case.

    In a headline (``Obama Sees 'Personal Insult' if …``) every long word is capitalised, so
    a quotation in title case there is no title of a work. At least
    :data:`HEADLINE_MIN_WORDS` long words, :data:`HEADLINE_CAPITALISED` of them capitalised.
    """
    if len(text[start:end]) > HEADLINE_MAX_CHARS:
        return False  # most paragraphs: no need to read their words
    words = [
        w
        for w in (text[start : skip[0]] + " " + text[skip[1] : end]).split()
        if len(w) > 3 and w[0].isalpha()
    ]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALISED * len(words)


def _is_title(spans: list[Span]) -> bool:
    """Whether a one-segment quote is written in title case (every long word capitalised)."""
    if len(spans) > 1:
        return False
    words = spans[0].text.split(None, TITLE_MAX_WORDS)  # one piece more means too many words
    if len(words) > TITLE_MAX_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3 or w == words[0]]
    return all(w[0].isupper() or not w[0].isalpha() for w in long_words)


def _alone(text: str, para: Paragraph, item: _Found) -> bool:
    """Whether the quotation is all its paragraph holds (a heading)."""
    return (
        not text[para.start : item.open_start].strip()
        and not text[item.close_end : para.end].strip()
    )
