"""Helpers of the backup, restore, integrity and passphrase tests: real encrypted files in
tmp_path, and a main window driven as the user drives it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.security.backups import list_backups
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from tests.conftest import PASSPHRASE

#: Milliseconds a background job (a backup, a check) of a small file may take in a test.
JOB_TIMEOUT_MS = 15_000


def backup_count(db_path: Path) -> int:
    return len(list_backups(db_path))


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_in(qtbot: QtBot, window: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:
    """Open the file in the window and wait for its check and its backup on opening."""
    before = backup_count(path)
    window.use_database(open_database(path, passphrase))
    qtbot.waitUntil(lambda: backup_count(path) == min(before + 1, 10), timeout=JOB_TIMEOUT_MS)
