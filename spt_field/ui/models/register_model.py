"""A country's register of places of deprivation of liberty, read-only: what the NPM's list
says of each place, and when and how often the delegations visited it (from the visits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from spt_field.domain.values import RegisteredPlace
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label
from spt_field.ui.models.line_table import Index, LineTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("RegisterModel", "Place"),
    QT_TRANSLATE_NOOP("RegisterModel", "Type"),
    QT_TRANSLATE_NOOP("RegisterModel", "Region"),
    QT_TRANSLATE_NOOP("RegisterModel", "Capacity"),
    QT_TRANSLATE_NOOP("RegisterModel", "Last visited"),
    QT_TRANSLATE_NOOP("RegisterModel", "Times visited"),
)


class RegisterModel(LineTableModel[RegisteredPlace]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._lines[index.row()]
        values = (
            entry.name,
            code_label(entry.place_type),
            entry.region,
            "" if entry.capacity is None else str(entry.capacity),
            entry.last_visited.isoformat() if entry.last_visited else self.tr("never"),
            str(entry.times_visited),
        )
        return values[index.column()]
