"""Gathers what the rules need to know about a visit (dates, the ids of its records)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    DelegationMemberRow,
    FindingRow,
    InterviewRow,
    PlaceRow,
    VisitRow,
)
from spt_field.domain.rules import VisitContext
from spt_field.services.records import get_live, live


def _ids(session: Session, statement: sa.Select[str]) -> frozenset[str]:
    return frozenset(session.scalars(statement))


def visit_context(session: Session, visit_id: str) -> VisitContext:
    visit = get_live(session, VisitRow, visit_id)
    return VisitContext(
        start_date=visit.start_date,
        end_date=visit.end_date,
        # Deleted members too: interviews and places keep naming who was there.
        member_ids=_ids(
            session,
            sa.select(DelegationMemberRow.id).where(DelegationMemberRow.visit_id == visit_id),
        ),
        place_ids=_ids(
            session, sa.select(PlaceRow.id).where(PlaceRow.visit_id == visit_id, live(PlaceRow))
        ),
        interview_ids=_ids(
            session,
            sa.select(InterviewRow.id)
            .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
            .where(PlaceRow.visit_id == visit_id, live(InterviewRow), live(PlaceRow)),
        ),
        finding_ids=_ids(
            session,
            sa.select(FindingRow.id).where(FindingRow.visit_id == visit_id, live(FindingRow)),
        ),
    )
