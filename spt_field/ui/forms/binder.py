"""Binds a form's widgets to one record and saves every edit by itself.

An edit is written at most one second after it was made (a timer started by the first change
and not restarted, so a long burst of typing is saved every second), when focus leaves the
widget, and whenever the store flushes (undo, close, lock, quit). Each save is one unit of work
and one undo step; consecutive saves of the same fields merge while typing goes on. While another
window or command holds the database, the edit stays in the form, marked unsaved, and is tried
again every BUSY_RETRY_MS until it is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from spt_field.domain.kinds import RecordKind
from spt_field.domain.limits import max_length
from spt_field.errors import DatabaseBusyError, InvalidDataError, UserError, ValidationError
from spt_field.ui.forms.fields import DateField, FieldAdapter
from spt_field.ui.operations import OPERATIONS
from spt_field.ui.rule_messages import describe
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record

SAVE_DELAY_MS = 1000
#: While another window or command holds the database, the edit is tried again this often.
BUSY_RETRY_MS = 2000


class FormBinder(QObject):
    #: The record was written (its new value).
    saved = Signal(object)
    #: A save was refused: the field name ("" if none) and the message for the user.
    refused = Signal(str, str)
    #: The record shown was (re)loaded from the database.
    loaded = Signal(object)

    def __init__(self, store: Store, kind: RecordKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.record: Any = None
        self.fields: dict[str, FieldAdapter[Any]] = {}
        self._dirty: set[str] = set()
        self._loading = False
        #: How a refusal reads for the user (the form gives it its labels).
        self.describe: Callable[[UserError], str] = describe
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        store.add_flusher(self.flush)
        store.recordChanged.connect(self._on_record_changed)
        self.destroyed.connect(lambda: store.remove_flusher(self.flush))

    # Wiring ------------------------------------------------------------------------------

    def bind(self, name: str, adapter: FieldAdapter[Any]) -> FieldAdapter[Any]:
        """Save `adapter`'s edits as the field `name`. A one-line field takes at most the
        field's length limit; a longer free text is refused by the rules when saved."""
        self.fields[name] = adapter
        if isinstance(adapter.widget, QLineEdit):
            adapter.widget.setMaxLength(max_length(name))
        if isinstance(adapter, DateField):
            adapter.name = adapter.name or name
        adapter.changed.connect(lambda *_args, field=name: self._on_edit(field))
        adapter.widget.installEventFilter(self)
        return adapter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False

    # Showing a record --------------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        return None if self.record is None else str(self.record.id)

    def load(self, record: Any) -> None:
        """Show `record`; pending edits of the previous record are saved first."""
        if self.record is not None and record is not None and record.id != self.record.id:
            self.flush()
        self.record = record
        self._dirty.clear()
        self._timer.stop()
        if record is None:
            return
        self._loading = True
        try:
            for name, adapter in self.fields.items():
                adapter.set_value(getattr(record, name))
        finally:
            self._loading = False
        self.loaded.emit(record)

    def _on_record_changed(self, kind: str, record_id: str) -> None:
        """Undo, redo or another form changed the record shown here: show its new values."""
        if kind != self.kind.value or record_id != self.record_id or self._dirty:
            return
        self.load(self.store.read(OPERATIONS[self.kind].get, record_id))

    # Saving ------------------------------------------------------------------------------

    def _on_edit(self, name: str) -> None:
        if self._loading or self.record is None:
            return
        self._dirty.add(name)
        self.store.report_pending()
        if not self._timer.isActive():
            self._timer.start()

    @property
    def has_pending_edits(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Write pending edits now. False (and `refused` emitted) if a rule refuses them."""
        self._timer.stop()
        if not self._dirty or self.record is None:
            return True
        try:
            new = {name: self.fields[name].value() for name in sorted(self._dirty)}
            new = {
                name: value for name, value in new.items() if getattr(self.record, name) != value
            }
            if new:
                old = {name: getattr(self.record, name) for name in new}
                self.record = edit_record(self.store, self.kind, self.record.id, old, new)
                self.saved.emit(self.record)
        except UserError as error:
            field = error.field if isinstance(error, ValidationError) else ""
            if isinstance(error, InvalidDataError) and error.problems:
                field = error.problems[0].field
            message = self.describe(error)
            busy = isinstance(error, DatabaseBusyError)
            if busy:  # kept in the form until it can be written
                message = self.tr(
                    "the database is in use by another SPT Field window or command; your edit "
                    "is kept here and saved as soon as the database is free"
                )
                self._timer.start(BUSY_RETRY_MS)
            self.store.report_failed(message, busy=busy)
            self.refused.emit(field, message)
            return False
        self._dirty.clear()
        self.store.report_saved()
        return True
