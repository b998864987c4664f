"""A horizontal bar chart of one breakdown of the visit overview (label -> count)."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOR = QColor("#2f6690")


def tick_interval(largest: int, ticks: int = 5) -> int:
    """A whole, round step (1, 2, 5, 10, 20...) giving at most about `ticks` steps."""
    raw = max(largest, 1) / ticks
    magnitude = 10 ** max(math.floor(math.log10(raw)), 0) if raw >= 1 else 1
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return int(step * magnitude)
    return int(10 * magnitude)


class OverviewChart(QChartView):
    """One bar set; the first category is drawn at the top, as in the tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().legend().hide()
        self.chart().setMargins(QMargins(4, 4, 4, 4))
        self.chart().setBackgroundRoundness(0)
        self.setMinimumSize(320, 240)
        self.setAccessibleName(self.tr("Chart"))

    def show_counts(self, title: str, set_name: str, counts: list[tuple[str, int]]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.setAccessibleName(title or self.tr("Chart"))
        bars = QBarSet(set_name)
        bars.setColor(BAR_COLOR)
        bars.setLabelColor(QColor("#202020"))
        # Horizontal bar charts draw the first category at the bottom: reverse to read down.
        ordered = list(reversed(counts))
        bars.append([float(count) for _, count in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.5)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _ in ordered])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = self._value_axis(max((count for _, count in counts), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    @staticmethod
    def _value_axis(largest: int) -> QValueAxis:
        step = tick_interval(largest)
        axis = QValueAxis()
        # Room after the longest bar for its value label.
        top = max(step, math.ceil(largest * 1.15 / step) * step)
        axis.setRange(0, top)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
        return axis

    def bar_values(self) -> list[tuple[str, float]]:
        """(category, value) pairs as the chart shows them, top first (for tests and a11y)."""
        series = [s for s in self.chart().series() if isinstance(s, QAbstractBarSeries)]
        if not series or not series[0].barSets():
            return []
        bars = series[0].barSets()[0]
        axis = next(a for a in self.chart().axes() if isinstance(a, QBarCategoryAxis))
        pairs = [(axis.at(i), bars.at(i)) for i in range(bars.count())]
        return list(reversed(pairs))
