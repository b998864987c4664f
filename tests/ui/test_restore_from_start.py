"""Start screen → Restore from a backup…: the backup becomes a database that may not exist any
more, is checked as `spt-field check` does, and opens at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.security.backups import backup_to
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.start_screen import StartScreen, restore_target_for
from tests.conftest import PASSPHRASE
from tests.support.safety import make_window


@pytest.fixture
def backup(database: Database, demo_visit: Visit, tmp_path: Path) -> Path:
    out = tmp_path / "kept" / "visits-20261126T091500Z.sptdb"
    out.parent.mkdir()
    backup_to(database, PASSPHRASE, out)
    return out


def answer_passphrases(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Each time the dialog asks, type the next answer; what it said is collected."""
    remaining = list(answers)
    said: list[str] = []

    def run(dialog: PassphraseDialog) -> int:
        while remaining:
            dialog.passphrase.setText(remaining.pop(0))
            dialog.try_accept()
            said.append(dialog.error.text())
            if dialog.result() == QDialog.DialogCode.Accepted:
                return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PassphraseDialog, "exec", run)
    return said


def restore_from_start(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, backup: Path, target: Path
) -> None:
    monkeypatch.setattr(StartScreen, "choose_backup", lambda _self: backup)
    monkeypatch.setattr(StartScreen, "choose_restore_target", lambda _self, _backup: target)
    window.start._choose_restore()


def test_restore_into_a_lost_database_opens_it(
    qtbot: QtBot, tmp_path: Path, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    target = tmp_path / "lost" / "visits.sptdb"
    target.parent.mkdir()
    said = answer_passphrases(monkeypatch, "a wrong but long passphrase", PASSPHRASE)
    restore_from_start(window, monkeypatch, backup, target)
    assert "Wrong passphrase" in said[0]
    assert window.store is not None and window.store.database.file == target
    assert window.visit_list is not None and len(window.visit_list.model.visits) == 1
    assert window.settings.recent_databases[0] == target.resolve()
    window.close()


def test_a_damaged_backup_is_refused_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with backup.open("ab") as stream:
        stream.write(os.urandom(4096))
    window = make_window(qtbot, tmp_path)
    target = tmp_path / "visits-restored.sptdb"
    said = answer_passphrases(monkeypatch, PASSPHRASE)
    restore_from_start(window, monkeypatch, backup, target)
    assert "fails the integrity check" in said[0]
    assert window.store is None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(target.name)] == []
    window.close()


def test_the_default_target_is_the_database_of_the_backups_folder(tmp_path: Path) -> None:
    folder = tmp_path / "visits.sptdb.backups"
    assert restore_target_for(folder / "visits-20261126T091500Z.sptdb") == tmp_path / "visits.sptdb"
    assert restore_target_for(tmp_path / "copy.sptdb") == tmp_path / "restored.sptdb"
