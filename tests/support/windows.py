"""The main window over a copy of the demo database, for every test module that drives it: the
fixtures (registered in tests/ui/conftest.py) and the helpers that click through it.

Message boxes never block a test: every static QMessageBox call is recorded and answered.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Interview
from spt_field.services import findings, interviews
from spt_field.startup import build_demo
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE
from spt_field.ui.settings import Settings
from spt_field.ui.store import Store
from tests.conftest import PASSPHRASE

T = TypeVar("T")


@dataclass
class MessageBoxes:
    """What the window told or asked the user; `answer` is the reply to every question."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    shown: list[tuple[str, str]] = field(default_factory=list)

    def record(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> Any:
            self.shown.append((kind, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return box

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, boxes.record(kind))
    monkeypatch.setattr(QMessageBox, "about", boxes.record("about"))
    return boxes


# Databases --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoFile:
    path: Path
    visit_id: str


def remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoFile:
    """The demo visit, built once through the services; every test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.sptdb"
    database, visit_id = build_demo(path, PASSPHRASE)
    database.close()
    return DemoFile(path, visit_id)


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: DemoFile) -> DemoFile:
    path = tmp_path / "visits.sptdb"
    for suffix in ("", "-wal"):
        source = demo_template.path.with_name(demo_template.path.name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))
    return DemoFile(path, demo_template.visit_id)


def read_back(path: Path, function: Callable[..., T], *args: Any) -> T:
    """Read through a connection of its own, as after a restart of the application."""
    database = open_database(path, PASSPHRASE)
    try:
        with database.begin() as session:
            return function(session, *args)
    finally:
        database.close()


def deleted_at(database: Database, table: str, record_id: str) -> object:
    """The tombstone of a row: soft deletion keeps the row and stamps it."""
    with database.engine.connect() as connection:
        return connection.execute(
            sa.text(f"SELECT deleted_at FROM {table} WHERE id = :id"), {"id": record_id}
        ).scalar_one()


# The window -------------------------------------------------------------------------------------


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def settings(settings_file: Path) -> Settings:
    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def bare_window(
    qtbot: QtBot, settings: Settings, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window as it starts: the start screen, no database."""
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE", raising=False)
    monkeypatch.setattr(MainWindow, "ask_member_name", lambda _window: "Ilse Varnava")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    boxes.answer = QMessageBox.StandardButton.Yes  # lose a refused edit left by the test
    window.close()  # while the message boxes are still answered
    # Empty the undo stacks while the window's actions still exist: destroying a window whose
    # stack holds commands raises in _update_actions (the bug shown by
    # test_destroying_the_window_after_an_undoable_action_raises_nothing), which would be
    # reported in whichever test happens to process the deferred deletion.
    for store in window.findChildren(Store):
        store.undo_stack.clear()


@pytest.fixture
def window(bare_window: MainWindow, demo_file: DemoFile) -> MainWindow:
    """The window on a copy of the demo database, showing the visit list."""
    bare_window.use_database(open_database(demo_file.path, PASSPHRASE))
    return bare_window


@pytest.fixture
def workspace_window(window: MainWindow, demo_file: DemoFile) -> MainWindow:
    """The window with the demo visit open in the workspace."""
    window.open_visit(demo_file.visit_id)
    return window


def visit_interviews(window: MainWindow, visit_id: str) -> list[Interview]:
    assert window.store is not None
    return window.store.read(interviews.list_interviews_for_visit, visit_id)


def uncited_interview(window: MainWindow, visit_id: str) -> Interview:
    """An interview no finding cites (so that it can be deleted)."""
    assert window.store is not None
    cited = {
        interview_id
        for finding in window.store.read(findings.list_findings_for_visit, visit_id)
        for interview_id in finding.evidence
    }
    return next(i for i in visit_interviews(window, visit_id) if i.id not in cited)


def click_in_navigator(window: MainWindow, kind: str, record_id: str) -> None:
    """Make a record current in the navigator, as a click on its line does."""
    assert window.workspace is not None
    item = window.workspace.model.find(kind, record_id)
    assert item is not None, (kind, record_id)
    window.workspace.tree.setCurrentIndex(item.index())


def navigator_current(window: MainWindow) -> tuple[str, str]:
    assert window.workspace is not None
    index = window.workspace.tree.currentIndex()
    return str(index.data(KIND_ROLE)), str(index.data(ID_ROLE))


def interview_form(window: MainWindow) -> InterviewForm:
    assert window.workspace is not None
    return window.workspace.interview_form


def place_form(window: MainWindow) -> PlaceForm:
    assert window.workspace is not None
    form = window.workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    return form


def status(window: MainWindow) -> str:
    return window.save_state.text()


def refuse_an_edit(window: MainWindow, visit_id: str) -> Interview:
    """Give an interview the pseudonym of another one of the visit: a rule refuses it."""
    one, other = visit_interviews(window, visit_id)[:2]
    click_in_navigator(window, RecordKind.INTERVIEW.value, one.id)
    form = interview_form(window)
    form.pseudonym.selectAll()
    QTest.keyClicks(form.pseudonym, other.pseudonym)
    assert not form.binder.flush()
    return one


def own_profile(home: Path, passphrase: str) -> dict[str, str]:
    """The environment of an SPT Field process with a profile of its own under `home`,
    off screen, its passphrase preset."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "SPT_FIELD_PASSPHRASE": passphrase,
    }


def run_spt_field(home: Path, *args: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    """`python -m spt_field ARGS` with a profile of its own (no user settings touched)."""
    return subprocess.run(
        [sys.executable, "-m", "spt_field", *args],
        capture_output=True,
        text=True,
        env=own_profile(home, passphrase),
        timeout=300,
        check=False,
    )
