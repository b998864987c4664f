"""Export the confidential report draft: addressee, format, optional password, a preview of the
first page, and progress. A refusal (a name found by the leak check) writes nothing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.errors import UserError
from spt_field.export.report_export import report_bytes
from spt_field.export.report_model import Addressee
from spt_field.safe_files import write_atomically
from spt_field.security.passphrase import MINIMUM_LENGTH
from spt_field.ui.store import Store

PREVIEW_SIZE = QSize(360, 509)  # A4 proportions


class ExportReportDialog(QDialog):
    def __init__(self, store: Store, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Export report draft"))
        self.addressee = QComboBox(self)
        self.addressee.addItem(self.tr("The State party"), "state")
        self.addressee.addItem(self.tr("The national preventive mechanism"), "npm")
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Where to write the .pdf or .docx file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional, PDF only (AES-256)"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Addressed to"), self.addressee)
        form.addRow(self.tr("&File"), where)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        self.preview = QLabel(self.tr("Preview of the first page"), self)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: white; border: 1px solid #aaa;")
        preview_button = QPushButton(self.tr("P&review"), self)
        preview_button.clicked.connect(self.show_preview)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(preview_button)
        left.addStretch(1)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)

    @property
    def chosen_addressee(self) -> Addressee:
        return "npm" if self.addressee.currentData() == "npm" else "state"

    def choose_path(self) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report draft"),
            "report-draft.pdf",
            self.tr("PDF (*.pdf);;Word (*.docx)"),
        )
        return name

    def _browse(self) -> None:
        name = self.choose_path()
        if name:
            self.path.setText(name)

    def _set_progress(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(self.tr(what))
        QApplication.processEvents()

    def _password(self) -> str | None:
        password = self.password.text()
        if not password:
            return None
        if password != self.repeat.text():
            raise UserError(self.tr("the two passwords differ"))
        if len(password) < MINIMUM_LENGTH:
            raise UserError(
                self.tr("the password must have at least {0} characters").format(MINIMUM_LENGTH)
            )
        return password

    def show_preview(self) -> bool:
        try:
            data = self.store.read(
                report_bytes, self.visit_id, ".pdf", addressee=self.chosen_addressee
            )
        except UserError as error:
            self._refused(str(error))
            return False
        self.preview.setPixmap(first_page(data, PREVIEW_SIZE))
        return True

    def export(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self._refused(self.tr("choose where to write the file"))
            return False
        path = Path(text)
        try:
            data = self.store.read(
                report_bytes,
                self.visit_id,
                path.suffix.lower(),
                addressee=self.chosen_addressee,
                password=self._password(),
                progress=self._set_progress,
            )
            write_atomically(data, path)
        except UserError as error:
            self._refused(str(error))
            return False
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Written to {0}").format(path))
        return True

    def _refused(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Not exported: {0}").format(message))


def first_page(pdf: bytes, size: QSize) -> QPixmap:
    """The first page of a PDF as a picture, rendered by PDFium in memory (no file on disk)."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        scale = size.width() / page.get_width()
        picture = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    data = picture.tobytes()
    image = QImage(
        data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
    )
    return QPixmap.fromImage(image.copy())
