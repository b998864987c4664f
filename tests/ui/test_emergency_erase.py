"""Emergency erase from the File menu: typed confirmation, then nothing of the database is left."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.domain.values import Visit
from spt_field.logs import configure_logging
from spt_field.safe_files import write_atomically
from spt_field.security import written_files
from spt_field.security.backups import backup_folder, take_backup
from spt_field.ui.dialogs.written_files_dialog import WrittenFilesDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import QT_FILE_DIALOG_GROUP, QT_ORGANIZATION, Settings
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


@pytest.fixture
def traces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> Iterator[dict[str, Path]]:
    """What the app leaves on the laptop besides the database, all kept in tmp_path: its log,
    the member's name and a remembered folder of the file dialogs, two exports on record."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    user_config = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation
    )
    native, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, scope, str(tmp_path / "qt"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_file = configure_logging()
    logging.getLogger("spt_field.test").info("a line")
    written_files.start_recording(tmp_path / "config" / "written-files.txt")
    exports = tmp_path / "exports"
    exports.mkdir()
    for name in ("report.pdf", "visit.sptbundle"):
        write_atomically(b"content", exports / name)
    window.settings.member_name = "Ilse Varnava"
    window.settings.sync()
    dialogs = QSettings(scope, QT_ORGANIZATION)
    dialogs.setValue(f"{QT_FILE_DIALOG_GROUP}/lastVisited", str(exports))
    dialogs.sync()
    yield {"log": log_file, "exports": exports}
    written_files.start_recording(None)
    QSettings.setPath(native, scope, user_config)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def assert_no_trace_left(window: MainWindow, db_path: Path, traces: dict[str, Path]) -> None:
    assert not db_path.exists() and not backup_folder(db_path).exists()
    assert not traces["log"].exists()
    assert list(traces["exports"].iterdir()) == []
    assert written_files.listed() == []
    assert not (traces["log"].parents[3] / "settings.ini").exists()
    assert window.settings.member_name == ""
    dialogs = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)
    assert dialogs.value(f"{QT_FILE_DIALOG_GROUP}/lastVisited") is None


def test_erase_removes_the_log_settings_remembered_folders_and_the_files_written(
    window: MainWindow,
    db_path: Path,
    traces: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[list[Path]] = []
    monkeypatch.setattr(window, "ask_erase_confirmation", lambda _path: True)
    monkeypatch.setattr(
        WrittenFilesDialog, "ask", lambda paths, _parent: offered.append(paths) or paths
    )
    window.emergency_erase()
    assert [sorted(p.name for p in paths) for paths in offered] == [
        ["report.pdf", "visit.sptbundle"]
    ]
    assert_no_trace_left(window, db_path, traces)


def test_the_files_written_can_be_kept(
    window: MainWindow, db_path: Path, traces: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_erase_confirmation", lambda _path: True)

    def keep_the_report(dialog: WrittenFilesDialog) -> int:
        report = dialog.files.findItems("report.pdf", Qt.MatchFlag.MatchEndsWith)[0]
        report.setCheckState(Qt.CheckState.Unchecked)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WrittenFilesDialog, "exec", keep_the_report)
    window.emergency_erase()
    assert [p.name for p in traces["exports"].iterdir()] == ["report.pdf"]
    assert not db_path.exists()


def test_erase_from_the_lock_screen_needs_no_passphrase(
    window: MainWindow,
    db_path: Path,
    traces: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = window.lock
    monkeypatch.setattr(lock, "unlock", lambda: False)
    lock.lock_now()
    assert lock.is_locked and window.store is None
    monkeypatch.setattr(window, "ask_erase_confirmation", lambda path: path == db_path)
    monkeypatch.setattr(WrittenFilesDialog, "ask", lambda paths, _parent: paths)
    assert not lock.screen.erase_button.isHidden()
    lock.screen.erase_button.click()
    assert_no_trace_left(window, db_path, traces)
