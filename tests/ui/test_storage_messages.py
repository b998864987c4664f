"""A full, read-only or failing disk reaches the user as what to do, in their language, never as
the crash handler's "a bug" message."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from spt_field.db.session import Database
from spt_field.domain.values import Place
from spt_field.errors import DiskFullError, ReadOnlyStorageError
from spt_field.ui.actions import user_action
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.launch import install_crash_handler
from spt_field.ui.storage_messages import storage_message, user_message
from spt_field.ui.store import Store

Shown = list[tuple[str, str]]


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    shown: Shown = []

    def warning(_parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def critical(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        raise AssertionError(f"a storage failure was shown as a bug: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.mark.allow_warnings
def test_the_crash_handler_tells_what_to_do_about_a_full_disk(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, warnings_shown: Shown, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(tmp_path / "spt-field.log")
    try:
        raise OSError(errno.ENOSPC, "No space left on device")
    except OSError as error:
        sys.excepthook(OSError, error, error.__traceback__)
    [(_title, message)] = warnings_shown
    assert message == storage_message(DiskFullError())
    assert "Free some space" in message and "bug" not in message


def test_a_user_action_shows_a_read_only_disk(qtbot: QtBot, warnings_shown: Shown) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    @user_action
    def export(_widget: QWidget) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    export(widget)
    assert [text for _title, text in warnings_shown] == [storage_message(ReadOnlyStorageError())]


def test_a_bug_is_no_user_message() -> None:
    assert user_message(ZeroDivisionError()) is None
    assert user_message(DiskFullError()) == storage_message(DiskFullError())


def test_a_form_keeps_an_edit_a_read_only_database_refused(
    qtbot: QtBot, database: Database, place: Place
) -> None:
    store = Store(database)
    form = PlaceForm(store)
    qtbot.addWidget(form)
    form.show_record(place)
    refused: list[str] = []
    form.binder.refused.connect(lambda _field, message: refused.append(message))

    def read_only(connection: Any, _record: object, _proxy: object) -> None:
        connection.execute("PRAGMA query_only = ON")

    # From now on the database cannot be written (chmod would not stop root, who may run this).
    event.listen(database.engine, "checkout", read_only)
    qtbot.keyClicks(form.name, " annex")
    assert not form.binder.flush()
    assert refused == [storage_message(ReadOnlyStorageError())]
    assert form.binder.has_pending_edits  # kept in the form
