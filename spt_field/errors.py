"""The two kinds of error: a UserError is a message for the user; anything else is a bug."""

from __future__ import annotations


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


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted)."""


class WrongPassphraseError(UserError):
    """The passphrase does not open the file, or the file is not an SPT Field database."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("wrong passphrase or not an SPT Field database")
