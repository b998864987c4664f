"""The reprisals register: for each person at risk, the follow-up after the visit.

A case belongs to an interview and names the person by its pseudonym only. It is internal to
the Subcommittee: no report reads this table (tests check the finished file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import InterviewRow, PlaceRow, ReprisalCaseRow, VisitRow
from spt_field.domain.codes import ReprisalAction, ReprisalStatus
from spt_field.domain.rules import problems_in_reprisal_case, raise_problems
from spt_field.domain.values import ReprisalCase, ReprisalCaseFields
from spt_field.errors import ValidationError
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, live

REPRISAL_CASES = Entity(ReprisalCaseRow, ReprisalCase, ReprisalCaseFields)


@dataclass(frozen=True, kw_only=True)
class ReprisalLine:
    """A case as the register lists it: whose (pseudonym), where and when, and how it stands."""

    id: str
    visit_id: str
    interview_id: str
    country: str
    visit_start: date
    place_name: str
    pseudonym: str
    status: ReprisalStatus
    opened_on: date | None
    actions: tuple[ReprisalAction, ...]


@dataclass(frozen=True, kw_only=True)
class PersonAtRisk:
    """An interview marked at risk of reprisals that has no case yet."""

    interview_id: str
    country: str
    visit_start: date
    place_name: str
    pseudonym: str


def _visit_of(session: Session, interview_id: str) -> str:
    interview = get_live(session, InterviewRow, interview_id)
    return get_live(session, PlaceRow, interview.place_id).visit_id


def open_reprisal_case(session: Session, fields: ReprisalCaseFields) -> ReprisalCase:
    raise_problems(problems_in_reprisal_case(fields))
    return REPRISAL_CASES.add(session, fields, visit_id=_visit_of(session, fields.interview_id))


def get_reprisal_case(session: Session, case_id: str) -> ReprisalCase:
    return REPRISAL_CASES.get(session, case_id)


def update_reprisal_case(
    session: Session, case_id: str, /, *, loaded: Any = None, **changes: Any
) -> ReprisalCase:
    if "interview_id" in changes:
        raise ValidationError("interview_id", "a case stays with its interview")

    def problems(fields: ReprisalCaseFields, _row: ReprisalCaseRow) -> list[ValidationError]:
        return list(problems_in_reprisal_case(fields))

    return REPRISAL_CASES.update(session, case_id, changes, problems, loaded=loaded)


def cases_for_visit(session: Session, visit_id: str) -> list[ReprisalCase]:
    live_interviews = sa.select(InterviewRow.id).where(live(InterviewRow))
    statement = REPRISAL_CASES.select(
        ReprisalCaseRow.visit_id == visit_id,
        ReprisalCaseRow.interview_id.in_(live_interviews),
        order_by=[ReprisalCaseRow.opened_on],
    )
    return REPRISAL_CASES.list(session, statement)


def _where_interviews() -> list[Any]:
    return [live(InterviewRow), live(PlaceRow), live(VisitRow)]


def reprisal_register(session: Session, status: ReprisalStatus | None = None) -> list[ReprisalLine]:
    """Every live case of every visit, newest visit first."""
    statement = (
        sa.select(
            ReprisalCaseRow,
            VisitRow.country,
            VisitRow.start_date,
            PlaceRow.name,
            InterviewRow.pseudonym,
        )
        .join(InterviewRow, InterviewRow.id == ReprisalCaseRow.interview_id)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
        .where(live(ReprisalCaseRow), *_where_interviews())
        .order_by(VisitRow.start_date.desc(), PlaceRow.name, InterviewRow.pseudonym)
    )
    if status is not None:
        statement = statement.where(ReprisalCaseRow.status == status)
    return [
        ReprisalLine(
            id=row.id,
            visit_id=row.visit_id,
            interview_id=row.interview_id,
            country=country,
            visit_start=start,
            place_name=place,
            pseudonym=pseudonym,
            status=ReprisalStatus(row.status),
            opened_on=row.opened_on,
            actions=tuple(ReprisalAction(code) for code in row.actions),
        )
        for row, country, start, place, pseudonym in session.execute(statement)
    ]


def persons_at_risk_without_case(session: Session) -> list[PersonAtRisk]:
    """Interviews marked at risk of reprisals that have no live case, newest visit first."""
    has_case = (
        sa.select(ReprisalCaseRow.id)
        .where(ReprisalCaseRow.interview_id == InterviewRow.id, live(ReprisalCaseRow))
        .exists()
    )
    statement = (
        sa.select(
            InterviewRow.id,
            VisitRow.country,
            VisitRow.start_date,
            PlaceRow.name,
            InterviewRow.pseudonym,
        )
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
        .where(InterviewRow.reprisal_risk, ~has_case, *_where_interviews())
        .order_by(VisitRow.start_date.desc(), PlaceRow.name, InterviewRow.pseudonym)
    )
    return [
        PersonAtRisk(
            interview_id=row.id,
            country=row.country,
            visit_start=row.start_date,
            place_name=row.name,
            pseudonym=row.pseudonym,
        )
        for row in session.execute(statement)
    ]
