"""Conflicts from field sync in the window, over two real encrypted laptops: an imported bundle
that disagrees with this laptop marks the record in every list and in the status bar; the
Conflicts view shows both versions with who wrote them, and keeping one (or a merged text)
writes it, closes the conflict and removes the marks. The report export warns meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.kinds import RecordKind
from spt_field.services.conflicts import count_open_conflicts, open_conflicts
from spt_field.services.interviews import delete_interview, get_interview, update_interview
from spt_field.sync import export_bundle, import_bundle
from spt_field.ui.dialogs.bundle_dialogs import ImportBundleDialog
from spt_field.ui.dialogs.export_report_dialog import ExportReportDialog
from spt_field.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.conflict_marks import conflict_tooltip
from spt_field.ui.models.conflict_model import ConflictModel
from spt_field.ui.models.interview_table_model import InterviewTableModel
from spt_field.ui.models.roles import CONFLICT_ROLE
from spt_field.ui.settings import Settings
from spt_field.ui.store import Store
from spt_field.ui.widgets.conflicts_view import ConflictsDialog, ConflictsView
from tests.support import keys
from tests.support.laptops import BUNDLE_PASSPHRASE
from tests.support.sync_windows import (
    ILSE_NOTES,
    TOMAS_NOTES,
    Laptops,
    tomas_bundle_with_conflicting_notes,
    two_laptops,
)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    laptops = two_laptops(tmp_path)
    yield laptops
    laptops.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    return asked


@pytest.fixture
def conflicted(laptops: Laptops) -> Laptops:
    """Ilse's laptop after merging Tomas's bundle: the interview's notes are in conflict."""
    import_bundle(laptops.ilse, tomas_bundle_with_conflicting_notes(laptops), BUNDLE_PASSPHRASE)
    return laptops


@pytest.fixture
def store(qtbot: QtBot, conflicted: Laptops) -> Iterator[Store]:
    store = Store(conflicted.ilse)
    yield store
    store.flush_all()


def notes(laptops: Laptops) -> str:
    with laptops.ilse.begin() as session:
        return get_interview(session, laptops.interview_id).notes


def open_count(laptops: Laptops) -> int:
    with laptops.ilse.begin() as session:
        return count_open_conflicts(session, laptops.visit_id)


def view(qtbot: QtBot, store: Store, laptops: Laptops) -> ConflictsView:
    conflicts_view = ConflictsView(store, laptops.visit_id, {})
    qtbot.addWidget(conflicts_view)
    return conflicts_view


def test_both_versions_show_side_by_side_with_who_wrote_them(
    qtbot: QtBot, store: Store, conflicted: Laptops
) -> None:
    conflicts = view(qtbot, store, conflicted)
    assert conflicts.model.rowCount() == 1
    assert conflicts.model.index(0, 0).data() == "Interview: " + conflicts.current_conflict().title  # type: ignore[union-attr]
    assert conflicts.model.index(0, 1).data() == "Notes"
    cards = conflicts.side_cards()
    assert sorted(card.value.toPlainText() for card in cards) == sorted([ILSE_NOTES, TOMAS_NOTES])
    authors = " ".join(card.author.text() for card in cards)
    assert "Ilse Varnava" in authors and "Tomas Reyes" in authors
    assert not conflicts.merge_box.isHidden()


def test_keeping_the_merged_text_writes_it_and_closes_the_conflict(
    qtbot: QtBot, store: Store, conflicted: Laptops, answers: list[str]
) -> None:
    conflicts = view(qtbot, store, conflicted)
    assert ILSE_NOTES in conflicts.merged.toPlainText()
    assert TOMAS_NOTES in conflicts.merged.toPlainText()
    merged = "Cell 4 held 12 people for 4 beds, no mattresses."
    conflicts.merged.setPlainText(merged)
    with qtbot.waitSignal(conflicts.resolved):
        conflicts.keep_merged.click()
    assert len(answers) == 1 and "cannot be undone" in answers[0]
    assert notes(conflicted) == merged
    assert open_count(conflicted) == 0
    assert conflicts.model.rowCount() == 0
    assert conflicts.summary.text() == "No open conflicts: every laptop's edits agree."


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, store: Store, conflicted: Laptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    conflicts = view(qtbot, store, conflicted)
    before = notes(conflicted)
    conflicts.side_cards()[0].keep.click()
    assert notes(conflicted) == before and open_count(conflicted) == 1


def test_the_conflict_model_passes_the_model_tester(
    qtmodeltester: ModelTester, store: Store, conflicted: Laptops
) -> None:
    model = ConflictModel()
    qtmodeltester.check(model)
    model.set_conflicts(store.read(open_conflicts, conflicted.visit_id), {})
    qtmodeltester.check(model)


def test_the_report_export_warns_while_conflicts_are_open(
    qtbot: QtBot, store: Store, conflicted: Laptops, answers: list[str]
) -> None:
    dialog = ExportReportDialog(store, conflicted.visit_id)
    qtbot.addWidget(dialog)
    assert not dialog.conflict_warning.isHidden()
    assert dialog.conflict_warning.text().startswith("1 conflict(s) from field sync are open")
    assert dialog.export_button.isEnabled()

    def resolve_in_view() -> None:
        conflicts = view(qtbot, store, conflicted)
        conflicts.side_cards()[0].keep.click()

    dialog.conflictsRequested.connect(resolve_in_view)
    dialog.resolve_button.click()
    assert dialog.conflict_warning.isHidden() and dialog.resolve_button.isHidden()


