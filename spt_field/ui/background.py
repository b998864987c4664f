"""Database jobs that take seconds on a large file (backups, integrity checks, re-encryption) run
on one worker thread, in order; their results come back to the GUI thread by a queued signal, and
widgets are touched only there.

The worker's database connection is its own (the engine hands each thread one), so a backup
reads a consistent snapshot while the user keeps typing. One worker, not a pool: jobs on the same
file never race each other, and waiting for "everything queued so far" is simple.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: How long a job may run before its progress dialog appears (a quick one shows none).
PROGRESS_DELAY_MS = 400


class _Relay(QObject):
    """Carries a finished future from the worker thread to the GUI thread."""

    finished = Signal(object)


class BackgroundJobs(QObject):
    """One worker thread for database jobs; `submit` calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database-jobs")
        self._relay = _Relay(self)
        # Queued: the callbacks are posted to this object and run on the GUI thread.
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._callbacks: dict[Future[Any], Callable[[Future[Any]], None]] = {}

    def submit(self, job: Callable[[], T], done: Callable[[Future[T]], None]) -> Future[T]:
        """Run `job` after the jobs queued before it; `done(future)` runs on the GUI thread."""
        future = self._executor.submit(job)
        self._callbacks[future] = done
        future.add_done_callback(self._relay.finished.emit)
        return future

    def _deliver(self, future: Future[Any]) -> None:
        callback = self._callbacks.pop(future, None)
        if callback is not None:
            callback(future)

    def busy(self) -> bool:
        """A job is queued or running (or its callback not yet run)."""
        return bool(self._callbacks)

    def wait(self) -> None:
        """Block until every job queued so far has run, and run their callbacks now: the
        database they used is about to close."""
        self._executor.submit(lambda: None).result()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def run(self, parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
        """Run `job` on the worker while a modal progress dialog keeps the window painted;
        return its result or raise its exception, as a direct call would."""
        future = self._executor.submit(job)
        loop = QEventLoop(self)
        relay = _Relay()
        relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        future.add_done_callback(relay.finished.emit)
        progress = QProgressDialog(label, "", 0, 0, parent)
        progress.setWindowTitle(self.tr("SPT Field"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setValue(0)
        if not future.done():
            loop.exec()
        progress.close()
        progress.deleteLater()
        return future.result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
