"""Interviews: record, read, edit, delete (refused while evidence), list, pseudonyms."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    ConsentScope,
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
)
from spt_field.domain.values import (
    AllegationFields,
    DelegationMember,
    Finding,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import InvalidDataError, NotFoundError, UserError, ValidationError
from spt_field.services.allegations import add_allegation, list_allegations_for_visit
from spt_field.services.findings import delete_finding, get_finding, update_finding
from spt_field.services.interviews import (
    delete_interview,
    get_interview,
    list_interviews_for_place,
    list_interviews_for_visit,
    record_interview,
    suggest_pseudonym,
    update_interview,
)
from spt_field.services.places import add_place, delete_place
from spt_field.services.visits import create_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def second_place(database: Database, visit: Visit) -> Place:
    with database.begin() as session:
        return add_place(
            session, visit.id, PlaceFields(name="Station 3", place_type=PlaceType.POLICE)
        )


def test_record_and_get(database: Database, place: Place, member: DelegationMember) -> None:
    fields = InterviewFields(
        kind=InterviewKind.GROUP,
        persons=6,
        category=IntervieweeCategory.DETAINEE,
        pseudonym="  B  ",
        consent=ConsentScope.ANONYMOUS,
        reprisal_risk=True,
        held_on=date(2019, 1, 29),
        interviewers=(member.id,),
        interpreter="K. Osei",
        language="fr",
        nationality="XRU",
        notes="Cell 14: no mattresses.",
    )
    with database.begin() as session:
        recorded = record_interview(session, place.id, fields)
    assert recorded.pseudonym == "B"
    assert (recorded.place_id, recorded.version, recorded.has_identity) == (place.id, 1, False)
    assert (recorded.kind, recorded.persons, recorded.interviewers) == (
        InterviewKind.GROUP,
        6,
        (member.id,),
    )
    with database.begin() as session:
        assert get_interview(session, recorded.id) == recorded


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pseudonym": " "}, "pseudonym"),
        ({"pseudonym": "A"}, "pseudonym"),
        ({"pseudonym": " A "}, "pseudonym"),
        ({"kind": InterviewKind.GROUP, "persons": 1}, "persons"),
        ({"persons": 3}, "persons"),
        ({"held_on": date(2019, 2, 8)}, "held_on"),
        ({"nationality": "XX"}, "nationality"),
        ({"interviewers": (UNKNOWN_ID,)}, "interviewers[0]"),
    ],
)
def test_record_refuses_invalid_values(
    database: Database,
    visit: Visit,
    second_place: Place,
    interview: Interview,
    changes: dict[str, object],
    field: str,
) -> None:
    fields = InterviewFields(**{"pseudonym": "B", **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        record_interview(session, second_place.id, fields)
    assert caught.value.field == field
    with database.begin() as session:
        assert list_interviews_for_visit(session, visit.id) == [interview]


def test_record_reports_every_problem(database: Database, place: Place) -> None:
    fields = InterviewFields(pseudonym="", persons=0, nationality="QQQ")
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        record_interview(session, place.id, fields)
    assert [p.field for p in caught.value.problems] == ["pseudonym", "persons", "nationality"]


def test_a_pseudonym_may_repeat_in_another_visit(database: Database, interview: Interview) -> None:
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2020, 1, 1), end_date=date(2020, 1, 5)),
        )
        elsewhere = add_place(session, other.id, PlaceFields(name="P", place_type=PlaceType.OTHER))
        again = record_interview(session, elsewhere.id, InterviewFields(pseudonym="A"))
    assert again.pseudonym == interview.pseudonym == "A"


def test_record_in_unknown_or_deleted_place(database: Database, second_place: Place) -> None:
    with pytest.raises(NotFoundError), database.begin() as session:
        record_interview(session, UNKNOWN_ID, InterviewFields(pseudonym="B"))
    with database.begin() as session:
        delete_place(session, second_place.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        record_interview(session, second_place.id, InterviewFields(pseudonym="B"))


def test_update_bumps_version_once_per_edit(database: Database, interview: Interview) -> None:
    with database.begin() as session:
        updated = update_interview(
            session, interview.id, notes="Corrected.", reprisal_risk=True, pseudonym="A"
        )
    assert (updated.notes, updated.reprisal_risk, updated.version) == (
        "Corrected.",
        True,
        interview.version + 1,
    )
    with database.begin() as session:
        same = update_interview(session, interview.id, notes="Corrected.", pseudonym=" A ")
        nothing = update_interview(session, interview.id)
    assert same.version == nothing.version == interview.version + 1
    with database.begin() as session:
        assert get_interview(session, interview.id) == same


def test_update_refuses_a_pseudonym_taken_in_the_visit(
    database: Database, interview: Interview, second_place: Place
) -> None:
    with database.begin() as session:
        other = record_interview(session, second_place.id, InterviewFields(pseudonym="B"))
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_interview(session, other.id, pseudonym="A")
    assert caught.value.field == "pseudonym"
    with database.begin() as session:
        assert get_interview(session, other.id).pseudonym == "B"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"persons": 2}, "persons"),
        ({"held_on": date(2019, 1, 1)}, "held_on"),
        ({"pseudonym": ""}, "pseudonym"),
        ({"interviewers": ("nobody",)}, "interviewers[0]"),
    ],
)
def test_update_refuses_invalid_values(
    database: Database, interview: Interview, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_interview(session, interview.id, **changes)
    assert caught.value.field == field
    with database.begin() as session:
        assert get_interview(session, interview.id) == interview


def test_unknown_interview(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_interview(session, UNKNOWN_ID),
            lambda: update_interview(session, UNKNOWN_ID, notes="x"),
            lambda: delete_interview(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_hides_the_interview_and_its_allegations(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        add_allegation(session, interview.id, AllegationFields(form=AllegationForm.FALANGA))
    with database.begin() as session:
        delete_interview(session, interview.id)
    with database.begin() as session:
        assert list_interviews_for_place(session, place.id) == []
        assert list_interviews_for_visit(session, visit.id) == []
        assert list_allegations_for_visit(session, visit.id) == []
        for call in (
            lambda: get_interview(session, interview.id),
            lambda: update_interview(session, interview.id, notes="x"),
            lambda: delete_interview(session, interview.id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_frees_the_pseudonym(database: Database, place: Place, interview: Interview) -> None:
    with database.begin() as session:
        delete_interview(session, interview.id)
    with database.begin() as session:
        again = record_interview(session, place.id, InterviewFields(pseudonym="A"))
    assert again.pseudonym == "A"


def test_delete_is_refused_while_the_interview_is_evidence(
    database: Database, interview: Interview, finding: Finding
) -> None:
    with pytest.raises(UserError) as caught, database.begin() as session:
        delete_interview(session, interview.id)
    assert not isinstance(caught.value, NotFoundError)
    assert finding.title in str(caught.value)
    with database.begin() as session:
        assert get_interview(session, interview.id) == interview
        assert get_finding(session, finding.id).evidence == (interview.id,)
    with database.begin() as session:
        update_finding(session, finding.id, evidence=())
    with database.begin() as session:
        delete_interview(session, interview.id)


def test_evidence_of_a_deleted_finding_does_not_hold_the_interview(
    database: Database, interview: Interview, finding: Finding
) -> None:
    with database.begin() as session:
        delete_finding(session, finding.id)
    with database.begin() as session:
        delete_interview(session, interview.id)
        with pytest.raises(NotFoundError):
            get_interview(session, interview.id)


def test_lists_by_place_and_by_visit(
    database: Database, visit: Visit, place: Place, second_place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        there = record_interview(session, second_place.id, InterviewFields(pseudonym="B"))
        gone = record_interview(session, second_place.id, InterviewFields(pseudonym="C"))
        delete_interview(session, gone.id)
    with database.begin() as session:
        assert list_interviews_for_place(session, place.id) == [interview]
        assert list_interviews_for_place(session, second_place.id) == [there]
        listed = list_interviews_for_visit(session, visit.id)
        assert list_interviews_for_visit(session, UNKNOWN_ID) == []
    assert sorted(i.id for i in listed) == sorted([interview.id, there.id])


def test_suggest_pseudonym_skips_those_taken_in_the_visit(
    database: Database, visit: Visit, place: Place, second_place: Place
) -> None:
    with database.begin() as session:
        assert suggest_pseudonym(session, visit.id) == "A"
        for pseudonym in ("A", "B", "D"):
            record_interview(session, place.id, InterviewFields(pseudonym=pseudonym))
        assert suggest_pseudonym(session, visit.id) == "C"
        record_interview(session, second_place.id, InterviewFields(pseudonym="C"))
        assert suggest_pseudonym(session, visit.id) == "E"
        assert suggest_pseudonym(session, UNKNOWN_ID) == "A"


def test_suggested_pseudonyms_can_be_recorded_past_z(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        big = add_place(session, visit.id, PlaceFields(name="Big", place_type=PlaceType.PRISON))
        for _ in range(27):
            record_interview(
                session, big.id, InterviewFields(pseudonym=suggest_pseudonym(session, visit.id))
            )
        names = {i.pseudonym for i in list_interviews_for_visit(session, visit.id)}
        assert "Z" in names and "AA" in names and len(names) == 27
        assert suggest_pseudonym(session, visit.id) == "AB"
