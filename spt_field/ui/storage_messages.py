"""What the user reads when the disk, the file or another program stops a save: what happened
and what to do, in the interface's language. errors.storage_error sorts the failures; only
real bugs reach the crash handler's "internal error" message."""

from __future__ import annotations

from spt_field.errors import (
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
    StorageIOError,
    UserError,
    storage_error,
)
from spt_field.ui.i18n import translate
from spt_field.ui.rule_messages import describe


def user_message(error: BaseException) -> str | None:
    """What the user should read for `error`, or None when it is a bug."""
    storage = storage_error(error)
    if storage is not None:
        return storage_message(storage)
    if isinstance(error, UserError):
        return describe(error)
    return None


def storage_message(error: StorageError) -> str:
    if isinstance(error, DiskFullError):
        return translate(
            "StorageError",
            "The disk is full: nothing was written. Free some space (empty the trash, delete "
            "files you no longer need) and try again.",
        )
    if isinstance(error, ReadOnlyStorageError):
        return translate(
            "StorageError",
            "The database cannot be written: the file, its folder or its disk is read-only. "
            "Copy the database to a folder you can write to (or allow writing to it) and open "
            "it from there.",
        )
    if isinstance(error, DatabaseBusyError):
        return translate(
            "StorageError",
            "The database is in use by another SPT Field window or command. Try again when it "
            "has finished.",
        )
    if isinstance(error, StorageIOError):
        return translate(
            "StorageError",
            "The disk failed to read or write the database (was a card or stick removed?). "
            "Check the disk, then copy the database and its backups somewhere safe; restore a "
            "backup if the database is damaged.",
        )
    return str(error)
