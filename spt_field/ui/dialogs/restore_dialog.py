"""File → Restore from backup…: the database's backups, newest first, with what each holds; the
one chosen replaces the database once the user confirms (the current state is kept aside as a
before-restore backup, so a restore can itself be undone)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.security.backups import BackupInfo
from spt_field.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
COUNTED = ("visits", "places", "interviews")


def taken_at_text(backup: BackupInfo) -> str:
    """When the backup was taken, in the laptop's time zone."""
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupTableModel(QAbstractTableModel):
    """One row per backup: when, which kind, its visits, places and interviews, its size."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Visits"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Places"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Interviews"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
    )

    def __init__(self, backups: Sequence[BackupInfo]) -> None:
        super().__init__()
        self.backups = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(backup, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if backup.counts is None:
                return self.tr("This backup does not open with this passphrase, or it is damaged")
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, backup: BackupInfo, column: int) -> str:
        if column == 0:
            return taken_at_text(backup)
        if column == 1:
            return self.tr("Before a restore") if backup.before_restore else self.tr("Automatic")
        if column == 5:
            return self.tr("{0:.1f} MB").format(backup.size / 1_000_000)
        if backup.counts is None:
            return "—"
        return str(backup.counts[COUNTED[column - 2]])


class RestoreDialog(QDialog):
    """Pick a backup; `chosen()` is the one to restore once the dialog is accepted."""

    def __init__(
        self, db_path: Path, backups: Sequence[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupTableModel(backups)
        intro = QLabel(
            self.tr(
                "Backups of {0}, newest first. They are taken when the database opens, every "
                "30 minutes while you work, and when it closes; the last 10 are kept."
            ).format(db_path.name),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty.setVisible(not self.model.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(680, 380)
        if self.model.backups:
            self.table.selectRow(0)
        self._update_button()

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        backup = self.chosen()
        # A backup that does not open with the passphrase given cannot be restored with it.
        self.restore_button.setEnabled(backup is not None and backup.counts is not None)

    def try_accept(self) -> None:
        backup = self.chosen()
        if backup is None or backup.counts is None:
            return
        if self.confirm(backup):
            self.accept()

    def confirm(self, backup: BackupInfo) -> bool:
        counts = backup.counts or {}
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace {0} with the backup of {1} ({2} visits, {3} places, {4} interviews)? "
                "Everything entered since that backup is set aside: the current state is kept "
                "as a before-restore backup, so you can go back to it."
            ).format(
                self.db_path.name,
                taken_at_text(backup),
                counts.get("visits", 0),
                counts.get("places", 0),
                counts.get("interviews", 0),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(
        cls, db_path: Path, backups: Sequence[BackupInfo], parent: QWidget | None = None
    ) -> BackupInfo | None:
        """The backup the user chose and confirmed, or None."""
        dialog = cls(db_path, backups, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen() if accepted else None
        dialog.deleteLater()
        return chosen
