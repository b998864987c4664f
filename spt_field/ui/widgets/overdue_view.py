"""Overdue recommendations across every visit and country: who owes what, due when.

Filters narrow the list by country, kind of authority, theme and status; the list as filtered
is exported as an XLSX workbook or a CSV file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import AuthorityKind, FindingArea, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.export.overdue_table import overdue_rows, write_csv, write_xlsx
from spt_field.services.follow_up import tracked_countries
from spt_field.services.overdue import SETTLED, OverdueFilter, overdue_recommendations
from spt_field.ui.accessibility import name, name_inputs
from spt_field.ui.forms.fields import fill_codes
from spt_field.ui.i18n import country_label, current_language
from spt_field.ui.models.overdue_model import TEXT_COLUMN, OverdueModel
from spt_field.ui.store import Store
from spt_field.ui.widgets.followup_tracker import set_up_table
from spt_field.ui.widgets.scroll_page import narrow_combo

_MESSAGE_STYLE = "background: #fdecea; color: #7f0016; padding: 6px;"
_WIDEST_COLUMN = 10  # characters
_TEXT_WIDTH = 24
_RELOAD_KINDS = {RecordKind.VISIT.value, RecordKind.RECOMMENDATION.value}


class OverdueView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # What is overdue depends on the day; tests set another clock.
        self.today: Callable[[], date] = date.today
        self._stale = False
        self.country_filter = QComboBox(self)
        self.country_filter.setToolTip(self.tr("Show the recommendations to one country only"))
        self.authority_filter = QComboBox(self)
        fill_codes(self.authority_filter, AuthorityKind, none_label=self.tr("Any authority"))
        self.theme_filter = QComboBox(self)
        fill_codes(self.theme_filter, FindingArea, none_label=self.tr("Any theme"))
        self.status_filter = QComboBox(self)
        open_statuses = [status for status in RecommendationStatus if status not in SETTLED]
        fill_codes(self.status_filter, open_statuses, none_label=self.tr("Any status"))
        self.counts = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.hide()
        self.model = OverdueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table)
        self.table.setSortingEnabled(False)
        name(self.table, self.tr("Overdue recommendations"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.xlsx_button = QPushButton(self.tr("Export as &XLSX…"), self)
        self.csv_button = QPushButton(self.tr("Ex&port as CSV…"), self)
        self._layout()
        for combo in (
            self.country_filter,
            self.authority_filter,
            self.theme_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(self.reload)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        store.recordsChanged.connect(self._on_change)
        store.recordChanged.connect(self._on_change)
        self.reload()
        name_inputs(self)

    def _layout(self) -> None:
        # Two rows of two filters: a small screen at 150 % has room for no more.
        filters = QGridLayout()
        for n, (text, combo) in enumerate(
            (
                (self.tr("&Country:"), self.country_filter),
                (self.tr("Au&thority:"), self.authority_filter),
                (self.tr("The&me:"), self.theme_filter),
                (self.tr("&Status:"), self.status_filter),
            )
        ):
            narrow_combo(combo)
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label, n // 2, (n % 2) * 2)
            filters.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        filters.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts, 1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # Reading -----------------------------------------------------------------------------

    @property
    def filter(self) -> OverdueFilter:
        authority = self.authority_filter.currentData()
        theme = self.theme_filter.currentData()
        status = self.status_filter.currentData()
        return OverdueFilter(
            country=self.country_filter.currentData(),
            authority_kind=None if authority is None else AuthorityKind(authority),
            theme=None if theme is None else FindingArea(theme),
            status=None if status is None else RecommendationStatus(status),
        )

    def reload(self) -> None:
        self._stale = False
        self.message.hide()
        try:
            self._fill_countries(self.store.read(tracked_countries))
            lines = self.store.read(overdue_recommendations, today=self.today(), where=self.filter)
        except UserError as error:
            self._show_message(self.tr("Could not read the recommendations: {0}").format(error))
            return
        self.model.set_lines(lines)
        self._fit_columns()
        self.counts.setText(self.tr("Overdue recommendations: {0}").format(len(lines)))
        for button in (self.xlsx_button, self.csv_button):
            button.setEnabled(bool(lines))

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, within bounds: the text keeps most room."""
        em = self.fontMetrics().horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(
                column, min(self.table.columnWidth(column), em * _WIDEST_COLUMN)
            )
        self.table.setColumnWidth(TEXT_COLUMN, em * _TEXT_WIDTH)

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

    # Export ------------------------------------------------------------------------------

    def choose_file(self, suffix: str) -> Path | None:
        """Where to write the export (tests replace this)."""
        caption = self.tr("Export the overdue recommendations")
        kinds = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV file (*.csv)")}
        name, _filter = QFileDialog.getSaveFileName(
            self, caption, f"overdue-recommendations.{suffix}", kinds[suffix]
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def export(self, suffix: str) -> Path | None:
        path = self.choose_file(suffix)
        if path is None:
            return None
        rows = overdue_rows(self.model.lines, current_language())
        try:
            if suffix == "xlsx":
                write_xlsx(self.tr("Overdue"), self.model.headings(), rows, path)
            else:
                write_csv(self.model.headings(), rows, path)
        except OSError as error:
            self._show_message(
                self.tr("Could not write {0}: {1}").format(path.name, error.strerror or error)
            )
            return None
        self.counts.setText(self.tr("Written: {0}").format(path.name))
        return path

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # Staying current ---------------------------------------------------------------------

    def _on_change(self, kind: str, *_record_id: str) -> None:
        if kind not in _RELOAD_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()
