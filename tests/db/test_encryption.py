"""What is written to disk is encrypted: the database file, its WAL and shared-memory files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.codes import FindingArea
from spt_field.domain.values import FindingFields, InterviewFields, Place, Visit, VisitFields
from spt_field.errors import WrongPassphraseError
from spt_field.services.findings import add_finding
from spt_field.services.interviews import get_interview, record_interview, set_identity
from spt_field.services.places import update_place
from spt_field.services.visits import create_visit, get_visit
from tests.conftest import PASSPHRASE

MARKER = "MARKER-7f3a9c"
IDENTITY = "Identity-5e81d2"


def _files(db_path: Path) -> list[Path]:
    return [
        file
        for file in (
            db_path,
            db_path.with_name(db_path.name + "-wal"),
            db_path.with_name(db_path.name + "-shm"),
            db_path.with_name(db_path.name + "-journal"),
        )
        if file.exists()
    ]


def _assert_nothing_readable(db_path: Path, *secrets: str) -> None:
    files = _files(db_path)
    assert db_path in files
    for file in files:
        data = file.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in data, f"{secret} readable in {file.name}"
    header = db_path.read_bytes()[:16]
    assert not header.startswith(b"SQLite format 3")


def _write_secrets(database: Database, visit: Visit, place: Place) -> str:
    with database.begin() as session:
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="A", notes=f"Notes {MARKER} end")
        )
        set_identity(session, interview.id, IDENTITY)
        add_finding(
            session, visit.id, FindingFields(area=FindingArea.TREATMENT, title=f"About {MARKER}")
        )
        update_place(session, place.id, obstruction=f"Delayed {MARKER}")
    return interview.id


def test_nothing_readable_while_the_database_is_open(
    db_path: Path, database: Database, visit: Visit, place: Place
) -> None:
    _write_secrets(database, visit, place)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the new data sits in the WAL for now
    _assert_nothing_readable(db_path, MARKER, IDENTITY, "Central Prison of Lorvik")


def test_nothing_readable_after_closing(
    db_path: Path, database: Database, visit: Visit, place: Place
) -> None:
    interview_id = _write_secrets(database, visit, place)
    database.close()
    _assert_nothing_readable(db_path, MARKER, IDENTITY, "Central Prison of Lorvik")
    reopened = open_database(db_path, PASSPHRASE)
    try:
        with reopened.begin() as session:
            assert MARKER in get_interview(session, interview_id).notes
    finally:
        reopened.close()


def test_an_empty_new_database_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "new.sptdb"
    create_database(path, PASSPHRASE).close()
    _assert_nothing_readable(path, "database_info", "CREATE TABLE", "alembic_version")


def test_an_empty_passphrase_never_makes_a_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.sptdb"
    try:
        create_database(path, "").close()
    except Exception:  # refusing is fine; leaving a file behind is not
        assert not path.exists()
        return
    _assert_nothing_readable(path, "CREATE TABLE")


@pytest.mark.parametrize("passphrase", ['it\'s "quoted"; --', "pässwörd ünïcode 鍵 🔑"])
def test_unusual_passphrases_work_and_only_themselves(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "odd.sptdb"
    database = create_database(path, passphrase)
    try:
        with database.begin() as session:
            visit = create_visit(
                session,
                VisitFields(country="XAA", start_date=date(2019, 1, 1), end_date=date(2019, 1, 2)),
            )
    finally:
        database.close()
    reopened = open_database(path, passphrase)
    try:
        with reopened.begin() as session:
            assert get_visit(session, visit.id) == visit
    finally:
        reopened.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase[:-1])
