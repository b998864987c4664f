"""Locking forgets: after every dialog was used, Ctrl+L leaves no engine, connection, session,
database, row, note text or passphrase among the live Python objects.

The test's own secrets are kept reversed (and rebuilt only for a moment), so that scanning the
heap does not find the test's copies of them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from spt_field.db.base import Base
from spt_field.db.session import Database, open_database
from spt_field.domain.kinds import RecordKind
from spt_field.services import interviews
from spt_field.startup import build_demo
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.dialogs.search_dialog import SearchDialog
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.lock import LockController
from spt_field.ui.main_window import MainWindow
from tests.support.safety import make_window

# Reversed: "Passphrase-Wombat-4417-quasar" and "Kalinkovo-cell-9-Quokka".
_PASSPHRASE_REVERSED = "rasauq-7144-tabmoW-esarhpssaP"
_NOTE_WORD_REVERSED = "akkouQ-9-llec-ovoknilaK"


def passphrase() -> str:
    return _PASSPHRASE_REVERSED[::-1]


def note_word() -> str:
    return _NOTE_WORD_REVERSED[::-1]


def _texts_of(obj: Any) -> Iterator[str]:
    for item in (obj, *gc.get_referents(obj)):
        if isinstance(item, str):
            yield item
        elif isinstance(item, bytes | bytearray | memoryview):
            yield bytes(item).decode("utf-8", "replace")


_SECRETS = (("passphrase", _PASSPHRASE_REVERSED), ("note", _NOTE_WORD_REVERSED))


def live_secrets() -> list[str]:
    """Every live container holding a string (or bytes) with a secret in it."""
    gc.collect()
    found = []
    for obj in gc.get_objects():
        for text in _texts_of(obj):
            reversed_text = text[::-1]
            for name, secret in _SECRETS:
                if secret in reversed_text:
                    found.append(f"the {name} in a {type(obj).__name__}")
    return found


STORAGE_TYPES = (Database, sa.Engine, sa.Connection, Session, Base)


def live_storage(before: list[Any]) -> list[str]:
    """Databases, engines, connections, sessions and rows made since `before` was taken."""
    gc.collect()
    known = {id(obj) for obj in before}  # stable: `before` keeps them alive
    return [
        type(obj).__name__
        for obj in gc.get_objects()
        if isinstance(obj, STORAGE_TYPES) and id(obj) not in known
    ]


def storage_now() -> list[Any]:
    """What other tests left alive (some objects are not hashable: a list, not a set)."""
    gc.collect()
    return [obj for obj in gc.get_objects() if isinstance(obj, STORAGE_TYPES)]


def texts_on_screen(window: MainWindow) -> list[str]:
    """What every live text widget holds (Qt's own memory, which gc does not see)."""
    widgets = QApplication.allWidgets()
    texts = [w.text() for w in widgets if isinstance(w, QLineEdit)]
    texts += [w.toPlainText() for w in widgets if isinstance(w, QTextEdit | QPlainTextEdit)]
    return texts


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "visits.sptdb"
    database, visit_id = build_demo(path, passphrase())
    database.close()
    return path, visit_id


def _use_dialog(dialog: QDialog) -> int:
    """Instead of a modal exec(): do in each dialog what a user would, then close it."""
    if isinstance(dialog, PassphraseDialog):
        dialog.passphrase.setText(passphrase())
        dialog.try_accept()
        return int(dialog.result())
    if isinstance(dialog, SearchDialog):
        dialog.query.setText(note_word())
        dialog.run_search()
        assert dialog.model.rowCount() == 1
        dialog.open_button.click()
        return int(dialog.result())
    dialog.show()
    QApplication.processEvents()
    dialog.reject()
    return int(QDialog.DialogCode.Rejected)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QDialog, "exec", _use_dialog)
    window = make_window(qtbot, tmp_path)
    yield window
    window.close()


def type_a_note(qtbot: QtBot, window: MainWindow, visit_id: str) -> None:
    assert window.store is not None and window.workspace is not None
    interview = window.store.read(interviews.list_interviews_for_visit, visit_id)[0]
    assert window.workspace.select(RecordKind.INTERVIEW.value, interview.id)
    form = window.workspace.forms[RecordKind.INTERVIEW.value]
    assert isinstance(form, InterviewForm)
    form.notes.setFocus()
    QTest.keyClicks(form.notes, f" Seen in {note_word()}.")
    assert form.binder.flush()


def use_every_dialog(window: MainWindow) -> None:
    for action in (
        window.search_action,
        window.history_action,
        window.export_report_action,
        window.new_visit_action,
        window.settings_action,
        window.export_bundle_action,
        window.conflicts_action,
    ):
        assert action.isEnabled(), action.text()
        action.trigger()
        QApplication.processEvents()


def test_lock_after_every_dialog_leaves_no_secret_alive(
    qtbot: QtBot, window: MainWindow, demo: tuple[Path, str]
) -> None:
    path, visit_id = demo
    before = storage_now()
    lock = window.lock
    assert isinstance(lock, LockController)
    window.use_database(open_database(path, passphrase()), remember=False)
    window.open_visit(visit_id)
    type_a_note(qtbot, window, visit_id)
    lock.lock_now()  # then unlocking goes through the passphrase dialog
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=10_000)
    window.open_visit(visit_id)
    use_every_dialog(window)
    assert live_secrets(), "the scan must see the secrets while the database is open"

    lock.set_interval_ms(60 * 60_000)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lock, "unlock", lambda: False)  # the user walked away: stays locked
        lock.lock_now()
        assert lock.is_locked
        assert live_secrets() == []
        assert live_storage(before) == []
        on_screen = texts_on_screen(window)
        assert not [text for text in on_screen if note_word() in text]
