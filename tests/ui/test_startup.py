"""Start-up: the window paints at once, saying the database named on the command line is opening,
then paints that database's visit list before the storage stack (SQLAlchemy, services) is loaded,
then opens that database behind the list.

The first test runs the real command line with a probe that reports what is loaded when the main
window first paints, when it first paints the visits and when it closes; the others drive the same
steps in this process.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, create_database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, Visit, VisitFields
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.services.visits import create_visit, list_visits
from spt_field.startup import FirstDatabase, finish_opening, open_first_database
from spt_field.ui.launch import FirstOpening
from spt_field.ui.main_window import FRAME_ROOM, MainWindow
from spt_field.ui.undo import create_record
from tests.conftest import PASSPHRASE
from tests.support.windows import DemoFile, run_spt_field

#: What the first paint must not wait for.
HEAVY_MODULES = (
    "sqlalchemy",
    "alembic",
    "spt_field.db.session",
    "spt_field.services.visits",
    "spt_field.ui.workspace",
    "PySide6.QtCharts",
    "zxcvbn",
    # The values of every record (frozen dataclasses): the list needs only VisitSummary.
    "spt_field.domain.values",
    # Hidden at the first paint: built, and imported, when first shown.
    "spt_field.ui.start_screen",
    "spt_field.ui.dialogs.passphrase_dialog",
)

# Loaded by Python at start-up (as sitecustomize): prints, as one JSON line each, what is loaded
# and what the main window shows at its first paint, at the first paint of its visits (of any
# widget in it while its visit list has some) and when it closes.
_PROBE = f"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY_MODULES = {HEAVY_MODULES!r}


def report(moment, window):
    visit_list = window.visit_list
    print(json.dumps({{
        "moment": moment,
        "loaded": [name for name in HEAVY_MODULES if name in sys.modules],
        "visits": None if visit_list is None else [v.id for v in visit_list.model.visits],
        "store": window.store is not None,
        "pages": [type(window.pages.widget(n)).__name__ for n in range(window.pages.count())],
        "status": window.save_state.text(),
    }}), flush=True)


class Probe(QObject):
    painted = filled = False

    def eventFilter(self, watched, event):
        if not watched.isWidgetType() or not isinstance(watched.window(), QMainWindow):
            return False
        window = watched.window()
        if event.type() == QEvent.Type.Paint:
            if not self.painted:
                self.painted = True
                report("painted", window)
            if not self.filled and window.visit_list and window.visit_list.model.visits:
                self.filled = True
                report("filled", window)
        elif event.type() == QEvent.Type.Close and watched is window:
            report("closed", window)
        return False


exec_ = QApplication.exec


def exec_with_probe(*_args):
    probe = Probe(QApplication.instance())
    QApplication.instance().installEventFilter(probe)
    return exec_()


QApplication.exec = exec_with_probe
"""


@pytest.fixture
def two_visits(database: Database, visit: Visit, place: Place) -> list[str]:
    """The conftest visit (2019, one place) and a newer one: their ids, newest first."""
    fields = VisitFields(country="FRA", start_date=date(2021, 5, 3), end_date=date(2021, 5, 9))
    with database.begin() as session:
        newer = create_visit(session, fields)
    return [newer.id, visit.id]


def probe_reports(stdout: str) -> dict[str, dict[str, Any]]:
    reports = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return {report["moment"]: report for report in reports}


