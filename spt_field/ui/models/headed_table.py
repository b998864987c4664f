"""A read-only table under fixed column headings and no row headings: the shape the history
and the sync conflicts share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from spt_field.ui.models.allegation_table_model import AnyIndex


class HeadedTableModel(QAbstractTableModel):
    """A subclass sets `headings` (marked for translation with QT_TRANSLATE_NOOP in its own
    context), translates them in `heading` (its own `self.tr`, so that lupdate and Qt agree on
    the context) and gives `rowCount` and `data`."""

    headings: tuple[str, ...] = ()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headings)
        ):
            return self.heading(self.headings[section])
        return None

    def heading(self, text: str) -> str:
        raise NotImplementedError

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
