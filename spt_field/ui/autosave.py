"""Saving an editor's pending edits by itself: the one mechanism of the forms and the report page.

An edit is written at most one second after it was made (a timer started by the first change
and not restarted, so a long burst of typing is saved every second), and whenever the store
flushes (undo, close, lock, quit). While another window or command holds the database, the edit
stays in the editor, marked unsaved, and is tried again every BUSY_RETRY_MS until it is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from spt_field.errors import (
    DatabaseBusyError,
    InvalidDataError,
    StorageError,
    UserError,
    ValidationError,
)
from spt_field.ui.rule_messages import describe
from spt_field.ui.storage_messages import storage_message
from spt_field.ui.store import Store

SAVE_DELAY_MS = 1000
#: While another window or command holds the database, the edit is tried again this often.
BUSY_RETRY_MS = 2000


class Autosave(QObject):
    #: A save was refused: the field name ("" if none) and the message for the user.
    refused = Signal(str, str)

    def __init__(self, store: Store, save: Callable[[], None], parent: QObject) -> None:
        """`save` writes the pending edits (as one undo step), raising a UserError if refused."""
        super().__init__(parent)
        self.store = store
        self._save = save
        self._pending = False
        #: How a refusal reads for the user (a form gives it its labels).
        self.describe: Callable[[UserError], str] = describe
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        store.add_flusher(self.flush)
        self.destroyed.connect(lambda: store.remove_flusher(self.flush))

    @property
    def pending(self) -> bool:
        return self._pending

    def edited(self) -> None:
        """An edit was made: save it within SAVE_DELAY_MS."""
        self._pending = True
        self.store.report_pending()
        if not self._timer.isActive():
            self._timer.start()

    def forget(self) -> None:
        """The editor shows something else: nothing is pending any more."""
        self._pending = False
        self._timer.stop()

    def flush(self) -> bool:
        """Write pending edits now. False (and `refused` emitted) if they were refused."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            self._save()
        except UserError as error:
            self._refuse(error)
            return False
        self._pending = False
        self.store.report_saved()
        return True

    def _refuse(self, error: UserError) -> None:
        field = error.field if isinstance(error, ValidationError) else ""
        if isinstance(error, InvalidDataError) and error.problems:
            field = error.problems[0].field
        busy = isinstance(error, DatabaseBusyError)
        message = (
            storage_message(error) if isinstance(error, StorageError) else self.describe(error)
        )
        if busy:  # kept in the editor until it can be written
            message = self.tr(
                "the database is in use by another SPT Field window or command; your edit "
                "is kept here and saved as soon as the database is free"
            )
            self._timer.start(BUSY_RETRY_MS)
        self.store.report_failed(message, busy=busy)
        self.refused.emit(field, message)
