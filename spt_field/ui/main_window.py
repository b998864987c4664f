"""The main window: start screen, visit list and visit workspace, with menus and the status bar
that always says whether everything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from spt_field import __version__
from spt_field.db.session import Database
from spt_field.domain.kinds import RecordKind
from spt_field.services.lookup import visit_of_record
from spt_field.ui.actions import user_action
from spt_field.ui.database_opener import DatabaseOpener
from spt_field.ui.dialogs.new_visit_dialog import NewVisitDialog
from spt_field.ui.dialogs.search_dialog import SearchDialog
from spt_field.ui.dialogs.settings_dialog import SettingsDialog
from spt_field.ui.settings import Settings
from spt_field.ui.start_screen import StartScreen
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record
from spt_field.ui.visit_list import VisitList
from spt_field.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store: Store | None = None
        self.visit_list: VisitList | None = None
        self.workspace: Workspace | None = None
        self.opener = DatabaseOpener(self)
        self.setWindowTitle("SPT Field")
        self.pages = QStackedWidget(self)
        self.start = StartScreen(settings, self)
        self.start.openRequested.connect(self.open_path)
        self.start.createRequested.connect(self.create_path)
        self.start.demoRequested.connect(self.open_demo)
        self.pages.addWidget(self.start)
        self.setCentralWidget(self.pages)
        self.save_state = QLabel(self)
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_actions()
        self._update_actions()
        self.resize(1280, 800)
        geometry = settings.window_state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

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
        tr = self.tr
        key = QKeySequence.StandardKey
        self.new_db_action = self._action(
            tr("&New database…"), "Ctrl+Shift+N", self.start._choose_create
        )
        self.open_db_action = self._action(tr("&Open database…"), key.Open, self.start._choose_open)
        self.demo_action = self._action(tr("Open &demo"), None, self.open_demo)
        self.close_db_action = self._action(tr("&Close database"), key.Close, self.close_database)
        self.settings_action = self._action(tr("&Settings…"), key.Preferences, self.edit_settings)
        self.quit_action = self._action(tr("&Quit"), key.Quit, self.close)
        self.undo_action = self._action(tr("&Undo"), key.Undo, self.undo)
        self.redo_action = self._action(tr("&Redo"), key.Redo, self.redo)
        self.delete_action = self._action(tr("&Delete…"), "Ctrl+Delete", self.delete_current)
        self.search_action = self._action(tr("&Search…"), key.Find, self.search)
        self.visits_action = self._action(tr("&Visits"), "Ctrl+Shift+V", self.show_visits)
        self.new_visit_action = self._action(tr("New &visit…"), None, self.new_visit)
        self.new_place_action = self._action(tr("New &place"), "Ctrl+Shift+P", self.new_place)
        self.new_interview_action = self._action(tr("New &interview"), key.New, self.new_interview)
        self.new_finding_action = self._action(tr("New &finding"), "Ctrl+Shift+F", self.new_finding)
        self.new_recommendation_action = self._action(
            tr("New &recommendation"), "Ctrl+Shift+R", self.new_recommendation
        )
        self.about_action = self._action(tr("&About SPT Field"), None, self.about)
        self.new_interview_action.setToolTip(
            tr("Start an interview at the current place with the last team pre-filled (Ctrl+N)")
        )
        menus = (
            (
                tr("&File"),
                (
                    self.new_db_action,
                    self.open_db_action,
                    self.demo_action,
                    None,
                    self.close_db_action,
                    None,
                    self.settings_action,
                    None,
                    self.quit_action,
                ),
            ),
            (
                tr("&Edit"),
                (
                    self.undo_action,
                    self.redo_action,
                    None,
                    self.delete_action,
                    None,
                    self.search_action,
                ),
            ),
            (
                tr("&Visit"),
                (
                    self.visits_action,
                    self.new_visit_action,
                    None,
                    self.new_place_action,
                    self.new_interview_action,
                    self.new_finding_action,
                    self.new_recommendation_action,
                ),
            ),
            (tr("&Help"), (self.about_action,)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        toolbar = QToolBar(tr("Main"), self)
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

    def _update_actions(self) -> None:
        has_db = self.store is not None
        in_visit = has_db and self.pages.currentWidget() is self.workspace
        for action in (
            self.close_db_action,
            self.search_action,
            self.visits_action,
            self.new_visit_action,
        ):
            action.setEnabled(has_db)
        for action in (
            self.new_place_action,
            self.new_interview_action,
            self.new_finding_action,
            self.new_recommendation_action,
            self.delete_action,
        ):
            action.setEnabled(in_visit)
        stack = self.store.undo_stack if self.store else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            self.undo_action.setText(self.tr("&Undo {0}").format(stack.undoText()).strip())
            self.redo_action.setText(self.tr("&Redo {0}").format(stack.redoText()).strip())

    # Databases -----------------------------------------------------------------------------

    @user_action
    def open_path(self, path: Path) -> None:
        database = self.opener.open(path)
        if database is not None:
            self.use_database(database)

    @user_action
    def create_path(self, path: Path) -> None:
        database = self.opener.create(path)
        if database is not None:
            self.use_database(database)

    @user_action
    def open_demo(self) -> None:
        database, visit_id = self.opener.fresh_demo()
        self.use_database(database, remember=False)
        self.open_visit(visit_id)

    def use_database(self, database: Database, *, remember: bool = True) -> None:
        self.close_database()
        self.store = Store(database, self)
        self.store.saveStateChanged.connect(self._show_save_state)
        self.store.undo_stack.indexChanged.connect(lambda _index: self._update_actions())
        if remember:
            self.settings.remember_database(database.path)
        self.visit_list = VisitList(self.store, self)
        self.visit_list.openVisit.connect(self.open_visit)
        self.visit_list.newVisitRequested.connect(self.new_visit)
        self.workspace = Workspace(self.store, self)
        self.workspace.currentChanged.connect(lambda *_args: self._update_actions())
        state = self.settings.window_state("workspace/splitter")
        if state is not None:
            self.workspace.splitter.restoreState(state)
        self.pages.addWidget(self.visit_list)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.visit_list)
        self.database_label.setText(self.tr("Encrypted database: {0}").format(database.path.name))
        self.database_label.setToolTip(str(database.path))
        self._show_save_state("saved", "")
        self._update_actions()

    def close_database(self) -> bool:
        if self.store is None:
            return True
        if not self.store.flush_all() and not self._discard_unsaved():
            return False
        if self.workspace is not None:
            self.settings.save_window_state(
                "workspace/splitter", self.workspace.splitter.saveState()
            )
        for page in (self.visit_list, self.workspace):
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.visit_list = self.workspace = None
        self.store.close()
        self.store = None
        self.pages.setCurrentWidget(self.start)
        self.start.refresh()
        self.database_label.clear()
        self.save_state.clear()
        self._update_actions()
        return True

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
        texts = {
            "saved": (self.tr("✔ All changes saved"), "#1b5e20"),
            "pending": (self.tr("Saving…"), "#555555"),
            "failed": (self.tr("✖ Not saved: {0}").format(message), "#b00020"),
        }
        text, color = texts.get(state, ("", "#000"))
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"color: {color};")

    # Visits --------------------------------------------------------------------------------

    @user_action
    def open_visit(self, visit_id: str) -> None:
        if self.workspace is None:
            return
        self.workspace.set_visit(visit_id)
        self.pages.setCurrentWidget(self.workspace)
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
        dialog = NewVisitDialog(self)
        if dialog.exec() != NewVisitDialog.DialogCode.Accepted:
            return
        visit = create_record(self.store, RecordKind.VISIT, "", dialog.fields())
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
            self.tr("Delete this {0}? You can undo it with Ctrl+Z.").format(kind.label.lower()),
        ):
            self.workspace.delete_current()

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
        dialog = SearchDialog(self.store, self)
        dialog.openRecord.connect(self.open_record)
        dialog.exec()

    @user_action
    def open_record(self, kind: str, record_id: str) -> None:
        if self.store is None or self.workspace is None:
            return
        visit_id = self.store.read(visit_of_record, RecordKind(kind), record_id)
        if self.workspace.visit is None or self.workspace.visit.id != visit_id:
            self.open_visit(visit_id)
        self.pages.setCurrentWidget(self.workspace)
        self.workspace.select(kind, record_id)

    def edit_settings(self) -> None:
        SettingsDialog(self.settings, self.store, self).exec()

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

    # Closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.close_database():
            event.ignore()
            return
        self.settings.save_window_state("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        event.accept()
        QCoreApplication.quit()
