"""spt-field init: create an empty encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from spt_field.db.session import open_database
from spt_field.errors import WrongPassphraseError
from tests.support.cli import PASSPHRASE, Run


def test_init_creates_an_encrypted_database(run: Run, db: Path) -> None:
    result = run("init", "--db", db)
    assert (result.code, result.out, result.err) == (0, f"created {db}\n", "")
    database = open_database(db, PASSPHRASE)
    database.close()
    with pytest.raises(WrongPassphraseError):
        open_database(db, "another passphrase entirely")
    assert b"SQLite format 3" not in db.read_bytes()[:100]


def test_init_refuses_an_existing_file(run: Run, db: Path) -> None:
    assert run("init", "--db", db).code == 0
    before = db.read_bytes()
    result = run("init", "--db", db)
    assert result.code == 1
    assert result.err.startswith("error: ")
    assert "already exists" in result.err
    assert result.err.count("\n") == 1 and result.err.endswith("\n")
    assert result.out == ""
    assert db.read_bytes() == before


def test_init_refuses_a_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("init", "--db", tmp_path / "no" / "such" / "visits.sptdb")
    assert result.code == 1
    assert result.err.startswith("error: folder ")


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [
        ("short-11chr", "at least 12 characters"),
        ("abababababababab", "too easy to guess"),
        ("password1234", "too easy to guess"),
        ("123456789012", "too easy to guess"),
    ],
)
def test_init_refuses_a_weak_passphrase(
    run: Run, db: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str, message: str
) -> None:
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", passphrase)
    result = run("init", "--db", db)
    assert result.code == 1
    assert result.err.startswith("error: ") and message in result.err
    assert not db.exists()


def test_a_short_passphrase_still_opens_an_existing_database(
    run: Run, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The length rule is for new databases; opening only checks that the passphrase fits."""
    assert run("init", "--db", db).code == 0
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", "short")
    assert run("visits", "--db", db).code == 3
