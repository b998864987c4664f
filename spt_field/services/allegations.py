"""Allegations of torture or ill-treatment made in an interview."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.models import AllegationRow, InterviewRow, PlaceRow
from spt_field.domain.rules import problems_in_allegation, raise_problems
from spt_field.domain.values import Allegation, AllegationFields
from spt_field.errors import ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, live, tombstone_where

ALLEGATIONS = Entity(AllegationRow, Allegation, AllegationFields)
_ORDER = [AllegationRow.occurred_on, AllegationRow.form]


def _problems(
    session: Session, fields: AllegationFields, interview_id: str
) -> Iterator[ValidationError]:
    interview = get_live(session, InterviewRow, interview_id)
    place = get_live(session, PlaceRow, interview.place_id)
    context = visit_context(session, place.visit_id)
    return problems_in_allegation(fields, interview.consent, context)


def add_allegation(session: Session, interview_id: str, fields: AllegationFields) -> Allegation:
    raise_problems(_problems(session, fields, interview_id))
    return ALLEGATIONS.add(session, fields, interview_id=interview_id)


def get_allegation(session: Session, allegation_id: str) -> Allegation:
    return ALLEGATIONS.get(session, allegation_id)


def update_allegation(
    session: Session, allegation_id: str, /, *, loaded: Any = None, **changes: Any
) -> Allegation:
    return ALLEGATIONS.update(
        session,
        allegation_id,
        changes,
        lambda fields, row: _problems(session, fields, row.interview_id),
        loaded=loaded,
    )


def delete_allegation(session: Session, allegation_id: str) -> None:
    get_live(session, AllegationRow, allegation_id)
    tombstone_where(session, AllegationRow, AllegationRow.id == allegation_id)


def list_allegations_for_interview(session: Session, interview_id: str) -> list[Allegation]:
    statement = ALLEGATIONS.select(AllegationRow.interview_id == interview_id, order_by=_ORDER)
    return ALLEGATIONS.list(session, statement)


def list_allegations_for_visit(session: Session, visit_id: str) -> list[Allegation]:
    statement = (
        ALLEGATIONS.select(PlaceRow.visit_id == visit_id, live(InterviewRow), order_by=_ORDER)
        .join(InterviewRow, InterviewRow.id == AllegationRow.interview_id)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
    )
    return ALLEGATIONS.list(session, statement)
