"""The structure stage's fast paths give what the paths they replaced gave.

Each test holds a shortcut to a reference: the code it replaced (kept here, verbatim in
substance) or the plain definition (``len(text.split())``, the attrs constructor).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Sequence
from unittest import mock

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import _patterns, byline, dates, header, titles
from newsparse.assemble import HeaderLine, _new_header_line
from newsparse.body import (
    DATELINE_WINDOW,
    dateline_of_window,
    find_dateline,
    is_trailer_line,
    split_trailer,
    trailer_start,
)
from newsparse.header import HeaderMatch
from newsparse.lines import (
    Block,
    block_table,
    blocks_of,
    first_control_character,
    line_spans,
    line_table,
)
from newsparse.models import (
    Article,
    Author,
    Byline,
    BylineDate,
    Paragraph,
    Span,
    _constructor,
    _new_paragraph,
    _new_span,
)
from newsparse.options import ParseOptions
from newsparse.paragraphs import WordCounter, count_words, paragraphs_at, paragraphs_of
from newsparse.pipeline import _BlockTexts, _new_article, _Window
from newsparse.sentences import split_sentences

from .strategies import any_texts, line_soups, ranges_of

_WORDY = " \t\n\r\xa0\u2009\u3000\x1c\x85\u2028ab.“”—é日\ud800"


@given(st.text(alphabet=_WORDY, max_size=40))
def test_count_words_beyond_ascii_is_len_of_split(text: str) -> None:
    """count_words's UTF-8 path counts what str.split splits, white space beyond ASCII too."""
    assert count_words(text) == len(text.split())


@given(st.text(max_size=20), st.integers(-5, 50), st.integers(-5, 50))
def test_fast_constructors_make_what_the_constructors_make(text: str, a: int, b: int) -> None:
    """_new_span and _new_paragraph equal the attrs constructors, field for field."""
    span, para = _new_span(text, a, b), _new_paragraph(text, a, b)
    assert span == Span(text=text, start=a, end=b)
    assert (span.text, span.start, span.end) == (text, a, b)
    assert para == Paragraph(text=text, start=a, end=b)
    assert hash(para) == hash(Paragraph(text=text, start=a, end=b))
    assert repr(para) == repr(Paragraph(text=text, start=a, end=b))


@given(st.text(alphabet="Ab. !?\n", max_size=40), st.integers(0, 9))
def test_paragraph_sentences_are_split_once(text: str, start: int) -> None:
    """Paragraph.sentences is split_sentences of its text, computed once and kept."""
    para = _new_paragraph(text, start, start + len(text))
    first = para.sentences
    assert first == split_sentences(text, offset=start)
    assert para.sentences is first


def _blocks(text: str) -> tuple[Block, ...]:
    return blocks_of(text, line_table(text))


@given(st.one_of(line_soups(), any_texts()))
def test_table_lines_are_the_block_lines(text: str) -> None:
    """The table's texts, first_line, line_extents and stripped_lines agree with the blocks."""
    table = block_table(text)
    for i, block in enumerate(_blocks(text)):
        assert table.texts[i] == text[block.start : block.end]
        assert table.single_line(i) == (len(block.lines) == 1)
        assert table.first_line(i) == (block.lines[0].start, block.lines[0].end)
        assert table.line_extents(i) == [(ln.start, ln.end) for ln in block.lines]
        spans = line_spans(text, [block])
        assert table.stripped_lines(i) == [(s.text, s.start) for s in spans]
        window = _Window(table, 0, len(table))
        assert _BlockTexts(window)[i] == " ".join(s.text for s in spans)
        assert window.line_spans(i) == list(spans)


def _old_split_trailer(text: str, blocks: Sequence[Block], first_body: int) -> int:
    k = len(blocks)
    while k - 1 > first_body and all(
        is_trailer_line(text[ln.start : ln.end]) for ln in blocks[k - 1].lines
    ):
        k -= 1
    return k


_TRAILER_PIECES = [
    *["Reporting by X", "(Editing by Y)", "Read more: z", "Body.", "\n", "\n\n", " ", "\t"],
    *["read the rest here." + " " * 70 + "x", "\r\n", "(", "\n\n   ", "\n\n" + " " * 70],
]


