"""Due dates: six months after transmission, month ends and leap years included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.deadlines import months_after, reply_due


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (date(2023, 8, 31), date(2024, 2, 29)),  # into a leap February
        (date(2022, 8, 31), date(2023, 2, 28)),  # into a common February
        (date(2024, 2, 29), date(2024, 8, 29)),  # from a leap day
        (date(2023, 12, 31), date(2024, 6, 30)),  # across the year, into a 30-day month
        (date(2023, 3, 31), date(2023, 9, 30)),
        (date(2023, 7, 1), date(2024, 1, 1)),
    ],
)
def test_due_six_months_after_transmission(sent: date, due: date) -> None:
    assert reply_due(sent, None) == due


def test_a_recorded_date_wins_and_nothing_sent_is_never_due() -> None:
    assert reply_due(date(2023, 1, 1), date(2023, 3, 1)) == date(2023, 3, 1)
    assert reply_due(None, date(2023, 3, 1)) == date(2023, 3, 1)
    assert reply_due(None, None) is None


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=0, max_value=240))
def test_months_after_keeps_the_day_or_ends_the_month(day: date, months: int) -> None:
    later = months_after(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or (later.day < day.day and (later + timedelta(days=1)).day == 1)
