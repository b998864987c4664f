"""The UI's door to the database: every read and write is one unit of work through services.

Writes that the user can undo go through the undo stack (undo.py); the store tells every view
what changed so that it refreshes only for the records it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from spt_field.domain.kinds import RecordKind

if TYPE_CHECKING:  # the main window imports this module before SQLAlchemy is loaded
    from spt_field.services.storage import Database, Session

log = logging.getLogger(__name__)
T = TypeVar("T")
P = ParamSpec("P")


class Store(QObject):
    #: A record was edited (kind code, record id).
    recordChanged = Signal(str, str)  # noqa: N815 (Qt naming)
    #: Records were added, deleted or restored (kind code); lists of that kind reload.
    recordsChanged = Signal(str)  # noqa: N815
    #: "saved", "pending" or "failed", with a message for the status bar.
    saveStateChanged = Signal(str, str)  # noqa: N815

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], bool]] = []
        #: Asked (with the visit's id) before an edit reopens a finalized report's draft.
        self.ask_reopen: Callable[[str], bool] | None = None
        #: The last save failed because another window or command held the database.
        self.waiting_for_database = False

    def read(
        self, function: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        with self.database.read() as session:
            return function(session, *args, **kwargs)

    def write(
        self, function: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """One user action, one unit of work; a UserError leaves the database as it was.

        An edit of what a finalized report rests on asks `ask_reopen` (the window's question)
        first: if the user agrees, the draft is reopened and the edit made in one unit of work,
        else the edit is refused (ReportFinalizedError)."""
        from spt_field.errors import ReportFinalizedError

        try:
            with self.database.begin() as session:
                return function(session, *args, **kwargs)
        except ReportFinalizedError as final:
            if self.ask_reopen is None or not self.ask_reopen(final.visit_id):
                raise
            visit_id = final.visit_id
        from spt_field.services.report_freeze import reopen_report

        with self.database.begin() as session:
            reopen_report(session, visit_id)
            return function(session, *args, **kwargs)

    def run(self, function: Callable[[Session], T]) -> T:
        with self.database.begin() as session:
            return function(session)

    def notify_changed(self, kind: RecordKind, record_id: str) -> None:
        self.recordChanged.emit(kind.value, record_id)

    def notify_structure(self, kind: RecordKind) -> None:
        self.recordsChanged.emit(kind.value)

    # Pending edits -------------------------------------------------------------------------

    def add_flusher(self, flush: Callable[[], bool]) -> None:
        """Forms register how to save their pending edits (before undo, close, lock, quit)."""
        self._flushers.append(flush)

    def remove_flusher(self, flush: Callable[[], bool]) -> None:
        if flush in self._flushers:
            self._flushers.remove(flush)

    def flush_all(self) -> bool:
        """Save every pending edit now; False if one could not be saved (it stays in its form)."""
        return all([flush() for flush in list(self._flushers)])

    def report_saved(self) -> None:
        self.waiting_for_database = False
        self.saveStateChanged.emit("saved", "")

    def report_pending(self) -> None:
        self.saveStateChanged.emit("pending", "")

    def report_failed(self, message: str, *, busy: bool = False) -> None:
        """A save failed: a rule refused it, or (`busy`) the database is in use elsewhere."""
        self.waiting_for_database = busy
        self.saveStateChanged.emit("failed", message)

    def close(self) -> None:
        self.flush_all()
        self.database.close()

    def discard(self) -> None:
        """Close without saving anything more (the database is about to be erased): no form may
        write after this, or it would create the file again."""
        self._flushers.clear()
        self.database.close()