@given(
    st.one_of(any_texts(), st.lists(st.sampled_from(_TRAILER_PIECES)).map("".join)),
    st.integers(0, 4),
)
def test_trailer_start_is_the_old_split_trailer(text: str, first_body: int) -> None:
    """trailer_start over the window's lines finds the trailer the block-by-block loop found."""
    blocks = _blocks(text)
    expected = _old_split_trailer(text, blocks, first_body)
    assert split_trailer(text, blocks, first_body) == expected
    window = _Window(block_table(text), 0, len(blocks))
    assert trailer_start(window.raw_lines, len(blocks), first_body) == expected


def _old_find_repeat(
    blocks: Sequence[str], title: int, is_byline: Callable[[int], bool]
) -> int | None:
    title_text = blocks[title]
    want = titles.fold_title(title_text)
    if not want:
        return None
    longest = 2 * len(title_text) + 8
    for k in range(title + 1, min(len(blocks), title + 1 + titles.MAX_FRONT_BLOCKS)):
        block = blocks[k]
        if len(block) <= longest and titles.fold_title(block) == want:
            return k
        if titles._more_words_than(block, titles.MAX_FRONT_WORDS) and not is_byline(k):
            return None
    return None


_TITLES = [
    "A Title",
    "a title.",
    "A  TITLE!",
    "",
    " ",
    "Other",
    " a title",
    "\xa0A TITLE",
    "ßa",
    "SSA",
]
_front_blocks = st.lists(
    st.one_of(
        st.sampled_from(_TITLES),
        st.integers(0, 100).map(lambda n: " ".join(["w"] * n)),
        st.text(alphabet="aA .!\xa0ß", max_size=12),
    ),
    min_size=1,
    max_size=9,
)


@given(_front_blocks, st.sets(st.integers(0, 9)))
def test_find_repeat_is_the_old_loop(blocks: list[str], bylines: set[int]) -> None:
    """The repeat found candidate first is the one the block-by-block loop found."""
    is_byline = bylines.__contains__
    expected = _old_find_repeat(blocks, 0, is_byline)
    assert titles._find_repeat(blocks, 0, is_byline) == expected


@given(st.integers(0, 100).flatmap(lambda n: st.just(" ".join(["w"] * n)) | st.text(max_size=200)))
def test_is_short_counts_words_as_split_does(text: str) -> None:
    """is_short's word limit is len(text.split()) > 60."""
    if len(text.split()) > titles.SUBTITLE_MAX_WORDS:
        assert not titles.is_short(text)


# ---------------------------------------------------------------- bylines and dates

_DATE_PIECES = [
    *["Feb", "Feb.", "February", "March", "mars", "Tue", "Tuesday", "Mo", "Sept"],
    *["1", "11", "2025", "1999", "2025-02-11", "T10:32", ":00", "10:32", "8:15", "09h30"],
    *[" ", "  ", "\t", "\x0b", "\x1c", ",", ".", "-", "+01:00", "-0500", "Z", "(", ")"],
    *["AM", "p.m.", "ET", "CET", "GMT", "UTC+2", "th", "st", "er", "at", "um", "Abcdefghijklm"],
]
_ascii_dates = st.lists(st.sampled_from(_DATE_PIECES), max_size=9).map("".join)


def _groups(pattern: object, text: str) -> object:
    m = pattern.fullmatch(text)  # type: ignore[attr-defined]
    return None if m is None else (m.groups(), m.span())


@given(_ascii_dates)
def test_ascii_twins_match_what_the_date_patterns_match(text: str) -> None:
    """On ASCII text the standard-library twins give the date patterns' groups."""
    assert _groups(_patterns.WORD_DATE, text) == _groups(_patterns.WORD_DATE_ASCII, text)
    assert _groups(_patterns.ISO_DATE, text) == _groups(_patterns.ISO_DATE_ASCII, text)


def test_ascii_twins_number_their_groups_alike() -> None:
    """The twins' groups have the names and numbers of the patterns' (one reader serves both)."""
    assert _patterns.WORD_DATE.groupindex == _patterns.WORD_DATE_ASCII.groupindex
    assert _patterns.ISO_DATE.groupindex == _patterns.ISO_DATE_ASCII.groupindex


