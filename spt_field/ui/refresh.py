"""Showing what other drafters saved, on a headquarters server: a poll every few seconds.

Every REFRESH_MS the window asks the server for two fingerprints (services/changes.py): the
visit list's and the open visit's. When one changed, the visit list or the workspace reloads;
an editor the user is typing in (or one holding a refused save) is left as it is
(Workspace.refresh_from_others). A database file on a laptop has one writer: nothing polls.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from spt_field.errors import describe_bug

if TYPE_CHECKING:
    from spt_field.ui.store import Store

log = logging.getLogger(__name__)

REFRESH_MS = 5000


class Refresher(QObject):
    """Polls for others' saves while `window` (the main window: its `store`, `visit_list` and
    `workspace`) shows `store`'s database; stops once the window has closed it."""

    def __init__(self, window: Any, store: Store, interval_ms: int = REFRESH_MS) -> None:
        super().__init__(store)
        self.window = window
        self.store = store
        self._visits: Hashable | None = None
        self._visit: tuple[str, Hashable] | None = None
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()  # the fingerprints as they are now: what later changes are measured from
        self.timer.start()

    def check(self) -> None:
        """Reload what others changed since the last check."""
        if getattr(self.window, "store", None) is not self.store:  # closed since
            self.timer.stop()
            return
        if self._checking:  # a reload that lets events through: no check inside a check
            return
        self._checking = True
        try:
            self._check()
        finally:
            self._checking = False

    def _check(self) -> None:
        from spt_field.services.changes import visit_fingerprint, visits_fingerprint

        try:
            visits = self.store.read(visits_fingerprint)
            workspace = getattr(self.window, "workspace", None)
            visit_id = workspace.visit.id if workspace is not None and workspace.visit else None
            visit = None if visit_id is None else self.store.read(visit_fingerprint, visit_id)
        except Exception as error:  # the network or the server is down: try again next time
            log.warning("could not check the server for changes: %s", describe_bug(error))
            return
        if self._visits is not None and visits != self._visits:
            visit_list = getattr(self.window, "visit_list", None)
            if visit_list is not None:
                visit_list.reload()
        self._visits = visits
        if visit_id is None:
            self._visit = None
            return
        if self._visit is not None and self._visit[0] == visit_id and self._visit[1] != visit:
            assert workspace is not None
            workspace.refresh_from_others()
        self._visit = (visit_id, visit)


def watch_others(window: Any, store: Store) -> Refresher | None:
    """Start polling if `store`'s database is on a server (else None: nobody else writes)."""
    if store.database.server is None:
        return None
    refresher = Refresher(window, store)
    refresher.start()
    return refresher
