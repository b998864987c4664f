"""Interviews a page at a time: the same order as the full list, no overlap, live rows only."""

from __future__ import annotations

from datetime import date, time

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import ConsentScope, IntervieweeCategory, InterviewKind, PlaceType
from spt_field.domain.values import InterviewFields, Place, PlaceFields, Visit, VisitFields
from spt_field.services.interview_pages import (
    NOTES_EXCERPT_CHARS,
    count_interviews,
    interview_list_row,
    interview_page,
    sort_key,
)
from spt_field.services.interviews import (
    delete_interview,
    list_interviews_for_visit,
    record_interview,
)
from spt_field.services.places import add_place, delete_place
from spt_field.services.visits import create_visit, delete_visit

DAYS = (date(2019, 1, 30), None, date(2019, 1, 28), date(2019, 1, 29))


@pytest.fixture
def interviews(database: Database, visit: Visit, place: Place) -> list[str]:
    """23 interviews spread over days and times (some undated), in a scrambled order."""
    with database.begin() as session:
        ids = []
        for number in range(23):
            fields = InterviewFields(
                pseudonym=f"P{(number * 7) % 23:02d}",
                held_on=DAYS[number % 4],
                held_at=time(9 + number % 3, 0) if number % 5 else None,
                notes=f"Notes of interview {number}",
            )
            ids.append(record_interview(session, place.id, fields).id)
    return ids


def test_pages_concatenate_to_the_full_list_in_its_order(
    database: Database, visit: Visit, interviews: list[str]
) -> None:
    with database.begin() as session:
        expected = [interview.id for interview in list_interviews_for_visit(session, visit.id)]
        pages = [interview_page(session, visit.id, offset, 5) for offset in range(0, 25, 5)]
    assert [len(page) for page in pages] == [5, 5, 5, 5, 3]
    assert [row.id for page in pages for row in page] == expected
    rows = [row for page in pages for row in page]
    assert sorted(rows, key=sort_key) == rows
    assert sorted(expected) == sorted(interviews)


def test_a_page_past_the_end_is_empty(
    database: Database, visit: Visit, interviews: list[str]
) -> None:
    with database.begin() as session:
        assert interview_page(session, visit.id, 23, 10) == []
        assert interview_page(session, visit.id, 0, 0) == []


def test_count_matches_the_live_interviews(
    database: Database, visit: Visit, interviews: list[str]
) -> None:
    with database.begin() as session:
        assert count_interviews(session, visit.id) == 23
        delete_interview(session, interviews[0])
        assert count_interviews(session, visit.id) == 22
        assert interviews[0] not in {row.id for row in interview_page(session, visit.id, 0, 50)}


def test_a_row_carries_what_the_table_shows(database: Database, visit: Visit, place: Place) -> None:
    long_notes = "Beaten at arrest. " * 40
    with database.begin() as session:
        interview = record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="Q",
                kind=InterviewKind.GROUP,
                persons=4,
                category=IntervieweeCategory.CUSTODIAL_STAFF,
                consent=ConsentScope.TRANSMIT,
                reprisal_risk=True,
                held_on=date(2019, 1, 28),
                held_at=time(10, 30),
                notes=long_notes,
            ),
        )
        (row,) = interview_page(session, visit.id, 0, 10)
        assert interview_list_row(session, interview.id) == row
    assert (row.id, row.place_id, row.place_name) == (interview.id, place.id, place.name)
    assert row.visit_id == visit.id
    assert (row.pseudonym, row.held_on, row.held_at) == ("Q", date(2019, 1, 28), time(10, 30))
    assert (row.kind, row.persons) == (InterviewKind.GROUP, 4)
    assert row.category is IntervieweeCategory.CUSTODIAL_STAFF
    assert row.consent is ConsentScope.TRANSMIT
    assert row.reprisal_risk is True
    assert row.notes_excerpt == long_notes[:NOTES_EXCERPT_CHARS]


def test_none_means_every_visit(database: Database, visit: Visit, interviews: list[str]) -> None:
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2020, 3, 1), end_date=date(2020, 3, 9)),
        )
        camp = add_place(session, other.id, PlaceFields(name="Camp", place_type=PlaceType.OTHER))
        # The same pseudonym as in the first visit: pages must still not overlap.
        record_interview(session, camp.id, InterviewFields(pseudonym="P00"))
        assert count_interviews(session, other.id) == 1
        assert count_interviews(session, None) == 24
        ids = [row.id for offset in (0, 12) for row in interview_page(session, None, offset, 12)]
        assert len(set(ids)) == 24
        delete_visit(session, other.id)
        assert count_interviews(session, None) == 23


def test_interviews_of_a_deleted_place_are_gone(
    database: Database, visit: Visit, place: Place, interviews: list[str]
) -> None:
    with database.begin() as session:
        delete_place(session, place.id)
        assert count_interviews(session, visit.id) == 0
        assert interview_page(session, visit.id, 0, 50) == []
        assert interview_list_row(session, interviews[0]) is None
