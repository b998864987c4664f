"""The visit list's one SQL statement, read through a session and through the bare connection
the window's start-up uses: live visits, newest first, counting only live places and their live
interviews, whatever was recorded and deleted."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import InterviewFields, PlaceFields, VisitFields
from spt_field.services.interviews import delete_interview, record_interview
from spt_field.services.places import add_place, delete_place
from spt_field.services.visit_summaries import read_visit_summaries
from spt_field.services.visits import create_visit, delete_visit, list_visits


@dataclass(frozen=True)
class PlacePlan:
    deleted: bool
    interviews: tuple[bool, ...]  # deleted or not, one per interview


@dataclass(frozen=True)
class VisitPlan:
    country: str
    start: date
    deleted: bool
    places: tuple[PlacePlan, ...]


places = st.builds(PlacePlan, st.booleans(), st.lists(st.booleans(), max_size=3).map(tuple))
visits = st.builds(
    VisitPlan,
    st.sampled_from(["XAA", "XAB", "FRA"]),
    # Few days, so that visits often start together and the order falls to country and id.
    st.dates(min_value=date(2019, 1, 1), max_value=date(2019, 1, 3)),
    st.booleans(),
    st.lists(places, max_size=3).map(tuple),
)


class _RollBackError(Exception):
    """Ends an example's unit of work without committing it."""


def record(session: Session, plan: VisitPlan) -> tuple[str, int, int]:
    """Record and delete as planned; returns the visit's id and its expected counts."""
    fields = VisitFields(country=plan.country, start_date=plan.start, end_date=plan.start)
    visit = create_visit(session, fields)
    pseudonyms = (f"P{number}" for number in count())
    live_places = live_interviews = 0
    for place_plan in plan.places:
        place = add_place(
            session, visit.id, PlaceFields(name="Police station", place_type=PlaceType.POLICE)
        )
        for deleted in place_plan.interviews:
            interview = record_interview(
                session, place.id, InterviewFields(pseudonym=next(pseudonyms))
            )
            if deleted:
                delete_interview(session, interview.id)
        if place_plan.deleted:
            delete_place(session, place.id)
        else:
            live_places += 1
            live_interviews += place_plan.interviews.count(False)
    if plan.deleted:
        delete_visit(session, visit.id)
    return visit.id, live_places, live_interviews


@settings(
    max_examples=25,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(plans=st.lists(visits, max_size=4))
def test_live_visits_newest_first_with_live_counts(
    database: Database, plans: list[VisitPlan]
) -> None:
    with suppress(_RollBackError), database.begin() as session:
        recorded = [(plan, *record(session, plan)) for plan in plans]
        expected = [
            (visit_id, live_places, live_interviews)
            for plan, visit_id, live_places, live_interviews in sorted(
                recorded, key=lambda item: (-item[0].start.toordinal(), item[0].country, item[1])
            )
            if not plan.deleted
        ]
        summaries = list_visits(session)
        assert [(s.id, s.places, s.interviews) for s in summaries] == expected
        # The start-up reads them on the bare connection, before SQLAlchemy is loaded.
        connection = session.connection().connection.driver_connection
        assert read_visit_summaries(connection) == summaries
        raise _RollBackError