def test_ascii_twin_classes_are_regex_classes_on_ascii() -> None:
    """regex's \\p{L}, \\d and \\s are the twin's classes on every ASCII character."""
    for cls in (r"\p{L}", r"\d", r"\s"):
        twin = re.compile(_patterns.ascii_twin(cls))
        ours = regex.compile(cls)
        for c in map(chr, range(128)):
            assert bool(ours.match(c)) == bool(twin.match(c)), (cls, c)


def test_re_white_space_less_four_is_regex_white_space() -> None:
    """re's [^\\S\\x1c-\\x1f] is regex's \\s on every code point (NAME_SPLIT relies on it)."""
    ours, theirs = regex.compile(r"\s"), re.compile(r"[^\S\x1c-\x1f]")
    differ = [
        c
        for c in range(sys.maxunicode + 1)
        if bool(ours.match(chr(c))) != bool(theirs.match(chr(c)))
    ]
    assert differ == []


_NAME_TEXT = st.text(alphabet="Ab ,;&\t\x1c\xa0andunetyY", max_size=30)


@given(_NAME_TEXT)
def test_name_split_is_the_regex_split(text: str) -> None:
    """NAME_SPLIT (standard re) splits where the regex-module pattern did."""
    old = regex.compile(r",|;|&|\s(?:and|und|et|y)\s")
    assert _patterns.NAME_SPLIT.split(text) == old.split(text)


@given(_ascii_dates, st.booleans())
def test_dates_read_alike_by_both_patterns(text: str, iso: bool) -> None:
    """An ASCII date reads the same through the twins as through the regex patterns."""
    s = text.strip()
    if iso:
        assert dates._read_iso(s, True) == dates._read_iso(s, False)
    else:
        assert dates._read_words(s, True) == dates._read_words(s, False)


def _old_us_dst(local: dt.datetime) -> bool:
    def sunday(month: int, nth: int) -> dt.datetime:
        first = dt.date(local.year, month, 1)
        day = first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        return dt.datetime.combine(day, dt.time(2))

    return sunday(3, 2) <= local.replace(tzinfo=None) < sunday(11, 1)


