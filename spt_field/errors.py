"""The two kinds of error: a UserError is a message for the user; anything else is a bug.

A bug is logged by `describe_bug`: where it happened, never what the user typed.
"""

from __future__ import annotations

import enum
import errno
import traceback
from collections.abc import Mapping
from datetime import date, time


class SptError(Exception):
    """Base of every error SPT Field raises on purpose."""


class UserError(SptError):
    """Something the user can understand and fix: bad input, a missing file, a locked database."""

    exit_code = 1


class ValidationError(UserError):
    """A value breaks a rule; `field` names the field (or JSON path) so the user can find it.

    `problem` may be a template filled from `params` ("{day} is outside the visit"): the
    interface translates the template and the field's name, then fills it in."""

    def __init__(self, field: str, problem: str, **params: object) -> None:
        self.field = field
        self.template = problem
        self.params = params
        self.problem = problem.format(**params) if params else problem
        super().__init__(f"{field}: {self.problem}")


class InvalidDataError(UserError):
    """Several problems found at once (an import reports all of them, not only the first)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        self.problems = problems
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''} found"
        super().__init__(head + "\n" + "\n".join(f"  {p}" for p in problems))


class ReportFinalizedError(UserError):
    """An edit would change what a finalized report rests on: its draft must be reopened first
    (an act the audit trail records)."""

    def __init__(self, visit_id: str) -> None:
        super().__init__(
            "the report on this visit is final (the State party's reply quotes its paragraph "
            "numbers): reopen the draft before editing its findings or recommendations"
        )
        self.visit_id = visit_id


class EditConflictError(UserError):
    """Someone else saved the record since the user loaded it, changing what the user is
    saving: nothing was written, so that neither edit is silently lost.

    `kind` names the record ("visit", "place"), `theirs` maps each field both changed to the
    value the other saved (empty when only the database noticed, see db.base.SyncColumns);
    `record_id` and `version` (the stored one) let the interface show theirs or save over it."""

    def __init__(
        self,
        kind: str,
        theirs: Mapping[str, object] | None = None,
        *,
        record_id: str | None = None,
        version: int | None = None,
    ) -> None:
        self.kind = kind
        self.theirs = dict(theirs or {})
        self.record_id = record_id
        self.version = version
        message = f"someone else saved this {kind} meanwhile; your change was not saved"
        if self.theirs:
            shown = "; ".join(
                f"{name.replace('_', ' ')} is now {shown_value(value)}"
                for name, value in self.theirs.items()
            )
            message += f": {shown}"
        super().__init__(message)


def shown_value(value: object) -> str:
    """A stored value as a message quotes it: a code as its code, a list joined, "" empty."""
    if value is None or value == "" or value == ():
        return "(empty)"
    if isinstance(value, enum.Enum):
        return f"“{value.value}”"
    if isinstance(value, tuple | list):
        return "“" + ", ".join(str(getattr(item, "value", item)) for item in value) + "”"
    if isinstance(value, date | time):
        return f"“{value.isoformat()}”"
    return f"“{value}”"


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted)."""


