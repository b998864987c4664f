"""A record's history, one row per changed field (an event that changed no field, such as a
deletion or an identity shown, is one row), newest first."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt

from spt_field.domain.audit import WITHHELD, AuditAction, AuditEvent, FieldChange
from spt_field.domain.codes import CodeList
from spt_field.domain.text_diff import Piece, excerpt, marked, new_side, old_side, word_diff
from spt_field.ui.i18n import QT_TRANSLATE_NOOP, code_label, translate
from spt_field.ui.models.allegation_table_model import AnyIndex
from spt_field.ui.models.headed_table import HeadedTableModel

_ACTIONS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("HistoryModel", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("HistoryModel", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("HistoryModel", "Deleted"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("HistoryModel", "Restored"),
    AuditAction.REVEAL_IDENTITY: QT_TRANSLATE_NOOP("HistoryModel", "Identity shown or exported"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("HistoryModel", "Imported from a file"),
    AuditAction.FINALIZE_REPORT: QT_TRANSLATE_NOOP("HistoryModel", "Report finalized"),
    AuditAction.REOPEN_REPORT: QT_TRANSLATE_NOOP("HistoryModel", "Report draft reopened"),
    AuditAction.EXPORT_FILE: QT_TRANSLATE_NOOP("HistoryModel", "Written to a file outside"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "What"),
    QT_TRANSLATE_NOOP("HistoryModel", "Field"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryModel", "After"),
)
_RECORD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_LONG = 200


def value_text(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "" or value == []:
        return "—"
    if value == WITHHELD:
        return translate("HistoryModel", "(recorded; not kept in the history)")
    if isinstance(value, CodeList):
        return code_label(value)
    if isinstance(value, bool):
        return translate("HistoryModel", "Yes") if value else translate("HistoryModel", "No")
    if isinstance(value, list):
        if all(isinstance(item, str) and _RECORD_ID.match(item) for item in value):
            return translate("HistoryModel", "Linked records: {0}").format(len(value))
        return ", ".join(value_text(item) for item in value)
    text = str(value)
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def text_change(change: FieldChange) -> tuple[Piece, ...] | None:
    """Word by word, a change from one text to another; None for other values."""
    values = (change.old, change.new)
    if WITHHELD in values or not all(value is None or isinstance(value, str) for value in values):
        return None
    return word_diff(change.old or "", change.new or "")


def _shown(event: AuditEvent) -> tuple[FieldChange, ...]:
    """The changes worth a row: not the parent a record belongs to, nor a new record's blanks."""
    return tuple(
        change
        for change in event.changes
        if not change.field.endswith("_id")
        and not (event.action is AuditAction.CREATE and value_text(change.new) == "—")
    )


def _who(event: AuditEvent) -> str:
    if event.member:
        return event.member
    return translate("HistoryModel", "unnamed member (laptop {0})").format(event.device_id[:8])


def local_time(at: datetime) -> str:
    """A stored moment (naive, in UTC) in the interface's locale, short format."""
    moment = QDateTime.fromSecsSinceEpoch(int(at.replace(tzinfo=UTC).timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class HistoryModel(HeadedTableModel):
    """Read-only. `field_labels` names fields as the record's form does."""

    headings = _HEADERS

    def heading(self, text: str) -> str:
        return self.tr(text)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[AuditEvent, FieldChange | None]] = []
        self._labels: Mapping[str, str] = {}

    def set_events(self, events: Sequence[AuditEvent], field_labels: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._labels = dict(field_labels)
        self._rows = [(event, change) for event in events for change in (_shown(event) or (None,))]
        self.endResetModel()

    def _field(self, change: FieldChange | None) -> str:
        if change is None:
            return ""
        return self._labels.get(change.field) or change.field.replace("_", " ").capitalize()

    def _cell(self, row: int, column: int) -> str:
        event, change = self._rows[row]
        if column == 0:
            return local_time(event.at)
        if column == 1:
            return _who(event)
        if column == 2:
            return translate("HistoryModel", _ACTIONS[event.action])
        if column == 3:
            return self._field(change)
        if change is None or event.action is AuditAction.REVEAL_IDENTITY:
            return ""
        pieces = text_change(change)
        longest = max(len(str(change.old or "")), len(str(change.new or "")))
        value = change.old if column == 4 else change.new
        if pieces is not None and value and longest > _LONG:
            # A long text: where it changed, marked, rather than its beginning.
            return marked((old_side if column == 4 else new_side)(excerpt(pieces)))
        return value_text(value)

    def change(self, row: int) -> FieldChange | None:
        """The change a row shows (None for an event that changed no field, or an identity
        shown, whose values stay out)."""
        event, change = self._rows[row]
        return None if event.action is AuditAction.REVEAL_IDENTITY else change

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (4, 5):
            event, change = self._rows[index.row()]
            if change is not None and event.action is not AuditAction.REVEAL_IDENTITY:
                full = change.old if index.column() == 4 else change.new
                return str(full) if isinstance(full, str) and len(full) > _LONG else None
        return None
