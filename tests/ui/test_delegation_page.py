"""The delegation page: members and persons met added, edited in place, deleted, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import DelegationRole, Gender, PersonMetCategory
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    DelegationMember,
    DelegationMemberFields,
    PersonMet,
    PersonMetFields,
    Visit,
)
from spt_field.errors import NotFoundError
from spt_field.services.delegation import (
    add_member,
    add_person_met,
    get_member,
    get_person_met,
    list_delegation,
    list_persons_met,
)
from spt_field.ui.forms.delegation_page import DelegationPage, PeopleSection
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record


@pytest.fixture
def person(store: Store, visit: Visit) -> PersonMet:
    with store.database.begin() as session:
        return add_person_met(
            session,
            visit.id,
            PersonMetFields(
                name="Ada Okafor",
                title="Director of prisons",
                institution="Ministry of Justice",
                category=PersonMetCategory.EXECUTIVE,
            ),
        )


@pytest.fixture
def page(
    qtbot: QtBot, store: Store, visit: Visit, member: DelegationMember, person: PersonMet
) -> DelegationPage:
    page = DelegationPage(store)
    qtbot.addWidget(page)
    page.set_visit(visit.id)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(section: PeopleSection, row: int, column: int) -> str:
    return str(section.model.index(row, column).data())


def open_editor(section: PeopleSection, row: int, column: int) -> QLineEdit | QComboBox:
    section.view.edit(section.model.index(row, column))
    return current_editor(section)


def current_editor(section: PeopleSection) -> QLineEdit | QComboBox:
    editors = [
        widget
        for widget in section.view.viewport().findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        if isinstance(widget, QLineEdit | QComboBox) and widget.isVisible()
    ]
    assert len(editors) == 1
    editor: QLineEdit | QComboBox = editors[0]
    return editor


def type_in_editor(qtbot: QtBot, section: PeopleSection, text: str) -> None:
    """Type over the open cell editor's text and press Return, as a user would."""
    editor = current_editor(section)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's data from the event loop.
    qtbot.waitUntil(lambda: section.view.state() != QAbstractItemView.State.EditingState)


def type_in_cell(qtbot: QtBot, section: PeopleSection, row: int, column: int, text: str) -> None:
    section.view.edit(section.model.index(row, column))
    type_in_editor(qtbot, section, text)


def choose_in_cell(section: PeopleSection, row: int, column: int, code: str) -> None:
    editor = open_editor(section, row, column)
    assert isinstance(editor, QComboBox)
    index = editor.findData(code)
    editor.setCurrentIndex(index)
    editor.activated.emit(index)


def members(store: Store, visit: Visit) -> list[DelegationMember]:
    return store.read(list_delegation, visit.id)


def persons(store: Store, visit: Visit) -> list[PersonMet]:
    return store.read(list_persons_met, visit.id)


# The table model -------------------------------------------------------------------------


def test_table_models_pass_the_model_tester(qtmodeltester: object, page: DelegationPage) -> None:
    page.add_member()
    page.add_person_met()
    qtmodeltester.check(page.members.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.persons.model)  # type: ignore[attr-defined]


def test_tables_show_the_visit_with_labels(page: DelegationPage) -> None:
    assert page.members.model.rowCount() == 1
    assert cell(page.members, 0, 0) == "Ilse Varnava"
    assert cell(page.members, 0, 1) == "Head of delegation"
    assert [cell(page.persons, 0, column) for column in range(4)] == [
        "Ada Okafor",
        "Director of prisons",
        "Ministry of Justice",
        "Executive authorities",
    ]


# Delegation members ----------------------------------------------------------------------


def test_add_member_creates_a_placeholder_ready_for_editing(
    page: DelegationPage, store: Store, visit: Visit
) -> None:
    page.members.add_button.click()
    assert [m.name for m in members(store, visit)] == ["Ilse Varnava", "New member"]
    new = page.members.selected_record()
    assert new.name == "New member"
    assert page.members.view.state() == QAbstractItemView.State.EditingState
    assert page.members.delete_button.isEnabled()

    store.undo_stack.undo()
    assert [m.name for m in members(store, visit)] == ["Ilse Varnava"]
    assert page.members.model.rowCount() == 1

    store.undo_stack.redo()
    assert [m.id for m in members(store, visit)][-1] == new.id
    assert page.members.model.rowCount() == 2


