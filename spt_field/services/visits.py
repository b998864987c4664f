"""Visits: create, edit, delete and list them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AllegationRow,
    DelegationMemberRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    ProgrammeEntryRow,
    RecommendationRow,
    RecommendationStatusChangeRow,
    ReportNarrativeRow,
    ReprisalCaseRow,
    VisitRow,
)
from spt_field.domain.rules import problems_in_visit, raise_problems
from spt_field.domain.values import Visit, VisitFields
from spt_field.domain.visit_summary import VisitSummary
from spt_field.errors import ValidationError
from spt_field.services.entity import Entity
from spt_field.services.records import (
    get_live,
    live,
    tombstone_where,
)
from spt_field.services.visit_summaries import VISIT_SUMMARIES, visit_summaries

VISITS = Entity(VisitRow, Visit, VisitFields)


def create_visit(session: Session, fields: VisitFields) -> Visit:
    raise_problems(problems_in_visit(fields))
    return VISITS.add(session, fields)


def get_visit(session: Session, visit_id: str) -> Visit:
    return VISITS.get(session, visit_id)


def update_visit(
    session: Session, visit_id: str, /, *, loaded: Any = None, **changes: Any
) -> Visit:
    def check(fields: VisitFields, _row: VisitRow) -> Iterator[ValidationError]:
        yield from problems_in_visit(fields)
        if "start_date" in changes or "end_date" in changes:
            yield from _records_outside_dates(session, visit_id, fields)

    return VISITS.update(session, visit_id, changes, check, loaded=loaded)


def _records_outside_dates(
    session: Session, visit_id: str, fields: VisitFields
) -> Iterator[ValidationError]:
    """New visit dates must still hold every place visit and interview already recorded."""
    days = session.execute(
        sa.select(sa.func.min(PlaceRow.visited_on), sa.func.max(PlaceRow.visited_on)).where(
            PlaceRow.visit_id == visit_id, live(PlaceRow)
        )
    ).one()
    interview_days = session.execute(
        sa.select(sa.func.min(InterviewRow.held_on), sa.func.max(InterviewRow.held_on))
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(InterviewRow), live(PlaceRow))
    ).one()
    recorded = [day for day in (*days, *interview_days) if day is not None]
    if recorded and min(recorded) < fields.start_date:
        yield ValidationError(
            "start_date", "a place or interview is dated {day}", day=min(recorded)
        )
    if recorded and max(recorded) > fields.end_date:
        yield ValidationError("end_date", "a place or interview is dated {day}", day=max(recorded))
    last_allegation = session.scalar(
        sa.select(sa.func.max(AllegationRow.occurred_on))
        .join(InterviewRow, InterviewRow.id == AllegationRow.interview_id)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(PlaceRow.visit_id == visit_id, live(AllegationRow), live(InterviewRow))
    )
    if last_allegation is not None and last_allegation > fields.end_date:
        yield ValidationError("end_date", "an allegation is dated {day}", day=last_allegation)


def delete_visit(session: Session, visit_id: str) -> None:
    """Tombstone the visit and everything recorded in it."""
    get_live(session, VisitRow, visit_id)
    places = sa.select(PlaceRow.id).where(PlaceRow.visit_id == visit_id)
    interviews = sa.select(InterviewRow.id).where(InterviewRow.place_id.in_(places))
    tombstone_where(session, AllegationRow, AllegationRow.interview_id.in_(interviews))
    tombstone_where(
        session, IntervieweeIdentityRow, IntervieweeIdentityRow.interview_id.in_(interviews)
    )
    tombstone_where(session, InterviewRow, InterviewRow.place_id.in_(places))
    for row_class in (
        PlaceRow,
        FindingRow,
        RecommendationRow,
        RecommendationStatusChangeRow,
        ReprisalCaseRow,
        DelegationMemberRow,
        PersonMetRow,
        ReportNarrativeRow,
        ProgrammeEntryRow,
    ):
        tombstone_where(session, row_class, row_class.visit_id == visit_id)
    tombstone_where(session, VisitRow, VisitRow.id == visit_id)


def list_visits(session: Session) -> list[VisitSummary]:
    """Every live visit, newest first, with its counts of places and interviews."""
    return visit_summaries(session.execute(sa.text(VISIT_SUMMARIES)))
