"""The integrity check: a healthy file passes, a damaged one is reported, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from spt_field.db.session import Database, open_database
from spt_field.domain.values import InterviewFields, Place
from spt_field.errors import WrongPassphraseError
from spt_field.security.integrity import IntegrityReport, check_file, check_integrity
from spt_field.services.interviews import record_interview
from tests.conftest import PASSPHRASE
from tests.support.damage import damaged_copy


@pytest.fixture
def closed_file(db_path: Path, database: Database, place: Place) -> Path:
    """A database of a few hundred pages, closed (its WAL checkpointed into the file)."""
    with database.begin() as session:
        for number in range(60):
            record_interview(
                session,
                place.id,
                InterviewFields(pseudonym=f"P{number}", notes=f"Interview {number}. " * 150),
            )
    database.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    return db_path


def test_a_healthy_database_passes(database: Database, place: Place) -> None:
    report = check_integrity(database)
    assert report == IntegrityReport(ok=True, problems=(), seconds=report.seconds)
    assert 0 < report.seconds < 10


def test_a_healthy_file_passes(closed_file: Path) -> None:
    report = check_file(closed_file, PASSPHRASE)
    assert report.ok
    assert report.problems == ()


def test_flipped_bytes_in_a_middle_page_are_reported(closed_file: Path, tmp_path: Path) -> None:
    damaged = damaged_copy(closed_file, tmp_path / "damaged.sptdb")
    report = check_file(damaged, PASSPHRASE)
    assert not report.ok
    assert report.problems
    assert any(problem.startswith("encryption: ") for problem in report.problems)
    assert not any("Traceback" in problem for problem in report.problems)


def test_an_open_damaged_database_is_reported_not_raised(closed_file: Path, tmp_path: Path) -> None:
    damaged = damaged_copy(closed_file, tmp_path / "damaged.sptdb")
    database = open_database(damaged, PASSPHRASE)  # page 1 is intact: it opens
    try:
        report = check_integrity(database)
    finally:
        database.close()
    assert not report.ok
    assert report.problems
    for problem in report.problems:
        assert problem.split(":")[0] in {
            "encryption",
            "structure",
            "foreign key",
            "encryption check could not finish",
            "structure check could not finish",
            "foreign key check could not finish",
        }


def test_the_original_is_untouched_by_checking_a_damaged_copy(
    closed_file: Path, tmp_path: Path
) -> None:
    check_file(damaged_copy(closed_file, tmp_path / "damaged.sptdb"), PASSPHRASE)
    assert check_file(closed_file, PASSPHRASE).ok


def test_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    report = check_file(tmp_path / "nowhere.sptdb", PASSPHRASE)
    assert not report.ok
    assert len(report.problems) == 1
    assert "cannot be opened" in report.problems[0]


def test_a_wrong_passphrase_still_raises(closed_file: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        check_file(closed_file, "not the passphrase")


def test_a_file_of_noise_is_not_an_open_problem_but_a_wrong_passphrase(tmp_path: Path) -> None:
    """SQLCipher cannot tell a ruined first page from a wrong key: it says wrong passphrase."""
    noise = tmp_path / "noise.sptdb"
    noise.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(WrongPassphraseError):
        check_file(noise, PASSPHRASE)
