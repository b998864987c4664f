"""Ordered links that belong to their owner record (a finding's evidence, a recommendation's
findings): replaced whole when the owner is edited, versioned with it. Links to deleted records
are kept (so undoing the deletion brings them back) but not listed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, Session

from spt_field.db.models import (
    FindingEvidenceRow,
    FindingRow,
    InterviewRow,
    RecommendationFindingRow,
)

LinkRow = type[FindingEvidenceRow] | type[RecommendationFindingRow]


def _target_table(link: LinkRow) -> type[InterviewRow] | type[FindingRow]:
    return InterviewRow if link is FindingEvidenceRow else FindingRow


def _columns(
    link: LinkRow,
) -> tuple[InstrumentedAttribute[str], InstrumentedAttribute[str], str, str]:
    if link is FindingEvidenceRow:
        return (
            FindingEvidenceRow.finding_id,
            FindingEvidenceRow.interview_id,
            "finding_id",
            "interview_id",
        )
    return (
        RecommendationFindingRow.recommendation_id,
        RecommendationFindingRow.finding_id,
        "recommendation_id",
        "finding_id",
    )


def replace_links(session: Session, link: LinkRow, owner_id: str, targets: Iterable[str]) -> None:
    owner_column, _target_column, owner_key, target_key = _columns(link)
    session.execute(sa.delete(link).where(owner_column == owner_id))
    rows = [
        {owner_key: owner_id, target_key: target, "position": position}
        for position, target in enumerate(targets)
    ]
    if rows:
        session.execute(sa.insert(link), rows)


def links_of(
    session: Session, link: LinkRow, owner_ids: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    owner_column, target_column, _owner_key, _target_key = _columns(link)
    found: dict[str, list[str]] = defaultdict(list)
    target_table = _target_table(link)
    statement = (
        sa.select(owner_column, target_column)
        .join(target_table, target_table.id == target_column)
        .where(owner_column.in_(list(owner_ids)), target_table.deleted_at.is_(None))
        .order_by(owner_column, link.position)
    )
    for owner, target in session.execute(statement):
        found[owner].append(target)
    return {owner: tuple(targets) for owner, targets in found.items()}