def test_editing_a_name_in_place_saves_it_and_undo_redo(
    qtbot: QtBot, page: DelegationPage, store: Store, member: DelegationMember
) -> None:
    type_in_cell(qtbot, page.members, 0, 0, "Ilse Varnava-Kern")
    assert store.read(get_member, member.id).name == "Ilse Varnava-Kern"
    assert cell(page.members, 0, 0) == "Ilse Varnava-Kern"

    store.undo_stack.undo()
    assert store.read(get_member, member.id).name == "Ilse Varnava"
    assert cell(page.members, 0, 0) == "Ilse Varnava"

    store.undo_stack.redo()
    assert store.read(get_member, member.id).name == "Ilse Varnava-Kern"
    assert cell(page.members, 0, 0) == "Ilse Varnava-Kern"


def test_choosing_a_role_in_the_combo_box_saves_it(
    page: DelegationPage, store: Store, member: DelegationMember
) -> None:
    choose_in_cell(page.members, 0, 1, DelegationRole.MEDICAL_EXPERT.value)
    assert store.read(get_member, member.id).role is DelegationRole.MEDICAL_EXPERT
    assert cell(page.members, 0, 1) == "Medical expert"

    store.undo_stack.undo()
    assert store.read(get_member, member.id).role is DelegationRole.HEAD_OF_DELEGATION
    assert cell(page.members, 0, 1) == "Head of delegation"


def test_an_empty_name_is_refused_with_a_message_and_the_old_value_kept(
    qtbot: QtBot, page: DelegationPage, store: Store, member: DelegationMember
) -> None:
    type_in_cell(qtbot, page.members, 0, 0, "   ")
    assert page.message.isVisible()
    assert "Name" in page.message.text()
    assert "empty" in page.message.text()
    assert store.read(get_member, member.id).name == "Ilse Varnava"
    assert cell(page.members, 0, 0) == "Ilse Varnava"
    assert store.undo_stack.count() == 0

    type_in_cell(qtbot, page.members, 0, 0, "Ilse Varnava-Kern")
    assert not page.message.isVisible()


