"""The reprisals register's cases: whose (pseudonym), where, and how the follow-up stands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from spt_field.services.reprisals import ReprisalLine
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label
from spt_field.ui.models.line_table import Index, LineTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ReprisalModel", "Country"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Visit"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Place"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Pseudonym"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Status"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Opened on"),
    QT_TRANSLATE_NOOP("ReprisalModel", "Actions"),
)


class ReprisalModel(LineTableModel[ReprisalLine]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    def row_of(self, case_id: str) -> int | None:
        return next((n for n, line in enumerate(self._lines) if line.id == case_id), None)

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self._lines[index.row()]
        values = (
            line.country,
            line.visit_start.isoformat(),
            line.place_name,
            line.pseudonym,
            code_label(line.status),
            "—" if line.opened_on is None else line.opened_on.isoformat(),
            ", ".join(code_label(action) for action in line.actions) or "—",
        )
        return values[index.column()]
