"""Coverage-guided fuzz target (atheris) over parse_bytes, extract_quotes and extract_claims.

    python fuzz/fuzz_parse.py [-atheris_runs=N] [-max_total_time=SECONDS] [CORPUS_DIR ...]

Any exception other than ParseError, or a broken invariant (a span that does not slice the
input, a line owned by no part or by two), is a finding: libFuzzer stops and writes the
input to ``crash-*``. Every finding becomes a named regression test in
``tests/test_regressions.py``. Seed it with the corpus: ``fuzz/fuzz_parse.py
tests/fixtures/corpus``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse.decode import decode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.invariants import check_lines_owned, check_spans


def _extra(name: str) -> object:
    try:
        module = __import__(f"newsparse.{name}", fromlist=["x"])
    except ImportError:
        return None
    return getattr(module, f"extract_{name}", None)


PARSE_ONLY = os.environ.get("NEWSPARSE_FUZZ_PARSE_ONLY") == "1"  # narrow a long run
EXTRACT_QUOTES = None if PARSE_ONLY else _extra("quotes")
EXTRACT_CLAIMS = None if PARSE_ONLY else _extra("claims")


def test_one_input(data: bytes) -> None:
    """Parse one input; raise on anything but ParseError or a broken invariant."""
    try:
        text = decode(data).text
    except newsparse.ParseError:
        return
    options = newsparse.ParseOptions(quotes=not PARSE_ONLY, claims=not PARSE_ONLY)
    try:
        articles = list(newsparse.iter_articles(data, options))
    except newsparse.ParseError:
        return
    for article in articles:
        check_spans(text, article)
    check_lines_owned(text, articles)
    for extract in (EXTRACT_QUOTES, EXTRACT_CLAIMS):
        if callable(extract):
            for found in extract(text):
                for span in getattr(found, "segments", (found,)):
                    assert text[span.start : span.end] == span.text


def main() -> None:
    """Run libFuzzer on the target."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
