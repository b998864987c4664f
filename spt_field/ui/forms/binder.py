"""Binds a form's widgets to one record and saves every edit by itself.

Edits are saved as ui/autosave.py says, and also when focus leaves the widget. Each save is one
unit of work and one undo step; consecutive saves of the same fields merge while typing goes on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit

from spt_field.domain.kinds import RecordKind
from spt_field.domain.limits import max_length
from spt_field.errors import EditConflictError, NotFoundError
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.ui.autosave import Autosave
from spt_field.ui.forms.fields import DateField, FieldAdapter
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record


class FormBinder(QObject):
    #: The record was written (its new value).
    saved = Signal(object)
    #: A save was refused: the field name ("" if none) and the message for the user.
    refused = Signal(str, str)
    #: The record shown was (re)loaded from the database.
    loaded = Signal(object)
    #: A save was refused because someone else saved the record meanwhile (EditConflictError,
    #: its `theirs` filled in): the typing stays; keep_mine() or take_theirs() settles it.
    conflicted = Signal(object)

    def __init__(self, store: Store, kind: RecordKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.record: Any = None
        self.fields: dict[str, FieldAdapter[Any]] = {}
        self._dirty: set[str] = set()
        self._loading = False
        #: The record as the other saved it, while a save is refused for a conflict.
        self.theirs: Any = None
        self.autosave = Autosave(store, self._save, self)
        self.autosave.refused.connect(self.refused)
        store.recordChanged.connect(self._on_record_changed)

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
        self.theirs = None
        self._dirty.clear()
        self.autosave.forget()
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
        self.load(self.store.read(RECORD_KINDS[self.kind].fetch, record_id))

    # Saving ------------------------------------------------------------------------------

    def _on_edit(self, name: str) -> None:
        if self._loading or self.record is None:
            return
        self._dirty.add(name)
        self.autosave.edited()

    @property
    def has_pending_edits(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Write pending edits now. False (and `refused` emitted) if a rule refuses them."""
        return self.autosave.flush()

    def _save(self) -> None:
        new = {name: self.fields[name].value() for name in sorted(self._dirty)}
        new = {name: value for name, value in new.items() if getattr(self.record, name) != value}
        if new:
            old = {name: getattr(self.record, name) for name in new}
            old_record = self.record
            try:
                self.record = edit_record(
                    self.store, self.kind, self.record.id, old, new, loaded=self.record
                )
            except EditConflictError as conflict:
                raise self._conflict(conflict, new) from None
            self._show_others_changes(old_record, self.record)
            self.theirs = None
            self.saved.emit(self.record)
        self._dirty.clear()

    def _show_others_changes(self, before: Any, after: Any) -> None:
        """Fields the user did not touch that someone else changed meanwhile (the save went
        over their version): show them as now stored."""
        self._loading = True
        try:
            for name, adapter in self.fields.items():
                if name not in self._dirty and getattr(before, name) != getattr(after, name):
                    adapter.set_value(getattr(after, name))
        finally:
            self._loading = False

    def _conflict(self, conflict: EditConflictError, new: dict[str, Any]) -> EditConflictError:
        """The refusal with the other's values of the fields being saved (the database's own
        check, db.base.SyncColumns, does not know them: they are read here)."""
        assert self.record_id is not None
        try:
            self.theirs = self.store.read(RECORD_KINDS[self.kind].fetch, self.record_id)
        except NotFoundError:
            return conflict  # deleted meanwhile: nothing to take or save over
        theirs = conflict.theirs or {
            name: getattr(self.theirs, name)
            for name in new
            if getattr(self.theirs, name) != getattr(self.record, name)
        }
        refused = EditConflictError(
            conflict.kind, theirs, record_id=self.record_id, version=self.theirs.version
        )
        self.conflicted.emit(refused)
        return refused

    def keep_mine(self) -> bool:
        """Save what the user typed over the other's version (shown in the refusal)."""
        if self.theirs is None:
            return self.flush()
        mine, self.record, self.theirs = self.record, self.theirs, None
        self._show_others_changes(mine, self.record)
        self.autosave.edited()
        return self.flush()

    def take_theirs(self) -> None:
        """Drop what the user typed and show the record as the other saved it."""
        theirs = self.theirs
        if theirs is None and self.record_id is not None:
            theirs = self.store.read(RECORD_KINDS[self.kind].fetch, self.record_id)
        self.load(theirs)
