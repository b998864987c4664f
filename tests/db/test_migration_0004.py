"""Adding the State's reply rebuilds the recommendation table: search must survive it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.migrations.runner import alembic_config
from spt_field.db.session import _make_engine, open_database

PASSPHRASE = "correct horse battery staple"


def test_recommendations_stay_searchable_across_the_rebuild(tmp_path: Path) -> None:
    engine = _make_engine(tmp_path / "old.sptdb", PASSPHRASE)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(alembic_config(connection), "0003")
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
        for n, word in enumerate(("ventilation", "staffing")):
            connection.exec_driver_sql(
                "INSERT INTO recommendation (id, visit_id, addressee, authority, text, status, "
                f"created_at, updated_at, device_id, version) VALUES ('r{n}', 'v', 'state', '', "
                f"'Improve {word}', 'not_assessed', '2019-01-01', '2019-01-01', 'd', 1)"
            )
        connection.exec_driver_sql(
            "INSERT INTO finding (id, visit_id, area, severity, title, text, sources, "
            "immediate_observation, created_at, updated_at, device_id, version) VALUES ('f', "
            "'v', 'other', 'low', 'Dark cells', '', '[]', 0, '2019-01-01', '2019-01-01', 'd', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO recommendation_finding (recommendation_id, finding_id, position) "
            "VALUES ('r0', 'f', 0)"
        )
    engine.dispose()
    # Opening migrates, with the links between recommendations and findings in place.
    database = open_database(tmp_path / "old.sptdb", PASSPHRASE)
    engine = database.engine
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE recommendation SET text = 'Improve lighting' WHERE id = 'r1'"
        )

    def hits(word: str) -> list[str]:
        with engine.connect() as connection:
            return list(
                connection.execute(
                    sa.text(
                        "SELECT r.id FROM recommendation_search JOIN recommendation AS r "
                        "ON r.rowid = recommendation_search.rowid "
                        "WHERE recommendation_search MATCH :word"
                    ),
                    {"word": word},
                ).scalars()
            )

    assert hits("ventilation") == ["r0"]
    assert hits("lighting") == ["r1"]
    assert hits("staffing") == []
    with engine.connect() as connection:
        replies = connection.exec_driver_sql("SELECT state_reply FROM recommendation").scalars()
        assert set(replies) == {""}
        links = connection.exec_driver_sql("SELECT * FROM recommendation_finding").all()
        assert links == [("r0", "f", 0)]
    engine.dispose()
