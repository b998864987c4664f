"""A small read-only table of figures: a label and counts per row, optionally a bold total.

Used by the dashboard; its contents can be copied as tab-separated text or saved as CSV or
XLSX.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from spt_field.export.overdue_table import write_xlsx
from spt_field.export.spreadsheet_cells import spreadsheet_cell
from spt_field.safe_files import write_atomically
from spt_field.ui.models.roles import VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex
Cell = str | int


class FigureTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[list[Cell]] = []
        self._has_total = False

    def set_rows(self, rows: list[list[Cell]], *, total: bool = False) -> None:
        """Show `rows`; with `total`, a last row adds up every column of numbers."""
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._has_total = total
        if total:
            label = QCoreApplication.translate("FigureTableModel", "Total")
            sums: list[Cell] = [label]
            for column in range(1, len(self.headers)):
                sums.append(sum(int(row[column]) for row in rows if isinstance(row[column], int)))
            self._rows.append(sums)
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def table(self) -> list[list[str]]:
        """The header and every row as text, as copied or saved (formula-proof)."""
        return [
            [spreadsheet_cell(header) for header in self.headers],
            *[[spreadsheet_cell(cell) for cell in row] for row in self._rows],
        ]

    def as_tab_separated(self) -> str:
        """For the clipboard: a spreadsheet pastes it into cells."""
        return "\n".join("\t".join(row) for row in self.table()) + "\n"

    def as_csv(self) -> str:
        stream = io.StringIO()
        csv.writer(stream, lineterminator="\n").writerows(self.table())
        return stream.getvalue()

    def save_csv(self, path: Path) -> None:
        """UTF-8 with a byte-order mark, so that spreadsheet programs read accents right;
        owner-only and noted among the files the app wrote."""
        write_atomically(self.as_csv().encode("utf-8-sig"), path)

    def save_xlsx(self, path: Path, sheet_title: str) -> None:
        """One sheet, numbers as numbers (text cells cannot run as formulas)."""
        allowed = "".join(" " if char in "\\/?*[]:" else char for char in sheet_title)
        write_xlsx(allowed.strip() or "Sheet", self.headers, self._rows, path)

    # Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and self._has_total
            and index.row() == len(self._rows) - 1
        ):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
