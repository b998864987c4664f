"""File → Restore from backup…, over real encrypted backups: the list (newest first, with what
each holds), the confirmation, and the window reopened on the restored database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import PlaceFields, Visit
from spt_field.security.backups import BackupInfo, list_backups, take_backup
from spt_field.security.rekey import rekey_backup
from spt_field.services.places import add_place
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.dialogs.restore_dialog import BackupTableModel, RestoreDialog
from spt_field.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.support.safety import JOB_TIMEOUT_MS, make_window, open_in
from tests.support.sample_files import place_names

OTHER = "another passphrase entirely 7"


def add_annex(database: Database, visit: Visit, name: str) -> None:
    with database.begin() as session:
        add_place(
            session,
            visit.id,
            PlaceFields(name=name, place_type=PlaceType.POLICE, visited_on=date(2019, 1, 29)),
        )


@pytest.fixture
def backups(database: Database, visit: Visit, db_path: Path) -> list[BackupInfo]:
    """Three backups holding one, two and three places; the oldest under another passphrase."""
    for number in range(3):
        add_annex(database, visit, f"Annex {number}")
        take_backup(database)
    rekey_backup(list_backups(db_path)[-1].path, PASSPHRASE, OTHER)
    return list_backups(db_path, PASSPHRASE)


@pytest.fixture
def dialog(qtbot: QtBot, db_path: Path, backups: list[BackupInfo]) -> RestoreDialog:
    dialog = RestoreDialog(db_path, backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(
    model: BackupTableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return model.data(model.index(row, column), role)


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_backup_model_passes_the_model_tester(
    qtmodeltester: ModelTester, backups: list[BackupInfo]
) -> None:
    qtmodeltester.check(BackupTableModel(backups))
    qtmodeltester.check(BackupTableModel([]))


def test_backups_are_listed_newest_first_with_their_counts(dialog: RestoreDialog) -> None:
    model = dialog.model
    assert model.rowCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Taken", "Kind", "Visits", "Places", "Interviews", "Size",
    ]  # fmt: skip
    taken = [cell(model, row, 0) for row in range(3)]
    assert taken == sorted(taken, reverse=True)
    assert [cell(model, row, 3) for row in range(3)] == ["3", "2", "—"]
    assert [cell(model, row, 2) for row in range(3)] == ["1", "1", "—"]
    assert cell(model, 0, 1) == "Automatic"
    assert cell(model, 0, 5).endswith(" MB")
    assert "does not open with this passphrase" in cell(model, 2, 4, Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).parent() == QModelIndex()


def test_the_newest_is_selected_and_a_backup_under_another_passphrase_cannot_be_chosen(
    dialog: RestoreDialog,
) -> None:
    assert dialog.chosen() == dialog.model.backups[0]
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()


def test_restoring_asks_for_confirmation(
    dialog: RestoreDialog, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.isVisible()  # "No" keeps the dialog open
    assert len(asked) == 1
    assert asked[0].startswith(f"Replace {db_path.name} with the backup of ")
    assert "(1 visits, 2 places, 0 interviews)" in asked[0]
    assert "before-restore backup" in asked[0]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.chosen() == dialog.model.backups[1]


def test_without_backups_the_dialog_says_so(qtbot: QtBot, db_path: Path) -> None:
    dialog = RestoreDialog(db_path, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()


# From the File menu ---------------------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, database: Database, backups: list[BackupInfo], db_path: Path
) -> Iterator[MainWindow]:
    database.close()
    window = make_window(qtbot, tmp_path)
    open_in(qtbot, window, db_path)
    yield window
    window.close()


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, row: int) -> list[list[BackupInfo]]:
    """The restore dialog, answered by choosing row `row` (newest first) and confirming."""
    listed: list[list[BackupInfo]] = []

    def ask(_cls: type, _path: Path, backups: list[BackupInfo], _parent: object) -> BackupInfo:
        listed.append(list(backups))
        return BackupTableModel(backups).backups[row]

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    return listed


def type_passphrase(monkeypatch: pytest.MonkeyPatch, *attempts: str) -> list[str]:
    """The passphrase dialog: each attempt goes through its opener, as OK would."""
    errors: list[str] = []

    def ask(_cls: type, _title: str, _prompt: str, /, **kwargs: Any) -> object:
        for attempt in attempts:
            try:
                return kwargs["opener"](attempt)
            except Exception as error:  # the dialog shows it and asks again
                errors.append(str(error))
        return None

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    return errors


def test_the_window_reopens_on_the_restored_database(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = type_passphrase(monkeypatch, "not the passphrase at all", PASSPHRASE)
    listed = choose_in_dialog(monkeypatch, row=2)  # the oldest backup still open with it
    window.restore_action.trigger()
    assert errors == ["wrong passphrase or not an SPT Field database"]
    assert len(listed[0]) == 4  # the three, and the one taken when the window opened
    assert window.store is not None and window.store.database.file == db_path
    assert place_names(db_path) == ["Annex 0", "Annex 1"]
    assert window.visit_list is not None and window.pages.currentWidget() is window.visit_list
    assert window.statusBar().currentMessage().startswith("Restored from the backup of ")
    aside = [info for info in list_backups(db_path, PASSPHRASE) if info.before_restore]
    assert [info.counts for info in aside] == [{"visits": 1, "places": 3, "interviews": 0}]
    # The window works on the restored file: its backups continue.
    qtbot.waitUntil(
        lambda: window.safety.schedule is not None and window.safety.schedule.timer.isActive(),
        timeout=JOB_TIMEOUT_MS,
    )


def test_cancelling_changes_nothing(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_passphrase(monkeypatch, PASSPHRASE)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda *_args: None))
    store = window.store
    window.restore_action.trigger()
    assert window.store is store
    assert place_names(db_path) == ["Annex 0", "Annex 1", "Annex 2"]
    assert not [info for info in list_backups(db_path) if info.before_restore]
