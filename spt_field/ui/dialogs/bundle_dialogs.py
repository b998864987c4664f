"""Exporting and importing field bundles: the files that carry a visit's records between the
delegation's laptops and to headquarters, encrypted under the delegation passphrase.

The delegation passphrase is agreed out of band and never stored: it lives in the dialog's
field while the dialog is open. Writing and merging run on the database worker (a progress
dialog appears if they take more than a moment); a refusal (wrong passphrase, damaged or newer
file) is shown in the dialog, which stays open, and nothing changes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.sync import BundleSummary, MergeSummary
from spt_field.domain.visit_summary import VisitSummary
from spt_field.errors import UserError
from spt_field.services.storage import Database
from spt_field.sync import export_bundle, import_bundle
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.dialogs.passphrase_dialog import PassphraseRows, error_label, show_problem
from spt_field.ui.i18n import country_label

T = TypeVar("T")
BUNDLE_SUFFIX = ".sptbundle"


def suggested_bundle_name() -> str:
    """A name that says nothing about the visit: a bundle found on a USB stick or in a mail
    must not tell which country was visited or when. A short random tag tells files apart."""
    return f"field-bundle-{secrets.token_hex(3)}{BUNDLE_SUFFIX}"


class _BundleDialog(QDialog):
    """What both dialogs share: a file row, the delegation passphrase, an error line and the
    run of the job on the database worker."""

    def __init__(self, jobs: BackgroundJobs, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.form = QFormLayout()
        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.file_row = row
        self.file_label = QLabel(self.tr("&File"), self)
        self.file_label.setBuddy(self.path)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _finish_layout(
        self,
        intro: str,
        action: str,
        *,
        new_passphrase: bool,
        choose_path: Callable[[], str],
        run: Callable[[], None],
    ) -> None:
        """Add the passphrase rows, the texts and the buttons below the rows added so far."""
        self._new_passphrase = new_passphrase
        self.rows = PassphraseRows(
            self.form, self.tr("Delegation &passphrase"), self, new=new_passphrase
        )
        self.browse.clicked.connect(lambda: self._browse(choose_path))
        note = QLabel(
            self.tr(
                "The delegation passphrase is agreed within the delegation, not stored anywhere: "
                "the bundle cannot be read without it."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setDefault(True)
        self.buttons.accepted.connect(run)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self, choose_path: Callable[[], str]) -> None:
        try:
            name = choose_path()
        except UserError as error:
            show_problem(self.error, error)
            return
        if name:
            self.path.setText(name)

    def chosen_path(self) -> Path:
        text = self.path.text().strip()
        if not text:
            raise UserError(self.tr("choose the bundle file"))
        return Path(text)

    def passphrase(self) -> str:
        if self._new_passphrase:
            return self.rows.check()
        text = self.rows.passphrase.text()
        if not text:
            raise UserError(self.tr("enter the delegation passphrase"))
        return text

    def _attempt(self, label: str, job: Callable[[], T]) -> T | None:
        """Run `job` on the worker; a UserError is shown here and gives None."""
        try:
            return self.jobs.run(self, label, job)
        except UserError as error:
            show_problem(self.error, error)
            self.rows.passphrase.selectAll()
            return None


class ExportBundleDialog(_BundleDialog):
    """Write a bundle of one visit: all its records, or only what changed since the last bundle
    to the same recipient. `first_time`: the passphrase is typed twice (a typo would make
    a bundle nobody can open)."""

    def __init__(
        self,
        database: Database,
        visits: list[VisitSummary],
        visit_id: str | None,
        jobs: BackgroundJobs,
        *,
        first_time: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, parent)
        self.database = database
        self.summary: BundleSummary | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.visit = QComboBox(self)
        for visit in visits:
            self.visit.addItem(
                self.tr("{0}, {1} to {2}").format(
                    country_label(visit.country), visit.start_date, visit.end_date
                ),
                visit.id,
            )
        self._visits = {visit.id: visit for visit in visits}
        if visit_id is not None and visit_id in self._visits:
            self.visit.setCurrentIndex(self.visit.findData(visit_id))
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("Optional: headquarters, a colleague's name…"))
        self.since_last = QCheckBox(
            self.tr("Only what changed since the last bundle to this recipient"), self
        )
        self.recipient.textChanged.connect(self._update_since_last)
        self._update_since_last("")
        self.form.addRow(self.tr("&Visit"), self.visit)
        self.form.addRow(self.file_label, self.file_row)
        self.form.addRow(self.tr("&Recipient"), self.recipient)
        self.form.addRow("", self.since_last)
        self._finish_layout(
            self.tr(
                "A bundle carries the visit's records to another laptop or to headquarters, "
                "where they are merged with the records there."
            ),
            self.tr("&Export"),
            new_passphrase=first_time,
            choose_path=self.choose_path,
            run=self.run,
        )
        name_inputs(self)

    def _update_since_last(self, text: str) -> None:
        self.since_last.setEnabled(bool(text.strip()))
        if not text.strip():
            self.since_last.setChecked(False)

    def chosen_visit(self) -> VisitSummary:
        visit_id = self.visit.currentData()
        if visit_id is None:
            raise UserError(self.tr("there is no visit to export"))
        return self._visits[str(visit_id)]

    def choose_path(self) -> str:
        suggestion = suggested_bundle_name()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), suggestion, self.tr("Field bundles (*.sptbundle)")
        )
        if name and not name.endswith(BUNDLE_SUFFIX):
            name += BUNDLE_SUFFIX
        return name

    def run(self) -> None:
        try:
            visit, path, passphrase = self.chosen_visit(), self.chosen_path(), self.passphrase()
        except UserError as error:
            show_problem(self.error, error)
            return
        recipient = self.recipient.text().strip() or None
        since_last = self.since_last.isChecked()
        database = self.database
        self.summary = self._attempt(
            self.tr("Writing the bundle…"),
            lambda: export_bundle(
                database, visit.id, path, passphrase, recipient=recipient, since_last=since_last
            ),
        )
        if self.summary is not None:
            self.accept()


class ImportBundleDialog(_BundleDialog):
    """Merge a bundle into this database."""

    def __init__(
        self, database: Database, jobs: BackgroundJobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(jobs, parent)
        self.database = database
        self.summary: MergeSummary | None = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.form.addRow(self.file_label, self.file_row)
        self._finish_layout(
            self.tr(
                "The bundle's records are merged with this database's: where both changed the "
                "same field differently, both versions are kept as a conflict for you to resolve."
            ),
            self.tr("&Import"),
            new_passphrase=False,
            choose_path=self.choose_path,
            run=self.run,
        )
        name_inputs(self)

    def choose_path(self) -> str:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Field bundles (*.sptbundle)")
        )
        return name

    def run(self) -> None:
        try:
            path, passphrase = self.chosen_path(), self.passphrase()
        except UserError as error:
            show_problem(self.error, error)
            return
        database = self.database
        self.summary = self._attempt(
            self.tr("Merging the bundle…"), lambda: import_bundle(database, path, passphrase)
        )
        if self.summary is not None:
            self.accept()
