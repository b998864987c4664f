"""Crash safety: what the UI reported as saved survives the process being killed, and an
unexpected error reaches the user as a message (and the log), never as a traceback."""

from __future__ import annotations

import logging
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.values import Interview, InterviewFields, Place, Visit
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.services import interviews, places
from spt_field.ui.launch import install_crash_handler
from tests.conftest import PASSPHRASE
from tests.support.windows import DemoFile

WRITER = Path(__file__).with_name("writer_process.py")
READ_TIMEOUT_S = 120


@pytest.fixture
def interview(database: Database, place: Place) -> Interview:
    with database.begin() as session:
        return interviews.record_interview(
            session, place.id, InterviewFields(pseudonym="A", notes="Start.")
        )


def writer(*args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, ENVIRONMENT_VARIABLE: PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def read_lines(child: subprocess.Popen[str], wanted: int) -> Iterator[str]:
    """The child's first `wanted` lines, failing (not hanging) if it stops or stalls."""
    assert child.stdout is not None
    deadline = time.monotonic() + READ_TIMEOUT_S
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        for _ in range(wanted):
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                child.kill()
                pytest.fail("the writer stalled")
            line = child.stdout.readline()
            if not line:
                child.wait()
                stderr = child.stderr.read() if child.stderr else ""
                pytest.fail(f"the writer stopped ({child.returncode}): {stderr[-2000:]}")
            yield line.strip()


def integrity(database: Database) -> str:
    with database.engine.connect() as connection:
        return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())


# Killed in the middle of editing ----------------------------------------------------------------


@pytest.mark.parametrize("edits_before_kill", [1, 7, 40])
def test_every_edit_reported_saved_survives_sigkill(
    db_path: Path, database: Database, interview: Interview, place: Place, edits_before_kill: int
) -> None:
    database.close()  # the child is the only writer, as on a laptop
    child = writer("notes", str(db_path), interview.id, place.id)
    try:
        reported = [int(line.split()[1]) for line in read_lines(child, edits_before_kill)]
    finally:
        child.send_signal(signal.SIGKILL)  # no clean-up of any kind: a power cut of the process
        child.wait()
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert reported == list(range(1, edits_before_kill + 1))

    reopened = open_database(db_path, PASSPHRASE)
    try:
        assert integrity(reopened) == "ok"
        with reopened.begin() as session:
            notes = interviews.get_interview(session, interview.id).notes
            town = places.get_place(session, place.id).town
    finally:
        reopened.close()
    for number in reported:
        assert f" edit-{number}." in notes
    assert notes.startswith("Start. edit-1.")
    # The child may have finished one more edit than it had time to report, never fewer.
    assert town is not None and int(town[1:]) >= reported[-1]


# An unexpected error ----------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
@pytest.mark.allow_warnings
def test_a_bug_in_a_slot_becomes_a_message_and_a_log_entry(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "spt-field.log"
    install_crash_handler(log_file)

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug deep inside")

    caplog.set_level(logging.ERROR, logger="spt_field.ui.launch")
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(shown) == 1)
    [message] = shown
    assert "Your saved work is safe" in message
    assert str(log_file) in message
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert "ZeroDivisionError: a bug deep inside" in caplog.text
    assert "Traceback" in caplog.text


@pytest.mark.allow_warnings
def test_without_a_log_file_the_message_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler(None)
    try:
        raise KeyError("x")
    except KeyError as error:
        sys.excepthook(KeyError, error, error.__traceback__)
    assert shown == ["Something went wrong inside SPT Field (a bug). Your saved work is safe."]


# A long day of work -----------------------------------------------------------------------------


def test_a_long_editing_session_does_not_abort(demo_file: DemoFile) -> None:
    """150 saves of a place of the demo visit, each rebuilding the navigator. With PySide6
    6.12.0 on CPython 3.11 (a reference to None dropped by every call of a C++ method returning
    void) this aborted the process, "Fatal Python error: none_dealloc", after about 50 saves."""
    database = open_database(demo_file.path, PASSPHRASE)
    try:
        with database.begin() as session:
            place_id = places.list_places_for_visit(session, demo_file.visit_id)[0].id
    finally:
        database.close()
    child = writer("session", str(demo_file.path), demo_file.visit_id, place_id, "150")
    stdout, stderr = child.communicate(timeout=600)
    assert "none_dealloc" not in stderr
    assert child.returncode == 0, stderr[-2000:]
    assert stdout.strip() == "finished"


def test_the_writer_refuses_nothing_on_a_small_visit(
    db_path: Path, database: Database, visit: Visit, place: Place
) -> None:
    """The long-session writer itself works: a failure above is the Qt binding's, not its own."""
    database.close()
    child = writer("session", str(db_path), visit.id, place.id, "5")
    stdout, stderr = child.communicate(timeout=300)
    assert child.returncode == 0, stderr[-2000:]
    assert stdout.strip() == "finished"
    reopened = open_database(db_path, PASSPHRASE)
    try:
        with reopened.begin() as session:
            assert places.get_place(session, place.id).name == "Central prison, wing 4"
    finally:
        reopened.close()
