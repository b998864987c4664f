"""Allegations made in an interview: add, read, edit, delete, list; consent is respected."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    AllegationSetting,
    ConsentScope,
    Consistency,
    Perpetrator,
)
from spt_field.domain.values import (
    Allegation,
    AllegationFields,
    Interview,
    InterviewFields,
    Place,
    Visit,
)
from spt_field.errors import InvalidDataError, NotFoundError, ValidationError
from spt_field.services.allegations import (
    add_allegation,
    delete_allegation,
    get_allegation,
    list_allegations_for_interview,
    list_allegations_for_visit,
    update_allegation,
)
from spt_field.services.interviews import delete_interview, record_interview, update_interview

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
BEATING = AllegationFields(
    form=AllegationForm.BEATING,
    perpetrator=Perpetrator.POLICE,
    setting=AllegationSetting.INTERROGATION,
    occurred_on=date(2019, 1, 20),
    injuries="Bruises on the back",
    medical_examination=True,
    consistency=Consistency.CONSISTENT,
    consent_to_transmit=True,
)


@pytest.fixture
def allegation(database: Database, interview: Interview) -> Allegation:
    # The interview fixture's consent is 'transmit'.
    with database.begin() as session:
        return add_allegation(session, interview.id, BEATING)


def test_add_and_get(database: Database, interview: Interview, allegation: Allegation) -> None:
    assert (allegation.interview_id, allegation.version) == (interview.id, 1)
    assert (allegation.form, allegation.consistency, allegation.consent_to_transmit) == (
        AllegationForm.BEATING,
        Consistency.CONSISTENT,
        True,
    )
    with database.begin() as session:
        assert get_allegation(session, allegation.id) == allegation


@pytest.mark.parametrize(
    ("consent", "changes", "field"),
    [
        (ConsentScope.ANONYMOUS, {"consent_to_transmit": True}, "consent_to_transmit"),
        (ConsentScope.INTERNAL, {"consent_to_transmit": True}, "consent_to_transmit"),
        (ConsentScope.NONE, {"consent_to_transmit": True}, "consent_to_transmit"),
        (ConsentScope.TRANSMIT, {"consistency": Consistency.TYPICAL}, "consistency"),
        (ConsentScope.TRANSMIT, {"occurred_on": date(2019, 2, 8)}, "occurred_on"),
    ],
)
def test_add_refuses_invalid_values(
    database: Database,
    visit: Visit,
    place: Place,
    consent: ConsentScope,
    changes: dict[str, object],
    field: str,
) -> None:
    with database.begin() as session:
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="B", consent=consent)
        )
    fields = AllegationFields(**{"form": AllegationForm.THREATS, **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_allegation(session, interview.id, fields)
    assert caught.value.field == field
    with database.begin() as session:
        assert list_allegations_for_visit(session, visit.id) == []


def test_add_reports_every_problem(database: Database, place: Place) -> None:
    with database.begin() as session:
        interview = record_interview(session, place.id, InterviewFields(pseudonym="B"))
    fields = AllegationFields(
        form=AllegationForm.BURNS,
        consent_to_transmit=True,
        consistency=Consistency.DIAGNOSTIC,
        occurred_on=date(2020, 1, 1),
    )
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        add_allegation(session, interview.id, fields)
    assert [p.field for p in caught.value.problems] == [
        "consent_to_transmit",
        "consistency",
        "occurred_on",
    ]


def test_add_to_unknown_or_deleted_interview(database: Database, interview: Interview) -> None:
    with pytest.raises(NotFoundError), database.begin() as session:
        add_allegation(session, UNKNOWN_ID, BEATING)
    with database.begin() as session:
        delete_interview(session, interview.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_allegation(session, interview.id, BEATING)


def test_update_bumps_version_once_per_edit(database: Database, allegation: Allegation) -> None:
    with database.begin() as session:
        updated = update_allegation(
            session, allegation.id, part_of_pattern=True, witnesses="Cellmate"
        )
    assert (updated.part_of_pattern, updated.witnesses, updated.version) == (
        True,
        "Cellmate",
        allegation.version + 1,
    )
    with database.begin() as session:
        same = update_allegation(session, allegation.id, part_of_pattern=True)
        nothing = update_allegation(session, allegation.id)
    assert same.version == nothing.version == allegation.version + 1
    with database.begin() as session:
        assert get_allegation(session, allegation.id) == same


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"medical_examination": False}, "consistency"),
        ({"occurred_on": date(2019, 3, 1)}, "occurred_on"),
    ],
)
def test_update_refuses_invalid_values(
    database: Database, allegation: Allegation, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_allegation(session, allegation.id, **changes)
    assert caught.value.field == field
    with database.begin() as session:
        assert get_allegation(session, allegation.id) == allegation


def test_lowering_consent_leaves_no_allegation_marked_for_transmission(
    database: Database, interview: Interview, allegation: Allegation
) -> None:
    try:
        with database.begin() as session:
            update_interview(session, interview.id, consent=ConsentScope.ANONYMOUS)
    except ValidationError:
        return  # refusing the change is a fine answer
    with database.begin() as session:
        assert not get_allegation(session, allegation.id).consent_to_transmit


def test_unknown_allegation(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_allegation(session, UNKNOWN_ID),
            lambda: update_allegation(session, UNKNOWN_ID, witnesses="x"),
            lambda: delete_allegation(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_hides_the_allegation(
    database: Database, visit: Visit, interview: Interview, allegation: Allegation
) -> None:
    with database.begin() as session:
        delete_allegation(session, allegation.id)
    with database.begin() as session:
        assert list_allegations_for_interview(session, interview.id) == []
        assert list_allegations_for_visit(session, visit.id) == []
        for call in (
            lambda: get_allegation(session, allegation.id),
            lambda: update_allegation(session, allegation.id, witnesses="x"),
            lambda: delete_allegation(session, allegation.id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_lists_by_interview_and_by_visit(
    database: Database, visit: Visit, place: Place, interview: Interview, allegation: Allegation
) -> None:
    with database.begin() as session:
        other = record_interview(session, place.id, InterviewFields(pseudonym="B"))
        threats = add_allegation(session, other.id, AllegationFields(form=AllegationForm.THREATS))
        gone = add_allegation(session, other.id, AllegationFields(form=AllegationForm.OTHER))
        delete_allegation(session, gone.id)
    with database.begin() as session:
        assert list_allegations_for_interview(session, interview.id) == [allegation]
        assert list_allegations_for_interview(session, other.id) == [threats]
        listed = list_allegations_for_visit(session, visit.id)
        assert list_allegations_for_visit(session, UNKNOWN_ID) == []
    assert sorted(a.id for a in listed) == sorted([allegation.id, threats.id])
