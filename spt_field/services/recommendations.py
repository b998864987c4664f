"""Recommendations, each answering one or more findings."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.models import RecommendationFindingRow, RecommendationRow
from spt_field.domain.rules import problems_in_recommendation, raise_problems
from spt_field.domain.values import Recommendation, RecommendationFields
from spt_field.errors import ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, tombstone_where
from spt_field.services.report_freeze import ensure_draft
from spt_field.services.status_history import keep_status

RECOMMENDATIONS = Entity(
    RecommendationRow,
    Recommendation,
    RecommendationFields,
    link=RecommendationFindingRow,
    link_field="finding_ids",
)


#: What may change on a recommendation of a finalized report: its follow-up, not its wording.
FOLLOW_UP_FIELDS = frozenset(
    {"status", "state_reply", "state_reply_on", "due_on", "paragraph_number"}
)


def add_recommendation(
    session: Session, visit_id: str, fields: RecommendationFields
) -> Recommendation:
    ensure_draft(session, visit_id)
    raise_problems(problems_in_recommendation(fields, visit_context(session, visit_id)))
    recommendation = RECOMMENDATIONS.add(session, fields, visit_id=visit_id)
    keep_status(session, recommendation)
    return recommendation


def get_recommendation(session: Session, recommendation_id: str) -> Recommendation:
    return RECOMMENDATIONS.get(session, recommendation_id)


def update_recommendation(
    session: Session, recommendation_id: str, /, *, loaded: Any = None, **changes: Any
) -> Recommendation:
    def problems(fields: RecommendationFields, row: RecommendationRow) -> list[ValidationError]:
        if not FOLLOW_UP_FIELDS.issuperset(changes):
            ensure_draft(session, row.visit_id)
        return list(problems_in_recommendation(fields, visit_context(session, row.visit_id)))

    recommendation = RECOMMENDATIONS.update(
        session, recommendation_id, changes, problems, loaded=loaded
    )
    keep_status(session, recommendation)
    return recommendation


def delete_recommendation(session: Session, recommendation_id: str) -> None:
    ensure_draft(session, get_live(session, RecommendationRow, recommendation_id).visit_id)
    tombstone_where(session, RecommendationRow, RecommendationRow.id == recommendation_id)


def list_recommendations_for_visit(session: Session, visit_id: str) -> list[Recommendation]:
    statement = RECOMMENDATIONS.select(
        RecommendationRow.visit_id == visit_id,
        order_by=[
            RecommendationRow.paragraph_number.is_(None),
            RecommendationRow.paragraph_number,
            RecommendationRow.addressee,
            RecommendationRow.text,
        ],
    )
    return RECOMMENDATIONS.list(session, statement)
