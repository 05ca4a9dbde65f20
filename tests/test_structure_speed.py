"""The structure stage's fast paths give what the paths they replaced gave.

Each test holds a shortcut to a reference: the code it replaced (kept here, verbatim in
substance) or the plain definition (``len(text.split())``, the attrs constructor).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.models import Paragraph, Span, _new_paragraph, _new_span
from newsparse.paragraphs import count_words
from newsparse.sentences import split_sentences

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
