"""Undoing a deletion brings the record back with everything its deletion took."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import AllegationForm
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    AllegationFields,
    DelegationMember,
    Interview,
    Place,
    Visit,
)
from spt_field.errors import NotFoundError
from spt_field.services.allegations import add_allegation, get_allegation
from spt_field.services.delegation import delete_member, get_member
from spt_field.services.interviews import get_interview, reveal_identity, set_identity
from spt_field.services.places import delete_place, get_place, list_places_for_visit
from spt_field.services.trash import restore_deleted

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def test_restoring_a_place_brings_back_its_interviews(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        allegation = add_allegation(
            session, interview.id, AllegationFields(form=AllegationForm.BEATING)
        )
        set_identity(session, interview.id, "R. Example")
    with database.begin() as session:
        delete_place(session, place.id)
    with database.begin() as session:
        assert restore_deleted(session, RecordKind.PLACE, place.id) == 4
    with database.begin() as session:
        assert list_places_for_visit(session, visit.id) == [get_place(session, place.id)]
        restored = get_interview(session, interview.id)
        assert restored.notes == interview.notes
        assert restored.version == interview.version + 2  # deleted, then restored
        assert get_allegation(session, allegation.id).form is AllegationForm.BEATING
        assert reveal_identity(session, interview.id) == "R. Example"


def test_restoring_brings_back_only_that_deletion(
    database: Database, member: DelegationMember, place: Place
) -> None:
    with database.begin() as session:
        delete_member(session, member.id)
    with database.begin() as session:
        delete_place(session, place.id)
    with database.begin() as session:
        restore_deleted(session, RecordKind.PLACE, place.id)
    with database.begin() as session:
        get_place(session, place.id)
        with pytest.raises(NotFoundError):
            get_member(session, member.id)


def test_only_deleted_records_can_be_restored(database: Database, place: Place) -> None:
    with database.begin() as session:
        with pytest.raises(NotFoundError):
            restore_deleted(session, RecordKind.PLACE, place.id)
        with pytest.raises(NotFoundError):
            restore_deleted(session, RecordKind.VISIT, UNKNOWN_ID)
