"""Incremental reading: a streamed dump equals the whole-text parse, with flat memory."""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path

import pytest

import newsparse
from newsparse import stream
from newsparse.options import ParseOptions
from newsparse.pipeline import parse_text_all

from .corpus_gen import article

FAST = ParseOptions(quotes=False, claims=False)


def dump(n: int, seed: int = 1, sep: str = "\n\n") -> str:
    rng = random.Random(seed)
    return sep.join(article(rng, 600) for _ in range(n))


def streamed(data: bytes, window_chars: int, options: ParseOptions = FAST) -> list[object]:
    f = io.BytesIO(data)
    facts = stream.scan(f)
    found: list[object] = []
    for window in stream.iter_windows(f, facts, window_chars=window_chars):
        found.extend(stream.parse_window(window, facts, source=None, options=options))
    return found


@pytest.mark.parametrize("window_chars", [1, 500, 4000, 10**7])
def test_windows_give_the_whole_text_parse(
    monkeypatch: pytest.MonkeyPatch, window_chars: int
) -> None:
    """Any window size and tiny reads (UTF-8 and CRLF split across chunks) change nothing."""
    monkeypatch.setattr(stream, "READ_BYTES", 7)
    text = (
        dump(12).replace("\n", "\r\n") + "\r\n---\r\nTitle after — a separator\r\n\r\nBody é.\r\n"
    )
    text = "\ufeff" + text.replace("official", "officiél ☃ 日本")
    data = text.encode("utf-8")
    want = list(newsparse.iter_articles(data, FAST))
    assert len(want) == 13
    assert streamed(data, window_chars) == want


def test_file_level_facts_match_the_one_shot_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mixed line breaks and a control character late in a dump warn as a whole-text parse does."""
    monkeypatch.setattr(stream, "READ_BYTES", 64)
    parts = dump(6).split("\n\n")
    text = "\n\n".join(parts[:-3]) + "\r\n\r\n" + "\r\n\r\n".join(parts[-3:]) + "\x07"
    want = list(parse_text_all(text, source=None, encoding="utf-8", options=FAST))
    assert streamed(text.encode(), 300) == want
    codes = [w.code.value for a in want for w in a.warnings]
    assert codes.count("mixed_newlines") == 1
    assert codes.count("control_characters") == 1


def test_cp1252_is_decided_for_the_whole_file(tmp_path: Path) -> None:
    """One invalid UTF-8 byte late in a file makes the whole file Windows-1252."""
    text = dump(5) + "\n\nLate 2 min read\n\nCafé\n\nBody."
    path = tmp_path / "d.txt"
    path.write_bytes(text.encode("cp1252"))
    got = list(newsparse.iter_articles(path, FAST))
    want = list(newsparse.iter_articles(path.read_bytes(), FAST))
    assert [a.title for a in got] == [a.title for a in want]
    assert {a.encoding for a in got} == {"cp1252"}
    assert all(a.warnings[0].code.value == "decoded_as_cp1252" for a in got)


@pytest.mark.parametrize(
    "data", [b"", b" \n\t\n", b"A 2 min read\n\nT\n\nBo\x00dy.", b"\xff\xfeA\x00\xd8"]
)
def test_errors_are_those_of_the_one_shot_path(data: bytes) -> None:
    """Empty, blank, binary and broken-BOM input raise the same ParseError either way."""
    with pytest.raises(newsparse.ParseError) as one_shot:
        list(newsparse.iter_articles(data))
    with pytest.raises(newsparse.ParseError) as streaming:
        list(newsparse.iter_articles(io.BytesIO(data)))
    assert str(streaming.value) == str(one_shot.value)


def test_a_pipe_is_read_like_a_file() -> None:
    """A stream that cannot seek is spooled, then read like a file."""

    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            chunk = self.inner.read(len(b))
            b[: len(chunk)] = chunk
            return len(chunk)

    data = dump(4).encode()
    assert list(newsparse.iter_articles(Pipe(data), FAST)) == list(  # type: ignore[arg-type]
        newsparse.iter_articles(data, FAST)
    )


def test_strict_errors_give_the_line_in_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A strict failure in a later window names its line in the whole input."""
    text = dump(8) + "\n\n---\nNo header here\n\nBody."
    line = text.count("\n", 0, text.index("No header here")) + 1
    with pytest.raises(newsparse.ParseError) as err:
        streamed(text.encode(), 200, ParseOptions(strict=True, quotes=False, claims=False))
    assert err.value.line == line


def test_memory_stays_flat_over_a_large_dump(tmp_path: Path) -> None:
    """Cutting a 40 MB dump into windows holds a few windows, never the file."""
    one = dump(200).encode()
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        for _ in range(40 * 2**20 // len(one) + 1):
            f.write(one + b"\n\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        with path.open("rb") as f:
            facts = stream.scan(f)
            total = sum(len(w.text) for w in stream.iter_windows(f, facts))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert total == facts.size
    assert size > 40 * 2**20
    assert peak < 16 * 2**20, peak
