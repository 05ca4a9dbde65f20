"""Bad input: a clear result or a ParseError, never a traceback or a hang."""

from __future__ import annotations

import codecs
import datetime as dt
import time
from collections.abc import Callable

import pytest

import newsparse
from newsparse import ParseError, ParseOptions, WarningCode

ARTICLE = "World 2 min read\n\nA title\n\nBy Ann Lee\n\nFirst paragraph here. It has words.\n\nSecond one."


def _seconds(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "empty_input"), ("   \n\t\n", "blank_input"), ("a\x00b", "binary_input")],
)
def test_not_an_article(text: str, code: str) -> None:
    """Empty, blank and NUL-holding input raise ParseError with a code, in every mode."""
    for strict in (False, True):
        with pytest.raises(ParseError) as info:
            newsparse.parse(text, options=ParseOptions(strict=strict))
        assert info.value.code == code
        assert "pass" in str(info.value) or "bytes" in str(info.value)


def test_parse_error_is_a_value_error_with_position() -> None:
    """ParseError is a ValueError carrying code, line and column."""
    with pytest.raises(ValueError, match="binary") as info:
        newsparse.parse("line one\nab\x00")
    err = info.value
    assert isinstance(err, ParseError)
    assert (err.line, err.column) == (2, 3)


def test_invalid_utf8_is_decoded_as_cp1252_with_a_warning() -> None:
    """Bytes that are not UTF-8 decode as Windows-1252 and say so."""
    a = newsparse.parse_bytes(ARTICLE.replace("Ann", "Anné").encode("cp1252"))
    assert a.encoding == "cp1252"
    assert a.byline.authors[0].name == "Anné Lee"
    assert WarningCode.DECODED_AS_CP1252 in [w.code for w in a.warnings]


def test_undefined_cp1252_bytes_are_kept() -> None:
    """The five bytes Windows-1252 leaves undefined still decode to one character each."""
    a = newsparse.parse_bytes(b"T\x81tle\n\nBody \x8d text.\n\nMore body.")
    assert a.title == "T\x81tle"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_honoured(codec: str) -> None:
    """UTF-16/32 and UTF-8 with a BOM parse like UTF-8, BOM dropped."""
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    a = newsparse.parse_bytes(data)
    assert a.title == "A title"
    assert a.header is not None
    assert a.header.start == 0


def test_utf16_without_bom_is_binary() -> None:
    """UTF-16 without a byte-order mark holds NULs: ParseError, not garbage."""
    with pytest.raises(ParseError, match="binary_input"):
        newsparse.parse_bytes(ARTICLE.encode("utf-16-le"))


def test_max_bytes_is_enforced() -> None:
    """Input over ParseOptions.max_bytes raises too_large."""
    with pytest.raises(ParseError, match="too_large"):
        newsparse.parse(ARTICLE, options=ParseOptions(max_bytes=10))


def test_strict_mode_lists_every_problem() -> None:
    """strict=True raises one ParseError listing each warning."""
    text = "A title\n\nBy Ann Lee\n2 hours ago\n\nBody."
    lenient = newsparse.parse(text)
    codes = {w.code for w in lenient.warnings}
    assert codes == {WarningCode.MISSING_HEADER, WarningCode.RELATIVE_DATE_UNRESOLVED}
    with pytest.raises(ParseError) as info:
        newsparse.parse(text, options=ParseOptions(strict=True))
    assert info.value.code == "strict"
    assert len(info.value.problems) == 2


def test_a_relative_date_resolves_against_the_reference_time() -> None:
    """'2 hours ago' resolves only when a reference time is given."""
    text = "A title\n\nBy Ann Lee\n2 hours ago\n\nBody."
    ref = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    a = newsparse.parse(text, options=ParseOptions(reference_time=ref))
    assert a.byline.published is not None
    assert a.byline.published.value == dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC)


