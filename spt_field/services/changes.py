"""Has anyone saved something since I last looked? A cheap answer for the workspace's refresh.

On a headquarters server several drafters work at once; the window asks every few seconds
(ui/refresh.py). Each answer is a fingerprint: per table, how many rows (tombstones included),
the newest `updated_at` and the sum of the versions. Every save bumps a version (records.touch,
field sync's merge), every addition adds a row: a different fingerprint means something changed.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.base import SyncColumns
from spt_field.db.models import (
    AllegationRow,
    DelegationMemberRow,
    FindingRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    ProgrammeEntryRow,
    RecommendationRow,
    ReportNarrativeRow,
    VisitRow,
)

#: The records under a visit that its workspace shows, each with its visit's id column.
_UNDER_VISIT: tuple[type[SyncColumns], ...] = (
    DelegationMemberRow,
    PersonMetRow,
    PlaceRow,
    FindingRow,
    RecommendationRow,
    ReportNarrativeRow,
    ProgrammeEntryRow,
)


def _summary(row_class: type[SyncColumns], *where: sa.ColumnElement[bool]) -> Any:
    return sa.select(
        sa.func.count(),
        sa.func.max(row_class.updated_at),
        sa.func.coalesce(sa.func.sum(row_class.version), 0),
    ).where(*where)


def visits_fingerprint(session: Session) -> Hashable:
    """What the visit list shows has changed when this has."""
    return tuple(session.execute(_summary(VisitRow)).one())


def visit_fingerprint(session: Session, visit_id: str) -> Hashable:
    """What a visit's workspace shows (the visit and the records under it) has changed when
    this has."""
    parts: list[tuple[object, ...]] = [
        tuple(session.execute(_summary(VisitRow, VisitRow.id == visit_id)).one())
    ]
    for row_class in _UNDER_VISIT:
        column = getattr(row_class, "visit_id")  # noqa: B009 (every one of them has it)
        parts.append(tuple(session.execute(_summary(row_class, column == visit_id)).one()))
    places = sa.select(PlaceRow.id).where(PlaceRow.visit_id == visit_id).scalar_subquery()
    interviews = sa.select(InterviewRow.id).where(InterviewRow.place_id.in_(places))
    parts.append(
        tuple(session.execute(_summary(InterviewRow, InterviewRow.place_id.in_(places))).one())
    )
    parts.append(
        tuple(
            session.execute(
                _summary(AllegationRow, AllegationRow.interview_id.in_(interviews))
            ).one()
        )
    )
    return tuple(parts)