class WrongPassphraseError(UserError):
    """The passphrase does not open the file, or the file is not an SPT Field database."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("wrong passphrase or not an SPT Field database")


class StorageError(UserError):
    """The disk, the file or another program keeps the database from being read or written.
    Not a bug: the message says what the user can do (the interface shows it translated)."""


class DatabaseBusyError(StorageError):
    """Another window or command is writing the database: try again when it has finished."""

    def __init__(self) -> None:
        super().__init__(
            "the database is in use by another SPT Field window or command; "
            "try again when it has finished"
        )


class DiskFullError(StorageError):
    """No space left on the disk the database (or a file being written) is on."""

    def __init__(self) -> None:
        super().__init__(
            "the disk is full: nothing was written. Free some space (empty the trash, delete "
            "files you no longer need) and try again"
        )


class ReadOnlyStorageError(StorageError):
    """The database file, its folder or its disk cannot be written."""

    def __init__(self) -> None:
        super().__init__(
            "the database cannot be written: the file, its folder or its disk is read-only. "
            "Copy the database to a folder you can write to (or allow writing to it) and open "
            "it from there"
        )


class StorageIOError(StorageError):
    """The disk failed to read or write (a failing disk, a card or stick pulled out)."""

    def __init__(self) -> None:
        super().__init__(
            "the disk failed to read or write the database (was a card or stick removed?): "
            "check the disk, then copy the database and its backups somewhere safe; restore "
            "a backup if the database is damaged"
        )


class ServerPermissionError(StorageError):
    """The user's role on a headquarters server does not allow what was asked (PostgreSQL's
    insufficient_privilege): reading the interviewees' identities, or writing at all."""

    def __init__(self, identities: bool, why: str = "") -> None:
        super().__init__(
            (f"{why}: " if why else "")
            + (
                "your role on the server may not read or change the interviewees' recorded "
                "identities (only the database's administrators may): ask one of them"
                if identities
                else "your role on the server may not change this database (it may only "
                "read it): ask the database's administrator for the drafter role"
            )
        )
        self.identities = identities


#: PostgreSQL's SQLSTATE for insufficient_privilege.
_PG_INSUFFICIENT_PRIVILEGE = "42501"

#: SQLite's primary result codes (the low byte of an extended code) that are no fault of ours.
_SQLITE_STORAGE_ERRORS: dict[int, type[StorageError]] = {
    5: DatabaseBusyError,  # SQLITE_BUSY
    6: DatabaseBusyError,  # SQLITE_LOCKED
    8: ReadOnlyStorageError,  # SQLITE_READONLY
    10: StorageIOError,  # SQLITE_IOERR
    13: DiskFullError,  # SQLITE_FULL
}
_OS_STORAGE_ERRORS: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EROFS: ReadOnlyStorageError,
    errno.EIO: StorageIOError,
}


def storage_error(error: BaseException) -> StorageError | None:
    """The storage failure `error` (SQLite's, possibly wrapped by SQLAlchemy, or the file
    system's) stands for, as a message for the user; None if it is none of them."""
    if isinstance(error, StorageError):
        return error
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None) == _PG_INSUFFICIENT_PRIVILEGE:
        # The server's message names a table, never a value: "permission denied for table x".
        # Row-level security guards only the identities' conflicting values (server_roles).
        text = str(original)
        return ServerPermissionError(
            identities="interviewee_identity" in text or "row-level security" in text
        )
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        kind = _SQLITE_STORAGE_ERRORS.get(code & 0xFF)
        return kind() if kind else None
    if isinstance(original, OSError) and original.errno is not None:
        kind = _OS_STORAGE_ERRORS.get(original.errno)
        return kind() if kind else None
    return None


def _safe_message(error: BaseException) -> str:
    """What of an error's message may be logged. SQLite's code name, and its message unless it
    quotes something ("NOT NULL constraint failed: visit.visit_type" names no value; "fts5:
    syntax error near "..."" would quote a search); OSError's reason without the file name.
    Any other message may quote a value (a note, a name): only the error's type is kept."""
    original = getattr(error, "orig", None)
    for candidate in (error, original):
        name = getattr(candidate, "sqlite_errorname", None)
        if name is not None:
            text = str(candidate)
            shown = "" if '"' in text or "'" in text else f": {text}"
            return f"{type(error).__name__} ({name}){shown}"
    if isinstance(error, OSError) and error.strerror:
        return f"{type(error).__name__}: {error.strerror}"
    return type(error).__name__ + " (message not logged: it may hold what the user typed)"


def describe_bug(error: BaseException) -> str:
    """An unexpected error for the log: its chain of causes with their stack frames (file,
    line, function and source line), and no message that could quote a field value."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(f"Traceback (most recent call last):\n{frames}{_safe_message(current)}")
        current = current.__cause__ or current.__context__
    return "\n\nwhich was raised while handling:\n".join(parts)
