"""The interview form, driven like a delegation member typing on a laptop."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    ConsentScope,
    InterviewKind,
    Perpetrator,
)
from spt_field.domain.limits import LONG_TEXT, SHORT_TEXT
from spt_field.domain.values import (
    Allegation,
    DelegationMember,
    Interview,
    InterviewFields,
    Place,
    Visit,
)
from spt_field.services import allegations, interviews
from spt_field.ui.forms.interview_form import InterviewForm
from spt_field.ui.store import Store

SAVE_TIMEOUT_MS = 5000


def _record(database: Database, place: Place, **fields: Any) -> Interview:
    with database.begin() as session:
        return interviews.record_interview(session, place.id, InterviewFields(**fields))


@pytest.fixture
def interview(database: Database, place: Place, member: DelegationMember) -> Interview:
    return _record(
        database,
        place,
        pseudonym="A",
        held_on=date(2019, 1, 28),
        interviewers=(member.id,),
        notes="First notes. ",
    )


@pytest.fixture
def form(qtbot: QtBot, store: Store, visit: Visit, interview: Interview) -> InterviewForm:
    form = InterviewForm(store)
    qtbot.addWidget(form)
    form.set_visit(visit.id)
    form.show_record(interview)
    form.resize(1000, 750)
    form.show()
    qtbot.waitExposed(form)
    return form


def _saved(store: Store, interview_id: str) -> Interview:
    return store.read(interviews.get_interview, interview_id)


def _choose(combo: QComboBox, value: object) -> None:
    """Pick an item the way a user does: CodeField listens to `activated`."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_every_field_of_an_interview_is_bound(form: InterviewForm) -> None:
    assert set(form.binder.fields) == {field.name for field in fields(InterviewFields)}


def test_an_individual_interview_counts_one_person(form: InterviewForm) -> None:
    assert form.persons.value() == 1
    assert not form.persons.isEnabled()


# Notes ----------------------------------------------------------------------------------


def test_notes_are_saved_while_typing_without_pressing_anything(
    qtbot: QtBot, form: InterviewForm, store: Store, interview: Interview
) -> None:
    form.focus_notes()
    qtbot.keyClicks(form.notes, "Beaten at arrest.")
    # Typing never waits on the database: nothing is written on the keystroke path...
    assert _saved(store, interview.id).notes == "First notes. "
    # ...the binder's timer saves it by itself, about a second later.
    qtbot.waitUntil(
        lambda: _saved(store, interview.id).notes == "First notes. Beaten at arrest.",
        timeout=SAVE_TIMEOUT_MS,
    )


def test_undo_and_redo_of_a_notes_edit(
    qtbot: QtBot, form: InterviewForm, store: Store, interview: Interview
) -> None:
    form.focus_notes()
    qtbot.keyClicks(form.notes, "More.")
    assert form.binder.flush()
    assert _saved(store, interview.id).notes == "First notes. More."
    store.undo_stack.undo()
    assert _saved(store, interview.id).notes == "First notes. "
    assert form.notes.toPlainText() == "First notes. "
    store.undo_stack.redo()
    assert _saved(store, interview.id).notes == "First notes. More."
    assert form.notes.toPlainText() == "First notes. More."


def test_focus_notes_puts_the_cursor_at_the_end(qtbot: QtBot, form: InterviewForm) -> None:
    form.activateWindow()
    form.notes.moveCursor(QTextCursor.MoveOperation.Start)
    form.focus_notes()
    assert form.notes.textCursor().atEnd()
    qtbot.waitUntil(form.notes.hasFocus)
    form.focus_pseudonym()
    qtbot.waitUntil(form.pseudonym.hasFocus)
    assert form.pseudonym.selectedText() == "A"


# Header: consent, reprisal risk, kind and persons ---------------------------------------


