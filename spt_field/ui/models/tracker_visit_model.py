"""The follow-up tracker's visits: the report's symbol and dates, the reply, publication.

A visit whose reply is overdue is shown on a red background, with the reason in its tooltip.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from spt_field.services.follow_up import TrackerVisit
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label, country_label, translate
from spt_field.ui.models.line_table import Index, LineTableModel
from spt_field.ui.models.roles import ID_ROLE

OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#7f0016")

COLUMNS = (
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Country"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Visit"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Symbol"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Transmitted"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Reply due"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Reply received"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Publication requested"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Public symbol"),
    QT_TRANSLATE_NOOP("TrackerVisitModel", "Recommendations"),
)
REPLY_DUE_COLUMN = COLUMNS.index("Reply due")


def _day(value: date | None) -> str:
    return "—" if value is None else value.isoformat()


class TrackerVisitModel(LineTableModel[TrackerVisit]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    def row_of(self, visit_id: str) -> int | None:
        for row, visit in enumerate(self._lines):
            if visit.id == visit_id:
                return row
        return None

    @property
    def overdue_count(self) -> int:
        return sum(1 for visit in self._lines if visit.overdue)

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        visit = self._lines[index.row()]
        if role == ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and visit.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and visit.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and visit.overdue and visit.reply_due_on:
            return self.tr("Reply overdue: it was due on {0}").format(
                visit.reply_due_on.isoformat()
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == len(COLUMNS) - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(visit: TrackerVisit, column: int) -> str:
        requested = "—"
        if visit.publication_requested_by is not None:
            by = code_label(visit.publication_requested_by)
            on = visit.publication_requested_on
            requested = f"{by}, {on.isoformat()}" if on else by
        values = (
            f"{country_label(visit.country)} ({visit.country})",
            f"{visit.start_date.isoformat()} – {visit.end_date.isoformat()}",
            visit.restricted_symbol or "—",
            _day(visit.transmitted_on),
            _overdue(_day(visit.reply_due_on)) if visit.overdue else _day(visit.reply_due_on),
            _day(visit.reply_received_on),
            requested,
            visit.public_symbol or "—",
            str(visit.recommendation_count),
        )
        return values[column]


def _overdue(day: str) -> str:
    """An overdue reply says so in words and with a sign, not only in red."""
    return translate("TrackerVisitModel", "⚠ {0} (overdue)").format(day)
