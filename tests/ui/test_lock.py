"""Auto-lock, over a real encrypted copy of the demo visit: idle time and Ctrl+L lock the window,
pending edits are saved first, nothing stays in memory or on screen, and the passphrase brings
the user back to where they were."""

from __future__ import annotations

import gc
import shutil
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.kinds import RecordKind
from spt_field.errors import WrongPassphraseError
from spt_field.services import interviews, places
from spt_field.startup import build_demo
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.lock import LockController
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from spt_field.ui.store import Store
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("lock") / "demo.sptdb"
    database, visit_id = build_demo(path, PASSPHRASE)
    database.close()
    return path, visit_id


@pytest.fixture
def demo(tmp_path: Path, template: tuple[Path, str]) -> tuple[Path, str]:
    source, visit_id = template
    path = tmp_path / "visits.sptdb"
    for suffix in ("", "-wal"):
        if source.with_name(source.name + suffix).exists():
            shutil.copyfile(source.with_name(source.name + suffix), str(path) + suffix)
    return path, visit_id


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    answers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: answers.append(str(a[2])))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.use_database(open_database(demo[0], PASSPHRASE), remember=False)
    window.open_visit(demo[1])
    yield window
    window.close()
    for store in window.findChildren(Store):
        store.undo_stack.clear()


def controller(window: MainWindow) -> LockController:
    lock = window.lock
    assert isinstance(lock, LockController)
    return lock


def stay_locked(monkeypatch: pytest.MonkeyPatch, lock: LockController) -> list[Path]:
    """The user cancels the unlock dialog (the lock screen stays)."""
    asked: list[Path] = []

    def ask(path: Path) -> Database | None:
        asked.append(path)
        return None

    monkeypatch.setattr(lock, "ask_passphrase", ask)
    return asked


def read_back_place_name(path: Path, place_id: str) -> str:
    database = open_database(path, PASSPHRASE)
    try:
        with database.begin() as session:
            return places.get_place(session, place_id).name
    finally:
        database.close()


def opened(window: MainWindow) -> tuple[object, object, object]:
    """What the window holds open (read through a call: mypy narrowed the attributes)."""
    return window.store, window.workspace, window.visit_list


def select(window: MainWindow, kind: str, record_id: str) -> None:
    assert window.workspace is not None
    assert window.workspace.select(kind, record_id)


def test_idle_time_locks_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    asked = stay_locked(monkeypatch, lock)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.set_interval_ms(50)
    assert lock.is_locked
    assert window.store is None
    qtbot.waitUntil(lambda: len(asked) == 1)  # the unlock dialog was offered


def test_user_input_restarts_the_idle_timer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    stay_locked(monkeypatch, lock)
    lock.set_interval_ms(60_000)
    lock.timer.start(1_000)  # as if the user had been idle for 59 s
    QTest.mouseMove(window, window.rect().center())
    QTest.keyClick(window, Qt.Key.Key_Shift)
    assert lock.timer.remainingTime() > 30_000
    assert not lock.is_locked


def test_the_interval_follows_the_settings(window: MainWindow) -> None:
    lock = controller(window)
    window.settings.auto_lock_minutes = 3
    lock.restart_timer()
    assert lock.timer.interval() == 3 * 60_000


