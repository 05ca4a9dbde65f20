"""Quotes and speakers: each shortcut gives exactly what the code or pattern it replaces gives."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.models import Quote, QuoteKind, Span
from newsparse.speakers import _scare

_SPANS = st.builds(Span, text=st.text(max_size=5), start=st.integers(0, 9), end=st.integers(0, 9))
_QUOTES = st.builds(
    Quote,
    text=st.text(max_size=5),
    segments=st.lists(_SPANS, max_size=2).map(tuple),
    speaker=st.none() | st.text(max_size=5),
    speaker_mention=st.none() | _SPANS,
    cue=st.none() | _SPANS,
    kind=st.sampled_from(QuoteKind),
    paragraph=st.integers(0, 9),
)


def test_quote_fields_are_those_built_directly() -> None:
    """The speakers stage builds quotes field by field: a new field must be added there too."""
    names = [f.name for f in attrs.fields(Quote)]
    assert names == ["text", "segments", "speaker", "speaker_mention", "cue", "kind", "paragraph"]


@settings(max_examples=100, deadline=None)
@given(_QUOTES)
def test_scare_is_evolve(quote: Quote) -> None:
    """``_scare`` is ``attrs.evolve`` with the scare kind."""
    assert _scare(quote) == attrs.evolve(quote, kind=QuoteKind.SCARE)
