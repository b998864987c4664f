"""Starting the window: QApplication, the crash handler, the first database, screenshots."""

from __future__ import annotations

import logging
import sys
import traceback
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from spt_field.app import Opening
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings

log = logging.getLogger(__name__)


def install_crash_handler(log_file: Path | None) -> None:
    """An unexpected error is logged and the user told where the log is; the app carries on."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        where = f"\n\nDetails are in {log_file}" if log_file else ""
        QMessageBox.critical(
            None,
            "SPT Field",
            f"Something went wrong inside SPT Field (a bug). Your saved work is safe.{where}",
        )

    sys.excepthook = handle


def _show_view(window: MainWindow, view: str) -> None:
    if view == "start" or window.visit_list is None:
        return
    if view == "visits":
        window.show_visits()
        return
    if view == "dashboard":
        window.show_dashboard()
        return
    if window.workspace is None and window.visit_list.model.visits:
        window.open_visit(window.visit_list.model.visits[0].id)
    workspace = window.workspace
    if workspace is None or workspace.visit is None:
        return
    if view == "interview":
        first = workspace.model.first_of_kind("interview")
        if first is not None:
            workspace.select("interview", first)
    elif view in ("overview", "report"):
        workspace.select(view, workspace.visit.id)


def run_gui(
    *,
    db: Path | None,
    opening: Future[Opening],
    demo: bool,
    screenshot: Path | None,
    view: str | None,
    log_file: Path | None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SPT Field")
    app.setOrganizationName("spt-field")
    install_crash_handler(log_file)
    window = MainWindow(Settings())
    database, visit_id = opening.result()
    if database is not None:
        window.use_database(database, remember=not demo)
        if visit_id is not None:
            window.open_visit(visit_id)
    elif db is not None:
        window.open_path(db)
    window.show()
    if screenshot is not None:
        window.resize(1280, 800)
        if window.workspace is not None:
            window.workspace.splitter.setSizes([360, 920])
        _show_view(window, view or ("interview" if database else "start"))
        QTimer.singleShot(300, lambda: _save_screenshot(window, screenshot))
    return app.exec()


def _save_screenshot(window: MainWindow, path: Path) -> None:
    window.repaint()
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        log.error("could not save the screenshot")
    window.close()
