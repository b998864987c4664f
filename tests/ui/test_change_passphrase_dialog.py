"""File → Change passphrase…, over real encrypted files: the dialog checks the current passphrase
and the new one; the window stays open on the re-encrypted database, and afterwards the old
passphrase opens neither the database nor its backups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.values import Place
from spt_field.errors import WrongPassphraseError
from spt_field.security.backups import list_backups, take_backup
from spt_field.security.integrity import check_file
from spt_field.security.passphrase import MINIMUM_LENGTH
from spt_field.security.rekey import rekey_backup
from spt_field.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from spt_field.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.support.safety import JOB_TIMEOUT_MS, make_window, open_in
from tests.support.sample_files import place_names

NEW = "a much longer new passphrase 42"
OTHER = "yet another passphrase, 2018"


@pytest.fixture
def closed(database: Database, place: Place, db_path: Path) -> Path:
    database.close()
    return db_path


@pytest.fixture
def dialog(qtbot: QtBot, closed: Path) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(closed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    dialog.current.setText(current)
    dialog.rows.passphrase.setText(new)
    dialog.rows.repeat.setText(repeat)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_the_new_passphrase_shows_its_strength_as_it_is_typed(
    dialog: ChangePassphraseDialog,
) -> None:
    assert dialog.rows.hint.text() == f"At least {MINIMUM_LENGTH} characters (0 so far)"
    QTest.keyClicks(dialog.rows.passphrase, NEW)
    assert dialog.rows.hint.text() == "Strong"
    assert dialog.current.isVisible() and dialog.rows.repeat.isVisible()


@pytest.mark.parametrize(
    ("current", "new", "repeat", "message"),
    [
        ("not the passphrase at all", NEW, NEW, "The current passphrase is wrong. Try again."),
        (PASSPHRASE, "eleven char", "eleven char", "The passphrase must have at least 12"),
        (PASSPHRASE, NEW, NEW + "!", "The two passphrases differ"),
        (PASSPHRASE, PASSPHRASE, PASSPHRASE, "The new passphrase is the same as the current"),
    ],
)
def test_mistakes_keep_the_dialog_open_with_a_message(
    dialog: ChangePassphraseDialog, current: str, new: str, repeat: str, message: str
) -> None:
    fill(dialog, current, new, repeat)
    assert dialog.isVisible()
    assert dialog.result() != ChangePassphraseDialog.DialogCode.Accepted
    assert dialog.error.text().startswith(message)


def test_the_right_passphrases_are_accepted(dialog: ChangePassphraseDialog) -> None:
    fill(dialog, PASSPHRASE, NEW, NEW)
    assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
    assert dialog.passphrases() == (PASSPHRASE, NEW)


# From the File menu ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, closed: Path) -> Iterator[MainWindow]:
    window = make_window(qtbot, tmp_path)
    open_in(qtbot, window, closed)
    yield window
    window.close()


def answered(monkeypatch: pytest.MonkeyPatch, answer: tuple[str, str] | None) -> None:
    monkeypatch.setattr(ChangePassphraseDialog, "ask", classmethod(lambda *_args: answer))


def test_the_window_stays_open_on_the_re_encrypted_database(
    qtbot: QtBot, window: MainWindow, closed: Path, place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered(monkeypatch, (PASSPHRASE, NEW))
    window.passphrase_action.trigger()
    assert window.store is not None and window.store.database.file == closed
    assert window.pages.currentWidget() is window.visit_list
    assert window.statusBar().currentMessage() == (
        "Passphrase changed; the backups open with the new one only"
    )
    with pytest.raises(WrongPassphraseError):
        open_database(closed, PASSPHRASE)
    assert place_names(closed, NEW) == [place.name]
    # Every backup, the ones from before too, opens with the new passphrase only.
    qtbot.waitUntil(lambda: len(list_backups(closed)) == 2, timeout=JOB_TIMEOUT_MS)
    window.close_database()
    for backup in list_backups(closed):
        assert check_file(backup.path, NEW).ok
        with pytest.raises(WrongPassphraseError):
            check_file(backup.path, PASSPHRASE)


@pytest.mark.allow_warnings
def test_a_backup_under_another_passphrase_is_named_and_left_alone(
    window: MainWindow, closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    assert window.store is not None
    older = take_backup(window.store.database)
    rekey_backup(older, PASSPHRASE, OTHER)
    answered(monkeypatch, (PASSPHRASE, NEW))
    window.passphrase_action.trigger()
    assert len(warnings) == 1
    assert warnings[0].startswith("Passphrase changed. 1 backup(s) could not be re-encrypted")
    assert older.name in warnings[0]
    assert check_file(older, OTHER).ok
    assert window.store is not None


def test_cancelling_changes_nothing(
    window: MainWindow, closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered(monkeypatch, None)
    store = window.store
    window.passphrase_action.trigger()
    assert window.store is store
    assert check_file(closed, PASSPHRASE).ok


def test_a_refused_change_reopens_with_the_old_passphrase(
    window: MainWindow, closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file cannot be taken for exclusive use (another connection holds it): the change is
    refused, said so, and the window is back on the database with its passphrase."""
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    elsewhere = open_database(closed, PASSPHRASE)
    try:
        with elsewhere.begin() as session:  # holds the file while the change is tried
            session.connection().exec_driver_sql("SELECT count(*) FROM place").scalar()
            answered(monkeypatch, (PASSPHRASE, NEW))
            window.passphrase_action.trigger()
    finally:
        elsewhere.close()
    assert warnings == [f"The database {closed.name} is open elsewhere; close it there first"]
    assert window.store is not None
    assert check_file(closed, PASSPHRASE).ok
