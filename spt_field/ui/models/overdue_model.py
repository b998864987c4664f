"""The overdue recommendations: who owes what, due when, and how late."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from spt_field.services.overdue import OverdueRecommendation
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label
from spt_field.ui.models.line_table import Index, LineTableModel

# The column headings, in the order of export.overdue_table.overdue_rows.
COLUMNS = (
    QT_TRANSLATE_NOOP("OverdueModel", "Country"),
    QT_TRANSLATE_NOOP("OverdueModel", "Report"),
    QT_TRANSLATE_NOOP("OverdueModel", "Paragraph"),
    QT_TRANSLATE_NOOP("OverdueModel", "Recommendation"),
    QT_TRANSLATE_NOOP("OverdueModel", "Authority"),
    QT_TRANSLATE_NOOP("OverdueModel", "Priority"),
    QT_TRANSLATE_NOOP("OverdueModel", "Themes"),
    QT_TRANSLATE_NOOP("OverdueModel", "Due on"),
    QT_TRANSLATE_NOOP("OverdueModel", "Days overdue"),
    QT_TRANSLATE_NOOP("OverdueModel", "Status"),
)
TEXT_COLUMN = COLUMNS.index("Recommendation")
_NUMBERS = (COLUMNS.index("Paragraph"), COLUMNS.index("Days overdue"))


class OverdueModel(LineTableModel[OverdueRecommendation]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    @property
    def lines(self) -> list[OverdueRecommendation]:
        return list(self._lines)

    def headings(self) -> list[str]:
        return [self.heading(column) for column in COLUMNS]

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(line, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(line: OverdueRecommendation, column: int) -> str:
        authority = code_label(line.authority_kind)
        if line.authority:
            authority = f"{authority}: {line.authority}"
        values = (
            line.country,
            line.restricted_symbol or line.visit_start.isoformat(),
            "—" if line.paragraph_number is None else str(line.paragraph_number),
            " ".join(line.text.split()),
            authority,
            code_label(line.priority),
            ", ".join(code_label(theme) for theme in line.themes) or "—",
            line.due_on.isoformat(),
            str(line.days_overdue),
            code_label(line.status),
        )
        return values[column]
