"""The history of one record: who changed what, when, from which value to which.

Read from the audit trail inside the encrypted database. Identities are never shown here: the
trail records that an identity was recorded, changed, shown or exported, not what it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.kinds import RecordKind
from spt_field.services.history import record_history
from spt_field.ui.accessibility import name
from spt_field.ui.models.history_model import HistoryModel
from spt_field.ui.store import Store


class HistoryDialog(QDialog):
    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        record_id: str,
        field_labels: Mapping[str, str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {0}").format(title))
        self.model = HistoryModel(self)
        events = store.read(record_history, kind, record_id)
        self.model.set_events(events, field_labels)
        self.table = QTableView(self)
        name(self.table, self.tr("Changes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 260))
        summary = QLabel(
            self.tr(
                "%n change(s), newest first. Who made each change is the member set in "
                "Settings on the laptop that made it.",
                None,
                len(events),
            ),
            self,
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 520)
