"""Encrypted backups, rotation, listing and restore: real encrypted databases in tmp_path."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from spt_field.db.session import Database, open_database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import Place, PlaceFields, Visit
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.backups import (
    backup_counts,
    backup_folder,
    backup_to,
    list_backups,
    restore_backup,
    take_backup,
)
from spt_field.services.demo import create_demo_visit
from spt_field.services.places import add_place
from spt_field.services.visits import list_visits
from tests.conftest import PASSPHRASE
from tests.support.damage import damaged_copy

MARKER = "Central Prison of Lorvik"  # the `place` fixture's name


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _place_count(database: Database) -> int:
    with database.engine.connect() as connection:
        value = connection.exec_driver_sql("SELECT count(*) FROM place").scalar()
    assert isinstance(value, int)
    return value


def _add_annex(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        add_place(
            session,
            visit.id,
            PlaceFields(
                name="Police Annex Added After The Backup",
                place_type=PlaceType.POLICE,
                visited_on=date(2019, 1, 29),
            ),
        )


@pytest.fixture
def demo(database: Database) -> Database:
    with database.begin() as session:
        create_demo_visit(session)
    return database


def test_backup_opens_with_the_passphrase_and_holds_the_rows(demo: Database, db_path: Path) -> None:
    with demo.begin() as session:
        visits = sorted(summary.id for summary in list_visits(session))
    places = _place_count(demo)
    path = take_backup(demo, PASSPHRASE)
    assert path.parent == backup_folder(db_path) == db_path.with_name("visits.sptdb.backups")
    assert re.fullmatch(r"visits-\d{8}T\d{6}Z\.sptdb", path.name)
    assert PASSPHRASE not in path.name
    copy = open_database(path, PASSPHRASE)
    try:
        with copy.begin() as session:
            assert sorted(summary.id for summary in list_visits(session)) == visits
        assert _place_count(copy) == places
        assert copy.device_id == demo.device_id
    finally:
        copy.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, "some other long passphrase")


def test_backup_holds_no_plaintext(place: Place, database: Database, tmp_path: Path) -> None:
    path = take_backup(database, PASSPHRASE)
    data = path.read_bytes()
    assert MARKER.encode() not in data
    assert MARKER.encode("utf-16-le") not in data
    assert b"SQLite format 3" not in data
    assert not path.with_name(path.name + "-wal").exists()
    # The marker really is in the data: counts and reads find it.
    copy = open_database(path, PASSPHRASE)
    try:
        with copy.engine.connect() as connection:
            names = connection.exec_driver_sql("SELECT name FROM place").scalars().all()
        assert MARKER in names
    finally:
        copy.close()


def test_backup_to_explicit_file_refuses_existing(
    place: Place, database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "copy.sptdb"
    out.parent.mkdir()
    assert backup_to(database, PASSPHRASE, out) == out
    assert backup_counts(out, PASSPHRASE) == {"visits": 1, "places": 1, "interviews": 0}
    digest = _digest(out)
    with pytest.raises(UserError, match="already exists"):
        backup_to(database, PASSPHRASE, out)
    assert _digest(out) == digest
    with pytest.raises(UserError, match="does not exist"):
        backup_to(database, PASSPHRASE, tmp_path / "missing" / "copy.sptdb")


def test_rotation_keeps_the_newest_ten(visit: Visit, database: Database, db_path: Path) -> None:
    taken = [take_backup(database, PASSPHRASE) for _ in range(13)]
    listed = list_backups(db_path)
    assert [info.path for info in listed] == list(reversed(taken[3:]))
    for old in taken[:3]:
        assert not old.exists()
    assert len(list(backup_folder(db_path).iterdir())) == 10
    take_backup(database, PASSPHRASE, keep=4)
    assert len(list_backups(db_path)) == 4


def test_list_backups_with_counts(demo: Database, db_path: Path) -> None:
    assert list_backups(db_path) == []
    path = take_backup(demo, PASSPHRASE)
    (info,) = list_backups(db_path, PASSPHRASE)
    assert info.path == path
    assert info.size == path.stat().st_size > 0
    assert abs(info.taken_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert info.counts is not None
    assert info.counts["visits"] == 1
    assert info.counts["places"] == _place_count(demo)
    assert info.counts["interviews"] > 0
    (unkeyed,) = list_backups(db_path, "a wrong but long passphrase")
    assert unkeyed.counts is None


def test_restore_round_trip(place: Place, visit: Visit, database: Database, db_path: Path) -> None:
    backup = take_backup(database, PASSPHRASE)
    _add_annex(database, visit)
    assert _place_count(database) == 2
    database.close()

    restore_backup(db_path, backup, PASSPHRASE)

    restored = open_database(db_path, PASSPHRASE)
    try:
        assert _place_count(restored) == 1  # the edit after the backup is gone
        with restored.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        _add_annex(restored, visit)  # and it is writable
    finally:
        restored.close()
    # The pre-restore state is kept aside, and the restore can be undone from it.
    aside = [info for info in list_backups(db_path, PASSPHRASE) if info.before_restore]
    assert len(aside) == 1
    assert aside[0].counts == {"visits": 1, "places": 2, "interviews": 0}
    assert backup.exists()
    assert not db_path.with_name(db_path.name + ".restoring").exists()


def test_restore_of_a_damaged_backup_is_refused(
    place: Place, database: Database, db_path: Path, tmp_path: Path
) -> None:
    backup = take_backup(database, PASSPHRASE)
    database.close()
    damaged = damaged_copy(backup, tmp_path / "damaged.sptdb")
    digest = _digest(db_path)
    folder_before = sorted(backup_folder(db_path).iterdir())

    with pytest.raises(UserError, match="damaged"):
        restore_backup(db_path, damaged, PASSPHRASE)

    assert _digest(db_path) == digest
    assert sorted(backup_folder(db_path).iterdir()) == folder_before
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    reopened = open_database(db_path, PASSPHRASE)
    try:
        assert _place_count(reopened) == 1
    finally:
        reopened.close()


def test_restore_with_a_wrong_passphrase_is_refused(
    place: Place, database: Database, db_path: Path
) -> None:
    backup = take_backup(database, PASSPHRASE)
    database.close()
    digest = _digest(db_path)
    with pytest.raises(UserError):
        restore_backup(db_path, backup, "a wrong but long passphrase")
    assert _digest(db_path) == digest


def test_restore_refused_while_the_database_is_open(
    place: Place, visit: Visit, database: Database, db_path: Path
) -> None:
    backup = take_backup(database, PASSPHRASE)
    _add_annex(database, visit)
    folder_before = sorted(backup_folder(db_path).iterdir())
    with pytest.raises(UserError, match="open elsewhere"):
        restore_backup(db_path, backup, PASSPHRASE)
    assert sorted(backup_folder(db_path).iterdir()) == folder_before
    assert _place_count(database) == 2
