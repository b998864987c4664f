"""Starting the window: QApplication, the crash handler, the first database, screenshots.

While the start-up thread opens the first database, the window paints at once, its visit list
empty and the status bar saying the file is opening. When the thread could read the visit list,
the window shows it and loads the storage stack (SQLAlchemy, services) right after painting it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future
from importlib.resources import files
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from spt_field.errors import storage_error
from spt_field.startup import FirstDatabase, finish_opening, opens_on_the_thread
from spt_field.ui.i18n import apply_language, choose_language, system_languages, translate
from spt_field.ui.main_window import PREFERRED_SIZE, MainWindow
from spt_field.ui.settings import Settings
from spt_field.ui.storage_messages import storage_message

if TYPE_CHECKING:
    from spt_field.db.server import ServerAddress

log = logging.getLogger(__name__)


def install_crash_handler(log_file: Path | None) -> None:
    """An unexpected error is logged and the user told where the log is; the app carries on.
    A full, read-only or failing disk, or a database in use, is no bug: the user is told what
    to do instead."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        storage = storage_error(error)
        if storage is not None:
            log.warning("storage failure: %s", type(storage).__name__)
            QMessageBox.warning(
                None, translate("CrashHandler", "SPT Field"), storage_message(storage)
            )
            return
        # The formatter keeps the stack and drops the message, which may quote a field value.
        log.error("unexpected error", exc_info=(kind, error, tb))
        message = translate(
            "CrashHandler",
            "Something went wrong inside SPT Field (a bug). Your saved work is safe.",
        )
        if log_file:
            details = translate("CrashHandler", "Details are in {0}").format(log_file)
            message = f"{message}\n\n{details}"
        QMessageBox.critical(None, translate("CrashHandler", "SPT Field"), message)

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
    if view == "overdue":
        window.show_overdue()
        return
    if view == "reprisals":
        window.show_reprisals()
        return
    if window.workspace is None and window.visit_list.model.visits:
        window.open_visit(window.visit_list.model.visits[0].id)
    workspace = window.workspace
    if workspace is None or workspace.visit is None:
        return
    if view == "programme":
        window.show_programme()
    elif view == "interview":
        first = workspace.model.first_of_kind("interview")
        if first is not None:
            workspace.select("interview", first)
    elif view in ("overview", "report"):
        workspace.select(view, workspace.visit.id)


class _AfterFirstPaint(QObject):
    """Runs a callback once `widget` has painted for the first time: the zero timer fires when
    the whole first frame is done."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def _open_first(
    window: MainWindow,
    first: FirstDatabase | None,
    db: Path | None,
    demo: bool,
    server: ServerAddress | None = None,
) -> bool:
    """Open the database named on the command line in the window, asking for its passphrase
    (or its server's password) when none is preset; True if a database is open."""
    if server is not None:
        window.open_server_address(server)
        return window.store is not None
    database, visit_id = finish_opening(first)
    if database is not None:
        window.use_database(database, remember=not demo)
        if visit_id is not None:
            window.open_visit(visit_id)
    elif db is not None:
        window.open_path(db)
    return database is not None


class FirstOpening(QObject):
    """Opens the database named on the command line in `window`. When the start-up thread
    opens it, the window shows it opening meanwhile and takes it over once the thread is done
    (`opened` or `failed`); otherwise (no database, a passphrase to ask) at once."""

    #: True if a database is open.
    opened = Signal(bool)
    #: The start-up thread, the demo's building or a migration failed: `error` says why.
    failed = Signal()
    _thread_done = Signal()

    def __init__(
        self,
        window: MainWindow,
        opening: Future[FirstDatabase | None],
        db: Path | None,
        demo: bool,
        server: ServerAddress | None = None,
    ) -> None:
        super().__init__(window)
        self.error: BaseException | None = None
        self._window, self._opening, self._db, self._demo = window, opening, db, demo
        self._server = server

    def start(self) -> None:
        if self._db is None or not opens_on_the_thread(self._db, self._demo):
            self._use(self._opening.result())
            return
        self._window.show_opening(self._db)
        # Emitted on the start-up thread (or at once if it is done): queued to this one.
        self._thread_done.connect(self._take, Qt.ConnectionType.QueuedConnection)
        self._opening.add_done_callback(self._relay)

    def _relay(self, _opening: Future[FirstDatabase | None]) -> None:
        if shiboken6.isValid(self):  # else the window was closed while the database opened
            self._thread_done.emit()

    def _take(self) -> None:
        try:
            first = self._opening.result()
            if first is not None and first.visits is not None:
                self._window.show_visit_preview(first.path, first.visits)
                # The storage stack loads once the filled list is painted (even if empty).
                assert self._window.visit_list is not None  # the preview
                shown = self._window.visit_list.table.viewport()
                shown.update()
                _AfterFirstPaint(shown, lambda: self._use(first))
                return
            self._use(first)  # a demo to build or a schema to migrate
        except BaseException as error:  # the command line reports it, as before the window
            self.error = error
            self.failed.emit()

    def _use(self, first: FirstDatabase | None) -> None:
        opened = _open_first(self._window, first, self._db, self._demo, self._server)
        if first is not None:
            first.forget()
        self.opened.emit(opened)


def application_icon() -> QIcon:
    """The icon of every window (built from resources/icons into the package)."""
    return QIcon(str(files("spt_field.resources").joinpath("icons", "spt-field.png")))


def _prepare_screenshot(
    window: MainWindow, path: Path, view: str | None, opened: bool, texts: Path | None
) -> None:
    window.resize(PREFERRED_SIZE)
    window.fit_to_screen()
    if window.workspace is not None:
        third = window.width() // 3
        window.workspace.splitter.setSizes([third, window.width() - third])
    _show_view(window, view or ("interview" if opened else "start"))
    QTimer.singleShot(300, lambda: _save_screenshot(window, path, texts))


def run_gui(
    *,
    db: Path | None,
    server: ServerAddress | None = None,
    opening: Future[FirstDatabase | None],
    demo: bool,
    screenshot: Path | None,
    view: str | None,
    log_file: Path | None,
    lang: str | None = None,
    screenshot_texts: Path | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SPT Field")
    app.setOrganizationName("spt-field")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("spt-field")  # the desktop entry, resources/spt-field.desktop
    install_crash_handler(log_file)
    settings = Settings()
    apply_language(choose_language(lang, settings.language, system_languages()))
    window = MainWindow(settings)
    first_opening = FirstOpening(window, opening, db, demo, server)
    first_opening.failed.connect(lambda: app.exit(1))
    if screenshot is not None:
        first_opening.opened.connect(
            lambda opened: _prepare_screenshot(window, screenshot, view, opened, screenshot_texts)
        )
    first_opening.start()
    window.show()
    status = app.exec()
    if first_opening.error is not None:
        raise first_opening.error
    if window.quit_leaves_jobs:
        # Everything is saved and the database closed: do not wait at exit for the worker
        # thread's integrity check (a read) or backup (written aside, then renamed).
        logging.shutdown()
        os._exit(status)
    return status


def _save_screenshot(window: MainWindow, path: Path, texts: Path | None) -> None:
    window.repaint()
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        log.error("could not save the screenshot")
    if texts is not None:
        texts.write_text("\n".join(visible_texts(window)) + "\n", encoding="utf-8")
    window.close()


def visible_texts(window: MainWindow) -> list[str]:
    """What the window shows in words: its title, its menus, then its visible labels and
    buttons, so a check of a translation can read the screen without reading pixels."""
    texts = [window.windowTitle()]
    texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return [text for text in texts if text.strip()]
