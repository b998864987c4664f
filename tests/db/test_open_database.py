"""Opening and creating database files: wrong passphrases, foreign files, missing paths."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.values import Place, Visit, VisitFields
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.services.places import get_place
from spt_field.services.visits import create_visit, get_visit, list_visits
from tests.conftest import PASSPHRASE


def _sidecars(path: Path) -> set[str]:
    return {
        suffix
        for suffix in ("-wal", "-shm", "-journal")
        if path.with_name(path.name + suffix).exists()
    }


def _state(path: Path) -> tuple[bytes, int, set[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, _sidecars(path)


def _age(path: Path) -> None:
    """Set the mtime an hour back, so any write would show."""
    old = time.time_ns() - 3600 * 10**9
    os.utime(path, ns=(old, old))


@pytest.fixture
def closed_database(db_path: Path, database: Database, visit: Visit) -> Path:
    database.close()
    _age(db_path)
    return db_path


@pytest.mark.parametrize(
    "passphrase",
    [PASSPHRASE + " ", PASSPHRASE.upper(), "wrong", "x" * 200, "'; DROP TABLE visit; --"],
)
def test_wrong_passphrase_leaves_the_file_untouched(closed_database: Path, passphrase: str) -> None:
    before = _state(closed_database)
    assert before[2] == set()
    with pytest.raises(WrongPassphraseError) as caught:
        open_database(closed_database, passphrase)
    assert caught.value.exit_code == 3
    assert _state(closed_database) == before


def test_right_passphrase_after_a_wrong_one(
    closed_database: Path, database: Database, visit: Visit
) -> None:
    with pytest.raises(WrongPassphraseError):
        open_database(closed_database, "wrong")
    reopened = open_database(closed_database, PASSPHRASE)
    try:
        with reopened.begin() as session:
            assert get_visit(session, visit.id) == visit
        assert reopened.device_id == database.device_id
    finally:
        reopened.close()


def test_plain_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE visit (id TEXT)")
    connection.commit()
    connection.close()
    _age(path)
    before = _state(path)
    with pytest.raises(WrongPassphraseError):
        open_database(path, PASSPHRASE)
    assert _state(path) == before


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n" * 100, os.urandom(8192)])
def test_other_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.sptdb"
    path.write_bytes(content)
    _age(path)
    before = _state(path)
    with pytest.raises(UserError):
        open_database(path, PASSPHRASE)
    assert _state(path) == before


def test_someone_elses_encrypted_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, PASSPHRASE)


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.sptdb"
    with pytest.raises(UserError) as caught:
        open_database(path, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphraseError)
    assert not path.exists()
    with pytest.raises(UserError):
        open_database(tmp_path, PASSPHRASE)  # a folder is not a database


def test_create_on_an_existing_path_leaves_it_untouched(closed_database: Path) -> None:
    before = _state(closed_database)
    with pytest.raises(UserError):
        create_database(closed_database, PASSPHRASE)
    with pytest.raises(UserError):
        create_database(closed_database, "another passphrase")
    assert _state(closed_database) == before


def test_create_on_an_existing_other_file_leaves_it_untouched(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"precious")
    with pytest.raises(UserError):
        create_database(path, PASSPHRASE)
    assert path.read_bytes() == b"precious"


def test_create_in_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "visits.sptdb"
    with pytest.raises(UserError):
        create_database(path, PASSPHRASE)
    assert not path.parent.exists()


def test_reopening_keeps_the_data_and_the_device_id(
    db_path: Path, database: Database, visit: Visit, place: Place
) -> None:
    device_id = database.device_id
    with database.begin() as session:
        summaries = list_visits(session)
    database.close()
    for _round in range(2):
        reopened = open_database(db_path, PASSPHRASE)
        try:
            assert reopened.device_id == device_id
            with reopened.begin() as session:
                assert get_visit(session, visit.id) == visit
                assert get_place(session, place.id) == place
                assert list_visits(session) == summaries
        finally:
            reopened.close()


def test_each_new_database_gets_its_own_device_id(tmp_path: Path) -> None:
    first = create_database(tmp_path / "a.sptdb", PASSPHRASE)
    second = create_database(tmp_path / "b.sptdb", PASSPHRASE)
    try:
        assert first.device_id != second.device_id
        assert len(first.device_id) == 36
    finally:
        first.close()
        second.close()


def test_writes_are_stamped_with_the_device_id(db_path: Path, database: Database) -> None:
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="XAA", start_date=date(2019, 1, 1), end_date=date(2019, 1, 2)),
        )
    with database.engine.connect() as connection:
        stamped = connection.exec_driver_sql(
            "SELECT device_id FROM visit WHERE id = ?", (visit.id,)
        ).scalar_one()
    assert stamped == database.device_id
