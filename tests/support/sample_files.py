"""Encrypted sample files for the backup, restore and integrity tests (storage and window)."""

from __future__ import annotations

from pathlib import Path

from spt_field.db.session import create_database, open_database
from spt_field.domain.values import InterviewFields
from spt_field.services.interviews import record_interview
from spt_field.services.places import list_places_for_visit
from tests.conftest import PASSPHRASE
from tests.support.interchange_sample import build_rich_visit


def filled_database(path: Path, interviews: int = 40) -> str:
    """A closed database holding the rich visit and `interviews` more at its first place, so that
    its last pages hold records, not schema. Returns the visit's id."""
    database = create_database(path, PASSPHRASE)
    try:
        with database.begin() as session:
            visit_id = build_rich_visit(session)
            place_id = list_places_for_visit(session, visit_id)[0].id
            for number in range(interviews):
                record_interview(
                    session,
                    place_id,
                    InterviewFields(pseudonym=f"P{number}", notes=f"Interview {number}. " * 80),
                )
    finally:
        database.close()
    return visit_id


def place_names(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    """The live places of the file, read through a connection of its own."""
    database = open_database(path, passphrase)
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT name FROM place WHERE deleted_at IS NULL ORDER BY name"
            )
            return [str(name) for name in rows.scalars()]
    finally:
        database.close()
