"""Emergency erase, second step: the reports, exports and bundles SPT Field wrote outside the
database, each checked for deletion; the user may keep some (a report already sent, a file on
a stick that is not here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spt_field.ui.models.roles import VALUE_ROLE


class WrittenFilesDialog(QDialog):
    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files SPT Field wrote"))
        intro = QLabel(
            self.tr(
                "SPT Field wrote these files outside the database (reports, notes, exports, "
                "bundles). Checked files are deleted too."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Files to delete"))
        intro.setBuddy(self.files)
        for path in paths:
            item = QListWidgetItem(str(path), self.files)
            item.setData(VALUE_ROLE, str(path))
            item.setCheckState(Qt.CheckState.Checked)
        buttons = QDialogButtonBox(self)
        delete = buttons.addButton(
            self.tr("&Delete checked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        delete.setDefault(True)
        buttons.addButton(self.tr("&Keep them all"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def checked(self) -> list[Path]:
        items = (self.files.item(row) for row in range(self.files.count()))
        return [
            Path(str(item.data(VALUE_ROLE)))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(cls, paths: list[Path], parent: QWidget | None = None) -> list[Path]:
        """The files to delete (none when the user keeps them all)."""
        if not paths:
            return []
        dialog = cls(paths, parent)
        chosen = dialog.checked() if dialog.exec() == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        return chosen
