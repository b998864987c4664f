"""Every page of the main window and every dialog, for the checks that must hold on all of them
(unique Alt letters, a name for every focusable widget)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit
from spt_field.domain.kinds import RecordKind
from spt_field.services.attachments import attach
from spt_field.services.visits import list_visits
from spt_field.ui.dialogs.attachment_viewer import AttachmentViewer
from spt_field.ui.dialogs.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from spt_field.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from spt_field.ui.dialogs.country_profile_dialog import CountryProfileDialog
from spt_field.ui.dialogs.export_report_dialog import ExportReportDialog
from spt_field.ui.dialogs.history_dialog import HistoryDialog
from spt_field.ui.dialogs.new_visit_dialog import NewVisitDialog
from spt_field.ui.dialogs.passphrase_dialog import PassphraseDialog
from spt_field.ui.dialogs.search_dialog import SearchDialog
from spt_field.ui.dialogs.settings_dialog import SettingsDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.navigator_model import (
    SECTION_DELEGATION,
    SECTION_EARLIER,
    SECTION_INTERVIEWS,
    SECTION_OVERVIEW,
    SECTION_REPORT,
)
from spt_field.ui.widgets.conflicts_view import ConflictsDialog
from tests.services import attachment_files as files

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ("Pri&vate" -> "v"), None if it has none ("&&" is a "&")."""
    for match in _MNEMONIC.finditer(text.replace("&&", "")):
        return match.group(1).lower()
    return None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def alt_letters(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt letter the user can press in `window` as it shows now:
    its menu bar's, its labels', buttons', group boxes' and tabs'."""
    found: list[tuple[str, str]] = []
    if isinstance(window, MainWindow):
        found += [(a.text(), a.text()) for a in window.menuBar().actions()]
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and _shown(label, window):
            found.append((label.text(), label.text()))
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window):
            found.append((button.text(), button.text()))
    for box in window.findChildren(QGroupBox):
        if _shown(box, window):
            found.append((box.title(), box.title()))
    for tabs in window.findChildren(QTabWidget):
        if _shown(tabs, window):
            found += [(tabs.tabText(n), tabs.tabText(n)) for n in range(tabs.count())]
    return [(letter, text) for raw, text in found if (letter := mnemonic(raw)) is not None]


def clashes(window: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in alt_letters(window):
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def main_window_pages(window: MainWindow, visit_id: str) -> Iterator[str]:
    """Show each page of `window` in turn (it has the demo database open); yield its name."""
    window.pages.setCurrentWidget(window.start)
    yield "start screen"
    window.show_visits()
    yield "visit list"
    window.open_visit(visit_id)
    workspace = window.workspace
    assert workspace is not None
    for kind in RecordKind:
        record_id = workspace.model.first_of_kind(kind.value)
        if kind is RecordKind.VISIT:
            record_id = visit_id
        if record_id is not None and kind.value in workspace.pages:
            workspace.select(kind.value, record_id)
            yield f"workspace: {kind.value}"
    for section in (
        SECTION_DELEGATION,
        SECTION_OVERVIEW,
        SECTION_INTERVIEWS,
        SECTION_REPORT,
        SECTION_EARLIER,
    ):
        workspace.select(section, visit_id)
        yield f"workspace: {section}"
    window.show_dashboard()
    yield "dashboard"
    window.show_tracker()
    yield "follow-up tracker"
    window.show_overdue()
    yield "overdue recommendations"
    window.show_reprisals()
    yield "reprisals register"
    window.show_programme()
    yield "delegation programme"


def dialogs(window: MainWindow, visit_id: str) -> Iterator[tuple[str, QDialog]]:
    """Each dialog of the application, built over the window's open database."""
    store = window.store
    assert store is not None
    workspace = window.workspace
    assert workspace is not None
    interview_id = workspace.model.first_of_kind(RecordKind.INTERVIEW.value)
    assert interview_id is not None
    jobs = window.safety.jobs
    path = Path(store.database.file)
    place_id = workspace.model.first_of_kind(RecordKind.PLACE.value)
    assert place_id is not None
    scan = store.write(
        attach,
        AttachmentOwner.PLACE,
        place_id,
        "scan.pdf",
        files.pdf(),
        "",
        "",
        datetime(2019, 1, 28),
    )
    built: list[tuple[str, QDialog]] = [
        ("new visit", NewVisitDialog(window)),
        ("settings", SettingsDialog(window.settings, store, window)),
        ("search", SearchDialog(store, window)),
        (
            "history",
            HistoryDialog(store, RecordKind.INTERVIEW, interview_id, {}, "Interview", window),
        ),
        ("conflicts", ConflictsDialog(store, visit_id, {}, window)),
        ("passphrase", PassphraseDialog("Open", "Passphrase", parent=window)),
        ("new passphrase", PassphraseDialog("Create", "Passphrase", new=True, parent=window)),
        ("change passphrase", ChangePassphraseDialog(path, window)),
        ("export report", ExportReportDialog(store, visit_id, window)),
        (
            "export bundle",
            ExportBundleDialog(
                store.database,
                store.read(list_visits),
                visit_id,
                jobs,
                first_time=True,
                parent=window,
            ),
        ),
        ("import bundle", ImportBundleDialog(store.database, jobs, window)),
        (
            "country profile",
            CountryProfileDialog(
                CountryProfileFields(
                    country="XRU", previous_visits=(PreviousVisit(2011, "CAT/OP/XRU/1"),)
                ),
                2018,
                window,
            ),
        ),
        ("attachment viewer", AttachmentViewer(store, scan, window)),
    ]
    for name, dialog in built:
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
