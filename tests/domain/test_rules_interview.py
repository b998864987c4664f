"""Rules of an interview and of the allegations made in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from spt_field.domain.codes import AllegationForm, ConsentScope, Consistency, InterviewKind
from spt_field.domain.rules import VisitContext, problems_in_allegation, problems_in_interview
from spt_field.domain.values import AllegationFields, InterviewFields

VISIT = VisitContext(start_date=date(2019, 1, 27), end_date=date(2019, 2, 7), member_ids={"m1"})
INTERVIEW = InterviewFields(pseudonym="C")
ALLEGATION = AllegationFields(form=AllegationForm.BEATING)


def interview_fields(interview: InterviewFields, taken: set[str] | None = None) -> list[str]:
    problems = problems_in_interview(interview, VISIT, taken if taken is not None else {"A", "B"})
    return [problem.field for problem in problems]


def allegation_fields(
    allegation: AllegationFields, consent: ConsentScope = ConsentScope.TRANSMIT
) -> list[str]:
    return [problem.field for problem in problems_in_allegation(allegation, consent, VISIT)]


def test_a_valid_interview_has_no_problems() -> None:
    interview = replace(
        INTERVIEW,
        held_on=date(2019, 2, 7),
        interviewers=("m1",),
        nationality="XRU",
        notes="...",
    )
    assert interview_fields(interview) == []


def test_a_valid_group_interview() -> None:
    assert interview_fields(replace(INTERVIEW, kind=InterviewKind.GROUP, persons=2)) == []


@pytest.mark.parametrize("pseudonym", ["", "   "])
def test_pseudonym_required(pseudonym: str) -> None:
    assert interview_fields(replace(INTERVIEW, pseudonym=pseudonym)) == ["pseudonym"]


@pytest.mark.parametrize("pseudonym", ["A", " A", "B "])
def test_pseudonym_taken_in_the_visit(pseudonym: str) -> None:
    assert interview_fields(replace(INTERVIEW, pseudonym=pseudonym)) == ["pseudonym"]


def test_pseudonym_free_when_nothing_taken() -> None:
    assert interview_fields(replace(INTERVIEW, pseudonym="A"), taken=set()) == []


@pytest.mark.parametrize("persons", [0, 1])
def test_group_of_fewer_than_two(persons: int) -> None:
    interview = replace(INTERVIEW, kind=InterviewKind.GROUP, persons=persons)
    assert interview_fields(interview) == ["persons"]


@pytest.mark.parametrize("persons", [0, 2, 5])
def test_individual_interview_with_other_than_one_person(persons: int) -> None:
    assert interview_fields(replace(INTERVIEW, persons=persons)) == ["persons"]


@pytest.mark.parametrize("day", [date(2019, 1, 26), date(2019, 2, 8)])
def test_held_outside_the_visit(day: date) -> None:
    assert interview_fields(replace(INTERVIEW, held_on=day)) == ["held_on"]


@pytest.mark.parametrize("nationality", ["XX", "ABC", "che"])
def test_unknown_nationality(nationality: str) -> None:
    assert interview_fields(replace(INTERVIEW, nationality=nationality)) == ["nationality"]


def test_interviewers_must_be_in_the_delegation() -> None:
    interview = replace(INTERVIEW, interviewers=("m1", "ghost"))
    assert interview_fields(interview) == ["interviewers[1]"]


def test_a_valid_allegation_has_no_problems() -> None:
    allegation = replace(
        ALLEGATION,
        occurred_on=date(2019, 2, 7),
        medical_examination=True,
        consistency=Consistency.HIGHLY_CONSISTENT,
        consent_to_transmit=True,
    )
    assert allegation_fields(allegation, ConsentScope.TRANSMIT) == []


def test_ill_treatment_before_the_visit_is_fine() -> None:
    assert allegation_fields(replace(ALLEGATION, occurred_on=date(2015, 3, 1))) == []


@pytest.mark.parametrize(
    "consent", [ConsentScope.NONE, ConsentScope.INTERNAL, ConsentScope.ANONYMOUS]
)
def test_transmission_needs_transmit_consent(consent: ConsentScope) -> None:
    allegation = replace(ALLEGATION, consent_to_transmit=True)
    assert allegation_fields(allegation, consent) == ["consent_to_transmit"]


@pytest.mark.parametrize("consent", list(ConsentScope))
def test_no_transmission_is_fine_under_any_consent(consent: ConsentScope) -> None:
    assert allegation_fields(ALLEGATION, consent) == []


def test_consistency_needs_a_medical_examination() -> None:
    allegation = replace(ALLEGATION, consistency=Consistency.CONSISTENT)
    assert allegation_fields(allegation) == ["consistency"]


def test_occurred_after_the_visit() -> None:
    assert allegation_fields(replace(ALLEGATION, occurred_on=date(2019, 2, 8))) == ["occurred_on"]
