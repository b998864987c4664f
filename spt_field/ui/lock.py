"""Auto-lock: after the configured idle minutes, or on Ctrl+L, the window saves pending edits,
closes the database (the key leaves memory with it), hides every record and asks for the
passphrase again; unlocking returns the user to the visit, record and page they left.

A database on a headquarters server locks the same way: pending edits are saved, the
connection closes and every record is hidden. Unlocking connects again: the server's password
is asked again unless libpq finds one itself (PGPASSWORD or a .pgpass file), in which case
Unlock simply re-opens, as anyone at this account could connect with it anyway; the lock then
guards the screen, and the server's password guards the data. The lock screen waits for the
Unlock button (it does not ask at once, which would re-open at once with such a password), and
offers no emergency erase: the server's records are not this laptop's to destroy.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from spt_field.db.server import ServerAddress
    from spt_field.services.storage import Database
    from spt_field.ui.main_window import MainWindow

MS_PER_MINUTE = 60_000
#: How long a lock waits for an edit held up by another window or command writing the
#: database, and how often it tries again meanwhile.
POSTPONE_SECONDS = 60
POSTPONE_RETRY_MS = 2000

#: What the user does with mouse, keyboard, wheel or touch: each one restarts the idle timer.
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


# The pages of their own the window may show, by class name, and what a Place calls them.
_TOOL_PAGES = {
    "Dashboard": "dashboard",
    "FollowUpTracker": "tracker",
    "OverdueView": "overdue",
    "ReprisalsView": "reprisals",
    "ProgrammeView": "programme",
}


@dataclass(frozen=True)
class Place:
    """Where the user was when the window locked: paths and ids only, never a field value."""

    #: The encrypted file, or None for a database on a server (`server`).
    path: Path | None
    # "visits", "workspace", "dashboard", "tracker", "overdue", "reprisals", "programme" or "start"
    page: str
    visit_id: str | None
    kind: str
    record_id: str
    server: ServerAddress | None = None

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else str(self.server)


def source_of(database: Database) -> Path | ServerAddress:
    """What a database is opened from: its file, or its server's address."""
    return database.server if database.server is not None else database.file


