"""Automatic rotating backups of the open database: when it opens, every half hour while edits
happen (only if something changed since the last backup), and when it closes.

Backups run on the background worker (a backup of the L benchmark file, 315 MB, takes about
3 s; the window does not wait for it), except the one on closing, which the window waits for
before the database closes. Rotation is backups.take_backup's: the newest `keep` stay. A failed
backup is logged and reported by the `failed` signal; it never stops the user's work.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from spt_field.security.backups import take_backup
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.store import Store

log = logging.getLogger(__name__)

#: Every half hour while the user edits.
DEFAULT_INTERVAL_MS = 30 * 60_000
KEEP = 10


class BackupSchedule(QObject):
    """Backs up the store's database on `start()`, on the timer when changed, on `finish()`."""

    #: A backup was written (its path).
    taken = Signal(Path)
    #: A backup failed (a message for the status bar; the details are in the log).
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        jobs: BackgroundJobs,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        keep: int = KEEP,
        changed: bool = True,
    ) -> None:
        """`changed=False` when the file is known to equal its newest backup already (the
        window reopens it after locking, with nothing edited since its backup on closing)."""
        super().__init__(store)
        self.store = store
        self.jobs = jobs
        self.keep = keep
        self._changes = 1 if changed else 0  # edits seen, counted so a backup knows what it holds
        self._backed_up = 0  # the value of _changes the last good backup started from
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        store.recordChanged.connect(self._note_change)
        store.recordsChanged.connect(self._note_change)
        store.saveStateChanged.connect(self._note_saved)

    @property
    def changed(self) -> bool:
        """Something was edited since the start of the last good backup."""
        return self._changes != self._backed_up

    def _note_change(self, *_args: object) -> None:
        self._changes += 1

    def _note_saved(self, state: str, _message: str) -> None:
        if state == "saved":
            self._note_change()

    def start(self) -> None:
        """The backup on opening (when the file changed since its last one), then the timer."""
        self.back_up_if_changed()
        self.timer.start()

    def back_up_if_changed(self) -> None:
        if self.changed and not self._running:
            self._running = True
            started_from = self._changes
            self.jobs.submit(self._back_up, lambda future: self._done(future, started_from))

    def _back_up(self) -> Path:
        return take_backup(self.store.database, keep=self.keep)

    def _done(self, future: Future[Path], started_from: int) -> None:
        self._running = False
        error = future.exception()
        if error is None:
            self._backed_up = started_from
            log.info("automatic backup of %s written", self.store.database.name)
            self.taken.emit(future.result())
            return
        # A backup must never stop the work: whatever went wrong is reported, not raised.
        log.error("automatic backup of %s failed", self.store.database.name, exc_info=error)
        self.failed.emit(str(error) or type(error).__name__)

    def finish(self) -> bool:
        """Stop the timer and, if anything changed, back up now and wait for it (the database
        is about to close). True when the file's last state is in a backup."""
        self.timer.stop()
        self.jobs.wait()
        self.back_up_if_changed()
        self.jobs.wait()
        return not self.changed

    def stop(self) -> None:
        """Stop without a last backup (the database is about to be erased or was found
        damaged), once the running job is over."""
        self.timer.stop()
        self.jobs.wait()
