"""Another connection writing: writes wait for it, then say so plainly; reads go on; an error
never carries what the user typed, in its message or in the log."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa

from spt_field.db.connection import RawConnection
from spt_field.db.session import Database
from spt_field.domain.values import Place, Visit
from spt_field.errors import DatabaseBusyError, describe_bug
from spt_field.logs import ValueFreeFormatter
from spt_field.services import places, visits

SECRET = "Nilufar Basaeva, cell 12"


def test_a_write_waits_then_says_the_database_is_in_use(
    database: Database, place: Place, writer: RawConnection
) -> None:
    with pytest.raises(DatabaseBusyError) as raised, database.begin() as session:
        places.update_place(session, place.id, name=SECRET)
    assert "in use by another SPT Field window or command" in str(raised.value)
    assert SECRET not in describe_bug(raised.value)
    assert raised.value.__cause__ is None  # the SQL error is not kept behind it


def test_reading_goes_on_while_another_connection_writes(
    database: Database, visit: Visit, writer: RawConnection
) -> None:
    with database.read() as session:
        assert [found.id for found in visits.list_visits(session)] == [visit.id]


def test_an_error_hides_the_values_and_the_log_keeps_only_its_type(
    database: Database, visit: Visit
) -> None:
    with pytest.raises(sa.exc.IntegrityError) as raised, database.begin() as session:
        session.execute(
            sa.text("INSERT INTO visit (id, country) VALUES (:id, :country)"),
            {"id": visit.id, "country": SECRET},
        )
    assert SECRET not in str(raised.value)
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "boom", None, None)
    try:
        raise ValueError(f"invalid literal: {SECRET!r}") from raised.value
    except ValueError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    line = ValueFreeFormatter().format(record)
    assert SECRET not in line
    assert "ValueError" in line and "IntegrityError" in line
    assert "SQLITE_CONSTRAINT" in line
