"""The follow-up tracker: every visit's report, the State party's reply and its recommendations.

Visits whose reply is overdue are shown in red. Selecting a visit lists its recommendations;
their status is changed in the table or below it, where the State's reply is recorded. Every
change is one undo step. Filters narrow the list by country, status and addressee.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import Addressee, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services.follow_up import TrackerVisit, tracked_countries, tracker_rows
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.fields import fill_codes
from spt_field.ui.i18n import code_label, country_label
from spt_field.ui.models.followed_recommendation_model import (
    REPLY,
    STATUS,
    TEXT,
    FollowedRecommendationModel,
)
from spt_field.ui.models.tracker_visit_model import TrackerVisitModel
from spt_field.ui.store import Store
from spt_field.ui.widgets.people_delegate import CodeComboDelegate
from spt_field.ui.widgets.recommendation_follow_up import RecommendationFollowUp
from spt_field.ui.widgets.scroll_page import narrow_combo, scrollable

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
_REPLY_WIDTH = 200
_RELOAD_KINDS = {RecordKind.VISIT.value, RecordKind.RECOMMENDATION.value}


def set_up_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()


def select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def set_up_recommendation_columns(view: QTableView, model: FollowedRecommendationModel) -> None:
    """The text takes the room left; the status is wide enough for its combo box."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.column_of(TEXT), QHeaderView.ResizeMode.Stretch)
    widest = max(view.fontMetrics().horizontalAdvance(code_label(s)) for s in RecommendationStatus)
    for column, width in ((STATUS, widest + 48), (REPLY, _REPLY_WIDTH)):
        header.setSectionResizeMode(model.column_of(column), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.column_of(column), width)
    view.setItemDelegateForColumn(
        model.column_of(STATUS), CodeComboDelegate(RecommendationStatus, view)
    )