def test_the_interview_table_marks_conflicted_interviews(
    qtbot: QtBot, store: Store, conflicted: Laptops
) -> None:
    model = InterviewTableModel(store)
    model.set_visit(conflicted.visit_id)
    index = model.index(model.row_of(conflicted.interview_id) or 0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert str(index.data(Qt.ItemDataRole.ToolTipRole)).startswith(conflict_tooltip())
    model.set_visit(None)  # every visit's interviews
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


# The window ------------------------------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, laptops: Laptops, answers: list[str]
) -> Iterator[MainWindow]:
    """Ilse's laptop in the window, with the visit open in the workspace."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.use_database(laptops.ilse)
    window.open_visit(laptops.visit_id)
    yield window
    window.close()
    for store in window.findChildren(Store):
        store.undo_stack.clear()


def interview_marked(window: MainWindow, laptops: Laptops) -> bool:
    assert window.workspace is not None
    item = window.workspace.model.find(RecordKind.INTERVIEW.value, laptops.interview_id)
    assert item is not None
    return bool(item.data(CONFLICT_ROLE))


def test_a_conflict_imported_in_the_window_is_marked_then_resolved(
    qtbot: QtBot, window: MainWindow, laptops: Laptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tomas_bundle_with_conflicting_notes(laptops)
    assert not interview_marked(window, laptops) and window.field_sync.notice.isHidden()

    def fill_and_import(dialog: ImportBundleDialog) -> int:
        dialog.path.setText(str(bundle))
        dialog.rows.passphrase.setText(BUNDLE_PASSPHRASE)
        dialog.run()
        return dialog.result()

    monkeypatch.setattr(ImportBundleDialog, "exec", fill_and_import)
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: 0)
    window.import_bundle_action.trigger()

    assert interview_marked(window, laptops)
    assert window.workspace is not None
    table = window.workspace.interview_table.model
    qtbot.waitUntil(lambda: table.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None)
    assert not window.field_sync.notice.isHidden()
    assert window.field_sync.notice.text() == "1 conflict to resolve"
    window.show_visits()
    assert window.visit_list is not None
    assert window.visit_list.model.conflicts == {laptops.visit_id: 1}
    window.open_visit(laptops.visit_id)

    def keep_tomas_version(dialog: ConflictsDialog) -> int:
        (card,) = [
            card for card in dialog.view.side_cards() if card.value.toPlainText() == TOMAS_NOTES
        ]
        assert "Tomas Reyes" in card.author.text()
        card.keep.click()
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", keep_tomas_version)
    window.field_sync.notice.click()

    assert notes(laptops) == TOMAS_NOTES and open_count(laptops) == 0
    assert not interview_marked(window, laptops)
    qtbot.waitUntil(lambda: table.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None)
    assert window.field_sync.notice.isHidden()


def test_a_deletion_crossing_an_edit_can_be_undone_by_keeping_the_edit(
    qtbot: QtBot, laptops: Laptops, answers: list[str]
) -> None:
    with laptops.ilse.begin() as session:
        delete_interview(session, laptops.interview_id)
    with laptops.tomas.begin() as session:
        update_interview(session, laptops.interview_id, notes=TOMAS_NOTES)
    bundle = laptops.folder / "edit.sptbundle"
    export_bundle(laptops.tomas, laptops.visit_id, bundle, BUNDLE_PASSPHRASE)
    import_bundle(laptops.ilse, bundle, BUNDLE_PASSPHRASE)
    store = Store(laptops.ilse)
    conflicts = view(qtbot, store, laptops)
    assert conflicts.model.index(0, 1).data() == "Deleted on one laptop, edited on another"
    assert conflicts.merge_box.isHidden()
    by_text = {card.value.toPlainText(): card for card in conflicts.side_cards()}
    assert set(by_text) == {"Deleted", "Kept (and edited)"}
    assert "Ilse Varnava" in by_text["Deleted"].author.text()
    by_text["Kept (and edited)"].keep.click()
    assert open_count(laptops) == 0
    assert notes(laptops) == TOMAS_NOTES  # the interview is back, with Tomas's edit


# Differences and the keyboard ------------------------------------------------------------------


def test_each_version_marks_the_words_only_it_has(
    qtbot: QtBot, store: Store, conflicted: Laptops
) -> None:
    conflicts = view(qtbot, store, conflicted)
    cards = {card.value.toPlainText(): card for card in conflicts.side_cards()}
    tomas = cards[TOMAS_NOTES]
    # Underlined as well as tinted: the difference does not rest on colour alone.
    assert "underline" in tomas.value.toHtml()
    described = tomas.value.accessibleDescription()
    assert "[+12+]" in described and "[+beds, according to the register.+]" in described
    assert "[+4+]" not in described and "[+Cell+]" not in described
    assert "[+11+]" in cards[ILSE_NOTES].value.accessibleDescription()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_conflict_is_resolved_with_the_keyboard_alone(
    qtbot: QtBot, store: Store, conflicted: Laptops
) -> None:
    """Tab to the merged text, type it, Tab to its button, Space, Enter on the question."""
    dialog = ConflictsDialog(store, conflicted.visit_id, {})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    conflicts = dialog.view
    conflicts.table.setFocus()  # where the dialog opens
    qtbot.waitUntil(conflicts.table.hasFocus)
    keys.tab_to(conflicts.merged)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    merged = "Cell 4 held 12 people for 4 beds; no mattresses."
    keys.type_text(merged)
    keys.tab_to(conflicts.keep_merged)

    def confirm(question: QDialog) -> None:
        label = question.findChild(QLabel, "qt_msgbox_label")
        assert label is not None and "cannot be undone" in label.text()
        keys.press(Qt.Key.Key_Return)

    failures = keys.in_dialog(qtbot, confirm)
    with qtbot.waitSignal(conflicts.resolved):
        keys.press(Qt.Key.Key_Space)
    assert not failures, failures
    assert notes(conflicted) == merged and open_count(conflicted) == 0
