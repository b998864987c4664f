"""No stray records, and no lost place: an interview started with Ctrl+N and left untouched
goes when the user moves on (deleted outright, not sent to the trash), a touched one stays;
after a crash the app reopens the visit and record the user was on, and says so."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spt_field.db.session import open_database
from spt_field.domain.kinds import RecordKind
from spt_field.ui.main_window import MainWindow
from spt_field.ui.session_recovery import NOTICE_NAME
from spt_field.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.support import windows as shared


def rows_with_id(window: MainWindow, interview_id: str) -> int:
    """Interview rows with that id, tombstoned ones too."""
    assert window.store is not None
    with window.store.database.engine.connect() as connection:
        return int(
            connection.execute(
                sa.text("SELECT count(*) FROM interview WHERE id = :id"), {"id": interview_id}
            ).scalar_one()
        )


def new_interview(window: MainWindow) -> str:
    window.new_interview_action.trigger()
    assert window.workspace is not None
    kind, interview_id = window.workspace.current
    assert kind == RecordKind.INTERVIEW.value
    return interview_id


def move_to_the_first_place(window: MainWindow) -> None:
    assert window.workspace is not None
    place_id = window.workspace.model.first_of_kind(RecordKind.PLACE.value)
    assert place_id is not None
    shared.click_in_navigator(window, RecordKind.PLACE.value, place_id)


def test_an_untouched_new_interview_goes_when_the_user_moves_on(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    interview_id = new_interview(window)
    assert rows_with_id(window, interview_id) == 1
    move_to_the_first_place(window)
    qtbot.waitUntil(lambda: rows_with_id(window, interview_id) == 0)
    assert window.workspace is not None
    assert window.workspace.model.find(RecordKind.INTERVIEW.value, interview_id) is None
    assert window.workspace.current[0] == RecordKind.PLACE.value
    # Undo skips the discarded creation rather than fail on it.
    assert window.store is not None
    while window.store.undo_stack.canUndo():
        window.undo_action.trigger()
    assert "Could not undo" not in window.save_state.text()


def test_a_touched_new_interview_stays(qtbot: QtBot, workspace_window: MainWindow) -> None:
    window = workspace_window
    interview_id = new_interview(window)
    qtbot.keyClicks(shared.interview_form(window).notes, "Cell 4: no mattresses.")
    move_to_the_first_place(window)
    qtbot.wait(50)
    assert rows_with_id(window, interview_id) == 1
    assert window.workspace is not None
    assert window.workspace.model.find(RecordKind.INTERVIEW.value, interview_id) is not None


def test_after_a_crash_the_last_visit_and_record_come_back_with_a_message(
    qtbot: QtBot,
    workspace_window: MainWindow,
    demo_file: shared.DemoFile,
    settings_file: Path,
) -> None:
    window = workspace_window
    assert window.workspace is not None
    interview_id = window.workspace.model.first_of_kind(RecordKind.INTERVIEW.value)
    assert interview_id is not None
    shared.click_in_navigator(window, RecordKind.INTERVIEW.value, interview_id)
    # The process dies here: nothing closes. A new run starts over the same settings file.
    again = MainWindow(Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.show()
    again.use_database(open_database(demo_file.path, PASSPHRASE))
    assert again.workspace is not None and again.pages.currentWidget() is again.workspace
    assert again.workspace.current == (RecordKind.INTERVIEW.value, interview_id)
    notice = again.findChild(QMessageBox, NOTICE_NAME)
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert notice.text().startswith("Recovered after an unexpected stop: visit ")
    assert "Person" in notice.text() and "saved at" in notice.text()
    again.close()
    assert again.store is None


def test_a_clean_close_leaves_nothing_to_recover(
    qtbot: QtBot, workspace_window: MainWindow, demo_file: shared.DemoFile, settings: Settings
) -> None:
    workspace_window.close_db_action.trigger()
    assert settings.unfinished_session(demo_file.path) is None
    workspace_window.use_database(open_database(demo_file.path, PASSPHRASE))
    assert workspace_window.pages.currentWidget() is workspace_window.visit_list
    assert workspace_window.findChild(QMessageBox, NOTICE_NAME) is None
