"""What the window does for field sync: File -> Export bundle / Import bundle, the Conflicts
view, and the status-bar notice "N conflicts to resolve" that opens it.

This module is imported on the way to the first paint: storage, sync and dialogs load when used.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from spt_field.domain.kinds import RecordKind

if TYPE_CHECKING:
    from spt_field.domain.sync import BundleSummary, MergeSummary
    from spt_field.ui.main_window import MainWindow
    from spt_field.ui.models.conflict_model import FieldLabels
    from spt_field.ui.store import Store


class FieldSync(QObject):
    """Attached to each database the window opens (`attach`), detached before it closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store: Store | None = None
        self.notice = QPushButton(window)
        self.notice.setFlat(True)
        self.notice.setStyleSheet("color: #e65100; font-weight: bold;")
        self.notice.clicked.connect(lambda: self.show_conflicts())
        self.notice.hide()
        window.statusBar().addPermanentWidget(self.notice)
        window.pages.currentChanged.connect(lambda _index: self.refresh())

    def attach(self, store: Store) -> None:
        self.store = store
        store.recordsChanged.connect(lambda _kind: self.refresh())
        self.refresh()

    def detach(self) -> None:
        self.store = None
        self.notice.hide()

    # The notice --------------------------------------------------------------------------

    def _visit_id(self) -> str | None:
        """The visit shown in the workspace, if the workspace is the page shown."""
        workspace = self.window.workspace
        if workspace is None or self.window.pages.currentWidget() is not workspace:
            return None
        return workspace.visit.id if workspace.visit is not None else None

    def refresh(self) -> None:
        """Show how many conflicts wait (in the open visit, or in the whole database)."""
        if not shiboken6.isValid(self.notice):
            return
        count = self.open_conflict_count()
        self.notice.setVisible(count > 0)
        if count == 1:
            self.notice.setText(self.tr("1 conflict to resolve"))
        else:
            self.notice.setText(self.tr("{0} conflicts to resolve").format(count))
        self.notice.setToolTip(self.tr("Open the Conflicts view"))

    def open_conflict_count(self) -> int:
        if self.store is None:  # also before the first paint: storage is not loaded yet
            return 0
        from spt_field.services.conflicts import count_open_conflicts, open_conflicts

        visit_id = self._visit_id()
        if visit_id is not None:
            return self.store.read(count_open_conflicts, visit_id)
        return len(self.store.read(open_conflicts, None))

    # Conflicts -----------------------------------------------------------------------------

    def field_labels(self) -> FieldLabels:
        """Fields named as the records' forms name them, once the workspace has been built."""
        workspace = self.window.workspace
        if workspace is None:
            return {}
        return {RecordKind(kind): form.field_labels() for kind, form in workspace.forms.items()}

    def show_conflicts(self, visit_id: str | None = None) -> None:
        """The Conflicts view of `visit_id`, else of the open visit, else of every visit."""
        from spt_field.ui.widgets.conflicts_view import ConflictsDialog

        if self.store is None:
            return
        self.store.flush_all()
        dialog = ConflictsDialog(
            self.store, visit_id or self._visit_id(), self.field_labels(), self.window
        )
        dialog.view.resolved.connect(self.refresh)
        dialog.exec()
        dialog.deleteLater()

    # Bundles -------------------------------------------------------------------------------

    def export_bundle(self) -> None:
        from spt_field.services.visits import list_visits
        from spt_field.sync import has_exported_bundle
        from spt_field.ui.dialogs.bundle_dialogs import ExportBundleDialog

        if self.store is None:
            return
        self.store.flush_all()
        visits = self.store.read(list_visits)
        if not visits:
            QMessageBox.information(
                self.window, self.tr("Export bundle"), self.tr("There is no visit to export yet.")
            )
            return
        workspace = self.window.workspace
        current = workspace.visit.id if workspace is not None and workspace.visit else None
        dialog = ExportBundleDialog(
            self.store.database,
            visits,
            current,
            self.window.safety.jobs,
            # The first time, a typo would make a bundle nobody can open: type it twice.
            first_time=not has_exported_bundle(self.store.database),
            parent=self.window,
        )
        if dialog.exec() == ExportBundleDialog.DialogCode.Accepted and dialog.summary:
            self._report_export(dialog.summary)
        dialog.deleteLater()

    def _report_export(self, summary: BundleSummary) -> None:
        QMessageBox.information(
            self.window,
            self.tr("Export bundle"),
            self.tr(
                "%n record(s) written to {0}. Give the file to the recipient, and the "
                "delegation passphrase separately.",
                None,
                summary.records,
            ).format(summary.path),
        )

    def import_bundle(self) -> None:
        from spt_field.ui.dialogs.bundle_dialogs import ImportBundleDialog
        from spt_field.ui.dialogs.import_summary_dialog import ImportSummaryDialog

        if self.store is None:
            return
        self.store.flush_all()
        dialog = ImportBundleDialog(self.store.database, self.window.safety.jobs, self.window)
        accepted = dialog.exec() == ImportBundleDialog.DialogCode.Accepted
        summary = dialog.summary
        dialog.deleteLater()
        if not accepted or summary is None:
            return
        self._imported(summary)
        result = ImportSummaryDialog(summary, self.window)
        result.exec()
        result.deleteLater()
        if result.resolve_requested:
            self.show_conflicts(summary.visit_id)

    def _imported(self, summary: MergeSummary) -> None:
        """Every list and form shows what the bundle brought. Undo history goes: undoing an
        earlier edit now would silently overwrite what the other laptop changed since."""
        if self.store is None:
            return
        changed = [kind for kind, counts in summary.counts.items() if any(astuple(counts))]
        if changed:
            self.store.undo_stack.clear()
        for kind in changed:
            self.store.notify_structure(kind)
        workspace = self.window.workspace
        if changed and workspace is not None:  # the record in the editor may have changed too
            shown, record_id = workspace.current
            if shown in {member.value for member in RecordKind}:
                self.store.notify_changed(RecordKind(shown), record_id)
        self.refresh()
