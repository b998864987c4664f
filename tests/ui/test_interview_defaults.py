"""The Ctrl+N flow: what a new interview carries over from the previous one."""

from __future__ import annotations

from datetime import date, time

from spt_field.domain.codes import (
    ConsentScope,
    Gender,
    IntervieweeCategory,
    InterviewKind,
    LegalStatus,
)
from spt_field.domain.values import Interview, InterviewFields
from spt_field.ui.interview_defaults import next_interview_fields

PREVIOUS = Interview(
    id="i1",
    place_id="p1",
    pseudonym="A",
    kind=InterviewKind.GROUP,
    persons=4,
    category=IntervieweeCategory.CUSTODIAL_STAFF,
    consent=ConsentScope.TRANSMIT,
    reprisal_risk=True,
    private=False,
    held_on=date(2019, 1, 28),
    held_at=time(10, 30),
    interviewers=("m1", "m2"),
    interpreter="Olga",
    language="Russian",
    gender=Gender.FEMALE,
    legal_status=LegalStatus.SENTENCED,
    nationality="FRA",
    notes="Said things.",
    has_identity=True,
)


def test_carries_over_the_team_and_the_day() -> None:
    fields = next_interview_fields(PREVIOUS, "B", date(2019, 2, 1))
    assert fields.pseudonym == "B"
    assert fields.interviewers == ("m1", "m2")
    assert fields.interpreter == "Olga"
    assert fields.language == "Russian"
    assert fields.held_on == date(2019, 1, 28)


def test_everything_about_the_interviewee_starts_from_the_defaults() -> None:
    fields = next_interview_fields(PREVIOUS, "B", None)
    default = InterviewFields(pseudonym="B")
    for name in (
        "kind",
        "persons",
        "category",
        "reprisal_risk",
        "private",
        "held_at",
        "gender",
        "age_bracket",
        "legal_status",
        "nationality",
        "notes",
    ):
        assert getattr(fields, name) == getattr(default, name), name


def test_consent_starts_at_the_safest_scope() -> None:
    assert next_interview_fields(PREVIOUS, "B", None).consent is ConsentScope.NONE
    assert next_interview_fields(None, "A", None).consent is ConsentScope.NONE


def test_day_is_used_when_the_previous_interview_has_no_date() -> None:
    undated = Interview(id="i1", place_id="p1", pseudonym="A", interviewers=("m1",))
    fields = next_interview_fields(undated, "B", date(2019, 2, 1))
    assert fields.held_on == date(2019, 2, 1)
    assert fields.interviewers == ("m1",)


def test_first_interview_of_the_visit() -> None:
    fields = next_interview_fields(None, "A", date(2019, 1, 28))
    assert fields == InterviewFields(pseudonym="A", held_on=date(2019, 1, 28))
