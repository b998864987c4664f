"""Which visit a record belongs to, whatever its kind."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AllegationRow,
    DelegationMemberRow,
    FindingRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    RecommendationRow,
    VisitRow,
)
from spt_field.domain.kinds import RecordKind
from spt_field.errors import NotFoundError


def _visit_statement(kind: RecordKind, record_id: str) -> sa.Select[Any]:
    if kind is RecordKind.VISIT:
        return sa.select(VisitRow.id).where(VisitRow.id == record_id)
    if kind is RecordKind.INTERVIEW:
        return (
            sa.select(PlaceRow.visit_id)
            .join(InterviewRow, InterviewRow.place_id == PlaceRow.id)
            .where(InterviewRow.id == record_id)
        )
    if kind is RecordKind.ALLEGATION:
        return (
            sa.select(PlaceRow.visit_id)
            .join(InterviewRow, InterviewRow.place_id == PlaceRow.id)
            .join(AllegationRow, AllegationRow.interview_id == InterviewRow.id)
            .where(AllegationRow.id == record_id)
        )
    row_class: Any = {
        RecordKind.MEMBER: DelegationMemberRow,
        RecordKind.PERSON_MET: PersonMetRow,
        RecordKind.PLACE: PlaceRow,
        RecordKind.FINDING: FindingRow,
        RecordKind.RECOMMENDATION: RecommendationRow,
    }[kind]
    return sa.select(row_class.visit_id).where(row_class.id == record_id)


def visit_of_record(session: Session, kind: RecordKind, record_id: str) -> str:
    visit_id = session.scalar(_visit_statement(kind, record_id))
    if visit_id is None:
        raise NotFoundError(f"no {kind.label.lower()} with id {record_id}")
    return str(visit_id)
