"""One QUndoCommand per user action; each redo and undo is one unit of work through services."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from spt_field.domain.country_profiles import CountryProfileFields
from spt_field.domain.kinds import RecordKind
from spt_field.errors import UserError
from spt_field.services.country_profiles import save_country_profile
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.services.trash import restore_deleted
from spt_field.ui.i18n import code_label, translate
from spt_field.ui.store import Store

# Consecutive edits of the same fields merge into one undo step while typing goes on.
_MERGE_WINDOW_SECONDS = 5.0
_CHANGE_ID = 1
T = TypeVar("T")


def _guarded(store: Store, failure: str, action: str, function: Callable[[], object]) -> None:
    """Undo and redo run inside Qt: a refusal becomes a message, never an exception.
    `failure` is the message's template: {0} the action, {1} the reason."""
    try:
        function()
    except UserError as error:
        store.report_failed(failure.format(action, error))


def _could_not_redo() -> str:
    return translate("Undo", "Could not redo “{0}”: {1}")


def _could_not_undo() -> str:
    return translate("Undo", "Could not undo “{0}”: {1}")


class ChangeCommand(QUndoCommand, Generic[T]):
    """A change already written, from `old` to `new`: undo writes `old` back and redo `new`,
    each through `apply` in one unit of work. Consecutive changes with the same `key` merge
    into one undo step while typing goes on (the forms' fields, the report's narratives)."""

    def __init__(
        self,
        store: Store,
        text: str,
        key: Hashable,
        old: T,
        new: T,
        apply: Callable[[T], object],
    ) -> None:
        super().__init__(text)
        self.store, self.key, self.old, self.new = store, key, old, new
        self._write = apply
        self.last_edit = time.monotonic()
        self._applied = True

    def id(self) -> int:
        return _CHANGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, ChangeCommand) or other.key != self.key:
            return False
        if other.last_edit - self.last_edit > _MERGE_WINDOW_SECONDS:
            return False
        self.new = other.new
        self.last_edit = other.last_edit
        self._write = other._write  # it knows the version the last of them wrote
        return True

    def redo(self) -> None:
        if self._applied:  # the change was written before the command was pushed
            self._applied = False
            return
        _guarded(self.store, _could_not_redo(), self.text(), lambda: self._write(self.new))

    def undo(self) -> None:
        _guarded(self.store, _could_not_undo(), self.text(), lambda: self._write(self.old))


class _PresenceCommand(QUndoCommand):
    """A record appearing or disappearing: adding it (`deletes_on_redo` False) or deleting it."""

    deletes_on_redo = False

    def __init__(self, store: Store, kind: RecordKind, record_id: str, text: str) -> None:
        super().__init__(text)
        self.store, self.kind, self.record_id = store, kind, record_id
        self._applied = True

    def _delete(self) -> None:
        self.store.write(RECORD_KINDS[self.kind].delete, self.record_id)
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
    store: Store,
    kind: RecordKind,
    record_id: str,
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    loaded: Any = None,
) -> Any:
    """Write an edit now (raising a UserError if it breaks a rule) and make it undoable.

    `loaded`, the record as the user saw it, refuses the edit with EditConflictError when
    someone else changed those fields meanwhile; undo and redo are refused likewise when
    someone else changed them after this edit."""
    written = [loaded]  # what the next write starts from: the value the last one wrote

    def write(values: dict[str, Any]) -> Any:
        value = store.write(RECORD_KINDS[kind].update, record_id, loaded=written[0], **values)
        written[0] = value
        store.notify_changed(kind, record_id)
        return value

    value = write(new)
    names = ", ".join(name.replace("_", " ") for name in new)
    text = translate("Undo", "Edit {0}").format(names)
    store.undo_stack.push(
        ChangeCommand(store, text, (kind, record_id, frozenset(new)), old, new, write)
    )
    return value


def create_record(store: Store, kind: RecordKind, parent_id: str, fields: Any) -> Any:
    value = store.write(RECORD_KINDS[kind].create, parent_id, fields)
    store.undo_stack.push(
        CreateCommand(
            store, kind, value.id, translate("Undo", "Add {0}").format(code_label(kind).lower())
        )
    )
    store.notify_structure(kind)
    return value


def delete_record(store: Store, kind: RecordKind, record_id: str) -> None:
    store.flush_all()
    store.write(RECORD_KINDS[kind].delete, record_id)
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


def save_country_profile_edit(
    store: Store, old: CountryProfileFields, new: CountryProfileFields
) -> None:
    """Save the country's profile now (raising a UserError if it breaks a rule) and make it
    undoable: undo writes the profile as it was back."""

    def write(profile: CountryProfileFields) -> object:
        return store.write(save_country_profile, profile)

    write(new)
    text = translate("Undo", "Edit country profile")
    store.undo_stack.push(
        ChangeCommand(store, text, ("country_profile", new.country), old, new, write)
    )
