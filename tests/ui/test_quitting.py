"""Quitting never waits for a background job (the integrity check, a backup): every edit is
saved at once and the window goes; closing the database alone still waits."""

from __future__ import annotations

import threading
import time

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.services import interviews
from spt_field.ui.main_window import MainWindow
from tests.support import windows


def test_quitting_saves_the_edits_and_does_not_wait_for_a_running_job(
    qtbot: QtBot, workspace_window: MainWindow, demo_file: windows.DemoFile
) -> None:
    window = workspace_window
    assert window.workspace is not None and window.store is not None
    interview_id = window.workspace.model.first_of_kind(RecordKind.INTERVIEW.value)
    assert interview_id is not None
    window.workspace.select(RecordKind.INTERVIEW.value, interview_id)
    notes = windows.interview_form(window).notes
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    QTest.keyClicks(notes, " Typed just before quitting.")
    release = threading.Event()
    window.safety.jobs.submit(lambda: release.wait(30), lambda _future: None)  # a long check
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    assert window.quit_leaves_jobs and not window.isVisible()
    release.set()
    saved = windows.read_back(demo_file.path, interviews.get_interview, interview_id)
    assert saved.notes.endswith(" Typed just before quitting.")


def test_without_a_running_job_quitting_closes_the_database(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    window.safety.jobs.wait()
    window.close()
    assert window.store is None and not window.quit_leaves_jobs