def test_delete_member_asks_then_soft_deletes_and_undo_restores(
    page: DelegationPage,
    store: Store,
    visit: Visit,
    member: DelegationMember,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def confirm(name: str) -> bool:
        asked.append(name)
        return True

    monkeypatch.setattr(page, "confirm_delete", confirm)
    page.members.select(member.id)
    page.members.delete_button.click()
    assert asked == ["Ilse Varnava"]
    assert members(store, visit) == []
    assert page.members.model.rowCount() == 0
    with pytest.raises(NotFoundError):
        store.read(get_member, member.id)

    store.undo_stack.undo()
    assert store.read(get_member, member.id).name == "Ilse Varnava"
    assert page.members.model.rowCount() == 1

    store.undo_stack.redo()
    assert members(store, visit) == []


def test_declining_the_confirmation_deletes_nothing(
    page: DelegationPage,
    store: Store,
    visit: Visit,
    member: DelegationMember,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page, "confirm_delete", lambda _name: False)
    page.members.select(member.id)
    page.members.delete_action.trigger()  # the Delete key
    assert [m.id for m in members(store, visit)] == [member.id]
    assert store.undo_stack.count() == 0


def test_delete_is_disabled_without_a_selection(page: DelegationPage) -> None:
    page.members.view.clearSelection()
    assert not page.members.delete_button.isEnabled()
    page.members.view.selectRow(0)
    assert page.members.delete_button.isEnabled()


def test_tables_follow_changes_made_elsewhere(
    page: DelegationPage, store: Store, visit: Visit, member: DelegationMember
) -> None:
    with store.database.begin() as session:
        add_member(session, visit.id, DelegationMemberFields(name="Jonas Brenner"))
    store.notify_structure(RecordKind.MEMBER)
    assert page.members.model.rowCount() == 2

    edit_record(store, RecordKind.MEMBER, member.id, {"name": member.name}, {"name": "I. Varnava"})
    assert cell(page.members, page.members.model.row_of(member.id) or 0, 0) == "I. Varnava"


# Persons met -----------------------------------------------------------------------------


def test_add_edit_and_delete_a_person_met(
    qtbot: QtBot,
    page: DelegationPage,
    store: Store,
    visit: Visit,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.persons.add_button.click()
    new = page.persons.selected_record()
    assert new.name == "New person"
    type_in_editor(qtbot, page.persons, "Lena Sorvik")

    row = page.persons.model.row_of(new.id)
    assert row is not None
    type_in_cell(qtbot, page.persons, row, 2, "Office of the Ombudsperson")
    choose_in_cell(page.persons, row, 3, PersonMetCategory.NHRI.value)
    saved = {p.id: p for p in persons(store, visit)}[new.id]
    assert (saved.name, saved.institution, saved.category) == (
        "Lena Sorvik",
        "Office of the Ombudsperson",
        PersonMetCategory.NHRI,
    )

    store.undo_stack.undo()  # the category
    saved = {p.id: p for p in persons(store, visit)}[new.id]
    assert saved.category is PersonMetCategory.OTHER
    store.undo_stack.redo()

    monkeypatch.setattr(page, "confirm_delete", lambda _name: True)
    page.persons.select(new.id)
    page.persons.delete_button.click()
    assert [p.name for p in persons(store, visit)] == ["Ada Okafor"]
    store.undo_stack.undo()
    assert new.id in {p.id for p in persons(store, visit)}
    assert page.persons.model.row_of(new.id) is not None


def test_an_empty_person_name_is_refused(
    qtbot: QtBot, page: DelegationPage, store: Store, visit: Visit, person: PersonMet
) -> None:
    type_in_cell(qtbot, page.persons, 0, 0, "")
    assert page.message.isVisible()
    assert persons(store, visit)[0].name == "Ada Okafor"
    assert cell(page.persons, 0, 0) == "Ada Okafor"


def test_add_is_disabled_until_a_visit_is_shown(qtbot: QtBot, store: Store) -> None:
    page = DelegationPage(store)
    qtbot.addWidget(page)
    assert not page.members.add_button.isEnabled()
    assert not page.persons.add_button.isEnabled()


def test_a_members_gender_is_chosen_in_its_column_and_undone(
    page: DelegationPage, store: Store, member: DelegationMember
) -> None:
    assert cell(page.members, 0, 2) == "Not recorded"
    choose_in_cell(page.members, 0, 2, Gender.FEMALE.value)
    assert store.read(get_member, member.id).gender is Gender.FEMALE
    assert cell(page.members, 0, 2) == "Female"

    store.undo_stack.undo()
    assert store.read(get_member, member.id).gender is Gender.UNKNOWN


def test_a_protocol_rank_is_a_whole_number_or_nothing(
    qtbot: QtBot, page: DelegationPage, store: Store, person: PersonMet
) -> None:
    assert cell(page.persons, 0, 4) == ""
    tip = page.persons.model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "annex I" in tip
    type_in_cell(qtbot, page.persons, 0, 4, "2")
    assert store.read(get_person_met, person.id).protocol_rank == 2
    assert cell(page.persons, 0, 4) == "2"
    store.undo_stack.undo()
    assert store.read(get_person_met, person.id).protocol_rank is None
    store.undo_stack.redo()

    type_in_cell(qtbot, page.persons, 0, 4, "second")
    assert page.message.isVisible()
    assert "Protocol rank" in page.message.text()
    assert store.read(get_person_met, person.id).protocol_rank == 2

    type_in_cell(qtbot, page.persons, 0, 4, "")
    assert store.read(get_person_met, person.id).protocol_rank is None
    assert cell(page.persons, 0, 4) == ""
