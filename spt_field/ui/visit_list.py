"""The list of the database's visits, with a filter, to open one or start a new one.

At start-up it is painted with the visits read before the storage stack is loaded, and gets its
store (through which it reloads) right after the first paint.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.visit_summary import VisitSummary
from spt_field.ui.accessibility import name
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.models.visit_table_model import VisitTableModel
from spt_field.ui.store import Store


class VisitList(QWidget):
    openVisit = Signal(str)  # noqa: N815
    newVisitRequested = Signal()  # noqa: N815

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.model = VisitTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by country, year, type or status"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the newest visit first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open)
        new = QPushButton(self.tr("&New visit…"), self)
        new.clicked.connect(self.newVisitRequested)
        open_button = QPushButton(self.tr("&Open visit"), self)
        open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        title = QLabel(self.tr("<h2>Visits</h2>"), self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(new)
        top.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        name(self.filter, self.tr("Filter visits"))
        name(self.table, self.tr("Visits"), self.tr("Enter opens the selected visit"))
        if store is not None:
            self.attach(store)

    def attach(self, store: Store) -> None:
        """Read and follow the visits through `store` (what was shown before it, read without
        the storage stack, lacks the conflict marks)."""
        self.store = store
        store.recordsChanged.connect(self._on_records_changed)
        self.reload()

    def _on_records_changed(self, _kind: str) -> None:
        # A bound method, not a lambda: Qt disconnects it when this list is destroyed (the
        # window builds a new one when the language changes), a lambda would outlive it.
        self.reload()

    def reload(self) -> None:
        # Loaded after the first paint.
        from spt_field.services.conflicts import open_conflict_counts
        from spt_field.services.visits import list_visits

        if self.store is not None:
            visits = self.store.read(list_visits)
            self.show_visits(visits, self.store.read(open_conflict_counts))

    def show_visits(
        self, visits: list[VisitSummary], conflicts: Mapping[str, int] | None = None
    ) -> None:
        """Show `visits`, marking those with open conflicts (`conflicts`: visit id -> count)."""
        self.model.set_visits(visits, conflicts)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openVisit.emit(str(index.data(ID_ROLE)))
