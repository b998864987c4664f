"""A full disk, a read-only database, one another program holds and a failing disk are no bugs:
each becomes an error that tells the user what to do (errors.storage_error), provoked for real
where SQLite lets a test do so."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import sqlalchemy as sa
import sqlcipher3

from spt_field.db.connection import RawConnection
from spt_field.db.session import Database
from spt_field.domain.values import Place
from spt_field.errors import (
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
    StorageIOError,
    storage_error,
)
from spt_field.services import places


def test_a_full_disk_says_so_and_writes_nothing(database: Database, place: Place) -> None:
    with pytest.raises(DiskFullError) as raised, database.begin() as session:
        pages = session.execute(sa.text("PRAGMA page_count")).scalar_one()
        session.execute(sa.text(f"PRAGMA max_page_count = {pages}"))  # the disk is full
        session.execute(sa.text("CREATE TABLE filler (data BLOB)"))
        session.execute(sa.text("INSERT INTO filler VALUES (randomblob(1000000))"))
    assert "disk is full" in str(raised.value)
    assert raised.value.__cause__ is None
    with database.read() as session:
        assert places.get_place(session, place.id).name == place.name


def test_a_read_only_database_says_so(database: Database, place: Place) -> None:
    # chmod does not stop root, who may run the tests: SQLite's own read-only switch does.
    with pytest.raises(ReadOnlyStorageError) as raised, database.begin() as session:
        session.execute(sa.text("PRAGMA query_only = ON"))
        places.update_place(session, place.id, name="Renamed")
    assert "read-only" in str(raised.value)


def test_a_database_another_connection_writes_is_in_use(
    database: Database, place: Place, writer: RawConnection
) -> None:
    with pytest.raises(DatabaseBusyError), database.begin() as session:
        places.update_place(session, place.id, name="Renamed")


def test_a_file_written_to_a_full_device_is_a_full_disk() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(OSError) as raised, open("/dev/full", "wb") as full:
        full.write(b"report")
        full.flush()
    assert isinstance(storage_error(raised.value), DiskFullError)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, DatabaseBusyError),  # SQLITE_BUSY
        (6, DatabaseBusyError),  # SQLITE_LOCKED
        (8, ReadOnlyStorageError),  # SQLITE_READONLY
        (8 | (1 << 8), ReadOnlyStorageError),  # SQLITE_READONLY_RECOVERY
        (10, StorageIOError),  # SQLITE_IOERR
        (10 | (3 << 8), StorageIOError),  # SQLITE_IOERR_WRITE
        (13, DiskFullError),  # SQLITE_FULL
    ],
)
def test_sqlite_codes_are_sorted_into_storage_errors(
    code: int, expected: type[StorageError]
) -> None:
    error = sqlcipher3.OperationalError("disk trouble")
    error.sqlite_errorcode = code
    wrapped = sa.exc.OperationalError("UPDATE place ...", {}, error)
    assert isinstance(storage_error(error), expected)
    assert isinstance(storage_error(wrapped), expected)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, DiskFullError),
        (errno.EROFS, ReadOnlyStorageError),
        (errno.EIO, StorageIOError),
    ],
)
def test_file_system_errors_are_sorted_into_storage_errors(
    number: int, expected: type[StorageError]
) -> None:
    assert isinstance(storage_error(OSError(number, "trouble")), expected)


def test_other_errors_are_bugs() -> None:
    constraint = sqlcipher3.IntegrityError("NOT NULL constraint failed")
    constraint.sqlite_errorcode = 1299  # SQLITE_CONSTRAINT_NOTNULL
    assert storage_error(constraint) is None
    assert storage_error(OSError(errno.ENOENT, "missing")) is None
    assert storage_error(ZeroDivisionError()) is None