@given(
    st.datetimes(min_value=dt.datetime(1800, 1, 1), max_value=dt.datetime(2200, 1, 1)),
    st.booleans(),
)
def test_us_dst_is_the_old_rule(local: dt.datetime, aware: bool) -> None:
    """US daylight-saving bounds kept per year give what computing them each time gave."""
    if aware:
        local = local.replace(tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert dates._us_dst(local) == _old_us_dst(local)


_LABEL_PIECES = [
    *["By", "by", "BY", "Written by", "Author:", "Authors", "par", "Paris", "Published", "Publié"],
    *["Updated:", "Last updated", "Photo:", "photos", "Reviewed by", "Fact-checked by", "Source"],
    *[" ", ":", "_", "x", "9", "é", "\u212a", "\u0131", "ſ", "İ", "Ruth Lee", "Feb 3, 2025"],
]
_label_lines = st.lists(st.sampled_from(_LABEL_PIECES), min_size=1, max_size=6).map("".join)


@given(_label_lines)
def test_labels_by_opening_are_the_pattern_labels(line: str) -> None:
    """The label lookup by a line's opening finds what the label pattern matches."""
    for name in ("author_labels", "metadata_labels", "date_labels"):
        assert byline._label_at(line, name) == byline._label_by_pattern(line, name)


def _old_is_name(part: str) -> bool:
    words = part.split()
    if not words or len(words) > byline.MAX_NAME_WORDS or any(map(str.isdigit, part)):
        return False
    return words[0][0].isupper() and sum(w[0].isupper() for w in words) * 2 >= len(words)


@given(st.text(alphabet="Aa b2²\xa0", max_size=20))
def test_is_name_is_the_old_test(part: str) -> None:
    """_is_name, which counts capitals only past two words, agrees with the full count."""
    assert byline._is_name(part) == _old_is_name(part)


@given(
    st.one_of(
        _label_lines,
        _ascii_dates,
        st.text(max_size=12),
        st.text(alphabet="ab 1\t", min_size=60, max_size=70),
        _ascii_dates.map(lambda d: " " * 60 + d),
    )
)
@example(" " * 60 + "Feb 3, 2025")
@example("Feb 3, 2025" + " " * 60)
@example("In a world where technology evolves at lightning speed, staying ahead")
def test_byline_lines_read_as_without_the_shortcuts(line: str) -> None:
    """A line reads the same without the opening lookup and the label shortcut."""
    fast = byline.read_stripped_line(line, 3, ParseOptions())
    with (
        mock.patch.object(byline, "_opens_no_label", return_value=False),
        mock.patch.object(byline, "_label_at", byline._label_by_pattern),
    ):
        slow = byline.read_stripped_line(line, 3, ParseOptions())
    assert fast == slow


_datelines = st.tuples(
    st.lists(st.sampled_from(["A", "B", "É", "a", " ", ".", "'", "-", "\n"]), max_size=5),
    st.sampled_from(["", ",", ", Feb 2", "(AP)", " (AP)", "(", ")"]),
    st.sampled_from(["", " — ", " - ", " –", "—", " ", "  -  "]),
    st.sampled_from(["", "x", "The", "\n"]),
).map(lambda parts: "".join(parts[0]) + "".join(parts[1:]))


@settings(max_examples=500)
@given(_datelines, st.integers(0, 2))
@example("A B — x", 0)
@example("A. B (AP) - x", 0)
@example("AB, Feb 2 — x", 0)
def test_dateline_shortcuts_lose_no_dateline(text: str, start: int) -> None:
    """find_dateline's two early outs (a lower-case second letter, no dash) lose no match."""
    assert find_dateline(text, start) == dateline_of_window(
        text[start : start + DATELINE_WINDOW], start
    )


@given(st.text(max_size=10), st.integers(), st.integers(), st.booleans())
def test_constructors_make_what_the_attrs_constructors_make(
    text: str, a: int, b: int, flag: bool
) -> None:
    """The generated constructors equal attrs' __init__ given every field."""
    span = Span(text=text, start=a, end=b)
    match = HeaderMatch(prefix=text, digits=str(a), glued=flag)
    assert header._new_match(text, str(a), flag) == match
    assert _new_header_line(span, match) == HeaderLine(span=span, match=match)
    author = Author(name=text, role=None, organization=text)
    assert byline._new_author(text, None, text) == author
    date = BylineDate(value=None, text=text, start=a, end=b)
    assert byline._new_date(None, text, a, b) == date
    line = byline.BylineLine(span=span, kind=byline.LineKind.DATE, authors=(author,))
    assert byline._new_line(span, byline.LineKind.DATE, (author,), (), None) == line
    assert dates._reading(dt.date(2020, 1, 2)) == dates.DateReading(value=dt.date(2020, 1, 2))
    fields = {f.name: getattr(line, f.name, None) for f in attrs.fields(Article)}
    fields.update(start=a, end=b, title=text, title_span=span, byline=Byline(), word_count=a)
    assert _new_article(**fields) == Article(**fields)


def test_constructor_refuses_a_model_with_a_converter() -> None:
    """A model whose fields convert or validate gets no fast constructor."""
    with pytest.raises(TypeError):
        _constructor(ParseOptions)


def test_date_groups_are_in_unpacking_order() -> None:
    """dates unpacks match.groups() of the date patterns in their definition order."""
    for pattern, names in [
        (_patterns.ISO_DATE_ASCII, "y mo d h mi s tz"),
        (_patterns.WORD_DATE_ASCII, "wd mon1 d1 y1 d2 mon2 y2 h mi s ampm tz"),
    ]:
        assert sorted(pattern.groupindex, key=pattern.groupindex.__getitem__) == names.split()


@given(ranges_of(st.one_of(st.text(alphabet=_WORDY + "\x07\x0b\x7f", max_size=40), any_texts())))
def test_word_counter_counts_what_count_words_counts(case: tuple[str, int, int]) -> None:
    """WordCounter.count of a range is count_words of its text; has_control is the scan's."""
    text, start, end = case
    words = WordCounter(text)
    assert words.count(start, end) == count_words(text[start:end])
    assert words.has_control == (first_control_character(text) is not None)


@given(st.sampled_from(["match", "fullmatch", "search", "finditer", "findall", "split", "sub"]))
def test_lazy_pattern_methods_become_the_compiled_ones(name: str) -> None:
    """Once compiled, a LazyPattern's methods are the compiled pattern's own."""
    pattern = _patterns.LazyPattern(r"a(b)?", stdlib=True)
    args = ("x", "ab a") if name == "sub" else ("ab a",)
    first = getattr(pattern, name)(*args)  # the stand-in compiles
    second = getattr(pattern, name)(*args)
    compiled = re.compile(r"a(b)?")
    expected = getattr(compiled, name)(*args)
    if name == "finditer":
        first, second, expected = ([m.span() for m in it] for it in (first, second, expected))
    elif name in ("match", "fullmatch", "search"):
        first, second, expected = (m and m.span() for m in (first, second, expected))
    assert first == second == expected
    assert getattr(pattern, name) == getattr(pattern._pattern, name)


_MDY = st.tuples(
    st.sampled_from(["Feb", "February", "Sept", "Foo", "Mo", "Abcdefghijklm", "mars", "Mai"]),
    st.sampled_from(["", ".", ","]),
    st.sampled_from([" ", "  ", "\t"]),
    st.sampled_from(["1", "11", "31", "0", "123"]),
    st.sampled_from([", ", ",  ", " ", ","]),
    st.sampled_from(["2025", "1999", "0000", "20255"]),
    st.sampled_from(["", " 10:32 AM ET", " ET", "st"]),
).map("".join)


@given(_MDY)
def test_month_day_year_is_what_word_date_reads(text: str) -> None:
    """Where MONTH_DAY_YEAR matches, WORD_DATE gives its three pieces and nothing else."""
    m = _patterns.MONTH_DAY_YEAR.fullmatch(text)
    if m is not None:
        word = _patterns.WORD_DATE.fullmatch(text)
        assert word is not None
        assert word.groups() == (None, *m.groups(), *[None] * 8)


@given(st.one_of(_MDY, _ascii_dates, st.text(alphabet="0123456789²٣ aZ-:", max_size=12)))
def test_read_date_is_the_old_chain(text: str) -> None:
    """read_date's shortcuts (digit test, MONTH_DAY_YEAR) read what the full chain read."""
    s = text.strip()
    expected = None
    if not s or not any(map(str.isdigit, s)):
        expected = dates._read_word_relative(s, None)
    else:
        four = _patterns.FOUR_DIGITS.search(s) is not None
        expected = (
            (dates._read_iso(s, False) if four and s[4:5] == "-" else None)
            or (dates._read_words(s, False) if four else None)
            or dates._read_relative(s, None)
            or dates._read_slow(s, dates.DEFAULT_LANGUAGES)
        )
    assert dates.read_date(text) == expected


@given(
    st.lists(
        st.sampled_from(["Ann", " Lee", ",", ";", "&", " and ", " y ", "\t", "\xa0", "é", "y"])
    ).map("".join)
)
def test_split_names_is_name_split(names: str) -> None:
    """_split_names, which skips the pattern when no separator is in sight, splits as it."""
    assert byline._split_names(names) == _patterns.NAME_SPLIT.split(names)


@given(st.text(alphabet="a1²٣ ", max_size=8))
def test_has_digit_is_any_isdigit(text: str) -> None:
    """_has_digit is any(map(str.isdigit, text))."""
    assert dates._has_digit(text) == any(map(str.isdigit, text))


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5))
def test_paragraphs_of_texts_are_paragraphs_at(extents: list[tuple[int, int]]) -> None:
    """paragraphs_of the texts cut out makes what paragraphs_at makes from the text."""
    text = "abcdefghij" * 3
    starts = [min(a, b) for a, b in extents]
    ends = [max(a, b) for a, b in extents]
    texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    assert paragraphs_of(texts, starts, ends) == paragraphs_at(text, starts, ends)


