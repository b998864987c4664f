"""One user action is one unit of work: a failure anywhere in it leaves nothing half-written."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from spt_field.db.session import Database
from spt_field.domain.codes import AllegationForm, FindingArea, PlaceType, VisitStatus
from spt_field.domain.values import (
    AllegationFields,
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import NotFoundError, UserError, ValidationError
from spt_field.services.allegations import add_allegation
from spt_field.services.findings import add_finding
from spt_field.services.interviews import (
    list_interviews_for_place,
    record_interview,
    set_identity,
    update_interview,
)
from spt_field.services.places import add_place, get_place, update_place
from spt_field.services.search import search
from spt_field.services.visits import create_visit, delete_visit, get_visit, update_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, search index included."""
    with database.engine.connect() as connection:
        tables = sorted(sa.inspect(connection).get_table_names())
        return {
            table: sorted(
                (tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"')),
                key=repr,
            )
            for table in list(tables)
        }


class ActionFailedError(Exception):
    """Something going wrong in the middle of a user action (not a UserError)."""


def test_a_validation_error_late_in_the_unit_rolls_back_all_of_it(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    before = snapshot(database)
    with pytest.raises(ValidationError), database.begin() as session:
        new_visit = create_visit(
            session,
            VisitFields(country="CHE", start_date=date(2021, 3, 1), end_date=date(2021, 3, 9)),
        )
        new_place = add_place(
            session, new_visit.id, PlaceFields(name="Remand centre", place_type=PlaceType.PRETRIAL)
        )
        record_interview(session, new_place.id, InterviewFields(pseudonym="A", notes="zebra"))
        update_interview(session, interview.id, notes="Rewritten: zebra.")
        update_place(session, place.id, name="Renamed")
        record_interview(session, new_place.id, InterviewFields(pseudonym="A"))  # taken
    assert snapshot(database) == before
    with database.begin() as session:
        assert get_place(session, place.id) == place
        assert search(session, "zebra") == []


def test_any_exception_rolls_back_all_of_it(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    before = snapshot(database)
    with pytest.raises(ActionFailedError), database.begin() as session:
        add_allegation(session, interview.id, AllegationFields(form=AllegationForm.BURNS))
        set_identity(session, interview.id, "Secret name")
        add_finding(session, visit.id, FindingFields(area=FindingArea.OTHER, title="Half"))
        delete_visit(session, visit.id)
        raise ActionFailedError
    assert snapshot(database) == before
    with database.begin() as session:
        assert get_visit(session, visit.id) == visit


def test_a_refused_deletion_rolls_back_earlier_edits(
    database: Database, visit: Visit, interview: Interview
) -> None:
    before = snapshot(database)
    with pytest.raises(NotFoundError), database.begin() as session:
        update_visit(session, visit.id, status=VisitStatus.COMPLETED)
        update_place(session, UNKNOWN_ID, name="Nowhere")
    assert snapshot(database) == before


def test_a_successful_unit_is_all_kept(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        place = add_place(session, visit.id, PlaceFields(name="P", place_type=PlaceType.OTHER))
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="A", notes="Kept notes.")
        )
    with database.begin() as session:
        assert get_place(session, place.id) == place
        assert list_interviews_for_place(session, place.id) == [interview]
        assert [hit.record_id for hit in search(session, "kept")] == [interview.id]


def test_a_refusal_is_a_user_error(database: Database, visit: Visit) -> None:
    with pytest.raises(UserError), database.begin() as session:
        create_visit(
            session,
            VisitFields(country="XX", start_date=date(2021, 1, 1), end_date=date(2021, 1, 2)),
        )
    with database.engine.connect() as connection:
        count = connection.execute(sa.text("SELECT count(*) FROM visit")).scalar_one()
    assert count == 1
