"""A recommendation's status history travels between laptops with its recommendation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spt_field.db.session import Database
from spt_field.domain.codes import AuthorityKind, RecommendationStatus
from spt_field.domain.values import RecommendationFields
from spt_field.services.recommendations import add_recommendation, update_recommendation
from spt_field.services.status_history import status_history
from tests.support.laptops import MEMBERS, canonical, first_visit, laptop, receiving, send


def test_status_changes_on_either_laptop_reach_the_other(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, _place_id, _interview_id = first_visit(ilse)
    with ilse.begin() as session:
        recommendation = add_recommendation(
            session,
            visit_id,
            RecommendationFields(
                text="Record every arrest.",
                authority_kind=AuthorityKind.POLICE,
                status=RecommendationStatus.IN_PROGRESS,
                state_reply_on=date(2019, 9, 2),
            ),
        )
    send(ilse, tomas, visit_id, tmp_path)
    with tomas.begin() as session:
        update_recommendation(session, recommendation.id, status=RecommendationStatus.IMPLEMENTED)
    send(tomas, ilse, visit_id, tmp_path)
    with ilse.begin() as session:
        history = status_history(session, recommendation.id)
    assert [change.status for change in history] == [
        RecommendationStatus.IN_PROGRESS,
        RecommendationStatus.IMPLEMENTED,
    ]
    assert canonical(ilse, visit_id) == canonical(tomas, visit_id)
    ilse.close()
