"""The start screen: open, create, the demo, and the recent databases (paths only, ever)."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.services import interviews, visits
from spt_field.ui import database_opener
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import MAX_RECENT, Settings
from spt_field.ui.start_screen import StartScreen
from tests.conftest import PASSPHRASE
from tests.support.windows import DemoFile, MessageBoxes

# What the settings file may hold: preferences, the recent paths and window state. Nothing else.
ALLOWED_KEYS = {
    "preferences/language",
    "preferences/auto_lock_minutes",
    "preferences/member_name",
    "state/recent_databases",
    "state/main_window/geometry",
    "state/workspace/splitter",
    "state/visit_list/header",
    "state/interview_table/header",
}


@pytest.fixture
def start(qtbot: QtBot, settings: Settings) -> StartScreen:
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def entries(screen: StartScreen) -> list[QListWidgetItem]:
    return [screen.recent.item(row) for row in range(screen.recent.count())]


def typing_passphrases(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    """The passphrase dialog without its modal loop: the user types, then presses OK."""

    def run(dialog: PassphraseDialog) -> int:
        for text in typed:
            dialog.passphrase.setText(text)
            dialog.repeat.setText(text)
            dialog.try_accept()
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", run)


def settings_keys(path: Path) -> set[str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    keys = set()
    for section in parser.sections():
        for key in parser[section]:
            name = key.replace("%2F", "/").replace("\\", "/")
            keys.add(name if section == "General" else f"{section}/{name}")
    return keys


# The recent list --------------------------------------------------------------------------------


def test_no_recent_database_at_first(start: StartScreen) -> None:
    assert start.recent.count() == 0


def test_recent_databases_show_their_name_and_folder(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    older, newer = tmp_path / "a" / "old.sptdb", tmp_path / "b" / "new.sptdb"
    for path in (older, newer):
        path.parent.mkdir()
        path.write_bytes(b"")
        settings.remember_database(path)
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    first, second = entries(screen)
    assert first.text() == f"File: new.sptdb   —   {newer.parent.resolve()}"  # latest first
    assert first.toolTip() == str(newer.resolve())
    assert first.data(Qt.ItemDataRole.UserRole) == str(newer.resolve())
    assert second.data(Qt.ItemDataRole.UserRole) == str(older.resolve())


def test_a_recent_file_that_is_gone_is_greyed_out(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    settings.remember_database(tmp_path / "moved.sptdb")
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    [entry] = entries(screen)
    assert entry.foreground().color() == QColor(Qt.GlobalColor.gray)
    assert entry.toolTip().endswith("(file not found)")


def test_activating_a_recent_database_asks_to_open_it(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "visits.sptdb"
    settings.remember_database(path)
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.openRequested) as requested:
        screen.recent.itemActivated.emit(screen.recent.item(0))
    assert requested.args == [path.resolve()]


def test_the_list_keeps_the_most_recent_few_without_repeats(
    settings: Settings, tmp_path: Path
) -> None:
    paths = [tmp_path / f"visit-{n}.sptdb" for n in range(MAX_RECENT + 3)]
    for path in paths:
        settings.remember_database(path)
    settings.remember_database(paths[5])
    recent = settings.recent_databases
    assert len(recent) == MAX_RECENT
    assert recent[0] == paths[5].resolve()
    assert recent.count(paths[5].resolve()) == 1
    assert paths[0].resolve() not in recent


def test_open_and_create_buttons_go_through_the_file_dialogs(
    qtbot: QtBot, start: StartScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(tmp_path / "x.sptdb"), "")
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "y"), ""))
    with qtbot.waitSignal(start.openRequested) as opening:
        start._choose_open()
    assert opening.args == [tmp_path / "x.sptdb"]
    with qtbot.waitSignal(start.createRequested) as creating:
        start._choose_create()
    assert creating.args == [tmp_path / "y.sptdb"]  # the suffix is added


def test_cancelled_file_dialogs_ask_for_nothing(
    qtbot: QtBot, start: StartScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: ("", ""))
    with qtbot.assertNotEmitted(start.openRequested):
        start._choose_open()


# Through the window -----------------------------------------------------------------------------


def test_a_database_opened_and_closed_appears_in_the_recent_list_and_reopens(
    bare_window: MainWindow, demo_file: DemoFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    typing_passphrases(monkeypatch, PASSPHRASE)
    bare_window.open_path(demo_file.path)
    assert bare_window.store is not None
    bare_window.close_db_action.trigger()
    [entry] = entries(bare_window.start)
    assert entry.data(Qt.ItemDataRole.UserRole) == str(demo_file.path.resolve())
    bare_window.start.recent.itemActivated.emit(entry)
    assert bare_window.store is not None
    assert bare_window.pages.currentWidget() is bare_window.visit_list


def test_the_settings_file_holds_paths_and_never_the_passphrase_nor_any_field(
    bare_window: MainWindow,
    demo_file: DemoFile,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typing_passphrases(monkeypatch, "a wrong passphrase typed first", PASSPHRASE)
    bare_window.open_path(demo_file.path)
    window = bare_window
    window.open_visit(demo_file.visit_id)
    assert window.store is not None and window.workspace is not None
    interview = window.store.read(interviews.list_interviews_for_visit, demo_file.visit_id)[0]
    window.workspace.select(RecordKind.INTERVIEW.value, interview.id)
    window.workspace.interview_form.notes.setPlainText("Secret notes: beaten with a cable.")
    window.close()
    content = settings_file.read_text(encoding="utf-8")
    assert PASSPHRASE not in content
    assert "a wrong passphrase" not in content
    assert "beaten with a cable" not in content
    assert interview.pseudonym not in {line.split("=")[-1] for line in content.splitlines()}
    assert str(demo_file.path.resolve()) in content
    assert settings_keys(settings_file) <= ALLOWED_KEYS
    assert "state/recent_databases" in settings_keys(settings_file)


def test_creating_a_database_asks_a_new_passphrase_twice(
    bare_window: MainWindow,
    tmp_path: Path,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typing_passphrases(monkeypatch, PASSPHRASE)
    created = tmp_path / "new.sptdb"
    bare_window.create_path(created)
    assert created.exists()
    assert bare_window.store is not None
    assert bare_window.store.read(visits.list_visits) == []
    assert bare_window.pages.currentWidget() is bare_window.visit_list
    assert bare_window.store.database.member == "Ilse Varnava"  # asked when it was created
    assert bare_window.settings.member_name == "Ilse Varnava"
    bare_window.close()
    assert PASSPHRASE not in settings_file.read_text(encoding="utf-8")


def test_a_cancelled_new_passphrase_creates_no_file(
    bare_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    bare_window.create_path(tmp_path / "new.sptdb")
    assert not (tmp_path / "new.sptdb").exists()
    assert bare_window.store is None


def test_creating_over_an_existing_file_is_refused_with_a_message(
    bare_window: MainWindow,
    demo_file: DemoFile,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typing_passphrases(monkeypatch, PASSPHRASE)
    size = demo_file.path.stat().st_size
    bare_window.create_path(demo_file.path)
    [message] = boxes.texts("warning")
    assert "already exists" in message
    assert demo_file.path.stat().st_size == size
    assert bare_window.store is None


def test_the_demo_opens_its_visit_and_is_not_remembered(
    qtbot: QtBot,
    bare_window: MainWindow,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_opener, "demo_path", lambda: tmp_path / "demo.sptdb")
    with qtbot.waitSignal(bare_window.start.demoRequested):
        bare_window.start.demoRequested.emit()
    assert bare_window.workspace is not None and bare_window.workspace.visit is not None
    assert bare_window.pages.currentWidget() is bare_window.workspace
    assert bare_window.workspace.visit.country == "XRU"
    assert settings.recent_databases == []
    first_visit = bare_window.workspace.visit.id
    bare_window.demo_action.trigger()  # a fresh demo each time
    assert bare_window.workspace is not None and bare_window.workspace.visit is not None
    assert bare_window.workspace.visit.id != first_visit