class LockScreen(QWidget):
    """What the window shows while locked: no data, a way to unlock and a way to quit."""

    unlockRequested = Signal()  # noqa: N815 (Qt naming)
    quitRequested = Signal()  # noqa: N815
    eraseRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.hide()
        self.unlock_button = QPushButton(self)
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self.quitRequested)
        self.erase_button = QPushButton(self)
        self.erase_button.clicked.connect(self.eraseRequested)
        self._retranslate()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.message)
        box.addWidget(self.warning)
        box.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addLayout(box)
        column.addStretch(2)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self.setTabOrder(self.unlock_button, self.quit_button)
        self.setTabOrder(self.quit_button, self.erase_button)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("<h2>SPT Field is locked</h2>"))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setToolTip(self.tr("Enter the database passphrase to continue"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setToolTip(self.tr("Leave SPT Field; the database stays closed"))
        self.erase_button.setText(self.tr("&Emergency erase…"))
        self.erase_button.setToolTip(
            self.tr("Delete the database, its backups and every trace of SPT Field on this laptop")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The screen outlives language changes (it is built once, with the window)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_for(self, name: str, warning: str, *, on_server: bool = False) -> None:
        if on_server:
            self.message.setText(
                self.tr(
                    "The connection to the server database {0} was closed to protect it; what "
                    "you entered was saved. Unlock to connect again (the server's password is "
                    "asked unless this computer keeps it)."
                ).format(name)
            )
            self.unlock_button.setToolTip(self.tr("Connect to the server again"))
        else:
            self.message.setText(
                self.tr(
                    "The database {0} was closed to protect it; what you entered was saved. "
                    "Unlock with the database passphrase."
                ).format(name)
            )
            self.unlock_button.setToolTip(self.tr("Enter the database passphrase to continue"))
        # Erasing deletes this laptop's file: a server's records are not the laptop's.
        self.erase_button.setVisible(not on_server)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))


class LockController(QObject):
    """Locks `window` after idle minutes (Settings.auto_lock_minutes) or on `lock_now()`."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._place: Place | None = None
        self._waiting_since: float | None = None  # a lock postponed for a busy database
        self._warning = ""
        self._interval_ms: int | None = None
        self._actions: dict[QAction, bool] = {}
        self._screen: LockScreen | None = None  # built when first locked
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart_timer()

    # The idle timer --------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._place is not None

    @property
    def locked_path(self) -> Path | None:
        """The database file closed by the lock (None when not locked, or on a server)."""
        return None if self._place is None else self._place.path

    def interval_ms(self) -> int:
        if self._interval_ms is not None:
            return self._interval_ms
        return self.window.settings.auto_lock_minutes * MS_PER_MINUTE

    def set_interval_ms(self, interval: int | None) -> None:
        """Override the settings' idle time (tests, or None to follow the settings again)."""
        self._interval_ms = interval
        self.restart_timer()

    def restart_timer(self) -> None:
        """Count the idle time from now, re-reading the configured minutes."""
        if not self.is_locked:
            self.timer.start(self.interval_ms())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in USER_INPUT and not self.is_locked:
            self.timer.start(self.interval_ms())
        return False

    # Locking ---------------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Save, close the database, drop it from memory and show the lock screen."""
        window = self.window
        store = window.store
        if store is None or self.is_locked:
            return
        self.timer.stop()
        self._close_dialogs()
        saved = store.flush_all()
        if not saved and store.waiting_for_database and self._postpone():
            return
        self._waiting_since = None
        self._place = self.where(source_of(store.database))
        self._warning = "" if saved else self._discarded_warning(store.waiting_for_database)
        # A refused edit is lost: close without asking (nobody may be at the laptop).
        window.close_database(ask=False)
        self._forget(store)
        del store
        self._show_lock_screen()
        self.locked.emit()
        if self._place.server is None:  # a server waits for Unlock (the module's docstring)
            QTimer.singleShot(0, self.unlock)

    def _postpone(self) -> bool:
        """An edit waits for a database another window or command is writing: lock as soon
        as it is saved, trying again shortly, for at most POSTPONE_SECONDS (then the lock wins:
        nobody may be at the laptop). False when that time is over."""
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        if now - self._waiting_since > POSTPONE_SECONDS:
            return False
        QTimer.singleShot(POSTPONE_RETRY_MS, self, self.lock_now)
        self.window.statusBar().showMessage(
            self.tr("SPT Field locks as soon as your edit is saved (the database is in use)."),
            POSTPONE_RETRY_MS * 2,
        )
        return True

    def _discarded_warning(self, busy: bool) -> str:
        if busy:
            return self.tr(
                "One edit could not be saved: the database was in use by another SPT Field "
                "window or command. It was discarded when SPT Field locked; please enter it again."
            )
        return self.tr(
            "One edit broke a rule and could not be saved (the form showed why); "
            "it was discarded when SPT Field locked. Please enter it again."
        )

    @property
    def screen(self) -> LockScreen:
        """The lock screen, one of the window's pages once the window has been locked."""
        if self._screen is None:
            self._screen = LockScreen()
            self._screen.unlockRequested.connect(self.unlock)
            self._screen.quitRequested.connect(self.window.close)
            self._screen.eraseRequested.connect(self.window.emergency_erase)
            self.window.pages.addWidget(self._screen)
        return self._screen

    def where(self, source: Path | ServerAddress) -> Place:
        """Where the user is now (page, visit, record): what unlocking, or rebuilding the
        window in another language, brings them back to."""
        window = self.window
        current = window.pages.currentWidget()
        workspace = window.workspace
        page = "start"
        if current is window.visit_list:
            page = "visits"
        elif current is workspace and workspace is not None:
            page = "workspace"
        elif current is not None and type(current).__name__ in _TOOL_PAGES:
            page = _TOOL_PAGES[type(current).__name__]
        visit_id = workspace.visit.id if workspace is not None and workspace.visit else None
        kind, record_id = workspace.current if workspace is not None else ("", "")
        if isinstance(source, Path):
            return Place(source, page, visit_id, kind, record_id)
        return Place(None, page, visit_id, kind, record_id, server=source)

    def _close_dialogs(self) -> None:
        """A dialog shows data (search, export...) and may hold the store: close every one,
        open or left behind, and delete it with the pages (_forget)."""
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
            dialog.deleteLater()

    def _forget(self, store: QObject) -> None:
        """Delete the closed pages and store now, not when the event loop gets to it: they hold
        the database, whose engine holds the key."""
        undo_stack = getattr(store, "undo_stack", None)
        if undo_stack is not None:
            undo_stack.clear()
        store.setParent(None)
        store.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def _show_lock_screen(self) -> None:
        window = self.window
        assert self._place is not None
        self.screen.show_for(
            self._place.name, self._warning, on_server=self._place.server is not None
        )
        window.pages.setCurrentWidget(self.screen)
        self._actions = {action: action.isEnabled() for action in window.actions()}
        for action in self._actions:
            action.setEnabled(action is getattr(window, "quit_action", None))

    # Unlocking -------------------------------------------------------------------------------

    def ask_passphrase(self, path: Path) -> Database | None:
        """The passphrase dialog; it keeps asking after a wrong passphrase. None if cancelled."""
        from spt_field.services.storage import Database, open_database  # not needed to paint
        from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog

        result = PassphraseDialog.ask(
            self.tr("Unlock SPT Field"),
            self.tr("SPT Field was locked. Passphrase for {0}").format(path.name),
            opener=lambda passphrase: open_database(path, passphrase),
            parent=self.window,
        )
        return result if isinstance(result, Database) else None

    def reconnect(self, address: ServerAddress) -> Database | None:
        """Connect to the server again, asking its password when libpq has none; None if
        cancelled. A refusal is said in the password dialog, or (unreachable before asking)
        in a message, and the lock screen stays."""
        from spt_field.ui.actions import show_error
        from spt_field.ui.storage_messages import user_message

        try:
            return self.window.opener.open_server(
                address,
                intro=self.tr("SPT Field was locked. The server's password for {0}"),
            )
        except Exception as error:
            message = user_message(error)
            if message is None:
                raise
            show_error(self.window, message)
            return None

    def unlock(self) -> bool:
        """Ask for the passphrase (or connect to the server again); on success reopen the
        database where the user was."""
        place = self._place
        if place is None:
            return True
        if place.server is not None:
            database = self.reconnect(place.server)
        else:
            assert place.path is not None
            database = self.ask_passphrase(place.path)
        if database is None:  # cancelled: the lock screen stays, with Unlock and Quit
            return False
        window = self.window
        for action, enabled in self._actions.items():
            action.setEnabled(enabled)
        self._actions = {}
        self._place = None
        self._warning = ""
        window.use_database(database, remember=False)
        del database
        self.return_to(place)
        self.restart_timer()
        self.unlocked.emit()
        return True

    def return_to(self, place: Place) -> None:
        window = self.window
        if place.visit_id is not None:
            window.open_visit(place.visit_id)
            if window.workspace is not None and place.kind:
                window.workspace.select(place.kind, place.record_id)
        if place.page == "visits":
            window.show_visits()
        elif place.page == "dashboard":
            window.show_dashboard()
        elif place.page == "tracker":
            window.show_tracker()
        elif place.page == "overdue":
            window.show_overdue()
        elif place.page == "reprisals":
            window.show_reprisals()
        elif place.page == "programme":
            window.show_programme()
