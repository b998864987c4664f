"""Search every visit of the open database: interview notes, findings, recommendations.

Results come as the user types (after a short pause, or at once on Enter), best first, each with
a snippet showing the matched words in bold. Enter or a double-click on a hit opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spt_field.services.search import search
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE
from spt_field.ui.models.search_results_model import SearchResultsModel
from spt_field.ui.store import Store
from spt_field.ui.widgets.search_hit_delegate import SearchHitDelegate

SEARCH_DELAY_MS = 250
MAX_HITS = 100
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INTO_LIST_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class SearchDialog(QDialog):
    #: The user chose a hit: its kind code and record id.
    openRecord = Signal(str, str)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Search"))
        self.model = SearchResultsModel(self)
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(
            self.tr("Words in interview notes, findings, recommendations")
        )
        self.query.setToolTip(
            self.tr("Every word must appear; the last one may be the start of a word")
        )
        self.count = QLabel(self)
        self.results = self._make_results()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self._searched_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._connect()
        self._update_count()
        self.resize(720, 520)
        name_inputs(self)

    def _make_results(self) -> QListView:
        results = QListView(self)
        name(results, self.tr("Results"))
        results.setModel(self.model)
        results.setItemDelegate(SearchHitDelegate(results))
        results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        results.setResizeMode(QListView.ResizeMode.Adjust)
        results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        results.setAlternatingRowColors(True)
        results.setToolTip(self.tr("Double-click or press Enter to open a result"))
        return results

    def _layout(self) -> None:
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.query)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.query, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.open_button, close):
            button.setAutoDefault(False)  # Enter belongs to the search line and the list
        close.clicked.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.count)
        outer.addWidget(self.results, 1)
        outer.addWidget(buttons)
        self.setTabOrder(self.query, self.results)
        self.setTabOrder(self.results, self.open_button)
        self.setTabOrder(self.open_button, close)

    def _connect(self) -> None:
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._on_enter_in_query)
        self._timer.timeout.connect(self.run_search)
        self.query.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.results.currentIndex()))
        self.store.recordsChanged.connect(self._on_records_changed)
        self.store.recordChanged.connect(self._on_records_changed)

    # Searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now for what is typed; the best hit becomes the current one."""
        self._timer.stop()
        text = self.query.text()
        self._searched_text = text
        hits = self.store.read(search, text, limit=MAX_HITS) if text.strip() else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._update_count()

    def _on_enter_in_query(self) -> None:
        """Enter searches at once; on results that are already up to date, it opens the best."""
        if self._timer.isActive() or self._searched_text != self.query.text():
            self.run_search()
        elif self.model.rowCount() > 0:
            self._open(self.results.currentIndex())

    def _on_records_changed(self, *_args: str) -> None:
        if self.isVisible() and self._searched_text:
            self._timer.start()

    def _update_count(self) -> None:
        found = self.model.rowCount()
        self.open_button.setEnabled(found > 0)
        if not self.query.text().strip():
            self.count.setText(self.tr("Type to search every visit in this database"))
        elif found >= MAX_HITS:
            self.count.setText(self.tr("The {0} best results").format(found))
        else:
            self.count.setText(
                self.tr("1 result") if found == 1 else self.tr("{0} results").format(found)
            )

    # Opening -----------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.openRecord.emit(str(index.data(KIND_ROLE)), str(index.data(ID_ROLE)))
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.query and event.key() in _INTO_LIST_KEYS and self.model.rowCount():
            self._into_list()
            return True
        if watched is self.results and event.key() in _ENTER_KEYS:
            self._open(self.results.currentIndex())
            return True
        return False

    def _into_list(self) -> None:
        """Arrow keys leave the search line for the results, on the current (best) hit."""
        self.results.setFocus()
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))
