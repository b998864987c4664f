"""The year in figures: visits, interviews, places, reports and recommendations, as the
annual report states them, in small tables and bar charts for the year chosen.

Figures come from services.statistics. Edits anywhere mark them stale; they are computed again
at once while the dashboard is visible, or when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spt_field.domain.codes import (
    AuthorityKind,
    IntervieweeCategory,
    PublicationRequester,
    RecommendationStatus,
    VisitStatus,
)
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.export.statistics_text import annual_report_paragraph, statistics_summary
from spt_field.safe_files import write_atomically
from spt_field.services.overdue import overdue_by_authority_kind
from spt_field.services.statistics import AnnualStatistics, annual_statistics, statistics_years
from spt_field.ui.accessibility import name_inputs
from spt_field.ui.annual_paragraph import paragraph_wording
from spt_field.ui.i18n import code_label, country_label, current_language
from spt_field.ui.models.figure_table_model import Cell
from spt_field.ui.store import Store
from spt_field.ui.widgets.dashboard_parts import ChartBox, FigureBox

# Kinds whose changes can change a figure.
_COUNTED_KINDS = {
    kind.value
    for kind in (
        RecordKind.VISIT,
        RecordKind.PLACE,
        RecordKind.INTERVIEW,
        RecordKind.RECOMMENDATION,
    )
}
_LIST_ROWS = 8


def _code_rows(counts: Mapping[Any, int], *, skip_zero: bool = False) -> list[list[Cell]]:
    return [[code_label(code), count] for code, count in counts.items() if count or not skip_zero]


class Dashboard(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: Which replies are overdue depends on the day; tests set another clock.
        self.today: Callable[[], date] = date.today
        self.stats: AnnualStatistics | None = None
        # Overdue recommendations of every visit on `today`, by kind of authority.
        self.overdue_counts: dict[AuthorityKind, int] = {}
        self._stale = False
        self.year_choice = QComboBox(self)
        self.year_choice.setToolTip(self.tr("The year whose visits are counted (by start date)"))
        self.year_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.paragraph = QLabel(self)
        self.paragraph.setWordWrap(True)
        self.paragraph.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_paragraph = QPushButton(self.tr("Copy &paragraph"), self)
        self.copy_paragraph.setToolTip(self.tr("Copy the paragraph for the annual report"))
        self.copy_summary = QPushButton(self.tr("Copy &all figures as text"), self)
        self.copy_summary.setToolTip(self.tr("Copy every figure as lines of text"))
        self._build_boxes()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one refresh for a burst of changes
        self._refresh_timer.timeout.connect(self.refresh)
        self._layout()
        self._connect()
        self.refresh()
        name_inputs(self)

    # Building ----------------------------------------------------------------------------

    def _build_boxes(self) -> None:
        self.visits = FigureBox(
            self.tr("Visits"),
            [self.tr("Status"), self.tr("Visits")],
            "visits",
        )
        self.visit_list = FigureBox(
            self.tr("Visits conducted and postponed"),
            [
                self.tr("Country"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Type or reason"),
            ],
            "visit-list",
            max_rows=_LIST_ROWS,
            stretch=4,
        )
        self.places_by_group = FigureBox(
            self.tr("Places visited by group"),
            [self.tr("Group"), self.tr("Places")],
            "places-by-group",
        )
        self.places_by_type = FigureBox(
            self.tr("Places visited by type"),
            [self.tr("Type"), self.tr("Places")],
            "places-by-type",
        )
        self.interviews_by_category = FigureBox(
            self.tr("Interviews by category of interviewee"),
            [
                self.tr("Category"),
                self.tr("Interviews"),
                self.tr("Persons"),
            ],
            "interviews-by-category",
        )
        self.interviews_by_kind = FigureBox(
            self.tr("Interviews by kind"),
            [
                self.tr("Kind"),
                self.tr("Interviews"),
                self.tr("Persons"),
            ],
            "interviews-by-kind",
        )
        self.reports = FigureBox(
            self.tr("Reports"),
            [self.tr("Reports"), self.tr("Number")],
            "reports",
        )
        self.recommendations = FigureBox(
            self.tr("Recommendations by status"),
            [self.tr("Status"), self.tr("Recommendations")],
            "recommendations-by-status",
        )
        self.reprisals = FigureBox(
            self.tr("Reprisal cases by status"),
            [self.tr("Status"), self.tr("Cases")],
            "reprisal-cases-by-status",
        )
        self.overdue_by_authority = FigureBox(
            self.tr("Overdue recommendations by kind of authority"),
            [self.tr("Kind of authority"), self.tr("Overdue")],
            "overdue-by-authority",
        )
        self.recommendations_by_visit = FigureBox(
            self.tr("Recommendations by status, per visit"),
            [
                self.tr("Visit"),
                *(code_label(status) for status in RecommendationStatus),
                self.tr("Total"),
            ],
            "recommendations-by-visit",
            max_rows=_LIST_ROWS,
        )
        self.tables = [
            self.visits,
            self.visit_list,
            self.places_by_group,
            self.places_by_type,
            self.interviews_by_category,
            self.interviews_by_kind,
            self.reports,
            self.recommendations,
            self.reprisals,
            self.overdue_by_authority,
            self.recommendations_by_visit,
        ]
        self.places_chart = ChartBox(self.tr("Places visited by group"), "places-by-group")
        self.interviews_chart = ChartBox(
            self.tr("Interviews by category of interviewee"),
            "interviews-by-category",
            bars=len(IntervieweeCategory),
        )
        self.recommendations_chart = ChartBox(
            self.tr("Recommendations by status"), "recommendations-by-status"
        )
        self.reprisals_chart = ChartBox(
            self.tr("Reprisal cases by status"), "reprisal-cases-by-status"
        )
        self.overdue_chart = ChartBox(
            self.tr("Overdue recommendations by kind of authority"),
            "overdue-by-authority",
            bars=len(AuthorityKind),
        )
        self.charts = [
            self.places_chart,
            self.interviews_chart,
            self.recommendations_chart,
            self.reprisals_chart,
            self.overdue_chart,
        ]

    def _layout(self) -> None:
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_choice)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_choice)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        paragraph_box = QGroupBox(self.tr("For the annual report"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_paragraph)
        buttons.addWidget(self.copy_summary)
        paragraph_layout = QVBoxLayout(paragraph_box)
        paragraph_layout.addWidget(self.paragraph)
        paragraph_layout.addLayout(buttons)
        grid = QGridLayout()
        for row, (left, right) in enumerate(
            [
                (self.visits, self.visit_list),
                (self.places_by_group, self.places_chart),
                (self.interviews_by_category, self.interviews_chart),
                (self.recommendations, self.recommendations_chart),
                (self.reports, self.interviews_by_kind),
                (self.reprisals, self.reprisals_chart),
                (self.overdue_by_authority, self.overdue_chart),
                (self.places_by_type, None),
            ]
        ):
            grid.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
            if right is not None:
                grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.recommendations_by_visit, grid.rowCount(), 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(paragraph_box)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(scroll, 1)

    def _connect(self) -> None:
        self.year_choice.currentIndexChanged.connect(self._on_year_chosen)
        self.copy_paragraph.clicked.connect(self._copy_paragraph)
        self.copy_summary.clicked.connect(self._copy_summary)
        for box in self.tables:
            box.copy_button.clicked.connect(lambda _c=False, b=box: self.copy_table(b))
            box.csv_button.clicked.connect(lambda _c=False, b=box: self.save_table(b, "csv"))
            box.xlsx_button.clicked.connect(lambda _c=False, b=box: self.save_table(b, "xlsx"))
        for chart in self.charts:
            chart.save_button.clicked.connect(lambda _c=False, c=chart: self.save_chart_png(c))
        self.store.recordsChanged.connect(self._on_change)
        self.store.recordChanged.connect(self._on_change)

    # Public ------------------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        data = self.year_choice.currentData()
        return None if data is None else int(data)

    def set_year(self, year: int | None) -> None:
        index = self.year_choice.findData(year)
        if index >= 0:
            self.year_choice.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the years and the figures of the year chosen again, and show them."""
        self._refresh_timer.stop()
        self._stale = False
        try:
            self._fill_years(self.store.read(statistics_years))
            today = self.today()
            self.stats = self.store.read(annual_statistics, self.year, today=today)
            self.overdue_counts = self.store.read(overdue_by_authority_kind, today=today)
        except UserError as error:
            self.stats = None
            self.summary.setText(self.tr("No figures: {0}").format(error))
            return
        self._show(self.stats)

    def choose_path(self, caption: str, name_filter: str, suggested: str) -> Path | None:
        """Ask where to save; tests replace this method."""
        name, _filter = QFileDialog.getSaveFileName(self, caption, suggested, name_filter)
        return Path(name) if name else None

    # Years -------------------------------------------------------------------------------

    def _fill_years(self, years: list[int]) -> None:
        """Years present, latest first, then "All years"; keeps the choice if still offered."""
        had_choice = self.year_choice.count() > 0
        current = self.year
        self.year_choice.blockSignals(True)
        try:
            self.year_choice.clear()
            for year in years:
                self.year_choice.addItem(str(year), year)
            self.year_choice.addItem(self.tr("All years"), None)
            wanted = current if had_choice else (years[0] if years else None)
            self.year_choice.setCurrentIndex(max(self.year_choice.findData(wanted), 0))
        finally:
            self.year_choice.blockSignals(False)

    def _on_year_chosen(self, _index: int) -> None:
        self.refresh()

    # Showing -----------------------------------------------------------------------------

    def _show(self, stats: AnnualStatistics) -> None:
        self.summary.setText(
            self.tr(
                "Visits conducted: {0} · Interviews: {1} with {2} persons · "
                "Places visited: {3} · Replies overdue: {4}"
            ).format(
                stats.conducted,
                stats.interviews,
                stats.persons,
                stats.places,
                stats.reports.replies_overdue,
            )
        )
        self.paragraph.setText(annual_report_paragraph(stats, paragraph_wording()))
        self._show_visits(stats)
        self.places_by_group.set_rows(_code_rows(stats.places_by_group), total=True)
        self.places_by_type.set_rows(_code_rows(stats.places_by_type, skip_zero=True), total=True)
        self.interviews_by_category.set_rows(
            [
                [code_label(code), count, stats.persons_by_category[code]]
                for code, count in stats.interviews_by_category.items()
                if count
            ],
            total=True,
        )
        self.interviews_by_kind.set_rows(
            [
                [code_label(code), count, stats.persons_by_kind[code]]
                for code, count in stats.interviews_by_kind.items()
            ],
            total=True,
        )
        self.reports.set_rows(self._report_rows(stats))
        self.recommendations.set_rows(_code_rows(stats.recommendations_by_status), total=True)
        self.reprisals.set_rows(_code_rows(stats.reprisal_cases_by_status), total=True)
        self.recommendations_by_visit.set_rows(
            [
                [
                    self.tr("{0}, from {1}").format(
                        country_label(visit.country), visit.start_date.isoformat()
                    ),
                    *visit.by_status.values(),
                    sum(visit.by_status.values()),
                ]
                for visit in stats.recommendations_by_visit
            ],
            total=True,
        )
        self.overdue_by_authority.setTitle(
            self.tr("Overdue recommendations by kind of authority, all visits (as of {0})").format(
                stats.today.isoformat()
            )
        )
        self.overdue_by_authority.set_rows(
            _code_rows(self.overdue_counts, skip_zero=True), total=True
        )
        self._show_charts(stats)

    def _show_visits(self, stats: AnnualStatistics) -> None:
        self.visits.set_rows(
            [
                [self.tr("Conducted (completed or in progress)"), stats.conducted],
                [code_label(VisitStatus.POSTPONED), stats.postponed],
                [code_label(VisitStatus.CANCELLED), stats.cancelled],
                [code_label(VisitStatus.PLANNED), stats.planned],
            ],
            total=True,
        )
        conducted: list[list[Cell]] = [
            [
                country_label(visit.country),
                visit.start_date.isoformat(),
                visit.end_date.isoformat(),
                self.tr("Conducted"),
                code_label(visit.visit_type),
            ]
            for visit in stats.conducted_visits
        ]
        postponed: list[list[Cell]] = [
            [
                country_label(visit.country),
                visit.start_date.isoformat(),
                visit.end_date.isoformat(),
                code_label(VisitStatus.POSTPONED),
                visit.reason,
            ]
            for visit in stats.postponed_visits
        ]
        self.visit_list.set_rows(conducted + postponed)

    def _report_rows(self, stats: AnnualStatistics) -> list[list[Cell]]:
        reports = stats.reports
        requested = reports.publication_requested_by
        return [
            [self.tr("Transmitted to the State party"), reports.transmitted],
            [self.tr("Replies received"), reports.replies_received],
            [
                self.tr("Replies overdue (as of {0})").format(stats.today.isoformat()),
                reports.replies_overdue,
            ],
            [self.tr("Replies not yet due"), reports.replies_awaited],
            [
                self.tr("Publication requested by the State party"),
                requested.get(PublicationRequester.STATE, 0),
            ],
            [
                self.tr("Publication requested by the NPM"),
                requested.get(PublicationRequester.NPM, 0),
            ],
            [self.tr("Published (with a public symbol)"), reports.published],
        ]

    def _show_charts(self, stats: AnnualStatistics) -> None:
        period = self.year_choice.currentText()
        for box, counted, counts in (
            (self.places_chart, self.tr("Places"), stats.places_by_group),
            (self.interviews_chart, self.tr("Interviews"), stats.interviews_by_category),
            (
                self.recommendations_chart,
                self.tr("Recommendations"),
                stats.recommendations_by_status,
            ),
            (self.reprisals_chart, self.tr("Cases"), stats.reprisal_cases_by_status),
        ):
            box.show_counts(period, counted, [(code_label(c), n) for c, n in counts.items()])
        self.overdue_chart.show_counts(
            self.tr("all visits, as of {0}").format(stats.today.isoformat()),
            self.tr("Overdue"),
            [(code_label(c), n) for c, n in self.overdue_counts.items()],
        )

    # Copying and saving ------------------------------------------------------------------

    def _period(self) -> str:
        year = self.year
        return "all-years" if year is None else str(year)

    def copy_table(self, box: FigureBox) -> None:
        QGuiApplication.clipboard().setText(box.model.as_tab_separated())

    def save_table(self, box: FigureBox, suffix: str) -> None:
        """Save `box`'s table as "csv" or "xlsx", where the user chooses."""
        captions = {
            "csv": (self.tr("Save table as CSV"), self.tr("CSV files (*.csv)")),
            "xlsx": (self.tr("Save table as XLSX"), self.tr("Excel workbooks (*.xlsx)")),
        }
        caption, name_filter = captions[suffix]
        path = self.choose_path(caption, name_filter, f"{box.file_stem}-{self._period()}.{suffix}")
        if path is None:
            return
        try:
            if suffix == "xlsx":
                box.model.save_xlsx(path, box.title())
            else:
                box.model.save_csv(path)
        except UserError as error:
            self.summary.setText(str(error))

    def save_chart_png(self, box: ChartBox) -> None:
        path = self.choose_path(
            self.tr("Save chart as PNG"),
            self.tr("PNG images (*.png)"),
            f"{box.file_stem}-{self._period()}.png",
        )
        if path is None:
            return
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        try:
            if not box.chart.grab().save(buffer, "PNG"):
                raise UserError(self.tr("Could not save {0}").format(path))
            write_atomically(bytes(data.data()), path)
        except UserError as error:
            self.summary.setText(str(error))

    def _copy_paragraph(self) -> None:
        QGuiApplication.clipboard().setText(self.paragraph.text())

    def _copy_summary(self) -> None:
        if self.stats is not None:
            QGuiApplication.clipboard().setText(statistics_summary(self.stats, current_language()))

    # Staying current ---------------------------------------------------------------------

    def _on_change(self, kind: str, *_record_id: str) -> None:
        if kind not in _COUNTED_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()