class FollowUpTracker(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: Which replies are overdue depends on the day; tests set another clock.
        self.today: Callable[[], date] = date.today
        self._stale = False
        self._reloading = False
        self._build_filters()
        self.counts = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.visits = TrackerVisitModel(self)
        self.visit_view = QTableView(self)
        self.visit_view.setModel(self.visits)
        set_up_table(self.visit_view)
        self.visit_view.setToolTip(
            self.tr("Visits whose reply is overdue are marked ⚠ and shown in red")
        )
        name(self.visit_view, self.tr("Visits"))
        self.recommendations = FollowedRecommendationModel(store, self)
        self.recommendation_view = QTableView(self)
        name(self.recommendation_view, self.tr("Recommendations"))
        self.recommendation_view.setModel(self.recommendations)
        set_up_table(self.recommendation_view)
        self.detail = RecommendationFollowUp(store, self)
        self._set_up_columns()
        self._layout()
        self._connect()
        self.reload()
        name_inputs(self)

    # Building ----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.country_filter = QComboBox(self)
        self.country_filter.setToolTip(self.tr("Show the visits to one country only"))
        self.status_filter = QComboBox(self)
        fill_codes(self.status_filter, RecommendationStatus, none_label=self.tr("Any status"))
        self.status_filter.setToolTip(
            self.tr("Show only recommendations with this status, and the visits that made them")
        )
        self.addressee_filter = QComboBox(self)
        fill_codes(self.addressee_filter, Addressee, none_label=self.tr("Any addressee"))
        self.addressee_filter.setToolTip(self.tr("Show only recommendations to this addressee"))

    def _set_up_columns(self) -> None:
        header = self.visit_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view = self.recommendation_view
        set_up_recommendation_columns(view, self.recommendations)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Country:"), self.country_filter),
            (self.tr("&Status:"), self.status_filter),
            (self.tr("A&ddressee:"), self.addressee_filter),
        ):
            narrow_combo(combo)
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        filters.addWidget(self.counts, 1)
        visits_box = QGroupBox(self.tr("Visits and their reports"), self)
        QVBoxLayout(visits_box).addWidget(self.visit_view)
        recommendations_box = QGroupBox(self.tr("Recommendations of the selected visit"), self)
        QVBoxLayout(recommendations_box).addWidget(self.recommendation_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for part in (visits_box, recommendations_box, self.detail):
            splitter.addWidget(part)
        splitter.setSizes([240, 260, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        # Scrolls rather than make the window taller than a small screen.
        layout.addWidget(scrollable(splitter), 1)
        self.setTabOrder(self.country_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.addressee_filter)
        self.setTabOrder(self.addressee_filter, self.visit_view)
        self.setTabOrder(self.visit_view, self.recommendation_view)
        self.setTabOrder(self.recommendation_view, self.detail.status)
        self.setTabOrder(self.detail.status, self.detail.reply_on)
        self.setTabOrder(self.detail.reply_on, self.detail.reply)

    def _connect(self) -> None:
        for combo in (self.country_filter, self.status_filter, self.addressee_filter):
            combo.currentIndexChanged.connect(self._on_filter)
        self.visit_view.selectionModel().currentRowChanged.connect(self._on_visit_chosen)
        self.recommendation_view.selectionModel().currentRowChanged.connect(
            self._on_recommendation_chosen
        )
        self.recommendations.refused.connect(self._show_refusal)
        self.recommendations.edited.connect(self._clear_message)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self.store.recordsChanged.connect(self._on_change)
        self.store.recordChanged.connect(self._on_change)

    # Filters -----------------------------------------------------------------------------

    @property
    def filters(self) -> dict[str, Any]:
        status = self.status_filter.currentData()
        addressee = self.addressee_filter.currentData()
        return {
            "country": self.country_filter.currentData(),
            "status": None if status is None else RecommendationStatus(status),
            "addressee": None if addressee is None else Addressee(addressee),
        }

    def _fill_countries(self, countries: list[str]) -> None:
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        try:
            self.country_filter.clear()
            self.country_filter.addItem(self.tr("All countries"), None)
            for code in countries:
                self.country_filter.addItem(f"{country_label(code)} ({code})", code)
            self.country_filter.setCurrentIndex(max(self.country_filter.findData(current), 0))
        finally:
            self.country_filter.blockSignals(False)

    def _on_filter(self, _index: int) -> None:
        self.reload()

    # Reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the visits again (keeping the visit and recommendation selected)."""
        self._reload_timer.stop()
        self._stale = False
        self.detail.binder.flush()
        visit_id = self.selected_visit_id()
        recommendation_id = self.selected_recommendation_id()
        try:
            self._fill_countries(self.store.read(tracked_countries))
            rows = self.store.read(
                tracker_rows, **self.filters, today=self.today(), with_recommendations=False
            )
        except UserError as error:
            self._show_message(self.tr("Could not read the visits: {0}").format(error))
            return
        self.visits.set_lines(rows)
        self.counts.setText(
            self.tr("Visits: {0} · Replies overdue: {1}").format(
                len(rows), self.visits.overdue_count
            )
        )
        row = self.visits.row_of(visit_id) if visit_id else None
        if row is None and rows:
            row = 0
        if row is None:
            self._show_recommendations(None)
            return
        self._reloading = True  # keep the recommendation selected, not the first one
        try:
            select_row(self.visit_view, row)
        finally:
            self._reloading = False
        self._show_visit(row, recommendation_id)

    def selected_visit_id(self) -> str | None:
        index = self.visit_view.selectionModel().currentIndex()
        return self.visits.line(index.row()).id if index.isValid() else None

    def selected_recommendation_id(self) -> str | None:
        index = self.recommendation_view.selectionModel().currentIndex()
        return self.recommendations.line(index.row()).id if index.isValid() else None

    def _on_visit_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return
        if not current.isValid():
            self._show_recommendations(None)
            return
        self._show_visit(current.row())

    def _show_visit(self, row: int, recommendation_id: str | None = None) -> None:
        """Read the recommendations of the visit of `row` (the list holds only their number)."""
        visit_id = self.visits.line(row).id
        try:
            found = self.store.read(
                tracker_rows, **self.filters, today=self.today(), visit_id=visit_id
            )
        except UserError as error:
            self._show_message(self.tr("Could not read the visit: {0}").format(error))
            return
        self._show_recommendations(found[0] if found else None, recommendation_id)

    def _show_recommendations(
        self, visit: TrackerVisit | None, recommendation_id: str | None = None
    ) -> None:
        self.detail.binder.flush()
        self.recommendations.set_lines(list(visit.recommendations) if visit else [])
        row = self.recommendations.row_of(recommendation_id) if recommendation_id else None
        if row is None and self.recommendations.rowCount():
            row = 0
        if row is None:
            self.detail.show_recommendation(None)
        else:
            select_row(self.recommendation_view, row)
            self.detail.show_recommendation(self.recommendations.line(row).id)

    def _on_recommendation_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.recommendations.line(current.row()).id if current.isValid() else None
        if record_id != (self.detail.record.id if self.detail.record else None):
            self.detail.show_recommendation(record_id)

    # Messages and staying current --------------------------------------------------------

    def _show_refusal(self, message: str) -> None:
        self._show_message(self.tr("Not saved: {0}").format(message))

    def _show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.hide()

    def _on_change(self, kind: str, *record_id: str) -> None:
        if kind not in _RELOAD_KINDS:
            return
        if kind == RecordKind.RECOMMENDATION.value and record_id:
            return  # an edit: the recommendation's line updates itself
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._reload_timer.start()