def test_consent_and_reprisal_risk_are_saved_and_shown(
    qtbot: QtBot, form: InterviewForm, store: Store, interview: Interview, place: Place
) -> None:
    assert form.consent.currentData() == ConsentScope.NONE
    assert form.consent.property("scope") == "none"
    assert not form.reprisal_badge.isVisible()
    _choose(form.consent, ConsentScope.ANONYMOUS)
    form.reprisal_risk.setChecked(True)
    assert form.binder.flush()
    saved = _saved(store, interview.id)
    assert saved.consent is ConsentScope.ANONYMOUS
    assert saved.reprisal_risk
    assert form.consent.property("scope") == "anonymous"
    assert form.reprisal_badge.isVisible()
    assert "Reprisal risk" in form.reprisal_badge.text()
    assert form.consent.toolTip().count("<li>") == 4  # the four scopes explained

    # Another interview, not at risk: the badge goes away.
    other = _record(store.database, place, pseudonym="B")
    form.show_record(other)
    assert not form.reprisal_badge.isVisible()
    assert form.consent.property("scope") == "none"
    form.show_record(_saved(store, interview.id))
    assert form.reprisal_badge.isVisible()


def test_group_with_one_person_is_refused_and_saves_nothing(
    form: InterviewForm, store: Store, interview: Interview
) -> None:
    _choose(form.interview_kind, InterviewKind.GROUP)
    assert form.persons.isEnabled()
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "at least 2 persons" in form.banner.text()
    assert form.persons.styleSheet()  # the field at fault is highlighted
    assert _saved(store, interview.id).kind is InterviewKind.INDIVIDUAL

    form.persons.setValue(5)
    assert form.binder.flush()
    assert not form.banner.isVisible()
    saved = _saved(store, interview.id)
    assert (saved.kind, saved.persons) == (InterviewKind.GROUP, 5)


def test_back_to_individual_sets_one_person(
    form: InterviewForm, store: Store, place: Place
) -> None:
    group = _record(store.database, place, pseudonym="G", kind=InterviewKind.GROUP, persons=6)
    form.show_record(group)
    assert form.persons.value() == 6
    _choose(form.interview_kind, InterviewKind.INDIVIDUAL)
    assert form.binder.flush()
    saved = _saved(store, group.id)
    assert (saved.kind, saved.persons) == (InterviewKind.INDIVIDUAL, 1)
    assert not form.persons.isEnabled()


def test_duplicate_pseudonym_is_refused(
    qtbot: QtBot, form: InterviewForm, store: Store, place: Place
) -> None:
    other = _record(store.database, place, pseudonym="B")
    form.show_record(other)
    form.pseudonym.selectAll()
    qtbot.keyClicks(form.pseudonym, "A")
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "already used" in form.banner.text()
    assert form.pseudonym.styleSheet()
    assert _saved(store, other.id).pseudonym == "B"


def test_every_field_of_the_interview_itself_has_a_mnemonic(form: InterviewForm) -> None:
    """The interview's own fields keep their Alt letters; the allegation editor below, a pane
    of its own (F6), gives up some where a language runs out of free letters: each window's
    letters stay unique (test_every_screen.py)."""
    buddies = {label.buddy(): label.text() for label in form.findChildren(QLabel)}
    details = form.details
    for widget in (
        form.pseudonym,
        form.interview_kind,
        form.persons,
        form.category,
        form.consent,
        form.notes,
        details.held_on,
        details.held_at,
        details.interviewers,
        details.interpreter,
        details.language,
        details.gender,
        details.age_bracket,
        details.legal_status,
        details.nationality,
        form.allegations.table,
    ):
        assert "&" in buddies[widget], widget
    for button in (form.private, form.reprisal_risk, form.finding_button, details.toggle):
        assert "&" in button.text()


# Details ----------------------------------------------------------------------------------


def test_interviewers_are_the_visit_members(
    form: InterviewForm, store: Store, interview: Interview, member: DelegationMember
) -> None:
    items = form.details.interviewers
    assert items.count() == 1
    assert items.item(0).text().startswith(member.name)
    assert items.item(0).checkState() == Qt.CheckState.Checked
    items.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert form.binder.flush()
    assert _saved(store, interview.id).interviewers == ()
    assert "no interviewer" in form.details.summary.text()


def test_members_listed_after_the_interview_is_shown_keep_their_ticks(
    qtbot: QtBot, store: Store, visit: Visit, interview: Interview
) -> None:
    form = InterviewForm(store)
    qtbot.addWidget(form)
    form.show_record(interview)
    form.set_visit(visit.id)
    assert form.details.interviewers.item(0).checkState() == Qt.CheckState.Checked
    assert not form.binder.has_pending_edits


