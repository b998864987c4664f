"""The two kinds of error: a UserError is a message for the user; anything else is a bug.

A bug is logged by `describe_bug`: where it happened, never what the user typed.
"""

from __future__ import annotations

import traceback


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


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted)."""


class WrongPassphraseError(UserError):
    """The passphrase does not open the file, or the file is not an SPT Field database."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("wrong passphrase or not an SPT Field database")


class DatabaseBusyError(UserError):
    """Another window or command is writing the database: try again when it has finished."""

    def __init__(self) -> None:
        super().__init__(
            "the database is in use by another SPT Field window or command; "
            "try again when it has finished"
        )


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
