"""What the window relies on to recover: backups taken without the passphrase at hand, the latest
intact backup, restoring over a damaged database, and re-encrypting the backups after a change
of passphrase. Real encrypted files in tmp_path."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from spt_field.db.session import Database, open_database
from spt_field.domain.values import Place
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.backups import (
    backup_counts,
    latest_good_backup,
    list_backups,
    rekey_backups,
    restore_backup,
    take_backup,
    verify_passphrase,
)
from spt_field.security.integrity import check_file
from spt_field.security.rekey import change_passphrase, rekey_backup
from tests.conftest import PASSPHRASE
from tests.support.damage import damaged_copy
from tests.support.sample_files import filled_database, place_names

NEW = "a much longer new passphrase 42"
OTHER = "yet another passphrase, 2018"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "visits.sptdb"
    filled_database(path)
    return path


def backed_up(path: Path, times: int = 1) -> list[Path]:
    database = open_database(path, PASSPHRASE)
    try:
        return [take_backup(database) for _ in range(times)]
    finally:
        database.close()


def test_a_backup_taken_without_the_passphrase_opens_with_it(
    database: Database, place: Place, db_path: Path
) -> None:
    backup = take_backup(database)  # the database's own key: no passphrase given
    assert place_names(backup) == [place.name]
    with pytest.raises(WrongPassphraseError):
        open_database(backup, OTHER)


def test_backups_in_one_second_stay_in_order_through_rotation(
    database: Database, db_path: Path
) -> None:
    taken = [take_backup(database, keep=2) for _ in range(6)]
    assert [info.path for info in list_backups(db_path)] == [taken[5], taken[4]]


def test_the_latest_good_backup_passes_over_damaged_and_foreign_ones(
    filled: Path, tmp_path: Path
) -> None:
    oldest, middle, newest = backed_up(filled, 3)
    damaged_copy(newest, tmp_path / "damaged.sptdb")
    shutil.move(tmp_path / "damaged.sptdb", newest)
    rekey_backup(middle, PASSPHRASE, OTHER)
    found = latest_good_backup(filled, PASSPHRASE)
    assert found is not None and found.path == oldest
    assert latest_good_backup(filled, "no backup opens with this one") is None


@pytest.mark.allow_warnings
def test_restoring_over_a_damaged_database_keeps_its_bytes_aside(
    filled: Path, tmp_path: Path
) -> None:
    (backup,) = backed_up(filled)
    shutil.move(damaged_copy(filled, tmp_path / "damaged.sptdb"), filled)
    assert not check_file(filled, PASSPHRASE).ok
    damaged_digest = digest(filled)
    restore_backup(filled, backup, PASSPHRASE)
    assert check_file(filled, PASSPHRASE).ok
    (aside,) = [info for info in list_backups(filled) if info.before_restore]
    assert digest(aside.path) == damaged_digest


def test_a_backup_damaged_in_its_schema_says_damaged_not_wrong_passphrase(
    filled: Path, tmp_path: Path
) -> None:
    """VACUUM INTO writes part of the schema last: damage there is damage, not a wrong key."""
    (backup,) = backed_up(filled)
    damaged = damaged_copy(backup, tmp_path / "schema-damaged.sptdb")
    with pytest.raises(UserError, match="damaged: its schema cannot be read"):
        backup_counts(damaged, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        backup_counts(damaged, OTHER)


def test_verify_passphrase_reads_page_one_only(filled: Path, tmp_path: Path) -> None:
    verify_passphrase(filled, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        verify_passphrase(filled, OTHER)
    damaged = damaged_copy(filled, tmp_path / "damaged.sptdb")
    verify_passphrase(damaged, PASSPHRASE)  # the key is right even if the file is not whole
    with pytest.raises(UserError, match="no backup at"):
        verify_passphrase(tmp_path / "missing.sptdb", PASSPHRASE)


@pytest.mark.allow_warnings
def test_after_a_change_of_passphrase_the_old_one_opens_no_backup(
    filled: Path, tmp_path: Path
) -> None:
    ours = backed_up(filled, 2)
    foreign = backed_up(filled)[0]
    rekey_backup(foreign, PASSPHRASE, OTHER)
    broken = backed_up(filled)[0]
    shutil.move(damaged_copy(broken, tmp_path / "broken.sptdb"), broken)
    broken_digest = digest(broken)
    change_passphrase(filled, PASSPHRASE, NEW)

    left = rekey_backups(filled, PASSPHRASE, NEW)

    assert sorted(left) == sorted([foreign, broken])
    for backup in ours:
        assert check_file(backup, NEW).ok
        assert not backup.with_name(backup.name + "-wal").exists()  # still a single file
        with pytest.raises(WrongPassphraseError):
            verify_passphrase(backup, PASSPHRASE)
    assert check_file(foreign, OTHER).ok
    assert digest(broken) == broken_digest  # left exactly as it was
