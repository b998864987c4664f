"""Export the delegation's internal visit notes: always encrypted, so a file and a password
(typed twice, as strong as a database passphrase) are asked for; nothing is written otherwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from spt_field.errors import UserError
from spt_field.export.report_export import export_internal_notes
from spt_field.ui.dialogs.password_fields import PasswordFields
from spt_field.ui.dialogs.save_file_row import SaveFileRow
from spt_field.ui.store import Store


class InternalNotesDialog(QDialog):
    def __init__(self, store: Store, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Export internal visit notes"))
        explanation = QLabel(
            self.tr(
                "The internal notes hold every interview note and allegation, under pseudonyms, "
                "and mark the persons at risk of reprisals. They never leave the delegation and "
                "are always encrypted: choose a password and give it only to its members."
            ),
            self,
        )
        explanation.setWordWrap(True)
        where = SaveFileRow(self, self.tr("Where to write the .pdf file"), self._choose)
        self.path = where.path
        self.passwords = PasswordFields(self, self.tr("Required (AES-256)"))
        form = QFormLayout()
        form.addRow(self.tr("&File"), where)
        self.passwords.add_to(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._export_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _choose(self) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), "internal-notes.pdf", self.tr("PDF (*.pdf)")
        )
        return name

    def export(self) -> bool:
        """Write the encrypted notes; say why not if they cannot be written."""
        text = self.path.text().strip()
        try:
            if not text:
                raise UserError(self.tr("choose where to write the file"))
            password = self.passwords.value(required=True)
            assert password is not None  # required
            self.store.read(export_internal_notes, self.visit_id, Path(text), password)
        except UserError as error:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("Not exported: {0}").format(error))
            return False
        return True

    def _export_and_close(self) -> None:
        if self.export():
            self.accept()
