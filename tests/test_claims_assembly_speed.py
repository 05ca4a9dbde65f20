"""Claims: the shortcuts that assemble a claim give what the paths they replaced give.

Each test holds a shortcut to its reference: the general path it falls back to, or the
plain definition (the attrs constructor).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.claims import _new_claim
from newsparse.models import Claim, ClaimKind, Quantity
from newsparse.quantities import _new_quantity

_UNITS = st.one_of(st.none(), st.text(max_size=5))


@given(
    st.text(max_size=8),
    st.integers(-5, 50),
    st.integers(-5, 50),
    st.floats(allow_nan=False),
    _UNITS,
)
def test_fast_quantity_is_the_attrs_quantity(
    text: str, start: int, end: int, value: float, unit: str | None
) -> None:
    """_new_quantity makes what Quantity(...) makes, field for field."""
    made = _new_quantity(text, start, end, value, unit)
    reference = Quantity(text=text, start=start, end=end, value=value, unit=unit)
    assert made == reference
    assert hash(made) == hash(reference)
    assert repr(made) == repr(reference)


@given(
    st.text(max_size=8),
    st.integers(-5, 50),
    st.lists(st.sampled_from(ClaimKind), max_size=3).map(tuple),
    st.one_of(st.none(), st.text(max_size=5)),
    st.booleans(),
    st.floats(0, 1),
    st.integers(0, 9),
)
def test_fast_claim_is_the_attrs_claim(
    text: str,
    start: int,
    kinds: tuple[ClaimKind, ...],
    source: str | None,
    hedged: bool,
    score: float,
    paragraph: int,
) -> None:
    """_new_claim makes what Claim(...) makes, field for field."""
    numbers = (Quantity(text="5", start=start, end=start + 1, value=5.0),)
    end = start + len(text)
    made = _new_claim(text, start, end, kinds, source, hedged, score, numbers, paragraph)
    reference = Claim(
        text=text,
        start=start,
        end=end,
        kinds=kinds,
        source=source,
        hedged=hedged,
        score=score,
        numbers=numbers,
        paragraph=paragraph,
    )
    assert made == reference
    assert hash(made) == hash(reference)
    assert repr(made) == repr(reference)
