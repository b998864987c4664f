"""One keyboard model: Tab always moves on (out of the notes, the allegation table and the
conflicts list), F6 / Shift+F6 move between the panes, and a new record is typed at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.ui.main_window import MainWindow
from tests.support import windows


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_an_interview(window: MainWindow) -> None:
    assert window.workspace is not None
    interview_id = window.workspace.model.first_of_kind(RecordKind.INTERVIEW.value)
    assert interview_id is not None
    windows.click_in_navigator(window, RecordKind.INTERVIEW.value, interview_id)


def test_tab_leaves_the_notes_and_ctrl_tab_types_a_tab(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    open_an_interview(workspace_window)
    notes = windows.interview_form(workspace_window).notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    before = notes.toPlainText()
    QTest.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText().endswith("\t") or "\t" in notes.toPlainText()
    assert len(notes.toPlainText()) == len(before) + 1
    QTest.keyClick(notes, Qt.Key.Key_Tab)
    assert focused() is not notes
    assert "\t" not in notes.toPlainText().replace("\t", "", 1)


def test_tab_leaves_the_allegation_table(qtbot: QtBot, workspace_window: MainWindow) -> None:
    open_an_interview(workspace_window)
    table = windows.interview_form(workspace_window).allegations.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert focused() is not table


def test_f6_moves_between_navigator_editor_notes_allegations_and_attachments_and_back(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    open_an_interview(window)
    workspace = window.workspace
    assert workspace is not None
    form = windows.interview_form(window)
    workspace.tree.setFocus()
    qtbot.waitUntil(workspace.tree.hasFocus)
    visited = []
    for _step in range(5):
        QTest.keyClick(focused() or workspace, Qt.Key.Key_F6)
        visited.append(focused())
    assert visited[0] is form.pseudonym
    assert visited[1] is form.notes
    assert visited[2] is not None and form.allegations.isAncestorOf(visited[2])
    assert visited[3] is workspace.attachments.toggle  # the pane is folded at first
    assert visited[4] is workspace.tree
    QTest.keyClick(workspace.tree, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is visited[3]


def test_a_new_place_finding_or_recommendation_puts_the_cursor_in_its_first_field(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    for action, first_field in (
        (window.new_place_action, "name"),
        (window.new_finding_action, "title"),
        (window.new_recommendation_action, "text"),
    ):
        action.trigger()
        workspace = window.workspace
        assert workspace is not None
        form = workspace.forms[workspace.current[0]]
        widget = focused()
        assert widget is not None and form.isAncestorOf(widget)
        assert widget is form.binder.fields[first_field].widget
        if isinstance(widget, QLineEdit):
            assert widget.selectedText() == widget.text()  # typing replaces "New place"
        if isinstance(widget, QPlainTextEdit):
            assert widget.textCursor().atEnd()  # typing goes on "…recommends that"


def test_tab_reaches_the_folded_attachments_heading_and_the_fold_stays_between_records(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    window = workspace_window
    open_an_interview(window)
    workspace = window.workspace
    assert workspace is not None
    pane = workspace.attachments
    assert not pane.is_expanded()
    assert pane.toggle.accessibleName().startswith("Photos and documents (")
    form = windows.interview_form(window)
    form.pseudonym.setFocus()
    qtbot.waitUntil(form.pseudonym.hasFocus)
    for _step in range(80):
        if focused() is pane.toggle:
            break
        QTest.keyClick(focused() or workspace, Qt.Key.Key_Tab)
    assert focused() is pane.toggle

    QTest.keyClick(pane.toggle, Qt.Key.Key_Space)
    assert pane.is_expanded() and pane.table.isVisible()
    interview_id = workspace.current[1]
    place_id = workspace.model.first_of_kind(RecordKind.PLACE.value)
    assert place_id is not None
    windows.click_in_navigator(window, RecordKind.PLACE.value, place_id)
    windows.click_in_navigator(window, RecordKind.INTERVIEW.value, interview_id)
    assert pane.is_expanded() and pane.table.isVisible()


def test_ins_in_the_allegation_table_adds_an_allegation_beside_the_attachments(
    qtbot: QtBot, workspace_window: MainWindow
) -> None:
    """The allegation table and the attachment list both take Ins: each only with the focus."""
    open_an_interview(workspace_window)
    workspace = workspace_window.workspace
    assert workspace is not None
    workspace.attachments.set_expanded(True)
    table = windows.interview_form(workspace_window).allegations.table
    before = table.model().rowCount()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Insert)
    assert table.model().rowCount() == before + 1
