"""What the window does to keep the open database safe: the integrity check when it opens, the
automatic backups, restoring a backup, and changing the passphrase.

The window keeps no passphrase: backups use the open database's own key (VACUUM INTO), and
restoring or re-encrypting asks for the passphrase when the user chooses to. Jobs that take
seconds on a large file run on the background worker (background.py).

A database on a headquarters server is none of this: its backups, integrity and encryption
are the server's (docs/server.md). Attached to one, this does nothing but say so in the status
bar, and the file-only actions tell the user why they do not apply (`file_only_reason`).

This module is imported on the way to the first paint: storage and dialogs load when used.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QLabel, QMessageBox

from spt_field.ui.actions import show_error
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.i18n import translate

if TYPE_CHECKING:
    from spt_field.security.backups import BackupInfo
    from spt_field.security.integrity import IntegrityReport
    from spt_field.ui.backup_schedule import BackupSchedule
    from spt_field.ui.main_window import MainWindow
    from spt_field.ui.store import Store

log = logging.getLogger(__name__)

#: How many of a damaged database's problems the message lists (the log has them all).
PROBLEMS_SHOWN = 5


def file_only_reason() -> str:
    """Why backups, restoring and the passphrase are not SPT Field's on a server database."""
    return translate(
        "DatabaseSafety",
        "Not for a database on a server: its backups, integrity and encryption are the "
        "server's, kept by its administrator",
    )


