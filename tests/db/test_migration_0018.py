"""The identities' secret hashes: a file whose identities were recorded before them gets them
on opening, and the report's check finds the names by them; the migration goes back down too."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from spt_field.db.migrations.runner import alembic_config
from spt_field.db.session import _make_engine, create_database, open_database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import InterviewFields, PlaceFields, VisitFields
from spt_field.errors import UserError
from spt_field.export.leak_check import check_report
from spt_field.services.interviews import record_interview, set_identity
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit

PASSPHRASE = "correct horse battery staple"


def test_identities_recorded_before_the_hashes_get_them_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.sptdb"
    database = create_database(path, PASSPHRASE)
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2019, 1, 27), end_date=date(2019, 2, 7)),
        )
        place = add_place(
            session, visit.id, PlaceFields(name="Lorvik", place_type=PlaceType.PRISON)
        )
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="A", held_on=date(2019, 1, 28))
        )
        set_identity(session, interview.id, "Iskren Valmorow, born 1987")
    database.close()
    engine = _make_engine(path, PASSPHRASE)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0017_attachment_flags")
        columns = connection.exec_driver_sql("PRAGMA table_info(interviewee_identity)").all()
        assert "secret_hashes" not in [column[1] for column in columns]
        # As in a file from before the hashes: no key either.
        connection.exec_driver_sql("DELETE FROM database_info WHERE key = 'identity_hash_key'")
    engine.dispose()
    database = open_database(path, PASSPHRASE)
    with database.read() as session:
        check_report(session, visit.id, [("paragraph 1", "Person A was beaten.")])
        with pytest.raises(UserError, match="would name a person"):
            check_report(session, visit.id, [("paragraph 2", "Mr Valmorów was beaten.")])
    database.close()
    engine = _make_engine(path, PASSPHRASE)
    with engine.begin() as connection:
        hashes = connection.exec_driver_sql(
            "SELECT secret_hashes FROM interviewee_identity"
        ).scalar_one()
        assert len(json.loads(hashes)) == 4  # the whole, the name, and its two words
    engine.dispose()
