"""spt-field passwd, backup and restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import PASSPHRASE, Run
from tests.damage import damaged_copy

NEW = "an entirely new passphrase"


def _visits(run: Run, db: Path) -> list[dict[str, object]]:
    result = run("visits", "--db", db, "--json")
    assert result.code == 0, result.err
    visits: list[dict[str, object]] = json.loads(result.out)
    return visits


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
    db = tmp_path / "visits.sptdb"
    backup = tmp_path / "backup.sptdb"
    assert run("demo", "--db", db).code == 0
    assert run("backup", "--db", db, "--out", backup).code == 0
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
