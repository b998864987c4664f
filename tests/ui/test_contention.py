"""Another process writing the database while the form autosaves a note: a plain message, the
edit kept in the form and marked unsaved, written once the other process is done, and nothing
typed in the log or in any file beside the (encrypted) database.

The other writer is real: a second process holding a write transaction on the same encrypted
file, as a command-line import or a second window would.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Visit
from spt_field.logs import configure_logging
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.services import interviews
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.store import Store
from tests.conftest import PASSPHRASE
from tests.support.safety import make_window, open_in

TYPED = "Beaten in cell 4 by the night shift, said Tamsin Oyelaran"

#: Holds a write transaction on the database until a line arrives on stdin.
HOLDER_SCRIPT = """
import os, sys
from pathlib import Path
from spt_field.db.connection import connect
connection = connect(Path(sys.argv[1]), os.environ["SPT_FIELD_PASSPHRASE"])
connection.isolation_level = None
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE database_info SET value = value WHERE key = 'device_id'")
print("holding", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
"""


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The application's own log, as main() configures it, kept in tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging()
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def start_holder(db_path: Path, passphrase: str) -> subprocess.Popen[str]:
    """A second process with the database's write lock; `release` ends it."""
    environment = {**os.environ, ENVIRONMENT_VARIABLE: passphrase}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    return process


def release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.write("done\n")
    process.stdin.flush()
    assert process.wait(timeout=30) == 0


@pytest.fixture
def holder(db_path: Path, database: Database) -> Iterator[subprocess.Popen[str]]:
    process = start_holder(db_path, PASSPHRASE)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_a_busy_database_keeps_the_edit_and_writes_it_later_without_logging_it(
    qtbot: QtBot,
    store: Store,
    demo_visit: Visit,
    log_file: Path,
    tmp_path: Path,
    holder: subprocess.Popen[str],
) -> None:
    interview = store.read(interviews.list_interviews_for_visit, demo_visit.id)[0]
    form = InterviewForm(store)
    qtbot.addWidget(form)
    form.show()
    form.show_record(interview)
    states: list[tuple[str, str]] = []
    store.saveStateChanged.connect(lambda state, message: states.append((state, message)))
    form.notes.setFocus()
    QTest.keyClicks(form.notes, " " + TYPED)

    assert not form.binder.flush()  # waits a few seconds for the lock, then gives up

    assert "in use by another SPT Field window or command" in form.banner.text()
    assert form.banner.isVisible()
    assert states[-1][0] == "failed"
    assert form.binder.has_pending_edits
    assert TYPED in form.notes.toPlainText()

    release(holder)
    qtbot.waitUntil(lambda: not form.binder.has_pending_edits, timeout=20_000)
    assert states[-1] == ("saved", "")
    assert not form.banner.isVisible()
    assert TYPED in store.read(interviews.get_interview, interview.id).notes

    store.flush_all()
    store.database.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.is_file()
    leaks = [path for path in every_file(tmp_path) if TYPED.encode() in path.read_bytes()]
    leaks += [path for path in every_file(tmp_path) if b"Tamsin" in path.read_bytes()]
    assert leaks == []


def test_locking_waits_for_an_edit_held_up_by_another_writer(
    qtbot: QtBot,
    tmp_path: Path,
    db_path: Path,
    demo_visit: Visit,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database.close()
    window = make_window(qtbot, tmp_path)
    open_in(qtbot, window, db_path)
    lock = window.lock
    monkeypatch.setattr(lock, "unlock", lambda: False)
    assert window.store is not None
    interview = window.store.read(interviews.list_interviews_for_visit, demo_visit.id)[0]
    window.open_visit(demo_visit.id)
    assert window.workspace is not None
    window.workspace.select(RecordKind.INTERVIEW.value, interview.id)
    form = window.workspace.forms[RecordKind.INTERVIEW.value]
    assert isinstance(form, InterviewForm)
    holder = start_holder(db_path, PASSPHRASE)
    try:
        form.notes.setFocus()
        QTest.keyClicks(form.notes, " " + TYPED)
        lock.lock_now()
        assert not lock.is_locked  # the edit would be lost: the lock waits for it
        assert form.binder.has_pending_edits
    finally:
        release(holder)
    del form
    qtbot.waitUntil(lambda: lock.is_locked, timeout=30_000)
    assert lock.screen.warning.isHidden()
    reopened = open_database(db_path, PASSPHRASE)
    with reopened.read() as session:
        assert TYPED in interviews.get_interview(session, interview.id).notes
    reopened.close()
    window.close()
