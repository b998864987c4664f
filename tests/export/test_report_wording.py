"""Dates, lists and counts the way UN reports write them."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.export.report_sections_builder import add_months
from spt_field.export.report_wording import ENGLISH


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2019, 3, 10), date(2019, 3, 21), "10 to 21\u00a0March 2019"),
        (date(2019, 1, 27), date(2019, 2, 7), "27\u00a0January to 7\u00a0February 2019"),
        (date(2018, 12, 28), date(2019, 1, 4), "28\u00a0December 2018 to 4\u00a0January 2019"),
        (date(2019, 5, 2), date(2019, 5, 2), "2\u00a0May 2019"),
    ],
)
def test_date_ranges(start: date, end: date, expected: str) -> None:
    assert ENGLISH.date_range(start, end) == expected


def test_join() -> None:
    assert ENGLISH.join([]) == ""
    assert ENGLISH.join(["a"]) == "a"
    assert ENGLISH.join(["a", "b"]) == "a and b"
    assert ENGLISH.join(["a", "b", "c"]) == "a, b and c"


def test_counted() -> None:
    assert ENGLISH.counted(1, ("prison", "prisons")) == "one prison"
    assert ENGLISH.counted(9, ("place", "places")) == "nine places"
    assert ENGLISH.counted(10, ("place", "places")) == "10 places"
    assert ENGLISH.counted(1500, ("person", "persons")) == "1,500 persons"


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2019, 5, 15), date(2019, 11, 15)),
        (date(2019, 8, 31), date(2020, 2, 29)),
        (date(2018, 8, 31), date(2019, 2, 28)),
        (date(2019, 7, 31), date(2020, 1, 31)),
        (date(2019, 12, 30), date(2020, 6, 30)),
    ],
)
def test_six_months_later(start: date, expected: date) -> None:
    assert add_months(start, 6) == expected


def test_every_code_has_its_wording() -> None:
    from spt_field.domain.codes import IntervieweeCategory, PlaceType, ReportGroup

    assert set(ENGLISH.place_type_forms) == set(PlaceType)
    assert set(ENGLISH.category_forms) == set(IntervieweeCategory)
    assert set(ENGLISH.group_headings) == set(ReportGroup)
