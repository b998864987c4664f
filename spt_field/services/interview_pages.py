"""Interviews a page at a time, for lists that must not load 150,000 rows at once.

A row holds only what the interview table shows (with the place's name and the start of the
notes), ordered like `interviews.list_interviews_for_visit`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import InterviewRow, PlaceRow, VisitRow
from spt_field.domain.codes import ConsentScope, IntervieweeCategory, InterviewKind
from spt_field.services.records import live

#: How much of the notes a row carries; the table shortens it further.
NOTES_EXCERPT_CHARS = 200


@dataclass(frozen=True, kw_only=True)
class InterviewListRow:
    """One line of the interview table."""

    id: str
    visit_id: str
    place_id: str
    place_name: str
    pseudonym: str
    held_on: date | None
    held_at: time | None
    category: IntervieweeCategory
    kind: InterviewKind
    persons: int
    consent: ConsentScope
    reprisal_risk: bool
    notes_excerpt: str


_COLUMNS = (
    InterviewRow.id,
    PlaceRow.visit_id,
    InterviewRow.place_id,
    PlaceRow.name,
    InterviewRow.pseudonym,
    InterviewRow.held_on,
    InterviewRow.held_at,
    InterviewRow.category,
    InterviewRow.kind,
    InterviewRow.persons,
    InterviewRow.consent,
    InterviewRow.reprisal_risk,
    sa.func.substr(InterviewRow.notes, 1, NOTES_EXCERPT_CHARS),
)


def _live_interviews(statement: sa.Select[Any], visit_id: str | None) -> sa.Select[Any]:
    statement = (
        statement.join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
        .where(live(InterviewRow), live(PlaceRow), live(VisitRow))
    )
    return statement if visit_id is None else statement.where(PlaceRow.visit_id == visit_id)


def _row(columns: Any) -> InterviewListRow:
    (record_id, visit_id, place_id, place_name, pseudonym, held_on, held_at) = columns[:7]
    (category, kind, persons, consent, reprisal_risk, notes) = columns[7:]
    return InterviewListRow(
        id=record_id,
        visit_id=visit_id,
        place_id=place_id,
        place_name=place_name,
        pseudonym=pseudonym,
        held_on=held_on,
        held_at=held_at,
        category=category,
        kind=kind,
        persons=persons,
        consent=consent,
        reprisal_risk=reprisal_risk,
        notes_excerpt=notes or "",
    )


def sort_key(row: InterviewListRow) -> tuple[Any, ...]:
    """Where a row falls in the order of `interview_page` (SQLite puts NULLs first)."""
    return (
        row.held_on is not None,
        row.held_on or date.min,
        row.held_at is not None,
        row.held_at or time.min,
        row.pseudonym,
        row.id,
    )


def interview_page(
    session: Session, visit_id: str | None, offset: int, limit: int
) -> list[InterviewListRow]:
    """Rows `offset` to `offset + limit` of the visit's interviews (every visit's with None)."""
    statement = (
        _live_interviews(sa.select(*_COLUMNS).select_from(InterviewRow), visit_id)
        # The id breaks ties, so that pages never overlap (pseudonyms repeat across visits).
        .order_by(
            # Undated interviews first, on both engines (PostgreSQL puts NULL last by default).
            InterviewRow.held_on.nulls_first(),
            InterviewRow.held_at.nulls_first(),
            InterviewRow.pseudonym,
            InterviewRow.id,
        )
        .offset(max(offset, 0))
        .limit(max(limit, 0))
    )
    return [_row(columns) for columns in session.execute(statement)]


def count_interviews(session: Session, visit_id: str | None) -> int:
    """How many live interviews the visit has (every visit, with None)."""
    statement = _live_interviews(sa.select(sa.func.count()).select_from(InterviewRow), visit_id)
    return int(session.scalar(statement) or 0)


def interview_list_row(session: Session, interview_id: str) -> InterviewListRow | None:
    """The table line of one interview, or None if it is gone (deleted, or its place)."""
    statement = _live_interviews(sa.select(*_COLUMNS).select_from(InterviewRow), None).where(
        InterviewRow.id == interview_id
    )
    columns = session.execute(statement).one_or_none()
    return None if columns is None else _row(columns)
