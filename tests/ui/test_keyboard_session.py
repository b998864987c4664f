"""A whole visit typed with the keyboard alone, in French: from an empty encrypted database to
the exported report, without a mouse event and without calling a widget to do the user's work.

Keys go to the widget that has the focus, as they would from a keyboard; shortcuts go to the
window. Modal dialogs are typed into once they are the active modal widget.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from spt_field.db.session import create_database
from spt_field.domain.kinds import RecordKind
from spt_field.services import interviews
from spt_field.ui.i18n import apply_language
from spt_field.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.support.keys import (
    back_to,
    focused,
    in_dialog,
    press,
    shortcut,
    tab_to,
    type_text,
)

FINDING_TITLE = "Registre du recours à la force absent"
FINDING_TEXT = "Aucun registre des mesures de contrainte n'est tenu au quartier disciplinaire."
NOTES = "Entretien en privé dans la cour ; pas de plainte sur la nourriture."
RECOMMENDATION = "tienne un registre de chaque recours à la force."


@pytest.fixture
def french_window(bare_window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window started in French on an empty encrypted database (what `spt-field --db`
    does with a new file)."""
    apply_language("fr")
    bare_window.use_database(create_database(tmp_path / "vide.sptdb", PASSPHRASE))
    bare_window.activateWindow()
    return bare_window


# A popup (a completer's) opens: the offscreen platform can neither raise it nor grab keys.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_visit_typed_from_an_empty_database_to_the_exported_report(
    qtbot: QtBot, french_window: MainWindow, tmp_path: Path
) -> None:
    window = french_window
    qtbot.waitActive(window)
    assert window.visit_list is not None and window.visit_list.model.rowCount() == 0
    assert window.new_visit_action.text() == "Nouvelle &visite…"

    # A new visit: the country first, then Tab from field to field.
    def new_visit(dialog: QDialog) -> None:
        assert "Nouvelle visite" in dialog.windowTitle()
        type_text("XRU")
        press(Qt.Key.Key_Tab)  # type
        press(Qt.Key.Key_Tab)  # status
        press(Qt.Key.Key_Tab)  # from
        type_text("2025-03-10")
        press(Qt.Key.Key_Tab)  # to
        type_text("2025-03-21")
        press(Qt.Key.Key_Return)

    failures = in_dialog(qtbot, new_visit)
    shortcut(qtbot, window, window.new_visit_action.shortcut().toString())
    assert not failures, failures
    workspace = window.workspace
    assert workspace is not None and workspace.visit is not None
    assert workspace.visit.country == "XRU"
    assert str(workspace.visit.start_date) == "2025-03-10"

    back_to(qtbot, window)
    assert focused() is workspace.tree
    # A place: its name is typed at once.
    shortcut(qtbot, window, "Ctrl+Shift+P")
    assert workspace.current[0] == RecordKind.PLACE.value
    type_text("Prison centrale de Lorvik")

    # An interview at that place, its notes typed where Ctrl+N leaves the cursor.
    shortcut(qtbot, window, "Ctrl+N")
    assert workspace.current[0] == RecordKind.INTERVIEW.value
    assert focused() is workspace.interview_form.notes
    type_text(NOTES)

    # A finding: the title, then Tab to its text.
    shortcut(qtbot, window, "Ctrl+Shift+F")
    assert workspace.current[0] == RecordKind.FINDING.value
    type_text(FINDING_TITLE)
    press(Qt.Key.Key_Tab)
    type_text(FINDING_TEXT)

    # A recommendation answering the finding, typed after its standard opening.
    shortcut(qtbot, window, "Ctrl+Shift+R")
    assert workspace.current[0] == RecordKind.RECOMMENDATION.value
    type_text(RECOMMENDATION)

    # The report: Tab to the file's name, type it, Enter exports, Escape closes.
    report = tmp_path / "rapport.pdf"
    exported: list[str] = []

    def export(dialog: QDialog) -> None:
        path = getattr(dialog, "path")  # noqa: B009 (where Tab has to go)
        assert isinstance(path, QLineEdit)
        tab_to(path)
        type_text(str(report))
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(report.exists, timeout=30000)
        exported.append(str(report))
        press(Qt.Key.Key_Escape)

    failures = in_dialog(qtbot, export)
    shortcut(qtbot, window, "Ctrl+E")
    assert not failures, failures
    back_to(qtbot, window)
    assert exported == [str(report)]
    assert QApplication.activeModalWidget() is None

    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    words = " ".join(text.split())
    assert FINDING_TITLE in words
    assert FINDING_TEXT.replace("'", "’") in words  # typed straight, printed typographic
    assert "tienne un registre de chaque recours" in words
    assert "Prison centrale de Lorvik" in words
    assert window.store is not None
    [interview] = window.store.read(interviews.list_interviews_for_visit, workspace.visit.id)
    assert NOTES in interview.notes