def test_lock_now_saves_a_pending_edit_and_drops_the_database(
    qtbot: QtBot, window: MainWindow, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    stay_locked(monkeypatch, lock)
    assert window.store is not None and window.workspace is not None
    database_ref = weakref.ref(window.store.database)
    engine_ref = weakref.ref(window.store.database.engine)
    place = window.store.read(places.list_places_for_visit, demo[1])[0]
    select(window, RecordKind.PLACE.value, place.id)
    form = window.workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    form.name.setFocus()
    form.name.selectAll()
    QTest.keyClicks(form.name, "Lorvik remand centre")
    assert form.binder.has_pending_edits
    del form  # the test's own reference to the form (and through it the store)
    lock.lock_now()
    assert lock.is_locked
    assert opened(window) == (None, None, None)
    gc.collect()
    assert database_ref() is None and engine_ref() is None  # the key went with them
    assert read_back_place_name(demo[0], place.id) == "Lorvik remand centre"


def test_while_locked_no_data_is_visible(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    stay_locked(monkeypatch, lock)
    lock.lock_now()
    assert window.pages.currentWidget() is lock.screen
    assert lock.screen.isVisible()
    visible = [
        widget
        for page in window.pages.findChildren(QWidget)
        if page is not lock.screen and not lock.screen.isAncestorOf(page)
        for widget in (page,)
        if widget.isVisible()
    ]
    assert visible == []
    assert not window.search_action.isEnabled()
    assert not window.open_db_action.isEnabled()  # no other database behind the lock
    assert window.quit_action.isEnabled()
    assert "visits.sptdb" in lock.screen.message.text()
    assert not lock.screen.warning.isVisible()


def test_a_refused_edit_does_not_stop_the_lock_and_the_user_is_told(
    window: MainWindow, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    stay_locked(monkeypatch, lock)
    assert window.store is not None and window.workspace is not None
    one, other = window.store.read(interviews.list_interviews_for_visit, demo[1])[:2]
    select(window, RecordKind.INTERVIEW.value, one.id)
    form = window.workspace.interview_form
    form.pseudonym.selectAll()
    QTest.keyClicks(form.pseudonym, other.pseudonym)
    assert not form.binder.flush()
    lock.lock_now()
    assert lock.is_locked and opened(window)[0] is None
    assert lock.screen.warning.isVisible()
    assert "could not be saved" in lock.screen.warning.text()


def test_unlocking_returns_to_the_same_visit_and_record(
    qtbot: QtBot, window: MainWindow, demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    asked = stay_locked(monkeypatch, lock)
    assert window.store is not None
    interview = window.store.read(interviews.list_interviews_for_visit, demo[1])[1]
    select(window, RecordKind.INTERVIEW.value, interview.id)
    lock.lock_now()
    qtbot.waitUntil(lambda: len(asked) == 1)
    monkeypatch.setattr(lock, "ask_passphrase", lambda path: open_database(path, PASSPHRASE))
    with qtbot.waitSignal(lock.unlocked):
        lock.screen.unlock_button.click()
    assert not lock.is_locked
    assert window.store is not None and window.workspace is not None
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.visit is not None and window.workspace.visit.id == demo[1]
    assert window.workspace.current == (RecordKind.INTERVIEW.value, interview.id)
    assert window.search_action.isEnabled() and window.new_interview_action.isEnabled()
    assert lock.timer.isActive()


def test_unlocking_returns_to_the_visit_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    monkeypatch.setattr(lock, "ask_passphrase", lambda path: open_database(path, PASSPHRASE))
    window.show_visits()
    with qtbot.waitSignal(lock.unlocked):
        lock.lock_now()
    assert window.pages.currentWidget() is window.visit_list


def test_a_wrong_passphrase_keeps_it_locked(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    stay_locked(monkeypatch, lock)
    lock.lock_now()
    errors: list[str] = []

    def wrong(path: Path) -> Database | None:
        try:
            return open_database(path, "not the passphrase")
        except WrongPassphraseError as error:
            errors.append(str(error))
            return None  # the real dialog asks again; here the user then cancels

    monkeypatch.setattr(lock, "ask_passphrase", wrong)
    assert not lock.unlock()
    assert len(errors) == 1
    assert lock.is_locked and window.store is None
    assert window.pages.currentWidget() is lock.screen


def test_the_real_dialog_refuses_a_wrong_passphrase_and_accepts_the_right_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = controller(window)
    real_ask = lock.ask_passphrase
    asked = stay_locked(monkeypatch, lock)
    lock.lock_now()
    qtbot.waitUntil(lambda: len(asked) == 1)  # cancelled: the lock screen stays
    monkeypatch.setattr(lock, "ask_passphrase", real_ask)
    seen: list[str] = []

    def drive() -> None:
        dialog = next(d for d in window.findChildren(PassphraseDialog) if d.isVisible())
        dialog.passphrase.setText("not the passphrase")
        dialog.try_accept()
        seen.append(dialog.error.text() if dialog.isVisible() and lock.is_locked else "")
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_accept()

    QTimer.singleShot(0, drive)
    assert lock.unlock()  # runs the dialog; drive() types in it
    assert "Wrong passphrase" in seen[0]
    assert not lock.is_locked and window.store is not None


def test_lock_now_without_a_database_does_nothing(qtbot: QtBot, window: MainWindow) -> None:
    lock = controller(window)
    window.close_database()
    lock.lock_now()
    assert not lock.is_locked
