"""An interview started and never used is deleted outright; one with anything done to it stays."""

from __future__ import annotations

import sqlalchemy as sa

from spt_field.db.session import Database
from spt_field.domain.codes import AllegationForm
from spt_field.domain.values import AllegationFields, InterviewFields, Place
from spt_field.services.allegations import add_allegation
from spt_field.services.interviews import record_interview, update_interview
from spt_field.services.search import search
from spt_field.services.unused_records import discard_unused_interview


def _traces(database: Database, interview_id: str) -> list[int]:
    """Rows left of the interview: its row, tombstoned or not, audit events, sync state."""
    with database.engine.connect() as connection:
        return [
            int(connection.execute(sa.text(sql), {"id": interview_id}).scalar_one())
            for sql in (
                "SELECT count(*) FROM interview WHERE id = :id",
                "SELECT count(*) FROM audit_event WHERE record_id = :id",
                "SELECT count(*) FROM sync_state WHERE record_id = :id",
            )
        ]


def test_an_untouched_interview_leaves_no_trace(database: Database, place: Place) -> None:
    with database.begin() as session:
        interview = record_interview(session, place.id, InterviewFields(pseudonym="Q"))
    assert _traces(database, interview.id)[0] == 1
    with database.begin() as session:
        assert discard_unused_interview(session, interview.id)
    assert _traces(database, interview.id) == [0, 0, 0]


def test_a_changed_interview_stays(database: Database, place: Place) -> None:
    with database.begin() as session:
        interview = record_interview(session, place.id, InterviewFields(pseudonym="Q"))
        update_interview(session, interview.id, notes="Cell 4 had no mattresses.")
    with database.begin() as session:
        assert not discard_unused_interview(session, interview.id)
        assert [hit.record_id for hit in search(session, "mattresses")] == [interview.id]


def test_an_interview_with_an_allegation_stays(database: Database, place: Place) -> None:
    with database.begin() as session:
        interview = record_interview(session, place.id, InterviewFields(pseudonym="Q"))
        add_allegation(session, interview.id, AllegationFields(form=AllegationForm.BEATING))
    with database.begin() as session:
        assert not discard_unused_interview(session, interview.id)
    assert _traces(database, interview.id)[0] == 1
