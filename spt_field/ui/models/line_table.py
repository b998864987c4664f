"""A flat, read-only table of lines, one per row, under translated column headings: the shape
the follow-up tracker, the overdue recommendations and the reprisals register share."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Line = TypeVar("Line")


class LineTableModel(QAbstractTableModel, Generic[Line]):
    """Rows are `_lines`; a subclass names its `columns` (marked for translation in its own
    context with QT_TRANSLATE_NOOP), translates them in `heading` (its own `self.tr`, so that
    lupdate and Qt agree on the context) and gives `data`."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.heading(self.columns[section]) if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def heading(self, column: str) -> str:
        raise NotImplementedError

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]
