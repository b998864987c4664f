"""Export the confidential report draft: addressee, format, optional password, the findings and
recommendations the report withholds (named before anything is written), a preview of the
first page, and progress. A refusal (a name found by the leak check) writes nothing. While
conflicts from field sync are open in the visit, a warning says so (the report shows one version
of each conflicting field), without blocking the export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.errors import UserError
from spt_field.export.report_builder import withheld_from_report
from spt_field.export.report_export import report_bytes
from spt_field.export.report_model import Addressee
from spt_field.export.withholding import Withheld, WithholdingReason
from spt_field.safe_files import write_atomically
from spt_field.services.conflicts import count_open_conflicts
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.dialogs.password_fields import PasswordFields
from spt_field.ui.dialogs.save_file_row import SaveFileRow
from spt_field.ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, current_language
from spt_field.ui.pdf_pages import first_page
from spt_field.ui.store import Store

PREVIEW_SIZE = QSize(360, 509)  # A4 proportions
#: The steps report_bytes reports progress with, marked so that lupdate offers them to translate.
PROGRESS_STEPS = (
    QT_TRANSLATE_NOOP("ExportReportDialog", "Assembling the report"),
    QT_TRANSLATE_NOOP("ExportReportDialog", "Typesetting"),
    QT_TRANSLATE_NOOP("ExportReportDialog", "Checking the final text for names"),
    QT_TRANSLATE_NOOP("ExportReportDialog", "Protecting with the password"),
    QT_TRANSLATE_NOOP("ExportReportDialog", "Done"),
)
#: Why a record is withheld, as the drafter reads it.
REASONS = {
    WithholdingReason.NO_CONSENT: QT_TRANSLATE_NOOP(
        "ExportReportDialog", "an interviewee consented to no use"
    ),
    WithholdingReason.INTERNAL_ONLY: QT_TRANSLATE_NOOP(
        "ExportReportDialog", "an interviewee allowed delegation use only"
    ),
    WithholdingReason.REPRISAL_RISK: QT_TRANSLATE_NOOP(
        "ExportReportDialog", "an interviewee is at risk of reprisals"
    ),
    WithholdingReason.ONLY_WITHHELD_FINDINGS: QT_TRANSLATE_NOOP(
        "ExportReportDialog", "it answers only withheld findings"
    ),
}


class ExportReportDialog(QDialog):
    #: The user asked to resolve the visit's open conflicts (the Conflicts view).
    conflictsRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Export report draft"))
        self.conflict_warning = QLabel(self)
        self.conflict_warning.setWordWrap(True)
        self.conflict_warning.setStyleSheet("background: #ffe0b2; color: #7a3300; padding: 6px;")
        self.resolve_button = QPushButton(self.tr("Resolve &conflicts…"), self)
        self.resolve_button.clicked.connect(self._resolve_conflicts)
        self.addressee = QComboBox(self)
        self.addressee.addItem(self.tr("The State party"), "state")
        self.addressee.addItem(self.tr("The national preventive mechanism"), "npm")
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.setToolTip(
            self.tr("The language of every generated text; narratives stay as they were typed")
        )
        where = SaveFileRow(
            self, self.tr("Where to write the .pdf or .docx file"), lambda: self.choose_path()
        )
        self.path = where.path
        self.passwords = PasswordFields(self, self.tr("Optional: PDF (AES-256) or Word"))
        form = QFormLayout()
        form.addRow(self.tr("&Addressed to"), self.addressee)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&File"), where)
        self.passwords.add_to(form)
        self.withheld_label = QLabel(self)
        self.withheld_label.setWordWrap(True)
        self.withheld = QListWidget(self)
        self.withheld.setWordWrap(True)
        self.withheld_label.setBuddy(self.withheld)
        self.withheld.setAccessibleName(self.tr("Withheld from this report"))
        self.addressee.currentIndexChanged.connect(self.update_withheld)
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
        warning = QHBoxLayout()
        warning.addWidget(self.conflict_warning, 1)
        warning.addWidget(self.resolve_button)
        left = QVBoxLayout()
        left.addLayout(warning)
        left.addLayout(form)
        left.addWidget(self.withheld_label)
        left.addWidget(self.withheld)
        left.addWidget(preview_button)
        left.addStretch(1)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)
        self.update_conflict_warning()
        self.update_withheld()
        name_inputs(self)

    def update_withheld(self) -> None:
        """List what the report to the chosen addressee withholds, and why."""
        withheld = self.store.read(withheld_from_report, self.visit_id, self.chosen_addressee)
        self.withheld.clear()
        self.withheld.addItems([self._describe(record) for record in withheld])
        self.withheld_label.setText(
            self.tr(
                "&Withheld from this report, as no source of theirs may be used: %n",
                None,
                len(withheld),
            )
        )
        self.withheld_label.setVisible(bool(withheld))
        self.withheld.setVisible(bool(withheld))

    def _describe(self, record: Withheld) -> str:
        why = "; ".join(self.tr(REASONS[reason]) for reason in record.reasons)
        if record.kind == "finding":
            return self.tr("Finding “{0}”: {1}").format(record.short_title, why)
        return self.tr("Recommendation “{0}”: {1}").format(record.short_title, why)

    def update_conflict_warning(self) -> None:
        """Say how many conflicts are open in the visit, if any."""
        count = self.store.read(count_open_conflicts, self.visit_id)
        self.conflict_warning.setText(
            self.tr(
                "%n conflict(s) from field sync are open in this visit: the report shows only "
                "one version of each conflicting field. Resolve them first, or export anyway.",
                None,
                count,
            )
        )
        self.conflict_warning.setVisible(count > 0)
        self.resolve_button.setVisible(count > 0)

    def _resolve_conflicts(self) -> None:
        self.conflictsRequested.emit()
        self.update_conflict_warning()

    @property
    def chosen_addressee(self) -> Addressee:
        return "npm" if self.addressee.currentData() == "npm" else "state"

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def choose_path(self) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report draft"),
            "report-draft.pdf",
            self.tr("PDF (*.pdf);;Word (*.docx)"),
        )
        return name

    def _set_progress(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(self.tr(what))
        QApplication.processEvents()

    def show_preview(self) -> bool:
        try:
            data = self.store.read(
                report_bytes,
                self.visit_id,
                ".pdf",
                addressee=self.chosen_addressee,
                language=self.chosen_language,
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
                language=self.chosen_language,
                password=self.passwords.value(required=False),
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
