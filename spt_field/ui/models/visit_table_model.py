"""The visit list: country, dates, type, status and counts, one row per visit. A visit with open
conflicts (edits from two laptops that disagree) is marked, with their number, in its first
column."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from spt_field.domain.visit_summary import VisitSummary
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label, country_label
from spt_field.ui.models.conflict_marks import (
    CONFLICT_BACKGROUND,
    conflict_icon,
    conflict_tooltip,
)
from spt_field.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Country"),
        QT_TRANSLATE_NOOP("VisitTableModel", "From"),
        QT_TRANSLATE_NOOP("VisitTableModel", "To"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Type"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Status"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Places"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Interviews"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.visits: list[VisitSummary] = []
        self.conflicts: dict[str, int] = {}  # visit id -> open conflicts, when there are any

    def set_visits(
        self, visits: list[VisitSummary], conflicts: Mapping[str, int] | None = None
    ) -> None:
        """Show `visits`; `conflicts` counts each visit's open conflicts."""
        self.beginResetModel()
        self.visits = list(visits)
        self.conflicts = {key: count for key, count in (conflicts or {}).items() if count}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
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
        conflicts = self.conflicts.get(visit.id, 0)
        if conflicts and index.column() == 0:
            return self._conflict_mark(conflicts, role)
        return None

    def _conflict_mark(self, conflicts: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return conflict_icon()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict_tooltip()
        return None

    def _display(self, visit: VisitSummary, column: int) -> str | int:
        # Only the column asked for: sorting the list asks for one column thousands of times.
        if column == 0:
            return self._country(visit)
        if column in (1, 2):
            return (visit.start_date if column == 1 else visit.end_date).isoformat()
        if column in (3, 4):
            return code_label(visit.visit_type if column == 3 else visit.status)
        return visit.places if column == 5 else visit.interviews

    def _country(self, visit: VisitSummary) -> str:
        country = f"{country_label(visit.country)} ({visit.country})"
        conflicts = self.conflicts.get(visit.id, 0)
        if conflicts == 1:
            country = self.tr("{0} · 1 conflict").format(country)
        elif conflicts:
            country = self.tr("{0} · {1} conflicts").format(country, conflicts)
        return country
