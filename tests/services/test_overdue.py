"""Recommendations addressed and dated: the status history and the overdue view."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AuthorityKind,
    FindingArea,
    Priority,
    RecommendationStatus,
    VisitStatus,
)
from spt_field.domain.values import Recommendation, RecommendationFields, Visit, VisitFields
from spt_field.services.overdue import OverdueFilter, overdue_recommendations
from spt_field.services.recommendations import add_recommendation, update_recommendation
from spt_field.services.status_history import status_history
from spt_field.services.visits import create_visit, delete_visit, update_visit

SENT = date(2023, 8, 31)  # due six months later: 29 February 2024
TODAY = date(2024, 3, 10)


def _sent(database: Database, country: str) -> Visit:
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(
                country=country,
                status=VisitStatus.COMPLETED,
                start_date=date(2023, 5, 1),
                end_date=date(2023, 5, 10),
            ),
        )
        return update_visit(session, visit.id, transmitted_on=SENT)


def _add(database: Database, visit: Visit, **fields: Any) -> Recommendation:
    with database.begin() as session:
        return add_recommendation(
            session, visit.id, RecommendationFields(text="Record every arrest.", **fields)
        )


@pytest.fixture
def police(database: Database) -> Recommendation:
    return _add(
        database,
        _sent(database, "XAA"),
        authority_kind=AuthorityKind.POLICE,
        authority="National Police",
        priority=Priority.HIGH,
        themes=(FindingArea.SAFEGUARDS,),
    )


def test_every_status_change_is_kept(database: Database, police: Recommendation) -> None:
    with database.begin() as session:
        update_recommendation(
            session,
            police.id,
            status=RecommendationStatus.IN_PROGRESS,
            state_reply="A register is being printed.",
            state_reply_on=date(2024, 1, 5),
        )
        # A corrected reply under the same status corrects that change.
        update_recommendation(session, police.id, state_reply="Registers are being printed.")
        update_recommendation(session, police.id, status=RecommendationStatus.IMPLEMENTED)
    with database.begin() as session:
        history = status_history(session, police.id)
    assert [(change.status, change.state_reply) for change in history] == [
        (RecommendationStatus.IN_PROGRESS, "Registers are being printed."),
        (RecommendationStatus.IMPLEMENTED, "Registers are being printed."),
    ]
    assert [change.position for change in history] == [1, 2]
    assert history[0].state_reply_on == date(2024, 1, 5)


def test_a_new_recommendation_has_no_history_until_assessed(
    database: Database, police: Recommendation
) -> None:
    with database.begin() as session:
        assert status_history(session, police.id) == []


def test_overdue_once_the_due_date_has_passed(database: Database, police: Recommendation) -> None:
    with database.begin() as session:
        assert overdue_recommendations(session, today=date(2024, 2, 29)) == []
        [line] = overdue_recommendations(session, today=TODAY)
    assert (line.id, line.country, line.due_on, line.days_overdue) == (
        police.id,
        "XAA",
        date(2024, 2, 29),
        10,
    )
    assert (line.authority_kind, line.priority, line.themes) == (
        AuthorityKind.POLICE,
        Priority.HIGH,
        (FindingArea.SAFEGUARDS,),
    )


def test_implemented_superseded_untransmitted_and_deleted_are_never_overdue(
    database: Database, police: Recommendation
) -> None:
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="XBB", start_date=date(2023, 1, 1), end_date=date(2023, 1, 9)),
        )
    _add(database, visit)  # never transmitted
    for status in (RecommendationStatus.IMPLEMENTED, RecommendationStatus.SUPERSEDED):
        with database.begin() as session:
            update_recommendation(session, police.id, status=status)
            assert overdue_recommendations(session, today=TODAY) == []
    with database.begin() as session:
        update_recommendation(session, police.id, status=RecommendationStatus.PARTIALLY_IMPLEMENTED)
        assert len(overdue_recommendations(session, today=TODAY)) == 1
        delete_visit(session, police.visit_id)
        assert overdue_recommendations(session, today=TODAY) == []
        assert status_history(session, police.id) == []


def test_a_recorded_due_date_wins(database: Database, police: Recommendation) -> None:
    with database.begin() as session:
        update_recommendation(session, police.id, due_on=date(2024, 6, 1))
        assert overdue_recommendations(session, today=TODAY) == []
        [line] = overdue_recommendations(session, today=date(2024, 6, 3))
    assert line.days_overdue == 2


def test_filters(database: Database, police: Recommendation) -> None:
    health = _add(
        database,
        _sent(database, "XBB"),
        authority_kind=AuthorityKind.HEALTH,
        themes=(FindingArea.HEALTH_CARE, FindingArea.PERSONNEL),
        status=RecommendationStatus.NO_INFORMATION,
    )

    def ids(**where: object) -> list[str]:
        with database.begin() as session:
            found = overdue_recommendations(session, today=TODAY, where=OverdueFilter(**where))  # type: ignore[arg-type]
        return [line.id for line in found]

    assert sorted(ids()) == sorted([police.id, health.id])
    assert ids(country="XBB") == [health.id]
    assert ids(authority_kind=AuthorityKind.POLICE) == [police.id]
    assert ids(theme=FindingArea.PERSONNEL) == [health.id]
    assert ids(status=RecommendationStatus.NOT_ASSESSED) == [police.id]
    assert ids(country="XAA", theme=FindingArea.PERSONNEL) == []
