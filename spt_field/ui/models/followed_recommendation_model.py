"""Recommendations being followed up: paragraph, text, addressee, status and the State's reply.

The status is edited in place (a combo box delegate over RecommendationStatus); each change is
one undo step through undo.edit_record. Undo, redo or another view changing a recommendation
shown here updates its line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from spt_field.domain.codes import Addressee, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services.follow_up import EarlierRecommendation, FollowedRecommendation
from spt_field.services.recommendations import get_recommendation
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label, translate
from spt_field.ui.models.line_table import Index, LineTableModel
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record

_LINE_CHARACTERS = 160

VISIT, PARAGRAPH, TEXT, ADDRESSEE, STATUS, REPLY = (
    "visit",
    "paragraph",
    "text",
    "addressee",
    "status",
    "reply",
)
_TITLES = {
    VISIT: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "Visit"),
    PARAGRAPH: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "Para."),
    TEXT: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "Recommendation"),
    ADDRESSEE: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "Addressee"),
    STATUS: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "Status"),
    REPLY: QT_TRANSLATE_NOOP("FollowedRecommendationModel", "State reply"),
}


def one_line(text: str) -> str:
    """The text on one line, shortened for a table cell (the tooltip shows it whole)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _LINE_CHARACTERS else flat[: _LINE_CHARACTERS - 1] + "…"


def visit_label(record: EarlierRecommendation) -> str:
    """The visit's start and its report's symbol: what a State's reply quotes."""
    symbol = record.restricted_symbol or record.public_symbol
    start = record.visit_start.isoformat()
    return f"{start} ({symbol})" if symbol else start


class FollowedRecommendationModel(LineTableModel[FollowedRecommendation]):
    #: An edit was refused: the message for the user.
    refused = Signal(str)
    #: An edit was saved.
    edited = Signal()

    def __init__(
        self, store: Store, parent: QObject | None = None, *, with_visit: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.columns = (VISIT,) if with_visit else ()
        self.columns += (PARAGRAPH, TEXT, ADDRESSEE, STATUS, REPLY)
        store.recordChanged.connect(self._on_record_changed)

    def heading(self, column: str) -> str:
        return self.tr(_TITLES[column])

    # Contents ----------------------------------------------------------------------------

    def row_of(self, record_id: str) -> int | None:
        for row, record in enumerate(self._lines):
            if record.id == record_id:
                return row
        return None

    def column_of(self, name: str) -> int:
        return self.columns.index(name)

    def _replace(self, row: int, record: FollowedRecommendation) -> None:
        self._lines[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        row = self.row_of(record_id) if kind == RecordKind.RECOMMENDATION.value else None
        if row is None:
            return
        try:
            saved = self.store.read(get_recommendation, record_id)
        except UserError:  # deleted meanwhile: the next reload drops it
            return
        self._replace(row, self._lines[row].updated(saved))

    # Qt's model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._lines[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return record.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(record: FollowedRecommendation, column: str) -> str:
        if column == VISIT and isinstance(record, EarlierRecommendation):
            return visit_label(record)
        if column == PARAGRAPH:
            return "—" if record.paragraph_number is None else str(record.paragraph_number)
        if column == TEXT:
            return one_line(record.text)
        if column == ADDRESSEE:
            addressee = code_label(record.addressee)
            if record.addressee is Addressee.AUTHORITY and record.authority:
                return f"{addressee}: {record.authority}"
            return addressee
        if column == STATUS:
            return code_label(record.status)
        if column == REPLY:
            return one_line(record.state_reply)
        return ""

    @staticmethod
    def _tooltip(record: FollowedRecommendation, column: str) -> str | None:
        if column == VISIT and isinstance(record, EarlierRecommendation):
            return translate("FollowedRecommendationModel", "Visit of {0} to {1}").format(
                record.visit_start.isoformat(), record.visit_end.isoformat()
            )
        if column == TEXT:
            return record.text
        if column == REPLY:
            return record.state_reply or translate(
                "FollowedRecommendationModel", "No reply recorded"
            )
        if column == STATUS:
            return translate(
                "FollowedRecommendationModel", "Double-click or press F2 to change the status"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.columns[index.column()] == STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802 (Qt override)
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if self.columns[index.column()] != STATUS:
            return False
        try:
            status = RecommendationStatus(str(value))
        except ValueError:
            return False
        return self.set_status(index.row(), status)

    def set_status(self, row: int, status: RecommendationStatus) -> bool:
        """Save a new status for the recommendation of `row` as one undo step."""
        record = self._lines[row]
        if status is record.status:
            return True
        try:
            saved = edit_record(
                self.store,
                RecordKind.RECOMMENDATION,
                record.id,
                {"status": record.status},
                {"status": status},
            )
        except UserError as error:
            self.refused.emit(describe(error))
            return False
        current = self.row_of(record.id)
        if current is not None:
            self._replace(current, self._lines[current].updated(saved))
        self.edited.emit()
        return True