def test_glued_digits_without_a_plausible_split_warn() -> None:
    """A glued read time with no plausible reading speed takes the whole run and warns."""
    a = newsparse.parse("climate15 min read\n\nTitle\n\n" + "word " * 30)
    assert a.header is not None
    assert a.header.read_time_minutes == 15
    assert WarningCode.IMPLAUSIBLE_READ_TIME in [w.code for w in a.warnings]


def _distinct_names(count: int) -> list[str]:
    """``count`` different capitalised words (Bab, Cab, ...): surnames never seen before."""
    names = []
    for i in range(26 * 27, 26 * 27 + count):
        letters, rest = "", i
        while rest:
            letters += "abcdefghijklmnopqrstuvwxyz"[rest % 26]
            rest //= 26
        names.append(letters.capitalize())
    return names


_UNPAIRED_MARKS = "a “a ‘a " * 1600 + "a» " * 1600
"""A paragraph just under the quote stage's mark limit: openings of two families that never
close, then closings of a third (each closing once searched the whole stack)."""

LINEAR_CASES = {
    "10 MB single line": lambda n: "x" * n,
    "single line of quote marks": lambda n: '"“”«»' * (n // 5),
    "blank lines": lambda n: "Title\n" + "\n" * n + "Body.",
    "header-like lines": lambda n: "\n\n".join(["Politics 3 min read"] * (n // 21)),
    "digits before min read": lambda n: "technology" + "7" * n + " min read\n\nT\n\nBody.",
    "huge byline": lambda n: "T\n\nBy " + ", ".join(["Ann Lee"] * (n // 9)) + "\n\nBody.",
    "dateline-like run": lambda n: "T\n\n" + "A" * n + " — body.",
    "dots": lambda n: "T\n\n" + "." * n,
    "nested quotes": lambda n: "T\n\n" + "“‘«" * (n // 6) + "»’”" * (n // 6),
    "alternating marks": lambda n: "T\n\n" + "\"'" * (n // 2),
    "apostrophes": lambda n: "T\n\n" + "rock 'n' roll '90s " * (n // 19),
    "numbers": lambda n: "T\n\n" + "1,800 people $4.2 billion 4.6 percent " * (n // 38),
    "spaces and separators": lambda n: "T\n\nBy A" + " ·" * (n // 2) + "\n\nBody.",
    "distinct speakers": lambda n: (
        "T\n\n" + " ".join(f"{who} said sales rose 5 percent." for who in _distinct_names(n // 34))
    ),
    "capitals joined by hyphens": lambda n: "T\n\n" + "A-" * (n // 2) + ' "We won," he said.',
    "capitals joined by apostrophes": lambda n: "T\n\n" + "B’" * (n // 2) + " Ann Lee said so.",
    "unpaired marks of two families": lambda n: (
        "T\n\n" + "\n\n".join([_UNPAIRED_MARKS] * max(1, n // len(_UNPAIRED_MARKS)))
    ),
    "repeated role descriptions": lambda n: (
        "T\n\n" + "The senator spoke. “No,” the senator said. " * (n // 43)
    ),
    "speaker labels in capitals": lambda n: (
        "T\n\n"
        + "\n\n".join(
            f'Ann {who} spoke.\n\n"{who.upper()}: We won."' for who in _distinct_names(n // 36)
        )
    ),
}


@pytest.mark.parametrize("name", sorted(LINEAR_CASES))
def test_hostile_input_parses_in_linear_time(name: str) -> None:
    """Ten times the input costs at most about ten times the time (generous bound)."""
    make = LINEAR_CASES[name]

    def run(n: int) -> float:
        text = make(n)
        try:
            return _seconds(lambda: newsparse.parse(text))
        except ParseError:
            return 0.0

    small = max(run(50_000), 1e-3)
    large = run(500_000)
    assert large < 40 * small + 0.5, (small, large)


def test_ten_megabyte_line_is_fast() -> None:
    """A 10 MB single line parses in a few seconds at most."""
    text = "word " * 2_000_000
    assert _seconds(lambda: newsparse.parse(text)) < 10
