"""The Subcommittee's earlier visits to a country, edited in place in the country profile: a
year and the symbol of the visit's report per row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from spt_field.domain.country_profiles import PreviousVisit
from spt_field.ui.i18n import QT_TRANSLATE_NOOP
from spt_field.ui.models.line_table import Index, LineTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("PreviousVisitsModel", "Year"),
    QT_TRANSLATE_NOOP("PreviousVisitsModel", "Report symbol"),
)
_YEAR, _SYMBOL = range(len(COLUMNS))
_EDITED = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


class PreviousVisitsModel(LineTableModel[PreviousVisit]):
    columns = COLUMNS

    def heading(self, column: str) -> str:
        return self.tr(column)

    def visits(self) -> tuple[PreviousVisit, ...]:
        return tuple(self._lines)

    def add_visit(self, visit: PreviousVisit) -> int:
        """Append `visit`; returns its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(visit)
        self.endInsertRows()
        return row

    def remove_visit(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _EDITED:
            return None
        visit = self._lines[index.row()]
        if index.column() == _YEAR:
            # An int: the editor is a spin box, so only a number can be typed.
            return visit.year if role == Qt.ItemDataRole.EditRole else str(visit.year)
        return visit.symbol

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802 (Qt override)
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        visit = self._lines[index.row()]
        if index.column() == _YEAR:
            try:
                edited = replace(visit, year=int(value))
            except (TypeError, ValueError):
                return False
        else:
            edited = replace(visit, symbol=str(value).strip())
        if edited != visit:
            self._lines[index.row()] = edited
            self.dataChanged.emit(index, index, list(_EDITED))
        return True
