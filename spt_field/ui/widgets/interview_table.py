"""All interviews of a visit in a table that loads as it scrolls, with a filter on loaded rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.ui.accessibility import name
from spt_field.ui.models.interview_table_model import (
    CATEGORY,
    CONSENT,
    DATE,
    KIND,
    PLACE,
    PSEUDONYM,
    REPRISAL,
    InterviewTableModel,
)
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.store import Store

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Starting widths of the columns before the notes, in average characters.
_COLUMN_CHARS = {
    PSEUDONYM: 8,
    PLACE: 20,
    DATE: 15,
    CATEGORY: 28,
    KIND: 12,
    CONSENT: 24,
    REPRISAL: 8,
}


class InterviewTable(QWidget):
    #: The user asked to open an interview (its id).
    openInterview = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InterviewTableModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Pseudonym, place, category, notes…"))
        self.filter.setToolTip(
            self.tr("Shows only the loaded rows containing this text; scroll down to load more")
        )
        self.status = QLabel(self)
        self.view = self._make_view()
        self._layout()
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._open)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.proxy.modelReset):
            signal.connect(self._update_status)
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self._update_status()

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        name(view, self.tr("All interviews"), self.tr("Enter opens the selected interview"))
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        char = view.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        for column, chars in _COLUMN_CHARS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(chars * char, titles.horizontalAdvance(title) + 20))
        view.setToolTip(self.tr("Double-click or press Enter to open an interview"))
        return view

    def _layout(self) -> None:
        label = QLabel(self.tr("F&ilter:"), self)
        label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.view, 1)
        self.setTabOrder(self.filter, self.view)

    # Public ------------------------------------------------------------------------------

    def set_visit(self, visit_id: str | None) -> None:
        """Show the interviews of the visit (of every visit, with None)."""
        self.model.set_visit(visit_id)

    def current_interview_id(self) -> str | None:
        value = self.view.currentIndex().data(ID_ROLE)
        return None if value is None else str(value)

    # Reactions ---------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        interview_id = index.data(ID_ROLE)
        if interview_id is not None:
            self.openInterview.emit(str(interview_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        current = self.view.currentIndex()
        if watched is self.view and event.key() in _ENTER_KEYS and current.isValid():
            self._open(current)
            return True
        if watched is self.filter and event.key() == Qt.Key.Key_Down:
            self._focus_first_row()
            return True
        return False

    def _focus_first_row(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_status(self) -> None:
        loaded, total = self.model.rowCount(), self.model.total
        if self.filter.text():
            text = self.tr("{0} of {1} loaded rows match").format(self.proxy.rowCount(), loaded)
        elif loaded < total:
            text = self.tr("{0} of {1} interviews loaded").format(loaded, total)
        else:
            text = self.tr("1 interview") if total == 1 else self.tr("{0} interviews").format(total)
        self.status.setText(text)