_FIELD_TEXT = st.text(alphabet="ab ·•|—–-\t\xa0\x1c", max_size=16)


@given(_FIELD_TEXT)
def test_split_fields_is_the_pattern_split(s: str) -> None:
    """split_fields, splitting at ·, • and | without the pattern when it can, cuts as it."""
    assert header.split_fields(s) == header.split_fields_by_pattern(s)


_HEADER_RULE = re.compile(
    r"(?P<prefix>.*?)(?P<digits>[0-9]+)[ \t]?(?:minutes|minute|mins|min\.|min)\s+read",
    re.IGNORECASE | re.DOTALL,
)
"""FORMAT.md's header line as a pattern: a prefix, the digit run, an optional space or tab,
a unit, white space and ``read`` at the end of the line (trailing white space aside). The
prefix is lazy, so the digit run is the whole run before the unit."""


def _header_by_rule(line: str) -> header.HeaderMatch | None:
    """What the header rule reads in ``line``: the independent oracle of ``match_header``."""
    m = _HEADER_RULE.fullmatch(line.rstrip())
    if m is None or len(m["digits"]) > header.MAX_READ_DIGITS:
        return None
    prefix = m["prefix"]
    glued = bool(prefix) and not prefix[-1].isspace() and prefix[-1] not in "·•|—–-"
    return header.HeaderMatch(prefix=prefix, digits=m["digits"], glued=glued)


