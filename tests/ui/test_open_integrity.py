"""The integrity check when the window opens a database, over real encrypted files: a damaged
file is said to be damaged, and the latest intact backup can replace it, or the opening is
cancelled with nothing touched."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.security.backups import backup_folder, list_backups, take_backup
from spt_field.security.integrity import IntegrityReport, check_file
from spt_field.ui.database_safety import DatabaseSafety
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.support.damage import damaged_copy
from tests.support.safety import JOB_TIMEOUT_MS, backup_count, make_window, open_in
from tests.support.sample_files import filled_database, place_names


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = make_window(qtbot, tmp_path)
    yield window
    window.close()


@pytest.fixture
def healthy(tmp_path: Path) -> Path:
    path = tmp_path / "visits.sptdb"
    filled_database(path)
    return path


@pytest.fixture
def damaged(tmp_path: Path, healthy: Path) -> Path:
    """The healthy file, backed up, then damaged in its last page."""
    database = open_database(healthy, PASSPHRASE)
    try:
        take_backup(database)
    finally:
        database.close()
    aside = damaged_copy(healthy, tmp_path / "damaged.sptdb")
    shutil.move(aside, healthy)
    return healthy


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[IntegrityReport]:
    """The user's answer to the damaged-database message: restore (True) unless told not to."""
    reports: list[IntegrityReport] = []
    monkeypatch.setattr(
        DatabaseSafety,
        "ask_restore_damaged",
        lambda _self, _path, report: reports.append(report) or True,
    )
    return reports


def passphrase_typed(monkeypatch: pytest.MonkeyPatch, passphrase: str = PASSPHRASE) -> None:
    """The passphrase dialog, answered as the user would (its opener decides, as in the dialog)."""

    def ask(_cls: type, _title: str, _prompt: str, /, **kwargs: Any) -> object:
        return kwargs["opener"](passphrase)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))


def test_a_healthy_database_opens_without_a_word_and_is_backed_up(
    qtbot: QtBot, window: MainWindow, healthy: Path, asked: list[IntegrityReport]
) -> None:
    open_in(qtbot, window, healthy)
    assert asked == []
    assert window.store is not None
    assert window.safety.schedule is not None and window.safety.schedule.timer.isActive()


@pytest.mark.allow_warnings
def test_a_damaged_database_is_reported_and_the_latest_good_backup_restored(
    qtbot: QtBot,
    window: MainWindow,
    damaged: Path,
    asked: list[IntegrityReport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passphrase_typed(monkeypatch)
    damaged_digest = digest(damaged)
    window.use_database(open_database(damaged, PASSPHRASE))
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=JOB_TIMEOUT_MS)
    (report,) = asked
    assert not report.ok
    assert any(problem.startswith("encryption: ") for problem in report.problems)
    # The window is open again, on the restored file, which passes the check.
    qtbot.waitUntil(lambda: window.store is not None, timeout=JOB_TIMEOUT_MS)
    assert window.store is not None and window.store.database.file == damaged
    assert check_file(damaged, PASSPHRASE).ok
    assert "Central Prison of Lorvik" in place_names(damaged)
    assert window.statusBar().currentMessage().startswith("Restored from the backup of ")
    # The damaged file is kept, byte for byte, beside the backups.
    (aside,) = [info for info in list_backups(damaged) if info.before_restore]
    assert digest(aside.path) == damaged_digest


@pytest.mark.allow_warnings
def test_no_backup_of_a_damaged_database_is_taken(
    qtbot: QtBot,
    window: MainWindow,
    damaged: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel: the database closes, the file stays as it is, and no backup of it pushes out a
    good one."""
    answers: list[bool] = []
    monkeypatch.setattr(
        DatabaseSafety,
        "ask_restore_damaged",
        lambda *_args: answers.append(False) or False,
    )
    before = sorted(backup_folder(damaged).iterdir())
    damaged_digest = digest(damaged)
    window.use_database(open_database(damaged, PASSPHRASE))
    qtbot.waitUntil(lambda: answers == [False], timeout=JOB_TIMEOUT_MS)
    assert window.store is None
    assert window.pages.currentWidget() is window.start
    assert sorted(backup_folder(damaged).iterdir()) == before
    assert digest(damaged) == damaged_digest


@pytest.mark.allow_warnings
def test_the_message_says_what_is_wrong(
    qtbot: QtBot, window: MainWindow, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.use_database(open_database(damaged, PASSPHRASE))
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=JOB_TIMEOUT_MS)
    (box,) = shown
    assert box.text().startswith(f"The database {damaged.name} is damaged")
    assert "encryption: " in box.detailedText()
    buttons = [button.text() for button in box.buttons()]
    assert "&Restore latest good backup…" in buttons
    assert window.store is None  # no button clicked: cancelled


@pytest.mark.allow_warnings
def test_a_damaged_backup_is_passed_over_for_an_older_intact_one(
    qtbot: QtBot,
    window: MainWindow,
    damaged: Path,
    asked: list[IntegrityReport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passphrase_typed(monkeypatch)
    (good,) = list_backups(damaged)
    newer = good.path.with_name(good.path.name.replace("Z.sptdb", "Z-5.sptdb"))
    damaged_copy(good.path, newer)
    assert list_backups(damaged)[0].path == newer
    window.use_database(open_database(damaged, PASSPHRASE))
    qtbot.waitUntil(lambda: window.store is not None and asked != [], timeout=JOB_TIMEOUT_MS)
    assert check_file(damaged, PASSPHRASE).ok
    assert newer.exists()  # passed over, not deleted


@pytest.mark.allow_warnings
def test_without_any_intact_backup_the_user_is_told_and_the_file_left_alone(
    qtbot: QtBot,
    window: MainWindow,
    damaged: Path,
    asked: list[IntegrityReport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passphrase_typed(monkeypatch)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    shutil.rmtree(backup_folder(damaged))
    damaged_digest = digest(damaged)
    window.use_database(open_database(damaged, PASSPHRASE))
    qtbot.waitUntil(lambda: warnings != [], timeout=JOB_TIMEOUT_MS)
    assert warnings == [
        f"No intact backup of {damaged.name} was found: the damaged file was left as it is."
    ]
    assert window.store is None
    assert digest(damaged) == damaged_digest
    assert backup_count(damaged) == 0


@pytest.mark.allow_warnings
def test_opening_from_the_start_screen_checks_too(
    qtbot: QtBot,
    window: MainWindow,
    damaged: Path,
    asked: list[IntegrityReport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File → Open database… asks the passphrase, opens, and the check follows."""
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE", raising=False)
    passphrase_typed(monkeypatch)
    window.open_path(damaged)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.store is not None, timeout=JOB_TIMEOUT_MS)
    assert check_file(damaged, PASSPHRASE).ok
