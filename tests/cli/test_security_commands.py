"""spt-field passwd, backup and restore."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spt_field.errors import WrongPassphraseError
from spt_field.security.backups import backup_folder, list_backups, verify_passphrase
from tests.support.cli import PASSPHRASE, Run
from tests.support.damage import damaged_copy

NEW = "an entirely new passphrase"


def _visits(run: Run, db: Path) -> list[dict[str, object]]:
    result = run("visits", "--db", db, "--json")
    assert result.code == 0, result.err
    visits: list[dict[str, object]] = json.loads(result.out)
    return visits


def demo_with_backup(run: Run, folder: Path) -> tuple[Path, Path]:
    """The demo database in `folder` and a backup of it beside it."""
    db, backup = folder / "visits.sptdb", folder / "backup.sptdb"
    assert run("demo", "--db", db).code == 0
    assert run("backup", "--db", db, "--out", backup).code == 0
    return db, backup


def test_passwd_changes_the_passphrase(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "visits.sptdb"
    assert run("demo", "--db", db).code == 0
    monkeypatch.setenv("SPT_FIELD_NEW_PASSPHRASE", NEW)
    assert run("passwd", "--db", db).code == 0
    assert run("visits", "--db", db).code == 3  # the old passphrase no longer opens it
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", NEW)
    assert len(_visits(run, db)) == 1


def test_passwd_refuses_a_weak_new_passphrase(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "visits.sptdb"
    assert run("demo", "--db", db).code == 0
    monkeypatch.setenv("SPT_FIELD_NEW_PASSPHRASE", "short")
    result = run("passwd", "--db", db)
    assert result.code == 1 and result.err.startswith("error: ")
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", PASSPHRASE)
    assert len(_visits(run, db)) == 1


def test_backup_then_restore_brings_the_old_state_back(run: Run, tmp_path: Path) -> None:
    db, backup = demo_with_backup(run, tmp_path)
    empty = tmp_path / "empty.json"
    empty.write_text(
        '{"format": "spt-field/1", "visits": [{"country": "XAB", '
        '"start_date": "2020-01-01", "end_date": "2020-01-05"}]}',
        encoding="utf-8",
    )
    assert run("import", "--db", db, empty).code == 0
    assert len(_visits(run, db)) == 2
    assert run("restore", "--db", db, "--from", backup).code == 0
    assert len(_visits(run, db)) == 1


def test_check_reports_a_damaged_copy(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "visits.sptdb"
    assert run("demo", "--db", db).code == 0
    assert run("check", "--db", db).code == 0
    damaged = damaged_copy(db, tmp_path / "damaged.sptdb")
    result = run("check", "--db", damaged)
    assert result.code == 1 and "damaged" in result.err


def test_restore_into_a_missing_database(run: Run, tmp_path: Path) -> None:
    _db, backup = demo_with_backup(run, tmp_path)
    lost = tmp_path / "elsewhere" / "new.sptdb"
    lost.parent.mkdir()
    result = run("restore", "--db", lost, "--from", backup)
    assert result.code == 0, result.err
    assert "previous state" not in result.out  # there was none to keep
    assert len(_visits(run, lost)) == 1
    assert run("check", "--db", lost).code == 0


def test_restore_refuses_a_backup_that_check_calls_damaged(run: Run, tmp_path: Path) -> None:
    _db, backup = demo_with_backup(run, tmp_path)
    with backup.open("ab") as stream:  # one page more, from nowhere
        stream.write(os.urandom(4096))
    assert run("check", "--db", backup).code == 1
    missing = tmp_path / "missing.sptdb"
    result = run("restore", "--db", missing, "--from", backup)
    assert result.code == 1 and "fails the integrity check" in result.err
    assert not missing.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("missing")] == []


def test_passwd_re_encrypts_the_backups(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "visits.sptdb"
    assert run("demo", "--db", db).code == 0
    folder = backup_folder(db)
    folder.mkdir()
    assert run("backup", "--db", db, "--out", folder / "visits-20261126T091500Z.sptdb").code == 0
    monkeypatch.setenv("SPT_FIELD_NEW_PASSPHRASE", NEW)
    result = run("passwd", "--db", db)
    assert result.code == 0, result.err
    assert "re-encrypted its backups" in result.out
    (backup,) = list_backups(db)
    with pytest.raises(WrongPassphraseError):
        verify_passphrase(backup.path, PASSPHRASE)
    verify_passphrase(backup.path, NEW)


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_every_file_the_commands_create_is_owner_only(
    run: Run, tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.umask(umask)  # main() replaces it; the fixture restores the test run's own
    work = tmp_path / "work"
    work.mkdir(mode=0o700)
    db = work / "visits.sptdb"
    assert run("demo", "--db", db).code == 0
    visit = _visits(run, db)[0]["id"]
    assert run("backup", "--db", db, "--out", work / "backup.sptdb").code == 0
    assert run("export-json", "--db", db, "--out", work / "visits.json").code == 0
    assert run("report", "--db", db, "--visit", visit, "--out", work / "report.pdf").code == 0
    restored = work / "restored.sptdb"
    assert run("restore", "--db", restored, "--from", work / "backup.sptdb").code == 0
    monkeypatch.setenv("SPT_FIELD_BUNDLE_PASSPHRASE", "the delegation's own long passphrase")
    bundle = work / "visit.sptbundle"
    assert run("bundle", "export", "--db", db, "--visit", visit, "--out", bundle).code == 0
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {
        "visits.sptdb",
        "backup.sptdb",
        "visits.json",
        "report.pdf",
        "restored.sptdb",
        "visit.sptbundle",
        "spt-field.log",
        "written-files.txt",
    }
    assert {path.name: oct(path.stat().st_mode & 0o777) for path in files} == {
        path.name: "0o600" for path in files
    }
    made = [path for path in tmp_path.rglob("*") if path.is_dir()]
    assert {str(path): oct(path.stat().st_mode & 0o777) for path in made} == {
        str(path): "0o700" for path in made
    }


def test_restore_refuses_to_replay_the_log_of_a_lost_database(run: Run, tmp_path: Path) -> None:
    _db, backup = demo_with_backup(run, tmp_path)
    lost = tmp_path / "lost.sptdb"
    orphan = lost.with_name(lost.name + "-wal")
    orphan.write_bytes(b"the last edits of a lost database")
    result = run("restore", "--db", lost, "--from", backup)
    assert result.code == 1 and "lost.sptdb-wal" in result.err
    assert not lost.exists() and orphan.read_bytes() == b"the last edits of a lost database"