class DatabaseSafety(QObject):
    """Attached to each database the window opens (`attach`), detached before it closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = BackgroundJobs(self)
        self.store: Store | None = None
        self.schedule: BackupSchedule | None = None
        # The file last closed whole and backed up: reopening it (after the lock) needs neither
        # a new check nor a new backup.
        self._closed_clean: Path | None = None
        self._closing = False
        self.label = QLabel(window)  # the latest backup's time, or its failure
        window.statusBar().addPermanentWidget(self.label)
        self._latest: tuple[QTime, Path] | str | None = None  # (time, file), or the failure
        self._on_server = False

    # Opening and closing ---------------------------------------------------------------------

    def attach(self, store: Store) -> None:
        from spt_field.ui.backup_schedule import BackupSchedule

        self.store = store
        self._latest = None
        self._on_server = store.database.server is not None
        self.retranslate()
        if self._on_server:
            self.schedule = None
            return
        path = store.database.file
        unchanged = path == self._closed_clean
        self._closed_clean = None
        self.schedule = BackupSchedule(store, self.jobs, changed=not unchanged)
        self.schedule.taken.connect(self._show_backup_taken)
        self.schedule.failed.connect(self._show_backup_failed)
        self._latest = None
        self.label.clear()
        if unchanged:
            self.schedule.start()
            return
        from spt_field.security.integrity import check_integrity

        database = store.database
        self.jobs.submit(
            lambda: check_integrity(database), lambda future: self._checked(store, future)
        )

    def detach(self) -> None:
        """The database is about to close: take the last backup (if anything changed) first."""
        if self.store is None:
            return
        if self._on_server:
            self.store = None
            self._on_server = False
            self.label.clear()
            return
        path = self.store.database.file
        self._closing = True
        try:
            self.jobs.wait()  # a check still running ends, and says whether to back up
        finally:
            self._closing = False
        schedule = self.schedule
        self.store = self.schedule = None
        if schedule is None:  # found damaged: no backup of it may push out a good one
            return
        if schedule.finish():
            self._closed_clean = path
        schedule.deleteLater()

    def discard(self) -> None:
        """The database is about to be erased: no last backup, only the running job ends."""
        if self.schedule is not None:
            self.schedule.stop()
            self.schedule.deleteLater()
        self.store = self.schedule = None
        self._closed_clean = None
        self.jobs.wait()

    # The integrity check ---------------------------------------------------------------------

    def _checked(self, store: Store, future: Future[IntegrityReport]) -> None:
        if store is not self.store or self.schedule is None:
            return  # closed while it was being checked
        report = future.result()
        path = store.database.file
        if report.ok:
            log.info("integrity of %s checked in %.2f s: ok", path.name, report.seconds)
            self.schedule.start()
            return
        log.error("integrity check of %s failed: %s", path.name, "; ".join(report.problems))
        self.schedule.stop()
        self.schedule.deleteLater()
        self.schedule = None
        if self._closing:  # the user is closing it anyway; the next opening says it
            return
        restore = self.ask_restore_damaged(path, report)
        self.window.close_database(ask=False)
        if restore:
            self.restore_latest_good(path)

    def ask_restore_damaged(self, path: Path, report: IntegrityReport) -> bool:
        """Say what is wrong; True if the user wants the latest intact backup restored."""
        problems = report.problems
        shown = "\n".join(problems[:PROBLEMS_SHOWN])
        if len(problems) > PROBLEMS_SHOWN:
            shown += "\n" + self.tr("… and {0} more (all are in the log)").format(
                len(problems) - PROBLEMS_SHOWN
            )
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Damaged database"))
        box.setText(
            self.tr(
                "The database {0} is damaged: the integrity check found {1} problem(s). "
                "Work saved in it may be unreadable and new work may be lost."
            ).format(path.name, len(problems))
        )
        box.setInformativeText(
            self.tr(
                "Restore the latest backup that is intact? The damaged file is kept beside the "
                "backups. Cancel closes the database and leaves it as it is."
            )
        )
        box.setDetailedText(shown)
        restore = box.addButton(self.tr("&Restore latest good backup…"), box.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_latest_good(self, path: Path) -> None:
        """Find the newest backup that passes the check, restore it and open the database."""
        from spt_field.security.backups import latest_good_backup, restore_backup

        passphrase = self._ask_passphrase(
            path,
            self.tr("Restore the latest good backup"),
            self.tr("Passphrase of {0}, to check its backups and restore one"),
        )
        if passphrase is None:
            return

        def restore() -> BackupInfo | None:
            found = latest_good_backup(path, passphrase)
            if found is not None:
                restore_backup(path, found.path, passphrase)
            return found

        label = self.tr("Looking for the latest intact backup of {0}…").format(path.name)
        found = self.jobs.run(self.window, label, restore)
        if found is None:
            show_error(
                self.window,
                self.tr(
                    "No intact backup of {0} was found: the damaged file was left as it is."
                ).format(path.name),
            )
            return
        self._reopen(path, passphrase)
        self._tell_restored(found)

    # Restore from backup (File menu) ---------------------------------------------------------

    def restore_from_backup(self) -> None:
        from spt_field.security.backups import list_backups, restore_backup
        from spt_field.ui.dialogs.restore_dialog import RestoreDialog

        if self.store is None:
            return
        if self._on_server:
            show_error(self.window, file_only_reason())
            return
        path = self.store.database.file
        passphrase = self._ask_passphrase(
            path,
            self.tr("Restore from backup"),
            self.tr("Passphrase of {0}, to list its backups"),
        )
        if passphrase is None:
            return
        backups = self.jobs.run(
            self.window,
            self.tr("Reading the backups…"),
            lambda: list_backups(path, passphrase),
        )
        chosen = RestoreDialog.ask(path, backups, self.window)
        if chosen is None or not self.window.close_database():
            return
        self._closed_clean = None
        label = self.tr("Restoring {0}…").format(path.name)
        try:
            self.jobs.run(self.window, label, lambda: restore_backup(path, chosen.path, passphrase))
        finally:
            self._reopen(path, passphrase)
        self._tell_restored(chosen)

    def restore_into(self, backup: Path, target: Path) -> None:
        """Restore the backup file `backup` as the database `target`, which may not exist (a
        lost database) or is kept aside first; then open it. The passphrase is asked again
        after a wrong one; a damaged backup is refused with the check's findings."""
        from spt_field.security.backups import restore_backup
        from spt_field.services.storage import Database, open_database
        from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog

        def restore_and_open(passphrase: str) -> Database:
            label = self.tr("Restoring {0}…").format(target.name)
            self.jobs.run(self.window, label, lambda: restore_backup(target, backup, passphrase))
            return open_database(target, passphrase)

        database = PassphraseDialog.ask(
            self.tr("Restore from a backup"),
            self.tr("Passphrase of the backup {0}; it is restored as {1}").format(
                backup.name, target
            ),
            opener=restore_and_open,
            parent=self.window,
        )
        if isinstance(database, Database):
            self.window.use_database(database)
            self.window.statusBar().showMessage(
                self.tr("Restored {0} from the backup {1}").format(target.name, backup.name),
                15_000,
            )

    def _tell_restored(self, backup: BackupInfo) -> None:
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.window.statusBar().showMessage(
            self.tr(
                "Restored from the backup of {0}; the state before it is kept as a backup"
            ).format(taken),
            15_000,
        )

    # Change passphrase (File menu) -----------------------------------------------------------

    def change_passphrase(self) -> None:
        from spt_field.security.backups import rekey_backups
        from spt_field.security.rekey import change_passphrase
        from spt_field.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        if self.store is None:
            return
        if self._on_server:
            show_error(self.window, file_only_reason())
            return
        path = self.store.database.file
        answer = ChangePassphraseDialog.ask(path, self.window)
        if answer is None or not self.window.close_database():
            return
        old, new = answer
        self._closed_clean = None
        try:
            self.jobs.run(
                self.window,
                self.tr("Re-encrypting {0}…").format(path.name),
                lambda: change_passphrase(path, old, new),
            )
        except Exception:
            self._reopen(path, old)  # nothing changed: it still opens with the old passphrase
            raise
        try:
            left = self.jobs.run(
                self.window,
                self.tr("Re-encrypting the backups of {0}…").format(path.name),
                lambda: rekey_backups(path, old, new),
            )
        finally:
            self._reopen(path, new)
        message = self.tr("Passphrase changed; the backups open with the new one only")
        if left:
            message = self.tr(
                "Passphrase changed. {0} backup(s) could not be re-encrypted (damaged, or "
                "under another passphrase) and were left as they were: {1}"
            ).format(len(left), ", ".join(backup.name for backup in left))
            show_error(self.window, message)
        self.window.statusBar().showMessage(message, 15_000)

    # Shared ----------------------------------------------------------------------------------

    def _ask_passphrase(self, path: Path, title: str, prompt: str) -> str | None:
        from spt_field.security.backups import verify_passphrase
        from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog

        def verified(passphrase: str) -> str:
            verify_passphrase(path, passphrase)
            return passphrase

        result = PassphraseDialog.ask(
            title, prompt.format(path.name), opener=verified, parent=self.window
        )
        return result if isinstance(result, str) else None

    def _reopen(self, path: Path, passphrase: str) -> None:
        from spt_field.services.storage import open_database

        self.window.use_database(open_database(path, passphrase), remember=False)

    def _show_backup_taken(self, path: Path) -> None:
        self._latest = (QTime.currentTime(), path)
        self.retranslate()

    def _show_backup_failed(self, message: str) -> None:
        self._latest = message
        self.retranslate()
        self.window.statusBar().showMessage(self.tr("Backup failed: {0}").format(message), 15_000)

    def retranslate(self) -> None:
        """Show the latest backup (or its failure) in the interface's current language."""
        if self._on_server:
            self.label.setStyleSheet("color: #555555;")
            self.label.setText(self.tr("Backups: the server's"))
            self.label.setToolTip(file_only_reason())
        elif isinstance(self._latest, tuple):
            when, path = self._latest
            self.label.setStyleSheet("color: #555555;")
            self.label.setText(self.tr("Backed up {0}").format(when.toString("HH:mm")))
            self.label.setToolTip(self.tr("Latest automatic backup: {0}").format(path))
        elif self._latest is not None:
            self.label.setStyleSheet("color: #b00020;")
            self.label.setText(self.tr("✖ Backup failed"))
            self.label.setToolTip(self._latest)
