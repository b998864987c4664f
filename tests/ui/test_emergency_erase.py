"""Emergency erase from the File menu: typed confirmation, then nothing of the database is left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.domain.values import Visit
from spt_field.security.backups import backup_folder, take_backup
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from tests.conftest import PASSPHRASE


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, demo_visit: Visit, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    database = open_database(db_path, PASSPHRASE)
    take_backup(database, PASSPHRASE)
    window.use_database(database)
    window.open_visit(demo_visit.id)
    return window


def test_erase_needs_the_typed_word(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_erase_confirmation", lambda _path: False)
    window.emergency_erase()
    assert db_path.exists() and window.store is not None


def test_erase_deletes_the_database_backups_and_recent_list(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.settings.recent_databases
    monkeypatch.setattr(window, "ask_erase_confirmation", lambda _path: True)
    window.emergency_erase()
    assert window.store is None
    assert not db_path.exists()
    assert not backup_folder(db_path).exists()
    assert not Path(str(db_path) + "-wal").exists()
    assert window.settings.recent_databases == []
