"""Recommendations addressed and dated: existing ones get the defaults, stay searchable and keep
their links; a status already given starts the history."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.migrations.runner import alembic_config
from spt_field.db.session import _make_engine, open_database
from spt_field.domain.codes import AuthorityKind, Priority, RecommendationStatus
from spt_field.interchange.schema import UUID_PATTERN
from spt_field.services.recommendations import get_recommendation
from spt_field.services.status_history import status_history

PASSPHRASE = "correct horse battery staple"


def test_existing_recommendations_take_the_defaults(tmp_path: Path) -> None:
    engine = _make_engine(tmp_path / "old.sptdb", PASSPHRASE)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(alembic_config(connection), "0010")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO database_info (key, value) VALUES ('device_id', 'd')"
        )
        connection.exec_driver_sql(
            "INSERT INTO visit (id, country, visit_type, status, start_date, end_date, "
            "objectives, created_at, updated_at, device_id, version) VALUES ('v', 'XAA', "
            "'regular', 'completed', '2019-01-01', '2019-01-09', '[]', '2019-01-01', "
            "'2019-01-01', 'd', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO finding (id, visit_id, area, severity, title, text, sources, "
            "immediate_observation, created_at, updated_at, device_id, version) VALUES ('f', "
            "'v', 'other', 'low', 'Dark cells', '', '[]', 0, '2019-01-01', '2019-01-01', 'd', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO recommendation (id, visit_id, addressee, authority, text, status, "
            "state_reply, created_at, updated_at, device_id, version) VALUES ('r', 'v', "
            "'state', '', 'Improve ventilation', 'implemented', 'Done', '2019-01-01', "
            "'2019-01-01', 'd', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO recommendation_finding (recommendation_id, finding_id, position) "
            "VALUES ('r', 'f', 0)"
        )
    engine.dispose()
    database = open_database(tmp_path / "old.sptdb", PASSPHRASE)
    with database.begin() as session:
        recommendation = get_recommendation(session, "r")
        assert (
            recommendation.authority_kind,
            recommendation.priority,
            recommendation.themes,
            recommendation.due_on,
            recommendation.state_reply_on,
            recommendation.finding_ids,
        ) == (AuthorityKind.UNSPECIFIED, Priority.MEDIUM, (), None, None, ("f",))
        [first] = status_history(session, "r")
        assert (first.status, first.state_reply, first.position) == (
            RecommendationStatus.IMPLEMENTED,
            "Done",
            1,
        )
        assert re.fullmatch(UUID_PATTERN, first.id)
        hits = session.execute(
            sa.text(
                "SELECT r.id FROM recommendation_search JOIN recommendation AS r "
                "ON r.rowid = recommendation_search.rowid "
                "WHERE recommendation_search MATCH 'ventilation'"
            )
        ).scalars()
        assert list(hits) == ["r"]
