"""Delegation members or persons met as an editable table; each cell edit is one undo step.

The model holds the frozen values the services return. Editing a cell writes through
undo.edit_record at once; a refusal (an empty name) leaves the old value and is reported by the
`refused` signal, never raised into Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from spt_field.domain.codes import CodeList
from spt_field.domain.kinds import RecordKind
from spt_field.errors import EditConflictError, UserError, ValidationError
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.ui.i18n import code_label
from spt_field.ui.models.line_table import Index, LineTableModel
from spt_field.ui.rule_messages import problem_text
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record

_EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class PeopleColumn:
    """One column: the field of the record it edits, its (translated) title, its code list;
    a `number` column holds a whole number or nothing; `tip` says what the column is for."""

    field: str
    title: str
    codes: type[CodeList] | None = None
    number: bool = False
    tip: str = ""


class PeopleTableModel(LineTableModel[Any]):
    #: A cell edit was refused: the message for the user.
    refused = Signal(str)
    #: A cell edit was saved.
    edited = Signal()

    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        columns: list[PeopleColumn],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.people_columns = tuple(columns)
        self.columns = tuple(column.field for column in columns)
        store.recordChanged.connect(self._on_record_changed)

    def heading(self, column: str) -> str:
        return self.people_columns[self.columns.index(column)].title

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            horizontal = orientation == Qt.Orientation.Horizontal
            inside = horizontal and 0 <= section < len(self.people_columns)
            return (self.people_columns[section].tip or None) if inside else None
        return super().headerData(section, orientation, role)

    # Contents ----------------------------------------------------------------------------

    def row_of(self, record_id: str) -> int | None:
        for row, record in enumerate(self._lines):
            if record.id == record_id:
                return row
        return None

    def _replace(self, row: int, record: Any) -> None:
        self._lines[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        """Undo, redo or another view changed a record shown here: show its new values."""
        row = self.row_of(record_id) if kind == self.kind.value else None
        if row is None:
            return
        try:
            record = self.store.read(RECORD_KINDS[self.kind].fetch, record_id)
        except UserError:  # deleted meanwhile: the list reload will drop it
            return
        self._replace(row, record)

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.people_columns[index.column()]
        value = getattr(self._lines[index.row()], column.field)
        if value is None:
            return "" if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return code_label(value) if isinstance(value, CodeList) else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return str(value.value) if isinstance(value, CodeList) else str(value)
        return None

    @staticmethod
    def _typed(column: PeopleColumn, text: str) -> Any:
        """The value `text` stands for in `column`; ValueError if it stands for none."""
        if column.codes:
            return column.codes(text)
        if column.number:
            if text and not (text.isascii() and text.isdigit()):
                raise ValueError(text)
            return int(text) if text else None
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(  # noqa: N802 (Qt override)
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.people_columns[index.column()]
        record = self._lines[index.row()]
        try:
            new = self._typed(column, str(value).strip())
        except ValueError:
            if column.number:
                self.refused.emit(
                    #: {0} is the column's title, such as "Protocol rank".
                    self.tr("{0}: enter a whole number, or nothing").format(column.title)
                )
            return False
        old = getattr(record, column.field)
        if new == old:
            return True
        try:
            saved = edit_record(
                self.store,
                self.kind,
                record.id,
                {column.field: old},
                {column.field: new},
                loaded=record,
            )
        except EditConflictError:
            # Their version is shown: typing the cell again saves mine over it.
            self._on_record_changed(self.kind.value, record.id)
            self.refused.emit(
                self.tr(
                    "{0}: someone else saved this meanwhile; their value is shown. Type yours "
                    "again to save it over theirs"
                ).format(column.title)
            )
            return False
        except UserError as error:
            problem = problem_text(error) if isinstance(error, ValidationError) else str(error)
            self.refused.emit(f"{column.title}: {problem}")
            return False
        row = self.row_of(record.id)
        if row is not None:
            self._replace(row, saved)
        self.edited.emit()
        return True
