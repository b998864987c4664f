"""Members recorded before their gender could be take "unknown" (the report's wording of no
gender); persons met have no protocol rank until one is given."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.migrations.runner import alembic_config
from spt_field.db.session import _make_engine, open_database
from spt_field.domain.codes import Gender
from spt_field.services.delegation import get_member, get_person_met

PASSPHRASE = "correct horse battery staple"


def test_existing_members_and_persons_met_take_the_defaults(tmp_path: Path) -> None:
    engine = _make_engine(tmp_path / "old.sptdb", PASSPHRASE)
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
            "INSERT INTO delegation_member (id, visit_id, name, role, created_at, updated_at, "
            "device_id, version) VALUES ('m', 'v', 'Ada Lind', 'head_of_delegation', "
            "'2019-01-01', '2019-01-01', 'd', 3)"
        )
        connection.exec_driver_sql(
            "INSERT INTO person_met (id, visit_id, name, title, institution, category, "
            "created_at, updated_at, device_id, version) VALUES ('p', 'v', 'Oskan Drevitz', "
            "'Minister', 'Ministry of Justice', 'executive', '2019-01-01', '2019-01-01', 'd', 1)"
        )
    engine.dispose()
    database = open_database(tmp_path / "old.sptdb", PASSPHRASE)
    with database.begin() as session:
        member = get_member(session, "m")
        assert (member.name, member.gender, member.version) == ("Ada Lind", Gender.UNKNOWN, 3)
        assert get_person_met(session, "p").protocol_rank is None
    database.close()