def test_the_window_paints_at_once_then_the_visit_list_before_loading_the_storage_stack(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    db_path: Path,
    two_visits: list[str],
) -> None:
    database.close()
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(_PROBE, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(probe))
    png = tmp_path / "visits.png"
    args = ("--db", str(db_path), "--screenshot", str(png), "--view", "visits", "--lang", "en")
    result = run_spt_field(tmp_path / "home", *args, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr[-2000:]
    reports = probe_reports(result.stdout)
    painted = reports["painted"]
    # The start and lock screens are built when first shown: no start screen flashes.
    assert painted["pages"] == ["VisitList"] and painted["loaded"] == []
    assert not painted["store"]
    if not painted["visits"]:  # painted before the start-up thread was done
        assert painted["status"] == f"Opening {db_path.name}…"
    assert reports["filled"] == {
        "moment": "filled",
        "loaded": [],
        "visits": two_visits,
        "store": False,
        "pages": ["VisitList"],
        "status": "✔ All changes saved",
    }
    closed = reports["closed"]
    assert "sqlalchemy" in closed["loaded"] and "spt_field.db.session" in closed["loaded"]
    assert closed["store"] and closed["visits"] == two_visits
    image = QImage(str(png))
    # The painted window: 1280x800 where the screen allows, else fitted to it (offscreen Qt's
    # screen is 800x800).
    assert not image.isNull()
    assert image.height() <= 800 - FRAME_ROOM.height() and image.width() <= 1280


# The same steps in this process -----------------------------------------------------------------


@pytest.fixture
def with_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", PASSPHRASE)


def test_the_start_up_thread_reads_what_list_visits_reads(
    with_passphrase: None, database: Database, db_path: Path, two_visits: list[str]
) -> None:
    first = open_first_database(db_path, demo=False)
    assert first is not None and first.connection is not None
    first.connection.close()
    with database.begin() as session:
        assert first.visits == list_visits(session)
    assert [summary.id for summary in first.visits] == two_visits
    assert PASSPHRASE not in repr(first)


def test_opening_takes_the_connection_over_instead_of_deriving_the_key_again(
    with_passphrase: None, demo_file: DemoFile
) -> None:
    first = open_first_database(demo_file.path, demo=False)
    assert first is not None
    opened, visit_id = finish_opening(first)
    assert opened is not None and visit_id is None
    try:
        connection = opened.engine.raw_connection()
        assert connection.driver_connection is first.connection
        connection.close()
        with opened.begin() as session:
            assert [summary.id for summary in list_visits(session)] == [demo_file.visit_id]
    finally:
        opened.close()


def test_without_a_passphrase_nothing_is_opened_before_the_window(
    monkeypatch: pytest.MonkeyPatch, demo_file: DemoFile
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE", raising=False)
    assert open_first_database(demo_file.path, demo=False) is None
    assert open_first_database(None, demo=False) is None
    assert finish_opening(None) == (None, None)


def test_a_missing_demo_is_built_when_the_window_opens(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE", raising=False)
    path = tmp_path / "demo.sptdb"
    first = open_first_database(path, demo=True)
    assert first is not None and first.connection is None and first.visits is None
    database, visit_id = finish_opening(first)
    assert database is not None and visit_id is not None
    try:
        with database.begin() as session:
            assert [summary.id for summary in list_visits(session)] == [visit_id]
    finally:
        database.close()


def test_a_database_to_migrate_is_not_previewed(
    with_passphrase: None, database: Database, db_path: Path
) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    first = open_first_database(db_path, demo=False)
    assert first is not None and first.connection is not None
    first.connection.close()
    assert first.visits is None


def test_a_wrong_passphrase_or_a_missing_file_stops_the_start(
    monkeypatch: pytest.MonkeyPatch, demo_file: DemoFile, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", "not the passphrase at all")
    with pytest.raises(WrongPassphraseError):
        open_first_database(demo_file.path, demo=False)
    with pytest.raises(UserError, match="no database at"):
        open_first_database(tmp_path / "nowhere.sptdb", demo=False)


# The window -------------------------------------------------------------------------------------


def test_the_previewed_list_is_the_one_the_opened_database_keeps(
    bare_window: MainWindow, with_passphrase: None, demo_file: DemoFile
) -> None:
    first = open_first_database(demo_file.path, demo=False)
    assert first is not None and first.visits is not None
    bare_window.show_visit_preview(first.path, first.visits)
    preview = bare_window.visit_list
    assert preview is not None and bare_window.store is None
    assert bare_window.pages.currentWidget() is preview
    assert [visit.id for visit in preview.model.visits] == [demo_file.visit_id]
    assert bare_window.database_label.text().endswith(demo_file.path.name)
    assert bare_window.search_action.isEnabled()  # as it will be a moment later

    database, _visit_id = finish_opening(first)
    assert database is not None
    bare_window.use_database(database)
    assert bare_window.visit_list is preview and bare_window.store is not None
    # Attached: the list follows the database, and opening a visit works.
    added = create_record(
        bare_window.store,
        RecordKind.VISIT,
        "",
        VisitFields(country="ARM", start_date=date(2023, 9, 10), end_date=date(2023, 9, 20)),
    )
    assert added.id in [visit.id for visit in preview.model.visits]
    preview.openVisit.emit(demo_file.visit_id)
    assert bare_window.workspace is not None
    assert bare_window.pages.currentWidget() is bare_window.workspace


def test_a_preview_of_another_file_gives_way(
    bare_window: MainWindow, with_passphrase: None, demo_file: DemoFile, tmp_path: Path
) -> None:
    first = open_first_database(demo_file.path, demo=False)
    assert first is not None and first.visits is not None and first.connection is not None
    first.connection.close()
    bare_window.show_visit_preview(first.path, first.visits)
    preview = bare_window.visit_list
    other = create_database(tmp_path / "other.sptdb", PASSPHRASE)
    bare_window.use_database(other)
    assert bare_window.visit_list is not None and bare_window.visit_list is not preview
    assert bare_window.visit_list.model.visits == []
    assert bare_window.database_label.text().endswith("other.sptdb")


class _Paints(QObject):
    """Counts the paints of a widget."""

    def __init__(self, widget: MainWindow) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_window_paints_while_the_database_opens_then_fills_its_list(
    qtbot: QtBot, bare_window: MainWindow, with_passphrase: None, demo_file: DemoFile
) -> None:
    release = threading.Event()

    def held_back() -> FirstDatabase | None:
        assert release.wait(60)
        return open_first_database(demo_file.path, demo=False)

    executor = ThreadPoolExecutor(max_workers=1)
    opening = executor.submit(held_back)
    try:
        first_opening = FirstOpening(bare_window, opening, demo_file.path, demo=False)
        paints = _Paints(bare_window)
        first_opening.start()
        bare_window.show()
        qtbot.waitExposed(bare_window)
        qtbot.waitUntil(lambda: paints.count > 0)
        assert not opening.done()
        visit_list = bare_window.visit_list
        assert visit_list is not None and visit_list.model.visits == []
        assert bare_window.pages.currentWidget() is visit_list  # no start screen
        opening_text = bare_window.tr("Opening {0}…").format(demo_file.path.name)
        assert bare_window.save_state.text() == opening_text
        assert not bare_window.search_action.isEnabled()  # nothing to act on yet

        with qtbot.waitSignal(first_opening.opened, timeout=30_000) as opened:
            release.set()
        assert opened.args == [True]
    finally:
        release.set()
        executor.shutdown()
    assert bare_window.visit_list is visit_list and bare_window.store is not None
    assert [visit.id for visit in visit_list.model.visits] == [demo_file.visit_id]
    assert visit_list.table.currentIndex().row() == 0  # the newest visit selected, as before
    assert bare_window.save_state.text() == bare_window.tr("✔ All changes saved")
    assert bare_window.search_action.isEnabled()
    # The integrity check the opening started ends before the window goes.
    qtbot.waitUntil(lambda: not bare_window.safety.jobs.busy(), timeout=30_000)


def test_a_wrong_passphrase_found_while_the_window_shows_stops_the_start(
    qtbot: QtBot,
    bare_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    demo_file: DemoFile,
) -> None:
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", "not the passphrase at all")
    with ThreadPoolExecutor(max_workers=1) as executor:
        opening = executor.submit(open_first_database, demo_file.path, False)
        first_opening = FirstOpening(bare_window, opening, demo_file.path, demo=False)
        with qtbot.waitSignal(first_opening.failed, timeout=30_000):
            first_opening.start()
    # run_gui leaves the event loop and raises it: the command line reports it and exits.
    assert isinstance(first_opening.error, WrongPassphraseError)
    assert bare_window.store is None
