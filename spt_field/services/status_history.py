"""Every implementation status a recommendation was given, oldest first.

The recommendation holds its current status and the State's reply; each time the status
changes, the change is kept here. A corrected reply (text or date) under the same status
corrects the latest change rather than adding one.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import RecommendationStatusChangeRow
from spt_field.domain.codes import RecommendationStatus
from spt_field.domain.values import Recommendation, StatusChange
from spt_field.services.records import add_row, live, to_value, write_columns


def _changes(session: Session, recommendation_id: str) -> list[RecommendationStatusChangeRow]:
    statement = (
        sa.select(RecommendationStatusChangeRow)
        .where(
            RecommendationStatusChangeRow.recommendation_id == recommendation_id,
            live(RecommendationStatusChangeRow),
        )
        .order_by(RecommendationStatusChangeRow.position, RecommendationStatusChangeRow.id)
    )
    return list(session.scalars(statement))


def status_history(session: Session, recommendation_id: str) -> list[StatusChange]:
    return [to_value(StatusChange, row) for row in _changes(session, recommendation_id)]


def keep_status(session: Session, recommendation: Recommendation) -> None:
    """Record the recommendation's status and reply if they are not the latest kept."""
    changes = _changes(session, recommendation.id)
    latest = changes[-1] if changes else None
    if latest is None:
        if recommendation.status is RecommendationStatus.NOT_ASSESSED:
            return
    elif latest.status == recommendation.status:
        reply = {"state_reply": recommendation.state_reply}
        write_columns(session, latest, {**reply, "state_reply_on": recommendation.state_reply_on})
        return
    add_row(
        session,
        RecommendationStatusChangeRow(
            visit_id=recommendation.visit_id,
            recommendation_id=recommendation.id,
            position=len(changes) + 1,
            status=recommendation.status,
            state_reply=recommendation.state_reply,
            state_reply_on=recommendation.state_reply_on,
        ),
    )
