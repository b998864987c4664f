"""What an imported bundle changed, per kind of record: added, updated, deleted, and the
conflicts it brought (edits that disagree with this laptop's), with the way to resolve them."""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.sync import MergeSummary
from spt_field.ui.i18n import code_label


class ImportSummaryDialog(QDialog):
    """After `exec()`, `resolve_requested` says whether the user asked for the Conflicts view."""

    def __init__(self, summary: MergeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle imported"))
        self.resolve_requested = False
        rows = [(kind, counts) for kind, counts in summary.counts.items() if any(astuple(counts))]
        conflicts = summary.total("conflicts")
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Added"), self.tr("Updated"), self.tr("Deleted"), self.tr("Conflicts")]
        )
        self.table.setVerticalHeaderLabels([code_label(kind) for kind, _counts in rows])
        for row, (_kind, counts) in enumerate(rows):
            numbers = (counts.added, counts.updated, counts.deleted, counts.conflicts)
            for column, number in enumerate(numbers):
                item = QTableWidgetItem(str(number))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if conflicts:
            text = self.tr(
                "The bundle was merged. %n field(s) were changed differently on the other "
                "laptop: both versions are kept until you choose.",
                None,
                conflicts,
            )
        elif rows:
            text = self.tr("The bundle was merged without conflicts.")
        else:
            text = self.tr("Nothing new: this database already held everything in the bundle.")
        sender = summary.sender_member or self.tr("an unnamed member")
        origin = self.tr("From {0} (laptop {1}).").format(sender, summary.sender_device[:8])
        self.message = QLabel(f"{origin} {text}", self)
        self.message.setWordWrap(True)
        self.signer = QLabel(self._signer_text(summary), self)
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.resolve_button = buttons.addButton(
            self.tr("&Resolve conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.resolve_button.setVisible(bool(conflicts))
        self.resolve_button.clicked.connect(self._resolve)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.signer)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 200 + 30 * len(rows))

    def _signer_text(self, summary: MergeSummary) -> str:
        key = self.tr("Signing key of that laptop: {0}").format(summary.sender_fingerprint)
        if not summary.first_contact:
            return key
        first = self.tr(
            "This is the first bundle from that laptop: its key is now remembered. Compare "
            "the key with the sender, in person or by phone; a later bundle from that laptop "
            "signed with another key will be refused."
        )
        return f"{key}\n{first}"

    def _resolve(self) -> None:
        self.resolve_requested = True
        self.accept()
