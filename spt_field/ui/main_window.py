"""The main window: start screen, visit list and visit workspace, with menus and the status bar
that always says whether everything is saved.

The open database is an encrypted file or a database on a headquarters server
(`open_server`); on a server the file-only actions (restore, passphrase, emergency erase) are
disabled and say why, and no crash-recovery session is kept (the server's records are saved
at each edit; the session marks a file left open).

This module is on the way to the first paint: it imports no storage, services or dialogs at
module level (they load after the first paint, or when first used).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from spt_field import __version__
from spt_field.domain.kinds import RecordKind
from spt_field.ui.actions import user_action
from spt_field.ui.database_opener import DatabaseOpener
from spt_field.ui.database_safety import DatabaseSafety
from spt_field.ui.field_sync import FieldSync
from spt_field.ui.i18n import (
    apply_language,
    choose_language,
    code_label,
    current_language,
    system_languages,
)
from spt_field.ui.lock import LockController, source_of
from spt_field.ui.settings import MEGABYTE, LastPlace, Settings
from spt_field.ui.store import Store
from spt_field.ui.visit_list import VisitList

if TYPE_CHECKING:  # the workspace (forms, charts) loads when a visit is first opened
    from spt_field.db.server import ServerAddress
    from spt_field.domain.visit_summary import VisitSummary
    from spt_field.services.storage import Database
    from spt_field.ui.start_screen import StartScreen
    from spt_field.ui.workspace import Workspace


#: The first window's size where the screen allows it.
PREFERRED_SIZE = QSize(1280, 800)
FRAME_ROOM = QSize(16, 48)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store: Store | None = None
        self.visit_list: VisitList | None = None
        self.workspace: Workspace | None = None
        self.opener = DatabaseOpener(self)
        self._save_state = "saved"
        self._tool_pages: dict[str, QWidget] = {}
        self._preview: Path | None = None  # the database whose visit list shows before it opens
        self._save_message = ""
        self._erased = False  # emergency erase ran: nothing may be written any more
        # Set when quitting left a background job (an integrity check, a backup) to die with
        # the process rather than be waited for.
        self.quit_leaves_jobs = False
        self.setWindowTitle(self.tr("SPT Field"))
        self.pages = QStackedWidget(self)
        # Built when first shown: a window that opens on a visit list paints without it.
        self._start: StartScreen | None = None
        self.setCentralWidget(self.pages)
        self.save_state = QLabel(self)
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.database_label)
        self.lock = LockController(self)
        self.safety = DatabaseSafety(self)
        self.field_sync = FieldSync(self)
        self._build_actions()
        self._update_actions()
        geometry = settings.window_state("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(PREFERRED_SIZE)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never taller or wider than the screen the window opens on (a 1366x768 laptop, or
        1280x720 at 150 %): the status bar with the save state must stay in view."""
        available = self.screen().availableGeometry()
        # Room for the window manager's title bar and frame, which the size does not include.
        room = QSize(
            available.width() - FRAME_ROOM.width(), available.height() - FRAME_ROOM.height()
        )
        if self.width() > room.width() or self.height() > room.height():
            self.resize(self.size().boundedTo(room))
        self.setMinimumSize(self.minimumSize().boundedTo(room))

    @property
    def start(self) -> StartScreen:
        """The start screen (built, and put in the pages, when first asked for)."""
        if self._start is None:
            self._start = self._new_start_screen()
            self.pages.insertWidget(0, self._start)
        return self._start

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self.pages.currentWidget() is None:  # nothing else to show: the start screen
            self.pages.setCurrentWidget(self.start)
        super().showEvent(event)

    def _new_start_screen(self) -> StartScreen:
        from spt_field.ui.start_screen import StartScreen

        start = StartScreen(self.settings, self)
        start.openRequested.connect(self.open_path)
        start.createRequested.connect(self.create_path)
        start.demoRequested.connect(self.open_demo)
        start.serverRequested.connect(self.open_server)
        start.restoreRequested.connect(self.restore_into)
        return start

    # Actions -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """Every action, menu and toolbar; run again when the interface language changes."""
        key = QKeySequence.StandardKey
        self.new_db_action = self._action(
            self.tr("&New database…"), "Ctrl+Shift+N", lambda: self.start._choose_create()
        )
        self.open_db_action = self._action(
            self.tr("&Open database…"), key.Open, lambda: self.start._choose_open()
        )
        self.connect_action = self._action(
            self.tr("Connect to a ser&ver…"), None, lambda: self.start.choose_server()
        )
        self.connect_action.setToolTip(
            self.tr("Open the shared database on your headquarters' PostgreSQL server")
        )
        self.demo_action = self._action(self.tr("Open &demo"), None, self.open_demo)
        self.close_db_action = self._action(
            self.tr("&Close database"), key.Close, self.close_database
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), key.Preferences, self.edit_settings
        )
        self.quit_action = self._action(self.tr("&Quit"), key.Quit, self.close)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock.lock_now)
        self.lock_action.setToolTip(
            self.tr("Hide everything and close the database until unlocked")
        )
        self.erase_action = self._action(self.tr("&Emergency erase…"), None, self.emergency_erase)
        self.erase_action.setToolTip(
            self.tr("Delete this database, its backups and the recent list, then quit")
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), None, self.restore_from_backup
        )
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), None, self.change_passphrase
        )
        self.export_bundle_action = self._action(
            self.tr("E&xport bundle…"), None, self.export_bundle
        )
        self.export_bundle_action.setToolTip(
            self.tr("Write the visit's records to a file for another laptop or headquarters")
        )
        self.import_bundle_action = self._action(
            self.tr("&Import bundle…"), None, self.import_bundle
        )
        self.import_bundle_action.setToolTip(
            self.tr("Merge the records another laptop exported into this database")
        )
        self.conflicts_action = self._action(self.tr("&Conflicts…"), None, self.show_conflicts)
        self.conflicts_action.setToolTip(
            self.tr("Fields two laptops changed differently: choose the version to keep")
        )
        self.undo_action = self._action(self.tr("&Undo"), key.Undo, self.undo)
        self.redo_action = self._action(self.tr("&Redo"), key.Redo, self.redo)
        self.delete_action = self._action(self.tr("&Delete…"), "Ctrl+Delete", self.delete_current)
        self.history_action = self._action(self.tr("&History…"), "Ctrl+H", self.show_history)
        self.history_action.setToolTip(
            self.tr("Who changed this record, when, and from which value to which")
        )
        self.search_action = self._action(self.tr("&Search…"), key.Find, self.search)
        self.visits_action = self._action(self.tr("&Visits"), "Ctrl+Shift+V", self.show_visits)
        self.new_visit_action = self._action(self.tr("New &visit…"), "Ctrl+T", self.new_visit)
        self.new_place_action = self._action(self.tr("New &place"), "Ctrl+Shift+P", self.new_place)
        self.new_interview_action = self._action(
            self.tr("New &interview"), key.New, self.new_interview
        )
        self.new_finding_action = self._action(
            self.tr("New &finding"), "Ctrl+Shift+F", self.new_finding
        )
        self.new_recommendation_action = self._action(
            self.tr("New &recommendation"), "Ctrl+Shift+R", self.new_recommendation
        )
        self.export_report_action = self._action(
            self.tr("&Export report draft…"), "Ctrl+E", self.export_report
        )
        self.country_profile_action = self._action(
            self.tr("Countr&y profile…"), "Ctrl+Shift+Y", self.edit_country_profile
        )
        self.country_profile_action.setToolTip(
            self.tr(
                "The ratifications, the national preventive mechanism and the earlier visits "
                "the report's introduction states"
            )
        )
        self.internal_notes_action = self._action(
            self.tr("Export &internal visit notes…"), None, self.export_internal_notes
        )
        self.programme_action = self._action(
            self.tr("Delegation pro&gramme"), "Ctrl+Shift+G", self.show_programme
        )
        self.dashboard_action = self._action(
            self.tr("&Dashboard"), "Ctrl+Shift+D", self.show_dashboard
        )
        self.tracker_action = self._action(
            self.tr("&Follow-up tracker"), "Ctrl+Shift+T", self.show_tracker
        )
        self.overdue_action = self._action(
            self.tr("&Overdue recommendations"), "Ctrl+Shift+O", self.show_overdue
        )
        self.reprisals_action = self._action(
            self.tr("Re&prisals register"), "Ctrl+Shift+K", self.show_reprisals
        )
        self.about_action = self._action(self.tr("&About SPT Field"), None, self.about)
        self.new_interview_action.setToolTip(
            self.tr(
                "Start an interview at the current place with the last team pre-filled (Ctrl+N)"
            )
        )
        menus = (
            (
                self.tr("&File"),
                (
                    self.new_db_action,
                    self.open_db_action,
                    self.connect_action,
                    self.demo_action,
                    None,
                    self.close_db_action,
                    None,
                    self.restore_action,
                    self.passphrase_action,
                    None,
                    self.export_bundle_action,
                    self.import_bundle_action,
                    None,
                    self.settings_action,
                    None,
                    self.lock_action,
                    self.erase_action,
                    None,
                    self.quit_action,
                ),
            ),
            (
                self.tr("&Edit"),
                (
                    self.undo_action,
                    self.redo_action,
                    None,
                    self.delete_action,
                    self.history_action,
                    None,
                    self.search_action,
                ),
            ),
            (
                self.tr("&Visit"),
                (
                    self.visits_action,
                    self.new_visit_action,
                    None,
                    self.new_place_action,
                    self.new_interview_action,
                    self.new_finding_action,
                    self.new_recommendation_action,
                    None,
                    self.export_report_action,
                    self.internal_notes_action,
                    self.country_profile_action,
                    self.programme_action,
                    None,
                    self.conflicts_action,
                ),
            ),
            (
                self.tr("&Reports"),
                (
                    self.dashboard_action,
                    self.tracker_action,
                    self.overdue_action,
                    self.reprisals_action,
                ),
            ),
            (self.tr("&Help"), (self.about_action,)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.visits_action,
            self.new_interview_action,
            self.new_place_action,
            self.new_finding_action,
            self.new_recommendation_action,
            self.search_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _on_undo_index(self, _index: int) -> None:
        # The undo stack clears itself while the window is destroyed, after its actions.
        if shiboken6.isValid(self.undo_action):
            self._update_actions()

    def _update_actions(self) -> None:
        # Previewed, the database opens before the user can act: input waits for it. While
        # its visit list is still being read there is nothing to act on yet.
        previewed = self._preview is not None and self._save_state != "opening"
        has_db = self.store is not None or previewed
        in_visit = has_db and self.pages.currentWidget() is self.workspace
        for action in (
            self.erase_action,
            self.lock_action,
            self.close_db_action,
            self.restore_action,
            self.passphrase_action,
            self.export_bundle_action,
            self.import_bundle_action,
            self.conflicts_action,
            self.search_action,
            self.dashboard_action,
            self.tracker_action,
            self.overdue_action,
            self.reprisals_action,
            self.visits_action,
            self.new_visit_action,
        ):
            action.setEnabled(has_db)
        self._disable_file_only()
        for action in (
            self.new_place_action,
            self.new_interview_action,
            self.new_finding_action,
            self.new_recommendation_action,
            self.delete_action,
            self.history_action,
            self.export_report_action,
            self.internal_notes_action,
            self.country_profile_action,
            self.programme_action,
        ):
            action.setEnabled(in_visit)
        stack = self.store.undo_stack if self.store else None
        # An edit waiting for its autosave can be undone too: undo saves it first.
        pending = self._save_state == "pending"
        self.undo_action.setEnabled(bool(stack and (stack.canUndo() or pending)))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            undo, redo = stack.undoText(), stack.redoText()
            self.undo_action.setText(
                self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo")
            )
            self.redo_action.setText(
                self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo")
            )

    def _disable_file_only(self) -> None:
        """Backups, the passphrase and the emergency erase are a file's: on a server database
        they are disabled, and their tooltip says why."""
        from spt_field.ui.database_safety import file_only_reason

        on_server = self.store is not None and self.store.database.server is not None
        tips = {
            self.restore_action: "",
            self.passphrase_action: "",
            self.erase_action: self.tr(
                "Delete this database, its backups and the recent list, then quit"
            ),
        }
        for action, tip in tips.items():
            if on_server:
                action.setEnabled(False)
            action.setToolTip(file_only_reason() if on_server else tip)

    # Databases -----------------------------------------------------------------------------

    @user_action
    def open_server(self, url: str) -> None:
        """Connect to the database on a headquarters server (`url`: a libpq URL, checked)."""
        from spt_field.db.server import server_address

        self.open_server_address(server_address(url))

    @user_action
    def open_server_address(self, address: ServerAddress) -> None:
        database = self.opener.open_server(address)
        if database is not None:
            self.use_database(database)

    @user_action
    def open_path(self, path: Path) -> None:
        database = self.opener.open(path)
        if database is not None:
            self.use_database(database)

    @user_action
    def create_path(self, path: Path) -> None:
        database = self.opener.create(path)
        if database is not None:
            name = self.ask_member_name()
            if name:
                self.settings.member_name = name
            self.use_database(database)

    def ask_member_name(self) -> str | None:
        """Who is typing: History and bundles record it with every change (tests replace
        this)."""
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr(
                "Your name as the delegation knows you: History and field bundles record it "
                "with every change you make (Settings can change it later)."
            ),
            text=self.settings.member_name,
        )
        return name.strip() if accepted else None

    @user_action
    def open_demo(self) -> None:
        database, visit_id = self.opener.fresh_demo()
        self.use_database(database, remember=False)
        self.open_visit(visit_id)

    def show_opening(self, path: Path) -> None:
        """The database at `path` is being opened (its key derived, its visits read): the
        window shows its visit list, empty for now, and says so in the status bar."""
        self.show_visit_preview(path, [])
        self._show_save_state("opening", path.name)

    def show_visit_preview(self, path: Path, visits: list[VisitSummary]) -> None:
        """Show the visit list of the database at `path`, read before the storage stack has
        loaded, so that the window paints at once; `use_database` with that database (right
        after the first paint) takes the list over. The list shown while that database was
        opening is filled."""
        if self._preview == path and self.visit_list is not None:
            self.visit_list.show_visits(visits)
            self._show_save_state("saved", "")
            return
        self._preview = path
        visit_list = VisitList(None, self)
        visit_list.show_visits(visits)
        self._show_visit_list(visit_list, path)

    def use_database(self, database: Database, *, remember: bool = True) -> None:
        preview = self._take_preview(database.path)
        if not self.close_database():  # the user kept the open one (and its unsaved edit)
            database.close()
            return
        database.member = self.settings.member_name
        on_server = database.server is not None
        # Read before this run marks the database open: the last run left it open.
        unfinished = None if on_server else self.settings.unfinished_session(database.file)
        self.store = Store(database, self)
        self.store.ask_reopen = self.ask_reopen_report
        self.store.saveStateChanged.connect(self._show_save_state)
        self.store.undo_stack.indexChanged.connect(self._on_undo_index)
        from spt_field.ui.refresh import watch_others

        self.refresher = watch_others(self, self.store)  # on a server: others' saves appear
        if remember and database.server is not None:
            self.settings.remember_server(database.server.url.render_as_string())
        elif remember:
            self.settings.remember_database(database.file)
        if preview is None:
            self._show_visit_list(VisitList(self.store, self), source_of(database))
        else:
            preview.attach(self.store)
            self._show_save_state("saved", "")  # no longer opening, if it was
        self.safety.attach(self.store)
        self.field_sync.attach(self.store)
        if not on_server:
            self.settings.start_session(database.file)
        if unfinished is not None:
            from spt_field.ui.session_recovery import reopen_last_place

            reopen_last_place(self, unfinished)

    def _take_preview(self, path: Path | None) -> VisitList | None:
        """The previewed visit list if it shows `path`; a preview of another file goes."""
        previewed, self._preview = self._preview, None
        if previewed is None or self.visit_list is None:
            return None
        if previewed == path:
            return self.visit_list
        self._drop_pages()
        return None

    def _show_visit_list(self, visit_list: VisitList, source: Path | ServerAddress) -> None:
        self.visit_list = visit_list
        visit_list.openVisit.connect(self.open_visit)
        visit_list.newVisitRequested.connect(self.new_visit)
        self._restore_header("visit_list/header", visit_list.table)
        self.pages.addWidget(visit_list)
        self.pages.setCurrentWidget(visit_list)
        if isinstance(source, Path):
            self.database_label.setText(self.tr("Encrypted database: {0}").format(source.name))
            self.database_label.setToolTip(str(source))
            self.setWindowTitle(self.tr("SPT Field"))
        else:
            self.database_label.setText(self.tr("Server database: {0}").format(source))
            self.database_label.setToolTip(
                self.tr("On the server {0}, shared with headquarters").format(source)
            )
            self.setWindowTitle(self.tr("{0} — SPT Field").format(source))
        self._show_save_state("saved", "")
        self._update_actions()

    def _ensure_workspace(self) -> Workspace:
        """Build the workspace the first time a visit opens: start-up does not wait for it."""
        from spt_field.ui.workspace import Workspace

        if self.workspace is None:
            assert self.store is not None
            self.workspace = Workspace(self.store, self)
            self.workspace.currentChanged.connect(self._on_current_record)
            self.workspace.report_page.exportRequested.connect(self.export_report)
            self.workspace.report_page.finalizeRequested.connect(self.finalize_numbering)
            self.workspace.attachments.jobs = self.safety.jobs
            self._apply_attachment_limit()
            state = self.settings.window_state("workspace/splitter")
            if state is not None:
                self.workspace.splitter.restoreState(state)
            self._restore_header("interview_table/header", self.workspace.interview_table.view)
            self.pages.addWidget(self.workspace)
        return self.workspace

    def _on_current_record(self, kind: str, record_id: str) -> None:
        self._update_actions()
        workspace = self.workspace
        if workspace is not None and workspace.visit is not None:
            self.settings.remember_place(LastPlace(workspace.visit.id, kind, record_id))

    def _restore_header(self, key: str, table: QTableView) -> None:
        """Column widths, order and sorting as the user left them."""
        state = self.settings.window_state(key)
        if state is not None:
            table.horizontalHeader().restoreState(state)

    def _save_header(self, key: str, table: QTableView) -> None:
        self.settings.save_window_state(key, table.horizontalHeader().saveState())

    def close_database(self, *, ask: bool = True) -> bool:
        """Save pending edits and close. An edit a rule refuses is lost only if the user agrees,
        or without asking (`ask=False`) when the app locks itself."""
        if self.store is None:
            return True
        if not self.store.flush_all() and ask and not self._discard_unsaved():
            return False
        self._save_layout()
        self._drop_pages()
        self.safety.detach()
        self.field_sync.detach()
        self.store.close()
        self.store = None
        self.settings.end_session()
        self.pages.setCurrentWidget(self.start)
        self.start.refresh()
        self.database_label.clear()
        self.setWindowTitle(self.tr("SPT Field"))
        self.save_state.clear()
        self._update_actions()
        return True

    def _save_layout(self) -> None:
        """The splitter and the tables' columns as the user arranged them."""
        if self.workspace is not None:
            self.settings.save_window_state(
                "workspace/splitter", self.workspace.splitter.saveState()
            )
            self._save_header("interview_table/header", self.workspace.interview_table.view)
        if self.visit_list is not None:
            self._save_header("visit_list/header", self.visit_list.table)

    def _drop_pages(self) -> None:
        """Remove the pages that show the open database: visit list, workspace, tools."""
        for page in (self.visit_list, self.workspace, *self._tool_pages.values()):
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.visit_list = self.workspace = None
        self._tool_pages = {}

    def _discard_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved edit"),
            self.tr(
                "An edit breaks a rule and could not be saved (see the form's message). "
                "Close anyway and lose that edit?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_save_state(self, state: str, message: str) -> None:
        self._save_state, self._save_message = state, message
        if shiboken6.isValid(self.undo_action):
            self._update_actions()
        texts = {
            "saved": (self.tr("✔ All changes saved"), "#1b5e20"),
            "pending": (self.tr("Saving…"), "#555555"),
            "opening": (self.tr("Opening {0}…").format(message), "#555555"),
            "failed": (self.tr("✖ Not saved: {0}").format(message), "#b00020"),
        }
        text, color = texts.get(state, ("", "#000"))
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"color: {color};")

    # Visits --------------------------------------------------------------------------------

    @user_action
    def open_visit(self, visit_id: str) -> None:
        if self.store is None:
            return
        workspace = self._ensure_workspace()
        workspace.set_visit(visit_id)
        self.pages.setCurrentWidget(workspace)
        # The keyboard goes on in the navigator (the list the focus was in is hidden).
        workspace.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def show_visits(self) -> None:
        if self.visit_list is not None and self.store is not None:
            self.store.flush_all()
            self.visit_list.reload()
            self.pages.setCurrentWidget(self.visit_list)
            self._update_actions()

    @user_action
    def new_visit(self) -> None:
        if self.store is None:
            return
        from spt_field.ui.dialogs.new_visit_dialog import NewVisitDialog
        from spt_field.ui.undo import create_record

        dialog = NewVisitDialog(self)
        accepted = dialog.exec() == NewVisitDialog.DialogCode.Accepted
        fields = dialog.fields() if accepted else None
        dialog.deleteLater()
        if fields is None:
            return
        visit = create_record(self.store, RecordKind.VISIT, "", fields)
        self.open_visit(visit.id)

    @user_action
    def new_place(self) -> None:
        if self.workspace is not None:
            self.workspace.new_place()

    @user_action
    def new_interview(self) -> None:
        if self.workspace is not None and not self.workspace.new_interview():
            QMessageBox.information(
                self,
                self.tr("New interview"),
                self.tr("Add a place first: interviews happen at a place."),
            )

    @user_action
    def new_finding(self) -> None:
        if self.workspace is not None:
            self.workspace.new_finding()

    @user_action
    def new_recommendation(self) -> None:
        if self.workspace is not None:
            self.workspace.new_recommendation()

    @user_action
    def delete_current(self) -> None:
        if self.workspace is None:
            return
        target = self.workspace.deletable_current()
        if target is None:
            return
        kind, _record_id = target
        if self.confirm(
            self.tr("Delete"),
            self.tr("Delete this {0}? You can undo it with Ctrl+Z.").format(
                code_label(kind).lower()
            ),
        ):
            self.workspace.delete_current()

    def show_history(self) -> None:
        from spt_field.ui.dialogs.history_dialog import HistoryDialog

        if self.store is None or self.workspace is None:
            return
        kind, record_id = self.workspace.current
        if kind not in {k.value for k in RecordKind}:
            return
        self.store.flush_all()
        form = self.workspace.forms.get(kind)
        labels = form.field_labels() if form is not None else {}
        dialog = HistoryDialog(
            self.store, RecordKind(kind), record_id, labels, code_label(RecordKind(kind)), self
        )
        dialog.exec()
        dialog.deleteLater()

    def _open_visit_id(self) -> str | None:
        if self.store is None or self.workspace is None or self.workspace.visit is None:
            return None
        self.store.flush_all()
        return self.workspace.visit.id

    def export_report(self) -> None:
        from spt_field.ui.dialogs.export_report_dialog import ExportReportDialog

        visit_id = self._open_visit_id()
        if visit_id is not None and self.store is not None:
            dialog = ExportReportDialog(self.store, visit_id, self)
            dialog.conflictsRequested.connect(lambda: self.field_sync.show_conflicts(visit_id))
            dialog.exec()
            dialog.deleteLater()

    @user_action
    def edit_country_profile(self) -> None:
        """The profile of the open visit's country, which the report's introduction states."""
        from spt_field.ui.dialogs.country_profile_dialog import edit_country_profile

        visit_id = self._open_visit_id()
        if visit_id is not None and self.store is not None and self.workspace is not None:
            assert self.workspace.visit is not None  # a visit is open (its id was found)
            edit_country_profile(self.store, self.workspace.visit, self)

    @user_action
    def export_bundle(self) -> None:
        self.field_sync.export_bundle()

    @user_action
    def import_bundle(self) -> None:
        self.field_sync.import_bundle()

    def show_conflicts(self) -> None:
        self.field_sync.show_conflicts()

    @user_action
    def finalize_numbering(self) -> None:
        from spt_field.export.numbering import finalize_numbering

        visit_id = self._open_visit_id()
        if visit_id is None or self.store is None:
            return
        if not self.confirm(
            self.tr("Finalize numbering"),
            self.tr(
                "Store every recommendation's paragraph number as the report prints it now, and "
                "freeze the report? The State party's reply will cite these numbers; editing "
                "the findings or recommendations afterwards asks to reopen the draft."
            ),
        ):
            return
        numbers = self.store.write(finalize_numbering, visit_id)
        self.store.notify_structure(RecordKind.RECOMMENDATION)
        self.statusBar().showMessage(
            self.tr("{0} recommendations numbered").format(len(numbers)), 5000
        )

    @user_action
    def export_internal_notes(self) -> None:
        from spt_field.ui.dialogs.internal_notes_dialog import InternalNotesDialog

        visit_id = self._open_visit_id()
        if visit_id is None or self.store is None:
            return
        dialog = InternalNotesDialog(self.store, visit_id, self)
        if dialog.exec() == InternalNotesDialog.DialogCode.Accepted:
            written = dialog.path.text().strip()
            self.statusBar().showMessage(self.tr("Written to {0}").format(written), 5000)
        dialog.deleteLater()

    def ask_reopen_report(self, _visit_id: str) -> bool:
        """Whether to reopen a finalized report's draft for an edit (the trail records it)."""
        return self.confirm(
            self.tr("Reopen the report draft?"),
            self.tr(
                "The report on this visit is final: the State party's reply quotes its paragraph "
                "numbers, and exporting it again prints it as it was finalized. Reopen the draft "
                "to make this change? Reopening is recorded in the history, and the report must "
                "be finalized again."
            ),
        )

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # Edit ----------------------------------------------------------------------------------

    @user_action
    def undo(self) -> None:
        if self.store is not None:
            self.store.flush_all()
            self.store.undo_stack.undo()

    @user_action
    def redo(self) -> None:
        if self.store is not None:
            self.store.flush_all()
            self.store.undo_stack.redo()

    def search(self) -> None:
        if self.store is None:
            return
        self.store.flush_all()
        from spt_field.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.store, self)
        dialog.openRecord.connect(self.open_record)
        dialog.exec()
        dialog.deleteLater()  # it holds the store, its query and its hits' text

    @user_action
    def open_record(self, kind: str, record_id: str) -> None:
        if self.store is None:
            return
        from spt_field.services.lookup import visit_of_record

        visit_id = self.store.read(visit_of_record, RecordKind(kind), record_id)
        workspace = self._ensure_workspace()
        if workspace.visit is None or workspace.visit.id != visit_id:
            self.open_visit(visit_id)
        self.pages.setCurrentWidget(workspace)
        workspace.select(kind, record_id)
        self._update_actions()

    def _show_tool_page(self, name: str) -> None:
        """The dashboard and the tracker: pages of their own, built when first asked for."""
        if self.store is None:
            return
        self.store.flush_all()
        page = self._tool_pages.get(name)
        if page is None:
            from spt_field.ui.widgets.dashboard import Dashboard
            from spt_field.ui.widgets.followup_tracker import FollowUpTracker
            from spt_field.ui.widgets.overdue_view import OverdueView
            from spt_field.ui.widgets.programme_view import ProgrammeView
            from spt_field.ui.widgets.reprisals_view import ReprisalsView

            pages = {
                "dashboard": Dashboard,
                "tracker": FollowUpTracker,
                "overdue": OverdueView,
                "reprisals": ReprisalsView,
                "programme": ProgrammeView,
            }
            page = pages[name](self.store)
            self._tool_pages[name] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._update_actions()

    def show_dashboard(self) -> None:
        self._show_tool_page("dashboard")

    def show_tracker(self) -> None:
        self._show_tool_page("tracker")

    def show_overdue(self) -> None:
        self._show_tool_page("overdue")

    def show_reprisals(self) -> None:
        self._show_tool_page("reprisals")

    def show_programme(self) -> None:
        """The delegation's programme of the open visit."""
        visit_id = self._open_visit_id()
        if visit_id is None:
            return
        self._show_tool_page("programme")
        from spt_field.ui.widgets.programme_view import ProgrammeView

        page = self._tool_pages["programme"]
        assert isinstance(page, ProgrammeView)
        page.set_visit(visit_id)

    def ask_erase_confirmation(self, path: Path) -> bool:
        """The user must type ERASE: a click alone cannot destroy a visit's work."""
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Emergency erase"),
            self.tr(
                "This deletes {0}, its write-ahead log and all its backups, SPT Field's log and "
                "settings (the member's name, recent databases, remembered folders), offers to "
                "delete the reports, exports and bundles it wrote, and quits. It cannot be "
                "undone.\n\nType ERASE to confirm:"
            ).format(path),
        )
        return accepted and text.strip() == "ERASE"

    @user_action
    def emergency_erase(self) -> None:
        """From the File menu, or from the lock screen (no passphrase: the laptop may be about
        to be taken)."""
        from spt_field.logs import erase_log
        from spt_field.security import written_files
        from spt_field.security.erase import erase_database
        from spt_field.ui.dialogs.written_files_dialog import WrittenFilesDialog

        if self.store is not None and self.store.database.server is not None:
            return  # disabled: the server's records are not this laptop's to erase
        path = self.store.database.file if self.store is not None else self.lock.locked_path
        if path is None or not self.ask_erase_confirmation(path):
            return
        if self.store is not None:
            self.store.flush_all()
            self.store.undo_stack.clear()
            self._force_close()
        erase_database(path)
        written_files.delete(WrittenFilesDialog.ask(written_files.listed(), self))
        written_files.erase_record()
        self.settings.erase_everything()
        self._erased = True  # closing must not write the window's state again
        erase_log()
        self.close()

    def _force_close(self) -> None:
        """Close the database whatever its pending edits (they are about to be erased)."""
        self._drop_pages()
        if self.store is not None:
            self.safety.discard()
            self.field_sync.detach()
            self.store.discard()
            self.store = None
        self.pages.setCurrentWidget(self.start)
        self._update_actions()

    @user_action
    def restore_from_backup(self) -> None:
        self.safety.restore_from_backup()

    @user_action
    def restore_into(self, backup: Path, target: Path) -> None:
        """From the start screen: the backup becomes `target` (which may not exist)."""
        if self.close_database():
            self.safety.restore_into(backup, target)

    @user_action
    def change_passphrase(self) -> None:
        self.safety.change_passphrase()

    def edit_settings(self) -> None:
        from spt_field.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.store, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            if self.store is not None:
                self.store.database.member = self.settings.member_name
            self._apply_attachment_limit()
            self.switch_language(choose_language(None, self.settings.language, system_languages()))
        dialog.deleteLater()

    def _apply_attachment_limit(self) -> None:
        if self.workspace is not None:
            self.workspace.attachments.limit_bytes = self.settings.attachment_limit_mb * MEGABYTE

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SPT Field"),
            self.tr(
                "<h3>SPT Field {0}</h3><p>An offline tool for visits to places of "
                "deprivation of liberty: places, interviews, findings and the confidential "
                "visit report.</p><p>Every database is encrypted (SQLCipher).</p>"
            ).format(__version__),
        )

    # Language ------------------------------------------------------------------------------

    def switch_language(self, code: str) -> None:
        """Show the interface in `code` now. Pending edits are saved first; one a rule refuses
        is lost only if the user agrees (else the language changes at the next start)."""
        if code == current_language():
            return
        if self.store is not None and not self.store.flush_all() and not self._lose_for_language():
            return
        apply_language(code)  # Qt sends LanguageChange: changeEvent rebuilds the window

    def _lose_for_language(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved edit"),
            self.tr(
                "An edit breaks a rule and could not be saved (see the form's message). "
                "Change the language now and lose that edit? Otherwise the new language is "
                "used from the next start."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_in_new_language()
        super().changeEvent(event)

    def _rebuild_in_new_language(self) -> None:
        """Every text was set with self.tr() when its widget was built, so build the window's
        content again: menus, toolbar, start screen and, with a database open, its pages. The
        store (its undo history too) stays, and the user comes back to the page and record
        they were on."""
        self.setWindowTitle(self.tr("SPT Field"))
        old_start = self._start
        if old_start is not None:
            self._start = self._new_start_screen()
            self.pages.insertWidget(self.pages.indexOf(old_start), self._start)
            if self.pages.currentWidget() is old_start:
                self.pages.setCurrentWidget(self._start)
            self.pages.removeWidget(old_start)
            old_start.deleteLater()
        self.setMenuBar(QMenuBar(self))  # deletes the old menus
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self._build_actions()
        if self.store is not None:
            self._rebuild_pages(self.store)
        self._update_actions()
        self._show_save_state(self._save_state, self._save_message)
        self.safety.retranslate()

    def _rebuild_pages(self, store: Store) -> None:
        place = self.lock.where(source_of(store.database))
        store.flush_all()
        self._save_layout()
        self._drop_pages()
        self._show_visit_list(VisitList(store, self), source_of(store.database))
        self.lock.return_to(place)

    # Closing -------------------------------------------------------------------------------

    def _close_for_quitting(self) -> bool:
        """Quitting takes under a second whatever the database's size: every edit is saved
        (each one committed) at once, but an integrity check or backup still running is not
        waited for: the process ends with it, as after a power cut the app is built to
        survive (the check only reads; a backup is written aside, then renamed), and the last
        backup is left to the next start, which backs up a database it did not see closed
        clean. Closing the database without quitting still waits (`close_database`)."""
        if self.store is None:
            return True
        if not self.store.flush_all() and not self._discard_unsaved():
            return False
        self.hide()
        self._save_layout()
        self._drop_pages()
        self.field_sync.detach()
        schedule = self.safety.schedule
        if schedule is not None:
            schedule.timer.stop()  # no new backup; `stop()` would wait for the running job
        self.safety.store = self.safety.schedule = None
        if self.safety.jobs.busy():  # it still uses the database: the process exit ends both
            self.quit_leaves_jobs = True
        else:
            self.store.close()
        self.store = None
        self.settings.end_session()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._close_for_quitting():
            event.ignore()
            return
        if not self._erased:
            self.settings.save_window_state("main_window/geometry", self.saveGeometry())
            self.settings.sync()
        event.accept()
        QCoreApplication.quit()
