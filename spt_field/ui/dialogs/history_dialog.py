"""The history of one record: who changed what, when, from which value to which.

Read from the audit trail inside the encrypted database. Identities are never shown here: the
trail records that an identity was recorded, changed, shown or exported, not what it is.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.kinds import RecordKind
from spt_field.domain.text_diff import changed, marked, new_side, old_side
from spt_field.services.history import record_history
from spt_field.ui.accessibility import name
from spt_field.ui.diff_html import diff_html
from spt_field.ui.models.history_model import HistoryModel, text_change
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
        self.change = QTextBrowser(self)
        name(self.change, self.tr("The selected change, in full"))
        self.change.setTabChangesFocus(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.change)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The whole text before and after the selected change, what changed marked: an edit
        at the end of a long note shows as well as one at its start."""
        change = self.model.change(current.row()) if current.isValid() else None
        pieces = text_change(change) if change is not None else None
        if change is None or pieces is None or not changed(pieces):
            self.change.setHtml("")
            self.change.setAccessibleDescription("")
            return
        before = html.escape(self.tr("Before (removed words struck through)"))
        after = html.escape(self.tr("After (added words underlined)"))
        self.change.setHtml(
            f"<h4>{before}</h4>{diff_html(old_side(pieces))}"
            f"<h4>{after}</h4>{diff_html(new_side(pieces))}"
        )
        self.change.setAccessibleDescription(
            self.tr("Removed words are marked [- -], added ones [+ +]: {0}").format(marked(pieces))
        )
