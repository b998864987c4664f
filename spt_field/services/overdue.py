"""Recommendations whose due date has passed without their being implemented, across every
visit and country: who owes what, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import RecommendationRow, VisitRow
from spt_field.domain.codes import AuthorityKind, FindingArea, Priority, RecommendationStatus
from spt_field.domain.deadlines import reply_due
from spt_field.services.records import live

#: Statuses that settle a recommendation: it is never overdue.
SETTLED = frozenset({RecommendationStatus.IMPLEMENTED, RecommendationStatus.SUPERSEDED})


@dataclass(frozen=True, kw_only=True)
class OverdueFilter:
    """What the overdue view shows; None: any."""

    country: str | None = None
    authority_kind: AuthorityKind | None = None
    theme: FindingArea | None = None
    status: RecommendationStatus | None = None


@dataclass(frozen=True, kw_only=True)
class OverdueRecommendation:
    id: str
    visit_id: str
    country: str
    restricted_symbol: str | None
    visit_start: date
    paragraph_number: int | None
    text: str
    authority_kind: AuthorityKind
    authority: str
    priority: Priority
    themes: tuple[FindingArea, ...]
    due_on: date
    status: RecommendationStatus
    state_reply_on: date | None
    days_overdue: int


def overdue_recommendations(
    session: Session, *, today: date, where: OverdueFilter = OverdueFilter()
) -> list[OverdueRecommendation]:
    """Live recommendations not settled whose due date is before `today`, longest overdue
    first."""
    conditions = [
        live(RecommendationRow),
        live(VisitRow),
        RecommendationRow.status.not_in(SETTLED),
    ]
    if where.country is not None:
        conditions.append(VisitRow.country == where.country)
    if where.authority_kind is not None:
        conditions.append(RecommendationRow.authority_kind == where.authority_kind)
    if where.status is not None:
        conditions.append(RecommendationRow.status == where.status)
    statement = (
        sa.select(
            RecommendationRow,
            VisitRow.country,
            VisitRow.restricted_symbol,
            VisitRow.start_date,
            VisitRow.transmitted_on,
        )
        .join(VisitRow, VisitRow.id == RecommendationRow.visit_id)
        .where(*conditions)
    )
    found = []
    for row, country, symbol, start, transmitted_on in session.execute(statement):
        due = reply_due(transmitted_on, row.due_on)
        themes = tuple(FindingArea(code) for code in row.themes)
        if due is None or due >= today or (where.theme is not None and where.theme not in themes):
            continue
        found.append(
            OverdueRecommendation(
                id=row.id,
                visit_id=row.visit_id,
                country=country,
                restricted_symbol=symbol,
                visit_start=start,
                paragraph_number=row.paragraph_number,
                text=row.text,
                authority_kind=AuthorityKind(row.authority_kind),
                authority=row.authority,
                priority=Priority(row.priority),
                themes=themes,
                due_on=due,
                status=RecommendationStatus(row.status),
                state_reply_on=row.state_reply_on,
                days_overdue=(today - due).days,
            )
        )
    found.sort(key=lambda item: (item.due_on, item.country, item.paragraph_number or 0, item.id))
    return found


def overdue_by_authority_kind(session: Session, *, today: date) -> dict[AuthorityKind, int]:
    """How many recommendations are overdue on `today`, for every kind of authority (0 where
    none), in list order."""
    counts = dict.fromkeys(AuthorityKind, 0)
    for item in overdue_recommendations(session, today=today):
        counts[item.authority_kind] += 1
    return counts
