"""The date stage makes its values with one constructor call: the same values as before.

``dates._at`` stands in for ``datetime.combine(day, time(h, m, s))`` and for
``datetime.replace(tzinfo=...)``; each test holds it to the call it replaced.
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from newsparse import dates

_zones = st.one_of(
    st.none(),
    st.just(dt.UTC),
    st.integers(-23 * 60, 23 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)


def _combined(day: dt.date, h: int, m: int, s: int, zone: dt.tzinfo | None) -> object:
    try:
        return dt.datetime.combine(day, dt.time(h, m, s), zone)
    except ValueError:
        return ValueError


def _at(day: dt.date, h: int, m: int, s: int, zone: dt.tzinfo | None) -> object:
    try:
        return dates._at(day, h, m, s, zone)
    except ValueError:
        return ValueError


@given(st.dates(), st.integers(-2, 26), st.integers(-2, 62), st.integers(-2, 62), _zones)
def test_at_is_combine_of_a_time(
    day: dt.date, h: int, m: int, s: int, zone: dt.tzinfo | None
) -> None:
    """_at makes what combine of a time makes, and refuses what it refuses."""
    made, expected = _at(day, h, m, s, zone), _combined(day, h, m, s, zone)
    assert made == expected
    if isinstance(made, dt.datetime) and isinstance(expected, dt.datetime):
        assert made.tzinfo is expected.tzinfo
        assert made.fold == expected.fold
        assert made.microsecond == expected.microsecond


@given(st.datetimes(min_value=dt.datetime(1000, 1, 1)), _zones)
def test_at_of_a_naive_datetime_is_replace(local: dt.datetime, zone: dt.tzinfo | None) -> None:
    """_at of a naive reading (whole seconds) and a zone is local.replace(tzinfo=zone)."""
    local = local.replace(microsecond=0, fold=0)
    made = dates._at(local, local.hour, local.minute, local.second, zone)
    expected = local.replace(tzinfo=zone)
    assert made == expected
    assert made.tzinfo is expected.tzinfo
    assert (made.utcoffset(), made.fold) == (expected.utcoffset(), expected.fold)


_TIMED = [
    "Feb. 11, 2025 10:32 AM ET",
    "14 January 2025 09:30 CET",
    "2025-02-11T14:05:00Z",
    "2025-02-21T18:30:00+01:00",
    "Tue 4 Feb 2025 09:30 GMT",
    "February 27, 2025 7:05 AM PT",
    "2025-07-01 12:00 XYZ",
    "March 3, 2025 12:00 AM",
    "2025-02-30T10:00:00Z",
    "2025-02-11T25:00:00Z",
]


def _combine_at(day: dt.date, h: int, m: int, s: int, zone: dt.tzinfo | None = None) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m, s), zone)


@given(st.sampled_from(_TIMED))
def test_timed_dates_read_as_with_combine(text: str) -> None:
    """Whole readings of dates with a time and a zone equal what combine makes of them."""
    fast = dates.read_date(text)
    with mock.patch.object(dates, "_at", _combine_at):
        slow = dates.read_date(text)
    assert fast == slow
    if fast is not None and slow is not None and isinstance(fast.value, dt.datetime):
        assert isinstance(slow.value, dt.datetime)
        assert fast.value.utcoffset() == slow.value.utcoffset()
