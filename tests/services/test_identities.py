"""Interviewee identities: kept apart, shown only on request, never searchable."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.values import Interview, InterviewFields, Place, Visit
from spt_field.errors import NotFoundError
from spt_field.services.interviews import (
    delete_interview,
    get_interview,
    identities_for_visit,
    list_interviews_for_visit,
    record_interview,
    reveal_identity,
    set_identity,
)
from spt_field.services.search import search

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
NAME = "Rustam Ekbalov"


def test_set_and_reveal(database: Database, visit: Visit, interview: Interview) -> None:
    with database.begin() as session:
        assert reveal_identity(session, interview.id) is None
        set_identity(session, interview.id, f"  {NAME} ")
    with database.begin() as session:
        assert reveal_identity(session, interview.id) == NAME
        assert identities_for_visit(session, visit.id) == {interview.id: NAME}
        assert get_interview(session, interview.id).has_identity
        assert list_interviews_for_visit(session, visit.id)[0].has_identity


def test_identity_stays_out_of_the_interview_value_and_search(
    database: Database, interview: Interview
) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, NAME)
    with database.begin() as session:
        value = get_interview(session, interview.id)
        assert "Ekbalov" not in repr(value)
        assert search(session, "Ekbalov") == []
        assert search(session, "Rustam") == []


def test_change_identity(database: Database, visit: Visit, interview: Interview) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, NAME)
    with database.begin() as session:
        set_identity(session, interview.id, "R. E.")
    with database.begin() as session:
        assert reveal_identity(session, interview.id) == "R. E."
        assert identities_for_visit(session, visit.id) == {interview.id: "R. E."}


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_remove_identity(
    database: Database, visit: Visit, interview: Interview, blank: str | None
) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, NAME)
    with database.begin() as session:
        set_identity(session, interview.id, blank)
    with database.begin() as session:
        assert reveal_identity(session, interview.id) is None
        assert identities_for_visit(session, visit.id) == {}
        assert not get_interview(session, interview.id).has_identity
    with database.begin() as session:
        set_identity(session, interview.id, "Back again")
    with database.begin() as session:
        assert reveal_identity(session, interview.id) == "Back again"
        assert get_interview(session, interview.id).has_identity


def test_blank_identity_on_an_interview_without_one_records_nothing(
    database: Database, visit: Visit, interview: Interview
) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, "  ")
    with database.begin() as session:
        assert reveal_identity(session, interview.id) is None
        assert identities_for_visit(session, visit.id) == {}


def test_identities_of_a_visit_only(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        other = record_interview(session, place.id, InterviewFields(pseudonym="B"))
        unnamed = record_interview(session, place.id, InterviewFields(pseudonym="C"))
        set_identity(session, interview.id, NAME)
        set_identity(session, other.id, "Second person")
    with database.begin() as session:
        delete_interview(session, other.id)
    with database.begin() as session:
        assert identities_for_visit(session, visit.id) == {interview.id: NAME}
        assert identities_for_visit(session, UNKNOWN_ID) == {}
        assert not get_interview(session, unnamed.id).has_identity


def test_unknown_or_deleted_interview(database: Database, interview: Interview) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, NAME)
        delete_interview(session, interview.id)
    with database.begin() as session:
        for interview_id in (UNKNOWN_ID, interview.id):
            with pytest.raises(NotFoundError):
                reveal_identity(session, interview_id)
            with pytest.raises(NotFoundError):
                set_identity(session, interview_id, "Someone")
