"""Visits: create, read, edit (versioned), delete (tombstone with everything in it), list."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    PlaceType,
    VisitStatus,
    VisitType,
)
from spt_field.domain.values import (
    AllegationFields,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import InvalidDataError, NotFoundError, ValidationError
from spt_field.services.allegations import add_allegation, get_allegation
from spt_field.services.interviews import get_interview, record_interview
from spt_field.services.places import add_place, delete_place, get_place
from spt_field.services.visits import (
    create_visit,
    delete_visit,
    get_visit,
    list_visits,
    update_visit,
)

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _fields(**changes: object) -> VisitFields:
    values: dict[str, object] = {
        "country": "CHE",
        "visit_type": VisitType.REGULAR,
        "start_date": date(2019, 1, 27),
        "end_date": date(2019, 2, 7),
    }
    values.update(changes)
    return VisitFields(**values)  # type: ignore[arg-type]


def test_create_and_get(database: Database) -> None:
    fields = _fields(objectives=("Visit prisons", "Meet the NPM"))
    with database.begin() as session:
        created = create_visit(session, fields)
    assert created.version == 1
    assert created.country == "CHE"
    with database.begin() as session:
        stored = get_visit(session, created.id)
    assert stored == created
    assert stored.objectives == ("Visit prisons", "Meet the NPM")


def test_create_refuses_a_bad_country(database: Database) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        create_visit(session, _fields(country="XX"))
    assert caught.value.field == "country"
    with database.begin() as session:
        assert list_visits(session) == []


def test_create_reports_every_problem(database: Database) -> None:
    fields = _fields(country="ABC", end_date=date(2019, 1, 1), status=VisitStatus.POSTPONED)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        create_visit(session, fields)
    assert [p.field for p in caught.value.problems] == [
        "country",
        "end_date",
        "postponement_reason",
    ]


@pytest.mark.parametrize("visit_id", [UNKNOWN_ID, "not-a-uuid", ""])
def test_unknown_visit_is_not_found(database: Database, visit_id: str) -> None:
    with database.begin() as session:
        with pytest.raises(NotFoundError):
            get_visit(session, visit_id)
        with pytest.raises(NotFoundError):
            update_visit(session, visit_id, country="FRA")
        with pytest.raises(NotFoundError):
            delete_visit(session, visit_id)


def test_update_changes_and_bumps_version_by_one(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        updated = update_visit(session, visit.id, status=VisitStatus.COMPLETED)
    assert updated.version == visit.version + 1
    assert updated.status is VisitStatus.COMPLETED
    with database.begin() as session:
        updated = update_visit(session, visit.id, country="CHE", objectives=("Follow up",))
    assert updated.version == visit.version + 2
    with database.begin() as session:
        stored = get_visit(session, visit.id)
    assert (stored.status, stored.country, stored.objectives, stored.version) == (
        VisitStatus.COMPLETED,
        "CHE",
        ("Follow up",),
        visit.version + 2,
    )


def test_no_op_edit_keeps_the_version(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        same = update_visit(
            session, visit.id, country=visit.country, status=visit.status, objectives=()
        )
        nothing = update_visit(session, visit.id)
    assert same.version == nothing.version == visit.version
    with database.begin() as session:
        assert get_visit(session, visit.id).updated_at == visit.updated_at


def test_update_refuses_invalid_values_and_keeps_the_old_ones(
    database: Database, visit: Visit
) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_visit(session, visit.id, status=VisitStatus.POSTPONED)
    assert caught.value.field == "postponement_reason"
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_visit(session, visit.id, end_date=date(2019, 1, 1))
    assert caught.value.field == "end_date"
    with database.begin() as session:
        assert get_visit(session, visit.id) == visit


def test_update_with_an_unknown_field_is_a_bug(database: Database, visit: Visit) -> None:
    with pytest.raises(TypeError), database.begin() as session:
        update_visit(session, visit.id, colour="red")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_date": date(2019, 1, 29)}, "start_date"),
        ({"end_date": date(2019, 1, 27)}, "end_date"),
        ({"start_date": date(2019, 3, 1), "end_date": date(2019, 3, 10)}, "start_date"),
        ({"start_date": date(2018, 1, 1), "end_date": date(2018, 1, 10)}, "end_date"),
    ],
)
def test_dates_that_would_leave_a_place_outside_are_refused(
    database: Database, visit: Visit, place: Place, changes: dict[str, date], field: str
) -> None:
    assert place.visited_on == date(2019, 1, 28)
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_visit(session, visit.id, **changes)
    assert caught.value.field == field
    with database.begin() as session:
        assert get_visit(session, visit.id) == visit


def test_dates_that_would_leave_an_interview_outside_are_refused(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        record_interview(
            session, place.id, InterviewFields(pseudonym="A", held_on=date(2019, 2, 5))
        )
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_visit(session, visit.id, end_date=date(2019, 2, 4))
    assert caught.value.field == "end_date"


def test_dates_may_move_while_everything_stays_inside(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        updated = update_visit(
            session, visit.id, start_date=date(2019, 1, 28), end_date=date(2019, 1, 28)
        )
    assert (updated.start_date, updated.end_date) == (date(2019, 1, 28), date(2019, 1, 28))


def test_deleted_or_undated_places_do_not_hold_the_dates(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        add_place(session, visit.id, PlaceFields(name="Undated", place_type=PlaceType.POLICE))
        delete_place(session, place.id)
    with database.begin() as session:
        updated = update_visit(session, visit.id, start_date=date(2019, 2, 1))
    assert updated.start_date == date(2019, 2, 1)


def test_dates_that_would_leave_an_allegation_after_the_visit_are_refused(
    database: Database, visit: Visit, interview: Interview
) -> None:
    with database.begin() as session:
        add_allegation(
            session,
            interview.id,
            AllegationFields(form=AllegationForm.BEATING, occurred_on=date(2019, 2, 6)),
        )
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_visit(session, visit.id, end_date=date(2019, 2, 1))
    assert caught.value.field == "end_date"


def test_delete_hides_the_visit_and_everything_in_it(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        allegation = add_allegation(
            session, interview.id, AllegationFields(form=AllegationForm.THREATS)
        )
    with database.begin() as session:
        delete_visit(session, visit.id)
    with database.begin() as session:
        assert list_visits(session) == []
        for getter, record_id in [
            (get_visit, visit.id),
            (get_place, place.id),
            (get_interview, interview.id),
            (get_allegation, allegation.id),
        ]:
            with pytest.raises(NotFoundError):
                getter(session, record_id)
        with pytest.raises(NotFoundError):
            update_visit(session, visit.id, country="FRA")
        with pytest.raises(NotFoundError):
            delete_visit(session, visit.id)


def test_list_is_newest_first_with_live_counts(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        newer = create_visit(
            session, _fields(start_date=date(2020, 5, 1), end_date=date(2020, 5, 9))
        )
        gone = add_place(session, visit.id, PlaceFields(name="Gone", place_type=PlaceType.OTHER))
        record_interview(session, gone.id, InterviewFields(pseudonym="Z"))
        record_interview(session, place.id, InterviewFields(pseudonym="B"))
    with database.begin() as session:
        delete_place(session, gone.id)
    with database.begin() as session:
        summaries = list_visits(session)
    assert [summary.id for summary in summaries] == [newer.id, visit.id]
    assert (summaries[0].places, summaries[0].interviews) == (0, 0)
    assert (summaries[1].places, summaries[1].interviews) == (1, 2)
    assert summaries[1].country == "XRU"
    assert summaries[1].status is VisitStatus.IN_PROGRESS
