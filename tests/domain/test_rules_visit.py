"""Rules of a visit, its delegation and the persons met; how problems are raised."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from spt_field.domain.codes import PublicationRequester, VisitStatus
from spt_field.domain.rules import (
    problems_in_member,
    problems_in_person_met,
    problems_in_visit,
    raise_problems,
)
from spt_field.domain.values import DelegationMemberFields, PersonMetFields, VisitFields
from spt_field.errors import InvalidDataError, ValidationError

VISIT = VisitFields(country="CHE", start_date=date(2019, 1, 27), end_date=date(2019, 2, 7))
TRANSMITTED = replace(VISIT, transmitted_on=date(2019, 6, 1))


def fields_of(visit: VisitFields) -> list[str]:
    return [problem.field for problem in problems_in_visit(visit)]


def test_a_valid_visit_has_no_problems() -> None:
    assert fields_of(VISIT) == []


def test_a_complete_reported_visit_has_no_problems() -> None:
    visit = replace(
        VISIT,
        country="XRU",
        status=VisitStatus.COMPLETED,
        objectives=("Visit places", "Advise the NPM"),
        restricted_symbol="CAT/OP/XRU/R.1",
        transmitted_on=date(2019, 6, 1),
        reply_due_on=date(2019, 12, 1),
        reply_received_on=date(2019, 11, 30),
        publication_requested_by=PublicationRequester.STATE,
        publication_requested_on=date(2020, 1, 15),
        public_symbol="CAT/OP/XRU/1",
    )
    assert fields_of(visit) == []


def test_a_one_day_visit_is_valid() -> None:
    assert fields_of(replace(VISIT, end_date=VISIT.start_date)) == []


@pytest.mark.parametrize("country", ["XX", "ABC", "che", ""])
def test_unknown_country(country: str) -> None:
    assert fields_of(replace(VISIT, country=country)) == ["country"]


def test_end_before_start() -> None:
    assert fields_of(replace(VISIT, end_date=date(2019, 1, 26))) == ["end_date"]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_postponed_without_reason(reason: str | None) -> None:
    visit = replace(VISIT, status=VisitStatus.POSTPONED, postponement_reason=reason)
    assert fields_of(visit) == ["postponement_reason"]


def test_postponed_with_reason() -> None:
    visit = replace(VISIT, status=VisitStatus.POSTPONED, postponement_reason="Budget")
    assert fields_of(visit) == []


@pytest.mark.parametrize("field", ["reply_due_on", "reply_received_on", "publication_requested_on"])
def test_report_dates_before_transmission(field: str) -> None:
    visit = replace(
        TRANSMITTED,
        publication_requested_by=PublicationRequester.NPM,
        **dict[str, Any]({field: date(2019, 5, 31)}),
    )
    assert fields_of(visit) == [field]


@pytest.mark.parametrize("field", ["reply_received_on", "publication_requested_on"])
def test_reply_or_publication_before_the_report_is_transmitted(field: str) -> None:
    visit = replace(
        VISIT,
        publication_requested_by=PublicationRequester.STATE,
        **dict[str, Any]({field: date(2019, 6, 1)}),
    )
    assert fields_of(visit) == [field]


def test_reply_due_may_be_set_before_transmission() -> None:
    assert fields_of(replace(VISIT, reply_due_on=date(2019, 12, 1))) == []


def test_publication_request_needs_who_asked() -> None:
    visit = replace(TRANSMITTED, publication_requested_on=date(2019, 7, 1))
    assert fields_of(visit) == ["publication_requested_by"]


def test_blank_objective_is_named_by_position() -> None:
    visit = replace(VISIT, objectives=("Visit places", "  ", "Meet the NPM", ""))
    assert fields_of(visit) == ["objectives[1]", "objectives[3]"]


def test_every_problem_is_reported() -> None:
    visit = replace(VISIT, country="XX", end_date=date(2019, 1, 1), status=VisitStatus.POSTPONED)
    assert fields_of(visit) == ["country", "end_date", "postponement_reason"]


@pytest.mark.parametrize("name", ["", " ", "\t\n"])
def test_member_needs_a_name(name: str) -> None:
    problems = list(problems_in_member(DelegationMemberFields(name=name)))
    assert [problem.field for problem in problems] == ["name"]


def test_valid_member() -> None:
    assert list(problems_in_member(DelegationMemberFields(name="Ilse Varnava"))) == []


@pytest.mark.parametrize("name", ["", "   "])
def test_person_met_needs_a_name(name: str) -> None:
    problems = list(problems_in_person_met(PersonMetFields(name=name, title="Minister")))
    assert [problem.field for problem in problems] == ["name"]


def test_valid_person_met() -> None:
    assert list(problems_in_person_met(PersonMetFields(name="J. Doe"))) == []


def test_raise_problems_with_none_does_nothing() -> None:
    raise_problems([])
    raise_problems(problems_in_visit(VISIT))


def test_raise_problems_with_one_raises_it() -> None:
    problem = ValidationError("name", "must not be empty")
    with pytest.raises(ValidationError) as caught:
        raise_problems([problem])
    assert caught.value is problem
    assert not isinstance(caught.value, InvalidDataError)
    assert str(caught.value) == "name: must not be empty"


def test_raise_problems_with_several_raises_them_all() -> None:
    visit = replace(VISIT, country="XX", end_date=date(2019, 1, 1))
    with pytest.raises(InvalidDataError) as caught:
        raise_problems(problems_in_visit(visit))
    assert [problem.field for problem in caught.value.problems] == ["country", "end_date"]
    assert "2 problems found" in str(caught.value)
