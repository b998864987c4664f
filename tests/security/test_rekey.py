"""Changing the passphrase: real encrypted databases in tmp_path."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from spt_field.db.session import Database, open_database
from spt_field.domain.values import Place
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.rekey import change_passphrase
from spt_field.services.demo import create_demo_visit
from spt_field.services.visits import list_visits
from tests.conftest import PASSPHRASE

NEW = "a much longer new passphrase 42"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _contents(database: Database) -> list[object]:
    """Visit ids and the row counts of the main tables: enough to see the data is intact."""
    with database.begin() as session:
        ids: list[object] = [*sorted(summary.id for summary in list_visits(session))]
    with database.engine.connect() as connection:
        for table in ("visit", "place", "interview", "allegation", "finding"):
            ids.append(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())
    return ids


@pytest.fixture
def demo(database: Database) -> Database:
    with database.begin() as session:
        create_demo_visit(session)
    return database


def test_new_passphrase_opens_and_old_does_not(demo: Database, db_path: Path) -> None:
    before = _contents(demo)
    assert before[-1] != 0
    demo.close()
    change_passphrase(db_path, PASSPHRASE, NEW)
    with pytest.raises(WrongPassphraseError):
        open_database(db_path, PASSPHRASE)
    reopened = open_database(db_path, NEW)
    try:
        assert _contents(reopened) == before
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        reopened.close()


def test_quotes_in_the_new_passphrase(place: Place, database: Database, db_path: Path) -> None:
    database.close()
    quoted = "it's a \"quoted\" passphrase'--"
    change_passphrase(db_path, PASSPHRASE, quoted)
    reopened = open_database(db_path, quoted)
    reopened.close()


def test_weak_new_passphrase_refused(database: Database, db_path: Path) -> None:
    database.close()
    digest = _digest(db_path)
    with pytest.raises(UserError, match="at least"):
        change_passphrase(db_path, PASSPHRASE, "short")
    with pytest.raises(UserError, match="too easy"):
        change_passphrase(db_path, PASSPHRASE, "aaaaaaaaaaaaaaaaaaaa")
    assert _digest(db_path) == digest
    open_database(db_path, PASSPHRASE).close()


def test_wrong_old_passphrase_refused_file_unchanged(
    place: Place, database: Database, db_path: Path
) -> None:
    database.close()
    digest = _digest(db_path)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(db_path, "not the passphrase at all", NEW)
    assert _digest(db_path) == digest
    with pytest.raises(WrongPassphraseError):
        open_database(db_path, NEW)
    open_database(db_path, PASSPHRASE).close()


def test_refused_while_open_elsewhere(database: Database, db_path: Path) -> None:
    with database.begin() as session:
        list_visits(session)  # keeps a pooled connection open on the file
    with pytest.raises(UserError, match="open elsewhere"):
        change_passphrase(db_path, PASSPHRASE, NEW)
    database.close()
    open_database(db_path, PASSPHRASE).close()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no database"):
        change_passphrase(tmp_path / "nothing.sptdb", PASSPHRASE, NEW)
