"""The passphrase dialog: opening with retries, and choosing a new passphrase with a hint."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.security.passphrase import MINIMUM_LENGTH
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSPHRASE

WRONG = "incorrect horse battery staple"


@pytest.fixture
def closed_database(db_path: Path, database: Database) -> Path:
    database.close()
    return db_path


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases a test opened through a dialog, closed at the end."""
    databases: list[Database] = []
    yield databases
    for database in databases:
        database.close()


def opener_for(path: Path, opened: list[Database]) -> Callable[[str], Database]:
    def open_it(passphrase: str) -> Database:
        database = open_database(path, passphrase)
        opened.append(database)
        return database

    return open_it


def make(qtbot: QtBot, **kwargs: object) -> PassphraseDialog:
    dialog = PassphraseDialog("Open database", "Passphrase for visits.sptdb", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok(dialog: PassphraseDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    QTest.keyClicks(field, text)


# Opening ----------------------------------------------------------------------------------------


def test_the_passphrase_is_hidden_as_it_is_typed(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeat.isHidden()
    assert dialog.hint.text() == ""


def test_a_wrong_passphrase_keeps_the_dialog_open_with_a_message(
    qtbot: QtBot, closed_database: Path, opened: list[Database]
) -> None:
    dialog = make(qtbot, opener=opener_for(closed_database, opened))
    type_into(qtbot, dialog.passphrase, WRONG)
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Wrong passphrase")
    assert dialog.passphrase.selectedText() == WRONG  # typing again replaces it
    assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    assert opened == []


def test_the_right_passphrase_after_a_wrong_one_accepts_and_opens(
    qtbot: QtBot, closed_database: Path, opened: list[Database]
) -> None:
    dialog = make(qtbot, opener=opener_for(closed_database, opened))
    type_into(qtbot, dialog.passphrase, WRONG)
    ok(dialog)
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter is OK
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert isinstance(dialog.result_value, Database)
    assert dialog.result_value.path == closed_database


def run_instead_of_exec(
    monkeypatch: pytest.MonkeyPatch, *attempts: tuple[str, str]
) -> list[PassphraseDialog]:
    """PassphraseDialog.exec without its modal loop: type each (passphrase, repeat) and OK."""
    seen: list[PassphraseDialog] = []

    def run(dialog: PassphraseDialog) -> int:
        seen.append(dialog)
        for passphrase, repeat in attempts:
            dialog.passphrase.setText(passphrase)
            dialog.repeat.setText(repeat)
            dialog.try_accept()
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", run)
    return seen


def test_ask_returns_the_opened_database(
    closed_database: Path, opened: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = run_instead_of_exec(monkeypatch, (WRONG, ""), (PASSPHRASE, ""))
    result = PassphraseDialog.ask(
        "Open database", "Passphrase for visits.sptdb", opener=opener_for(closed_database, opened)
    )
    assert isinstance(result, Database)
    assert result is opened[0]
    assert seen[0].error.text().startswith("Wrong passphrase")  # the first try was refused


def test_ask_returns_none_when_cancelled(
    closed_database: Path, opened: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: dialog.reject() or 0)
    assert PassphraseDialog.ask("Open", "?", opener=opener_for(closed_database, opened)) is None
    assert opened == []


def test_a_missing_file_is_said_plainly(
    qtbot: QtBot, tmp_path: Path, opened: list[Database]
) -> None:
    dialog = make(qtbot, opener=opener_for(tmp_path / "gone.sptdb", opened))
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("No database at ")


def test_the_message_keeps_the_case_of_the_file_name(
    qtbot: QtBot, tmp_path: Path, opened: list[Database]
) -> None:
    missing = tmp_path / "Ilse" / "Visits" / "Lorvik.sptdb"
    dialog = make(qtbot, opener=opener_for(missing, opened))
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    ok(dialog)
    assert str(missing) in dialog.error.text()


# Choosing a new passphrase ----------------------------------------------------------------------


def test_a_new_passphrase_is_asked_twice_with_a_hint(qtbot: QtBot) -> None:
    dialog = make(qtbot, new=True)
    assert dialog.repeat.isVisible()
    assert dialog.repeat.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.hint.text() == f"At least {MINIMUM_LENGTH} characters (0 so far)"


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("short", f"At least {MINIMUM_LENGTH} characters (5 so far)"),
        ("abcdefghijkl", "Weak: add words or characters"),
        ("summer2019prison", "Fair: a few more words make it strong"),
        (PASSPHRASE, "Strong"),
    ],
)
def test_the_strength_hint_follows_the_typing(qtbot: QtBot, typed: str, hint: str) -> None:
    dialog = make(qtbot, new=True)
    QTest.keyClicks(dialog.passphrase, typed)
    assert dialog.hint.text() == hint


def test_the_hint_changes_colour_as_the_passphrase_grows(qtbot: QtBot) -> None:
    dialog = make(qtbot, new=True)
    colours = []
    for typed in ("pas", "sword1234", " lor", "vik ridge"):
        QTest.keyClicks(dialog.passphrase, typed)
        colours.append(dialog.hint.styleSheet())
    assert colours[0] == colours[1]  # too short, then weak: both red
    assert colours[2] != colours[1]  # fair
    assert colours[3] != colours[2]  # strong
    assert dialog.hint.text() == "Strong"


@pytest.mark.parametrize(
    ("passphrase", "repeat", "message"),
    [
        ("eleven char", "eleven char", f"The passphrase must have at least {MINIMUM_LENGTH}"),
        ("aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa", "The passphrase is too easy to guess"),
        (PASSPHRASE, PASSPHRASE + "!", "The two passphrases differ"),
    ],
)
def test_a_new_passphrase_too_short_easy_or_mistyped_is_refused(
    qtbot: QtBot, passphrase: str, repeat: str, message: str
) -> None:
    dialog = make(qtbot, new=True)
    type_into(qtbot, dialog.passphrase, passphrase)
    type_into(qtbot, dialog.repeat, repeat)
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith(message)


def test_a_good_new_passphrase_typed_twice_is_accepted(qtbot: QtBot) -> None:
    dialog = make(qtbot, new=True)
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    type_into(qtbot, dialog.repeat, PASSPHRASE)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ask_for_a_new_passphrase_returns_it(monkeypatch: pytest.MonkeyPatch) -> None:
    run_instead_of_exec(monkeypatch, ("too short", "too short"), (PASSPHRASE, PASSPHRASE))
    assert PassphraseDialog.ask("Create database", "Choose", new=True) == PASSPHRASE
