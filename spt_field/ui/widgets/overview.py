"""The visit in figures: small tables of counts and a bar chart of the breakdown chosen.

Figures come from services.visit_overview. Edits anywhere mark them stale; they are computed
again at once while the page is visible, or when it is next shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import CodeList
from spt_field.domain.kinds import RecordKind
from spt_field.errors import NotFoundError, UserError
from spt_field.services.visit_overview import VisitOverview, visit_overview
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.store import Store
from spt_field.ui.widgets.overview_chart import OverviewChart

# Kinds whose changes can change a figure.
_COUNTED_KINDS = {
    kind.value
    for kind in (
        RecordKind.VISIT,
        RecordKind.PLACE,
        RecordKind.INTERVIEW,
        RecordKind.ALLEGATION,
        RecordKind.FINDING,
    )
}


@dataclass(frozen=True)
class Breakdown:
    """One choice of the chart: its title, what a bar counts, and which figures."""

    title: str
    counted: str
    field: str  # the VisitOverview attribute holding the counts

    def counts(self, overview: VisitOverview) -> list[tuple[CodeList, int]]:
        by_code: Mapping[CodeList, int] = getattr(overview, self.field)
        return list(by_code.items())


def breakdowns() -> list[Breakdown]:
    return [
        Breakdown(
            translate("OverviewPage", "Places by type"),
            translate("OverviewPage", "Places"),
            "places_by_type",
        ),
        Breakdown(
            translate("OverviewPage", "Interviews by category"),
            translate("OverviewPage", "Interviews"),
            "interviews_by_category",
        ),
        Breakdown(
            translate("OverviewPage", "Persons interviewed by category"),
            translate("OverviewPage", "Persons"),
            "persons_by_category",
        ),
        Breakdown(
            translate("OverviewPage", "Allegations by form"),
            translate("OverviewPage", "Allegations"),
            "allegations_by_form",
        ),
        Breakdown(
            translate("OverviewPage", "Findings by area"),
            translate("OverviewPage", "Findings"),
            "findings_by_area",
        ),
        Breakdown(
            translate("OverviewPage", "Findings by severity"),
            translate("OverviewPage", "Findings"),
            "findings_by_severity",
        ),
    ]


def _count_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setFrameShape(QFrame.Shape.NoFrame)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[int]]]) -> None:
    """One row per code, then a bold total."""
    columns = table.columnCount() - 1
    totals = [sum(counts[i] for _, counts in rows) for i in range(columns)]
    table.setRowCount(len(rows) + 1)
    bold = QFont(table.font())
    bold.setBold(True)
    for position, (label, counts) in enumerate(
        [*rows, (translate("OverviewPage", "Total"), totals)]
    ):
        cells = [QTableWidgetItem(label)]
        for count in counts:
            cell = QTableWidgetItem(str(count))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells.append(cell)
        for column, cell in enumerate(cells):
            if position == len(rows):
                cell.setFont(bold)
            table.setItem(position, column, cell)
    # As tall as its rows: the page scrolls, never the small tables.
    header_height = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header_height + table.verticalHeader().length() + 2 * table.frameWidth())


def _rows(counts: Iterable[tuple[CodeList, int]]) -> list[tuple[str, list[int]]]:
    return [(code_label(code), [count]) for code, count in counts]


class OverviewPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.visit_id: str | None = None
        self.overview = VisitOverview()
        self._stale = False
        self.breakdowns = breakdowns()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.places = _count_table([self.tr("Type"), self.tr("Places")])
        self.interviews = _count_table(
            [
                self.tr("Category"),
                self.tr("Interviews"),
                self.tr("Persons"),
            ]
        )
        self.allegations = _count_table([self.tr("Form"), self.tr("Allegations")])
        self.findings_by_area = _count_table([self.tr("Area"), self.tr("Findings")])
        self.findings_by_severity = _count_table([self.tr("Severity"), self.tr("Findings")])
        self.choice = QComboBox(self)
        self.choice.addItems([breakdown.title for breakdown in self.breakdowns])
        self.choice.setToolTip(self.tr("Which figures the chart shows"))
        self.chart = OverviewChart(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one refresh for a burst of changes
        self._refresh_timer.timeout.connect(self.refresh)
        self._layout()
        self.choice.currentIndexChanged.connect(self._show_chart)
        store.recordsChanged.connect(self._on_change)
        store.recordChanged.connect(self._on_change)

    def _layout(self) -> None:
        tables = QWidget()
        column = QVBoxLayout(tables)
        for title, table in (
            (self.tr("Places by type"), self.places),
            (self.tr("Interviews and persons by category"), self.interviews),
            (self.tr("Allegations by form"), self.allegations),
            (self.tr("Findings by area"), self.findings_by_area),
            (self.tr("Findings by severity"), self.findings_by_severity),
        ):
            box = QGroupBox(title, tables)
            QVBoxLayout(box).addWidget(table)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(tables)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(400)
        label = QLabel(self.tr("&Chart:"), self)
        label.setBuddy(self.choice)
        chooser = QHBoxLayout()
        chooser.addWidget(label)
        chooser.addWidget(self.choice, 1)
        right = QVBoxLayout()
        right.addLayout(chooser)
        right.addWidget(self.chart, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.summary)
        outer.addLayout(body, 1)

    # Public ------------------------------------------------------------------------------

    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures again and show them."""
        self._refresh_timer.stop()
        self._stale = False
        if self.visit_id is None:
            return
        try:
            self.overview = self.store.read(visit_overview, self.visit_id)
        except NotFoundError:  # the visit was deleted meanwhile
            self._show_nothing(self.tr("No figures: this visit has been deleted."))
            return
        except UserError as error:
            self._show_nothing(self.tr("No figures: {0}").format(error))
            return
        self._show_figures()

    # Showing -----------------------------------------------------------------------------

    def _show_nothing(self, message: str) -> None:
        self.overview = VisitOverview()
        self._show_figures()
        self.summary.setText(message)

    def _show_figures(self) -> None:
        figures = self.overview
        self.summary.setText(
            self.tr(
                "{0} places visited · {1} interviews with {2} persons · "
                "{3} allegations · {4} findings"
            ).format(
                figures.places,
                figures.interviews,
                figures.persons,
                figures.allegations,
                figures.findings,
            )
        )
        _fill(self.places, _rows(figures.places_by_type.items()))
        persons = figures.persons_by_category
        _fill(
            self.interviews,
            [
                (code_label(code), [count, persons.get(code, 0)])
                for code, count in figures.interviews_by_category.items()
            ],
        )
        _fill(self.allegations, _rows(figures.allegations_by_form.items()))
        _fill(self.findings_by_area, _rows(figures.findings_by_area.items()))
        _fill(self.findings_by_severity, _rows(figures.findings_by_severity.items()))
        self._show_chart()

    def _show_chart(self) -> None:
        breakdown = self.breakdowns[max(self.choice.currentIndex(), 0)]
        counts = [(code_label(code), count) for code, count in breakdown.counts(self.overview)]
        title = breakdown.title if counts else self.tr("{0}: nothing recorded yet")
        self.chart.show_counts(title.format(breakdown.title), breakdown.counted, counts)

    # Staying current ---------------------------------------------------------------------

    def _on_change(self, kind: str, *_record_id: str) -> None:
        if kind not in _COUNTED_KINDS or self.visit_id is None:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()