def test_showing_no_interview_disables_the_form(
    form: InterviewForm, identified: Interview, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form, "confirm_reveal", lambda: True)
    form.show_record(identified)
    form.identity.reveal()
    form.show_record(None)
    assert not form.isEnabled()
    assert not form.identity.revealed
    assert form.allegations.model.rowCount() == 0


def test_nationality_may_be_left_empty(
    qtbot: QtBot, form: InterviewForm, store: Store, interview: Interview
) -> None:
    form.details.set_expanded(True)
    box = form.details.nationality
    assert box.currentText() == ""
    box.setCurrentIndex(box.findData("FRA"))
    box.activated.emit(box.currentIndex())
    assert form.binder.flush()
    assert _saved(store, interview.id).nationality == "FRA"
    line = box.lineEdit()
    assert line is not None
    line.clear()
    line.editingFinished.emit()
    assert form.binder.flush()
    assert _saved(store, interview.id).nationality is None


# Identity ---------------------------------------------------------------------------------


@pytest.fixture
def identified(store: Store, interview: Interview) -> Interview:
    store.write(interviews.set_identity, interview.id, "Ivan Petrov")
    return _saved(store, interview.id)


def test_identity_is_hidden_by_default_and_shown_on_demand(
    qtbot: QtBot,
    form: InterviewForm,
    store: Store,
    identified: Interview,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form.show_record(identified)
    panel = form.identity
    assert not panel.edit.isVisible()
    assert panel.edit.text() == ""
    assert "Identity recorded" in panel.status.text()

    monkeypatch.setattr(form, "confirm_reveal", lambda: False)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert not panel.edit.isVisible()

    monkeypatch.setattr(form, "confirm_reveal", lambda: True)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.edit.isVisible()
    assert panel.edit.text() == "Ivan Petrov"

    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert not panel.edit.isVisible()
    assert panel.edit.text() == ""


def test_identity_edits_are_saved_and_loading_hides_it(
    qtbot: QtBot,
    form: InterviewForm,
    store: Store,
    identified: Interview,
    place: Place,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(form, "confirm_reveal", lambda: True)
    form.show_record(identified)
    form.identity.reveal()
    edit = form.identity.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Ivan S. Petrov")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.read(interviews.reveal_identity, identified.id) == "Ivan S. Petrov"
    assert edit.isVisible()  # saving the identity does not hide it

    other = _record(store.database, place, pseudonym="B")
    form.show_record(other)
    assert not edit.isVisible()
    assert edit.text() == ""
    assert "No identity" in form.identity.status.text()
    form.show_record(_saved(store, identified.id))
    assert not edit.isVisible()


def test_recording_an_identity_needs_no_confirmation(
    qtbot: QtBot,
    form: InterviewForm,
    store: Store,
    interview: Interview,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(form, "confirm_reveal", lambda: pytest.fail("nothing to reveal"))
    assert not interview.has_identity
    qtbot.mouseClick(form.identity.show_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.identity.edit, "Anna K.")
    qtbot.mouseClick(form.identity.hide_button, Qt.MouseButton.LeftButton)
    assert store.read(interviews.reveal_identity, interview.id) == "Anna K."
    assert _saved(store, interview.id).has_identity
    assert "Identity recorded" in form.identity.status.text()


# Allegations -------------------------------------------------------------------------------


def _allegations(store: Store, interview_id: str) -> list[Allegation]:
    return store.read(allegations.list_allegations_for_interview, interview_id)


def test_allegations_add_edit_delete_and_undo(
    qtbot: QtBot,
    form: InterviewForm,
    store: Store,
    interview: Interview,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = form.allegations
    assert panel.model.rowCount() == 0
    assert not panel.editor.isEnabled()

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [added] = _allegations(store, interview.id)
    assert added.form is AllegationForm.OTHER
    assert panel.model.rowCount() == 1
    assert panel.editor.isEnabled()
    assert panel.editor.record.id == added.id

    perpetrator = panel.editor.binder.fields["perpetrator"].widget
    _choose(perpetrator, Perpetrator.POLICE)
    assert panel.editor.binder.flush()
    assert _allegations(store, interview.id)[0].perpetrator is Perpetrator.POLICE
    assert panel.model.index(0, 1).data() == "Police"

    monkeypatch.setattr(panel, "confirm_delete", lambda _allegation: False)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(_allegations(store, interview.id)) == 1

    monkeypatch.setattr(panel, "confirm_delete", lambda _allegation: True)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _allegations(store, interview.id) == []
    assert panel.model.rowCount() == 0
    assert not panel.editor.isEnabled()

    store.undo_stack.undo()  # the deletion
    [restored] = _allegations(store, interview.id)
    assert restored.perpetrator is Perpetrator.POLICE
    assert panel.model.rowCount() == 1
    store.undo_stack.undo()  # the edit
    assert _allegations(store, interview.id)[0].perpetrator is Perpetrator.UNKNOWN
    assert panel.model.index(0, 1).data() == "Unknown"
    assert perpetrator.currentData() == Perpetrator.UNKNOWN
    store.undo_stack.undo()  # the addition
    assert _allegations(store, interview.id) == []
    assert panel.model.rowCount() == 0


def test_allegation_keys_insert_and_delete(
    qtbot: QtBot,
    form: InterviewForm,
    store: Store,
    interview: Interview,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = form.allegations.table
    form.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(_allegations(store, interview.id)) == 1
    monkeypatch.setattr(form.allegations, "confirm_delete", lambda _allegation: True)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _allegations(store, interview.id) == []


def test_allegations_follow_the_interview_shown(
    qtbot: QtBot, form: InterviewForm, store: Store, place: Place
) -> None:
    qtbot.mouseClick(form.allegations.add_button, Qt.MouseButton.LeftButton)
    assert form.allegations.model.rowCount() == 1
    form.show_record(_record(store.database, place, pseudonym="B"))
    assert form.allegations.model.rowCount() == 0
    assert not form.allegations.editor.isEnabled()


def test_transmission_without_consent_is_refused(
    qtbot: QtBot, form: InterviewForm, store: Store, interview: Interview
) -> None:
    qtbot.mouseClick(form.allegations.add_button, Qt.MouseButton.LeftButton)
    editor = form.allegations.editor
    editor.binder.fields["consent_to_transmit"].widget.setChecked(True)
    assert not editor.binder.flush()
    assert editor.banner.isVisible()
    assert not _allegations(store, interview.id)[0].consent_to_transmit


# Findings ----------------------------------------------------------------------------------


def test_create_finding_from_selection_emits_the_passage(
    qtbot: QtBot, form: InterviewForm, interview: Interview
) -> None:
    form.notes.setPlainText("Cells are overcrowded. Food is scarce.")
    assert not form.finding_button.isEnabled()
    cursor = form.notes.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Cells are overcrowded."), QTextCursor.MoveMode.KeepAnchor)
    form.notes.setTextCursor(cursor)
    assert form.finding_button.isEnabled()
    menu = form.notes.build_context_menu(QPoint(0, 0))
    assert form.notes.finding_action in menu.actions()
    assert form.notes.finding_action.isEnabled()
    with qtbot.waitSignal(form.createFindingRequested) as blocker:
        qtbot.mouseClick(form.finding_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [interview.id, "Cells are overcrowded."]
    with qtbot.waitSignal(form.createFindingRequested) as blocker:
        form.notes.finding_action.trigger()
    assert blocker.args == [interview.id, "Cells are overcrowded."]
    menu.deleteLater()


# Length limits ---------------------------------------------------------------------------


def test_one_line_fields_take_at_most_their_limit(form: InterviewForm) -> None:
    assert form.binder.fields["pseudonym"].widget.maxLength() == SHORT_TEXT


def test_notes_over_the_limit_are_refused_and_stay_in_the_form(
    form: InterviewForm, store: Store, interview: Interview
) -> None:
    too_long = "x" * (LONG_TEXT + 1)
    form.notes.setPlainText(too_long)
    assert not form.binder.flush()
    assert "at most 200,000" in form.banner.text()
    assert form.notes.toPlainText() == too_long
    assert _saved(store, interview.id).notes == "First notes. "
