"""The register of places and the programme: existing places stay, unlinked; the migration goes
back down too."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.migrations.runner import alembic_config
from spt_field.db.session import _make_engine, open_database
from spt_field.services.places import get_place
from spt_field.services.places_register import register_of_country

PASSPHRASE = "correct horse battery staple"


def test_existing_places_stay_unlinked_and_the_schema_goes_back_down(tmp_path: Path) -> None:
    path = tmp_path / "old.sptdb"
    engine = _make_engine(path, PASSPHRASE)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(alembic_config(connection), "0013")
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
            "INSERT INTO place (id, visit_id, name, place_type, authority, region, town, "
            "announced, members_present, registers_checked, obstruction, created_at, "
            "updated_at, device_id, version) VALUES ('p', 'v', 'Lorvik prison', 'prison', '', "
            "'North', '', 0, '[]', '[]', '', '2019-01-01', '2019-01-01', 'd', 1)"
        )
    engine.dispose()
    database = open_database(path, PASSPHRASE)
    with database.begin() as session:
        place = get_place(session, "p")
        assert (place.name, place.region, place.register_id) == ("Lorvik prison", "North", None)
        assert register_of_country(session, "XAA") == []
    database.close()
    engine = _make_engine(path, PASSPHRASE)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0013")
        assert connection.exec_driver_sql("SELECT name FROM place").scalars().all() == [
            "Lorvik prison"
        ]
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()
