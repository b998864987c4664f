"""Recommendations, each answering one or more findings."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.models import RecommendationFindingRow, RecommendationRow
from spt_field.domain.rules import problems_in_recommendation, raise_problems
from spt_field.domain.values import Recommendation, RecommendationFields
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, tombstone_where

RECOMMENDATIONS = Entity(
    RecommendationRow,
    Recommendation,
    RecommendationFields,
    link=RecommendationFindingRow,
    link_field="finding_ids",
)


def add_recommendation(
    session: Session, visit_id: str, fields: RecommendationFields
) -> Recommendation:
    raise_problems(problems_in_recommendation(fields, visit_context(session, visit_id)))
    return RECOMMENDATIONS.add(session, fields, visit_id=visit_id)


def get_recommendation(session: Session, recommendation_id: str) -> Recommendation:
    return RECOMMENDATIONS.get(session, recommendation_id)


def update_recommendation(
    session: Session, recommendation_id: str, **changes: Any
) -> Recommendation:
    return RECOMMENDATIONS.update(
        session,
        recommendation_id,
        changes,
        lambda fields, row: problems_in_recommendation(
            fields, visit_context(session, row.visit_id)
        ),
    )


def delete_recommendation(session: Session, recommendation_id: str) -> None:
    get_live(session, RecommendationRow, recommendation_id)
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
