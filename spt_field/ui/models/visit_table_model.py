"""The visit list: country, dates, type, status and counts, one row per visit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from spt_field.domain.countries import country_name
from spt_field.domain.values import VisitSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitTableModel", text)


class VisitTableModel(QAbstractTableModel):
    COLUMNS = ("Country", "From", "To", "Type", "Status", "Places", "Interviews")

    def __init__(self) -> None:
        super().__init__()
        self.visits: list[VisitSummary] = []

    def set_visits(self, visits: list[VisitSummary]) -> None:
        self.beginResetModel()
        self.visits = list(visits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        visit = self.visits[index.row()]
        if role == ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(visit: VisitSummary, column: int) -> str | int:
        values: tuple[str | int, ...] = (
            f"{country_name(visit.country)} ({visit.country})",
            visit.start_date.isoformat(),
            visit.end_date.isoformat(),
            visit.visit_type.label,
            visit.status.label,
            visit.places,
            visit.interviews,
        )
        return values[column]
