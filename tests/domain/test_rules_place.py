"""Rules of a place visited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest

from spt_field.domain.codes import PlaceType, Register
from spt_field.domain.rules import VisitContext, problems_in_place
from spt_field.domain.values import PlaceFields

VISIT = VisitContext(
    start_date=date(2019, 1, 27), end_date=date(2019, 2, 7), member_ids={"m1", "m2"}
)
PLACE = PlaceFields(name="Central Prison", place_type=PlaceType.PRISON)
HEADCOUNTS = [
    "men",
    "women",
    "children",
    "pretrial",
    "sentenced",
    "administrative",
    "foreign_nationals",
]


def fields_of(place: PlaceFields) -> list[str]:
    return [problem.field for problem in problems_in_place(place, VISIT)]


def test_a_bare_place_has_no_problems() -> None:
    assert fields_of(PLACE) == []


def test_a_fully_recorded_place_has_no_problems() -> None:
    place = replace(
        PLACE,
        visited_on=date(2019, 1, 28),
        arrived_at=time(9, 0),
        left_at=time(17, 30),
        latitude=-90.0,
        longitude=180.0,
        members_present=("m1", "m2"),
        capacity=120,
        population=151,
        men=140,
        women=11,
        children=0,
        pretrial=60,
        sentenced=91,
        administrative=0,
        foreign_nationals=151,
        registers_checked=(Register.CUSTODY, Register.MEDICAL),
    )
    assert fields_of(place) == []


@pytest.mark.parametrize("name", ["", "  "])
def test_place_needs_a_name(name: str) -> None:
    assert fields_of(replace(PLACE, name=name)) == ["name"]


@pytest.mark.parametrize("day", [date(2019, 1, 27), date(2019, 2, 7)])
def test_first_and_last_day_are_inside(day: date) -> None:
    assert fields_of(replace(PLACE, visited_on=day)) == []


@pytest.mark.parametrize("day", [date(2019, 1, 26), date(2019, 2, 8), date(2020, 1, 28)])
def test_visited_outside_the_visit(day: date) -> None:
    assert fields_of(replace(PLACE, visited_on=day)) == ["visited_on"]


def test_left_before_arriving() -> None:
    assert fields_of(replace(PLACE, arrived_at=time(10, 0), left_at=time(9, 59))) == ["left_at"]


@pytest.mark.parametrize(("field", "value"), [("latitude", 90.5), ("latitude", -91.0)])
def test_latitude_out_of_range(field: str, value: float) -> None:
    assert fields_of(replace(PLACE, **dict[str, Any]({field: value}))) == [field]


@pytest.mark.parametrize("value", [180.01, -181.0])
def test_longitude_out_of_range(value: float) -> None:
    assert fields_of(replace(PLACE, longitude=value)) == ["longitude"]


@pytest.mark.parametrize("field", ["capacity", "population", *HEADCOUNTS])
def test_negative_counts(field: str) -> None:
    assert fields_of(replace(PLACE, **dict[str, Any]({field: -1}))) == [field]


@pytest.mark.parametrize("field", HEADCOUNTS)
def test_headcount_more_than_population(field: str) -> None:
    assert fields_of(replace(PLACE, population=10, **dict[str, Any]({field: 11}))) == [field]


def test_register_checked_twice() -> None:
    place = replace(PLACE, registers_checked=(Register.CUSTODY, Register.CUSTODY))
    assert fields_of(place) == ["registers_checked"]


def test_members_present_must_be_in_the_delegation() -> None:
    place = replace(PLACE, members_present=("m1", "stranger", "m2", "other"))
    assert fields_of(place) == ["members_present[1]", "members_present[3]"]


def test_occupancy_rate() -> None:
    assert replace(PLACE, capacity=120, population=150).occupancy_rate == pytest.approx(1.25)
    assert replace(PLACE, capacity=0, population=5).occupancy_rate is None
    assert replace(PLACE, capacity=10).occupancy_rate is None
