"""The dashboard's building blocks: a small table with Copy and Save as CSV or XLSX, a chart
with Save as PNG. The dashboard connects their buttons (it owns the file dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.ui.models.figure_table_model import Cell, FigureTableModel
from spt_field.ui.widgets.overview_chart import OverviewChart

CHART_MIN_HEIGHT = 300
BAR_HEIGHT = 30


class FigureBox(QGroupBox):
    """A titled table of figures, as tall as its rows (unless `max_rows` caps it)."""

    def __init__(
        self,
        title: str,
        headers: list[str],
        file_stem: str,
        parent: QWidget | None = None,
        *,
        max_rows: int | None = None,
        stretch: int = 0,
    ) -> None:
        super().__init__(title, parent)
        self.file_stem = file_stem
        self.max_rows = max_rows
        self.stretch = stretch
        self.model = FigureTableModel(headers, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self._set_up_view()
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(
            self.tr("Copy this table to the clipboard, to paste into a spreadsheet or a text")
        )
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.setToolTip(self.tr("Save this table as a CSV file"))
        self.xlsx_button = QPushButton(self.tr("Save as XLSX…"), self)
        self.xlsx_button.setToolTip(self.tr("Save this table as an Excel workbook"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _set_up_view(self) -> None:
        view = self.view
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for column in range(len(self.model.headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == self.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    def set_rows(self, rows: list[list[Cell]], *, total: bool = False) -> None:
        self.model.set_rows(rows, total=total)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows: the page scrolls, not the small tables (long lists excepted)."""
        view = self.view
        rows = self.model.rowCount()
        shown = rows if self.max_rows is None else min(rows, self.max_rows)
        row_height = view.verticalHeader().defaultSectionSize()
        header_height = view.horizontalHeader().sizeHint().height()
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if shown < rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        view.setFixedHeight(header_height + max(shown, 1) * row_height + 2 * view.frameWidth())


class ChartBox(QWidget):
    """A bar chart (its title names the figures and the year) and a button to save it."""

    def __init__(
        self, title: str, file_stem: str, parent: QWidget | None = None, *, bars: int = 6
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.file_stem = file_stem
        self.chart = OverviewChart(self)
        # Room for every category label: the axis elides labels it cannot fit.
        self.chart.setMinimumHeight(max(CHART_MIN_HEIGHT, 90 + BAR_HEIGHT * bars))
        self.save_button = QPushButton(self.tr("Save chart as PNG…"), self)
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)

    def show_counts(self, period: str, counted: str, counts: list[tuple[str, int]]) -> None:
        self.chart.show_counts(f"{self.title} — {period}", counted, counts)
