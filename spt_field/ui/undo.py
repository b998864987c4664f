"""One QUndoCommand per user action; each redo and undo is one unit of work through services."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtGui import QUndoCommand

from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services.trash import restore_deleted
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.operations import OPERATIONS
from spt_field.ui.store import Store

# Consecutive edits of the same fields merge into one undo step while typing goes on.
_MERGE_WINDOW_SECONDS = 5.0
_EDIT_ID = 1


def _guarded(store: Store, failure: str, action: str, function: Any, *args: Any) -> None:
    """Undo and redo run inside Qt: a refusal becomes a message, never an exception.
    `failure` is the message's template: {0} the action, {1} the reason."""
    try:
        function(*args)
    except UserError as error:
        store.report_failed(failure.format(action, error))


def _could_not_redo() -> str:
    return translate("Undo", "Could not redo “{0}”: {1}")


def _could_not_undo() -> str:
    return translate("Undo", "Could not undo “{0}”: {1}")


class EditCommand(QUndoCommand):
    """Change some fields of one record. Created after the first write succeeded."""

    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        record_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.store, self.kind, self.record_id = store, kind, record_id
        self.old, self.new = old, new
        self.last_edit = time.monotonic()
        self._applied = True

    def id(self) -> int:
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditCommand):
            return False
        same = (other.kind, other.record_id, set(other.new)) == (
            self.kind,
            self.record_id,
            set(self.new),
        )
        if not same or other.last_edit - self.last_edit > _MERGE_WINDOW_SECONDS:
            return False
        self.new = other.new
        self.last_edit = other.last_edit
        return True

    def _apply(self, values: dict[str, Any], failure: str) -> None:
        def write() -> None:
            self.store.write(OPERATIONS[self.kind].update, self.record_id, **values)
            self.store.notify_changed(self.kind, self.record_id)

        _guarded(self.store, failure, self.text(), write)

    def redo(self) -> None:
        if self._applied:  # the edit was written before the command was pushed
            self._applied = False
            return
        self._apply(self.new, _could_not_redo())

    def undo(self) -> None:
        self._apply(self.old, _could_not_undo())


class _PresenceCommand(QUndoCommand):
    """A record appearing or disappearing: adding it (`deletes_on_redo` False) or deleting it."""

    deletes_on_redo = False

    def __init__(self, store: Store, kind: RecordKind, record_id: str, text: str) -> None:
        super().__init__(text)
        self.store, self.kind, self.record_id = store, kind, record_id
        self._applied = True

    def _delete(self) -> None:
        self.store.write(OPERATIONS[self.kind].delete, self.record_id)
        self.store.notify_structure(self.kind)

    def _restore(self) -> None:
        self.store.write(restore_deleted, self.kind, self.record_id)
        self.store.notify_structure(self.kind)

    def redo(self) -> None:
        if self._applied:  # done before the command was pushed
            self._applied = False
            return
        if self.isObsolete():  # the record is gone for good: the stack drops this step
            return
        action = self._delete if self.deletes_on_redo else self._restore
        _guarded(self.store, _could_not_redo(), self.text(), action)

    def undo(self) -> None:
        if self.isObsolete():
            return
        action = self._restore if self.deletes_on_redo else self._delete
        _guarded(self.store, _could_not_undo(), self.text(), action)


class CreateCommand(_PresenceCommand):
    """A record the user added; undo deletes it, redo brings the same record back."""


class DeleteCommand(_PresenceCommand):
    """A soft delete; undo restores the record with everything deleted along with it."""

    deletes_on_redo = True


def edit_record(
    store: Store, kind: RecordKind, record_id: str, old: dict[str, Any], new: dict[str, Any]
) -> Any:
    """Write an edit now (raising a UserError if it breaks a rule) and make it undoable."""
    value = store.write(OPERATIONS[kind].update, record_id, **new)
    names = ", ".join(name.replace("_", " ") for name in new)
    store.undo_stack.push(
        EditCommand(store, kind, record_id, old, new, translate("Undo", "Edit {0}").format(names))
    )
    store.notify_changed(kind, record_id)
    return value


def create_record(store: Store, kind: RecordKind, parent_id: str, fields: Any) -> Any:
    value = store.write(OPERATIONS[kind].create, parent_id, fields)
    store.undo_stack.push(
        CreateCommand(
            store, kind, value.id, translate("Undo", "Add {0}").format(code_label(kind).lower())
        )
    )
    store.notify_structure(kind)
    return value


def delete_record(store: Store, kind: RecordKind, record_id: str) -> None:
    store.flush_all()
    store.write(OPERATIONS[kind].delete, record_id)
    store.undo_stack.push(
        DeleteCommand(
            store, kind, record_id, translate("Undo", "Delete {0}").format(code_label(kind).lower())
        )
    )
    store.notify_structure(kind)


def forget_creation(store: Store, kind: RecordKind, record_id: str) -> None:
    """The record was discarded outright: Undo skips its creation (the stack drops the step
    when it reaches it)."""
    for index in range(store.undo_stack.count()):
        command = store.undo_stack.command(index)
        if isinstance(command, CreateCommand) and (command.kind, command.record_id) == (
            kind,
            record_id,
        ):
            command.setObsolete(True)
