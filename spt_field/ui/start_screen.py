"""The first screen: open a database, create one, restore one from a backup (also when the
database itself is gone), connect to a headquarters server by one of the connection profiles,
reopen a recent one (a file or a server, each said), or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field import __version__
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.i18n import QT_TRANSLATE_NOOP
from spt_field.ui.models.roles import VALUE_ROLE
from spt_field.ui.settings import RecentDatabase, Settings

FILE_FILTER = QT_TRANSLATE_NOOP("StartScreen", "SPT Field databases (*.sptdb);;All files (*)")
BACKUP_FOLDER_SUFFIX = ".backups"


def restore_target_for(backup: Path) -> Path:
    """Where a backup goes back by default: the database whose backups folder holds it
    (``visits.sptdb.backups/visits-....sptdb`` -> ``visits.sptdb``), else beside it."""
    folder = backup.parent
    if folder.name.endswith(BACKUP_FOLDER_SUFFIX):
        return folder.with_name(folder.name.removesuffix(BACKUP_FOLDER_SUFFIX))
    return backup.with_name("restored.sptdb")


class StartScreen(QWidget):
    openRequested = Signal(Path)  # noqa: N815
    createRequested = Signal(Path)  # noqa: N815
    demoRequested = Signal()  # noqa: N815
    #: The backup file to restore and the database file it becomes (which may not exist).
    restoreRequested = Signal(Path, Path)  # noqa: N815
    #: The libpq URL of a server database to connect to (no password in it).
    serverRequested = Signal(str)  # noqa: N815

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        title = QLabel(
            self.tr(
                "<h1>SPT Field</h1><p>Visits to places of deprivation of liberty: "
                "log places, interviews and findings; draft the confidential report.</p>"
            ),
            self,
        )
        title.setWordWrap(True)
        version = QLabel(self.tr("Version {0} · every database is encrypted").format(__version__))
        version.setStyleSheet("color: #555;")
        open_button = QPushButton(self.tr("&Open database…"), self)
        open_button.clicked.connect(self._choose_open)
        create_button = QPushButton(self.tr("&Create database…"), self)
        create_button.clicked.connect(self._choose_create)
        demo_button = QPushButton(self.tr("Open &demo"), self)
        demo_button.setToolTip(self.tr("A fictional visit to try SPT Field with"))
        demo_button.clicked.connect(self.demoRequested)
        restore_button = QPushButton(self.tr("Restore from a &backup…"), self)
        restore_button.setToolTip(
            self.tr("Put a backup back as a database: also when the database itself is lost")
        )
        restore_button.clicked.connect(self._choose_restore)
        server_button = QPushButton(self.tr("Connec&t to a server…"), self)
        server_button.setToolTip(
            self.tr("Open the shared database on your headquarters' PostgreSQL server")
        )
        server_button.clicked.connect(self.choose_server)
        self.server_button = server_button
        buttons = QHBoxLayout()
        for button in (open_button, create_button, restore_button, server_button, demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._open_recent)
        recent_label = QLabel(self.tr("Rece&nt databases"), self)
        recent_label.setBuddy(self.recent)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(version)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(recent_label)
        column.addWidget(self.recent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.refresh()
        name_inputs(self)

    def refresh(self) -> None:
        self.recent.clear()
        for entry in self.settings.recent_entries:
            self._add_recent(entry)

    def _add_recent(self, entry: RecentDatabase) -> None:
        if entry.url is not None:
            where = self._server_display(entry.url)
            item = QListWidgetItem(self.tr("Server: {0}").format(where), self.recent)
            item.setData(VALUE_ROLE, entry.url)
            item.setToolTip(self.tr("A database on a server: {0}").format(where))
            return
        path = entry.path
        assert path is not None
        item = QListWidgetItem(
            self.tr("File: {0}   —   {1}").format(path.name, path.parent), self.recent
        )
        item.setData(VALUE_ROLE, str(path))
        item.setToolTip(str(path))
        if not path.exists():
            item.setForeground(Qt.GlobalColor.gray)
            item.setToolTip(self.tr("{0} (file not found)").format(path))

    @staticmethod
    def _server_display(url: str) -> str:
        from spt_field.db.server import server_address
        from spt_field.errors import UserError

        try:
            return server_address(url).display()
        except UserError:
            return url

    def _open_recent(self, item: QListWidgetItem) -> None:
        value = str(item.data(VALUE_ROLE))
        if self.settings.is_server_entry(value):
            self.serverRequested.emit(value)
        else:
            self.openRequested.emit(Path(value))

    def choose_server(self) -> None:
        """The connection profiles: the one chosen is connected to."""
        from spt_field.ui.dialogs.server_dialogs import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        try:
            chosen = dialog.chosen if dialog.exec() == ConnectDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.serverRequested.emit(chosen.url)

    def _choose_open(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr(FILE_FILTER)
        )
        if name:
            self.openRequested.emit(Path(name))

    def _choose_create(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Create database"), "visits.sptdb", self.tr(FILE_FILTER)
        )
        if name:
            path = Path(name)
            self.createRequested.emit(path if path.suffix else path.with_suffix(".sptdb"))

    def choose_backup(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), "", self.tr(FILE_FILTER)
        )
        return Path(name) if name else None

    def choose_restore_target(self, backup: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Restore the backup as"),
            str(restore_target_for(backup)),
            self.tr(FILE_FILTER),
        )
        return Path(name) if name else None

    def _choose_restore(self) -> None:
        backup = self.choose_backup()
        target = self.choose_restore_target(backup) if backup is not None else None
        if backup is not None and target is not None:
            self.restoreRequested.emit(backup, target)
