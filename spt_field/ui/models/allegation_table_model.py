"""The allegations made in one interview, one row each, for the interview form's table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from spt_field.domain.values import Allegation
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.models.roles import ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def _yes(flag: bool) -> str:
    return (
        translate("AllegationTableModel", "Yes")
        if flag
        else translate("AllegationTableModel", "No")
    )


def _no_date(day: date | None) -> str:
    return day.isoformat() if day else "—"


# The text of each column's cells, in order; `_headers` gives their titles.
_CELLS: tuple[Callable[[Allegation], str], ...] = (
    lambda a: code_label(a.form),
    lambda a: code_label(a.perpetrator),
    lambda a: code_label(a.setting),
    lambda a: _no_date(a.occurred_on),
    lambda a: _yes(a.medical_examination),
    lambda a: code_label(a.consistency) if a.consistency else "—",
    lambda a: _yes(a.consent_to_transmit),
)


def _headers() -> tuple[tuple[str, str], ...]:
    """(title, tooltip) of each column."""
    return (
        (
            translate("AllegationTableModel", "Form"),
            translate("AllegationTableModel", "Form of ill-treatment alleged"),
        ),
        (
            translate("AllegationTableModel", "Perpetrator"),
            translate("AllegationTableModel", "Who is alleged to have done it"),
        ),
        (
            translate("AllegationTableModel", "Setting"),
            translate("AllegationTableModel", "Where in the chain of custody it happened"),
        ),
        (
            translate("AllegationTableModel", "Occurred on"),
            translate("AllegationTableModel", "Date of the alleged ill-treatment"),
        ),
        (
            translate("AllegationTableModel", "Examined"),
            translate("AllegationTableModel", "Examined by the delegation's doctor"),
        ),
        (
            translate("AllegationTableModel", "Consistency"),
            translate(
                "AllegationTableModel", "The doctor's opinion on the Istanbul Protocol scale"
            ),
        ),
        (
            translate("AllegationTableModel", "Transmit"),
            translate(
                "AllegationTableModel",
                "The person consents to the allegation being passed to the authorities",
            ),
        ),
    )


class AllegationTableModel(QAbstractTableModel):
    """Read-only rows of `Allegation` values; editing happens in the allegation form."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._allegations: list[Allegation] = []

    def set_allegations(self, allegations: Sequence[Allegation]) -> None:
        self.beginResetModel()
        self._allegations = list(allegations)
        self.endResetModel()

    def allegation_at(self, row: int) -> Allegation | None:
        return self._allegations[row] if 0 <= row < len(self._allegations) else None

    def row_of(self, allegation_id: str) -> int:
        """The row showing `allegation_id`, or -1."""
        for row, allegation in enumerate(self._allegations):
            if allegation.id == allegation_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._allegations)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_CELLS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._allegations):
            return None
        allegation = self._allegations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _CELLS[index.column()](allegation)
        if role == ID_ROLE:
            return allegation.id
        if role == Qt.ItemDataRole.ToolTipRole and allegation.description:
            return allegation.description
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_CELLS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _headers()[section][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