_HEADER_PIECES = [
    "Tech ",
    "|",
    "7",
    "3",
    " ",
    "MIN",
    "min",
    "minutes",
    "mins",
    ".",
    "s",
    " read",
    "READ",
]


_HEADER_SHAPED = st.tuples(
    st.lists(st.sampled_from(["Tech", " ", "|", "·", "7", "a"]), max_size=4).map("".join),
    st.text(alphabet="0123456789", min_size=1, max_size=11),
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from(["min", "mins", "min.", "minute", "minutes", "MIN", "Mins", "minites"]),
    st.sampled_from(["", " ", "\t", " \u00a0 "]),
    st.sampled_from(["read", "READ", "reads", "red"]),
    st.sampled_from(["", " ", "\n", "."]),
).map("".join)
"""Lines shaped like a header, near misses included: every unit, spacing and case."""


@settings(max_examples=300)
@given(
    st.one_of(st.lists(st.sampled_from(_HEADER_PIECES), max_size=8).map("".join), _HEADER_SHAPED)
)
def test_match_header_is_the_header_rule(line: str) -> None:
    """match_header, which reads the line backwards with string tests, is the header rule."""
    assert header.match_header(line) == _header_by_rule(line)


def _old_build_byline(lines: Sequence[byline.BylineLine]) -> tuple[Byline, tuple[object, ...]]:
    published = updated = None
    warnings: list[object] = []
    for line in lines:
        for slot, date, reading in line.dates:
            warnings.extend(byline.date_warnings(date, reading))
            if slot == "updated":
                updated = updated or date
            elif published is None:
                published = date
    found = Byline(
        authors=tuple(a for line in lines for a in line.authors),
        published=published,
        updated=updated,
        metadata=tuple(line.metadata for line in lines if line.metadata is not None),
        lines=tuple(line.span for line in lines),
    )
    return found, tuple(warnings)


_BYLINE_LINES = [
    *["By Ann Lee, Staff Writer", "By Ann Lee | Reuters · 3 hours ago", "Updated: 2 days ago"],
    *["February 11, 2025", "Feb. 11, 2025 10:32 AM XYZ", "Photo: Ann Lee", "yesterday"],
    *["Published 2025-02-11T10:32:00+01:00", "Modified: March 4, 2025", "Reviewed by Bo Ek"],
]


@given(st.lists(st.sampled_from(_BYLINE_LINES), max_size=5), st.booleans())
def test_build_byline_is_the_old_build(texts: list[str], reference: bool) -> None:
    """build_byline gathers what the old loop gathered, warnings included."""
    when = dt.datetime(2025, 3, 1, 12) if reference else None
    options = ParseOptions(reference_time=when)
    lines = [byline.read_stripped_line(t, 10 * k, options) for k, t in enumerate(texts)]
    read = [line for line in lines if line is not None]
    assert byline.build_byline(read) == _old_build_byline(read)
