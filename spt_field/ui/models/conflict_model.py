"""The open conflicts of a visit, one row each: which record, which field, how many versions.

A conflict is one field that two laptops (or more) changed differently since they last
exchanged bundles; services.conflicts keeps every version until a person picks one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from spt_field.domain.kinds import RecordKind
from spt_field.domain.sync import Conflict, ConflictSide
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label, translate
from spt_field.ui.models.allegation_table_model import AnyIndex
from spt_field.ui.models.conflict_marks import conflict_icon
from spt_field.ui.models.headed_table import HeadedTableModel
from spt_field.ui.models.history_model import local_time, value_text

_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictModel", "Record"),
    QT_TRANSLATE_NOOP("ConflictModel", "Field"),
    QT_TRANSLATE_NOOP("ConflictModel", "Versions"),
)
#: The pseudo-field of a deletion on one laptop against an edit on another.
DELETED_FIELD = "deleted"
#: The prefix of a report narrative's field ("narrative.<section>"; its title names the section).
NARRATIVE_FIELD = "narrative."
#: Field labels per kind of record, as the record's form names them.
FieldLabels = Mapping[RecordKind, Mapping[str, str]]


def record_text(conflict: Conflict) -> str:
    return f"{code_label(conflict.kind)}: {conflict.title}"


def field_text(conflict: Conflict, labels: FieldLabels) -> str:
    if conflict.field == DELETED_FIELD:
        return translate("ConflictModel", "Deleted on one laptop, edited on another")
    if conflict.field.startswith(NARRATIVE_FIELD):
        return translate("ConflictModel", "Report text")
    label = labels.get(conflict.kind, {}).get(conflict.field)
    return label or conflict.field.replace("_", " ").capitalize()


def is_text_conflict(conflict: Conflict) -> bool:
    """Whether the versions are free text, which a person may merge by typing."""
    values = [side.value for side in conflict.sides]
    plain = [value for value in values if value is not None]
    return bool(plain) and all(type(value) is str for value in plain)


def side_value_text(conflict: Conflict, side: ConflictSide) -> str:
    """One version's value in full, as a person reads it."""
    if conflict.field == DELETED_FIELD:
        if side.value is True:
            return translate("ConflictModel", "Deleted")
        return translate("ConflictModel", "Kept (and edited)")
    if type(side.value) is str:
        return side.value or "—"
    value = list(side.value) if isinstance(side.value, tuple) else side.value
    return value_text(value)


def side_author_text(side: ConflictSide) -> str:
    """Who wrote a version, on which laptop, and when (in the interface's locale)."""
    when = local_time(side.at)
    who = side.member or translate("ConflictModel", "unnamed member")
    return translate("ConflictModel", "{0}, laptop {1}, {2}").format(who, side.device_id[:8], when)


class ConflictModel(HeadedTableModel):
    """Read-only; `conflict(row)` gives the conflict a row shows."""

    headings = _HEADERS

    def heading(self, text: str) -> str:
        return self.tr(text)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []
        self._labels: FieldLabels = {}

    def set_conflicts(self, conflicts: Sequence[Conflict], labels: FieldLabels) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._labels = labels
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    def row_of(self, conflict_id: str) -> int | None:
        for row, conflict in enumerate(self._conflicts):
            if conflict.id == conflict_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._conflicts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._conflicts):
            return None
        conflict = self._conflicts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (
                record_text(conflict),
                field_text(conflict, self._labels),
                str(len(conflict.sides)),
            )
            return texts[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return conflict_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
