"""The place form: every field saves, undo/redo, refusals, live occupancy rate, members present."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import DelegationRole, PlaceType, Register
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    DelegationMember,
    DelegationMemberFields,
    Place,
    PlaceFields,
    Visit,
)
from spt_field.services.delegation import add_member
from spt_field.services.places import get_place
from spt_field.ui.forms.place_form import OVERCROWDED_STYLE, PlaceForm
from spt_field.ui.store import Store


@pytest.fixture
def form(qtbot: QtBot, store: Store, member: DelegationMember, place: Place) -> PlaceForm:
    form = PlaceForm(store)
    qtbot.addWidget(form)
    form.show_record(store.read(get_place, place.id))
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def saved(store: Store, place: Place) -> Place:
    return store.read(get_place, place.id)


def retype(qtbot: QtBot, line_edit: QLineEdit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)


def tick(widget: QListWidget, label: str) -> None:
    item = widget.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def test_form_binds_every_field_of_place_fields(form: PlaceForm) -> None:
    assert set(form.binder.fields) == {field.name for field in dataclasses.fields(PlaceFields)}


def test_typing_a_name_saves_it_and_undo_redo_restore_it(
    qtbot: QtBot, form: PlaceForm, store: Store, place: Place
) -> None:
    retype(qtbot, form.name, "Lorvik Women's Prison")
    assert form.binder.flush()
    assert saved(store, place).name == "Lorvik Women's Prison"

    store.undo_stack.undo()
    assert saved(store, place).name == "Central Prison of Lorvik"
    assert form.name.text() == "Central Prison of Lorvik"

    store.undo_stack.redo()
    assert saved(store, place).name == "Lorvik Women's Prison"
    assert form.name.text() == "Lorvik Women's Prison"


def test_edits_are_saved_by_themselves_within_a_second(
    qtbot: QtBot, form: PlaceForm, store: Store, place: Place
) -> None:
    retype(qtbot, form.town, "Lorvik")
    qtbot.waitUntil(lambda: saved(store, place).town == "Lorvik", timeout=3000)


def test_all_fields_are_saved(qtbot: QtBot, form: PlaceForm, store: Store, place: Place) -> None:
    qtbot.keyClicks(form.place_type, "Remand")
    retype(qtbot, form.authority, "Ministry of Justice")
    retype(qtbot, form.region, "North")
    retype(qtbot, form.town, "Lorvik")
    form.latitude.setValue(46.20222)
    form.longitude.setValue(6.14569)
    retype(qtbot, form.visited_on, "2019-01-29")
    retype(qtbot, form.arrived_at, "930")
    retype(qtbot, form.left_at, "17.45")
    form.announced.setChecked(True)
    tick(form.members_present, "Ilse Varnava (Head of delegation)")
    form.capacity.setValue(100)
    form.population.setValue(90)
    for number, name in enumerate(form.counts, start=1):
        form.counts[name].setValue(number * 10)
    tick(form.registers_checked, Register.MEDICAL.label)
    tick(form.registers_checked, Register.CUSTODY.label)
    form.obstruction.setPlainText("Access to the basement cells was delayed by 40 minutes.")
    assert form.binder.flush()

    place_now = saved(store, place)
    assert place_now.place_type is PlaceType.PRETRIAL
    assert (place_now.authority, place_now.region, place_now.town) == (
        "Ministry of Justice",
        "North",
        "Lorvik",
    )
    assert place_now.latitude == pytest.approx(46.20222)
    assert place_now.longitude == pytest.approx(6.14569)
    assert place_now.visited_on == date(2019, 1, 29)
    assert (place_now.arrived_at, place_now.left_at) == (time(9, 30), time(17, 45))
    assert place_now.announced
    assert len(place_now.members_present) == 1
    assert (place_now.capacity, place_now.population) == (100, 90)
    assert place_now.men == 10
    assert place_now.administrative == 70
    assert place_now.registers_checked == (Register.CUSTODY, Register.MEDICAL)
    assert place_now.obstruction.startswith("Access to the basement")


def test_a_headcount_above_the_population_is_refused_and_highlighted(
    form: PlaceForm, store: Store, place: Place
) -> None:
    form.counts["men"].setValue(200)  # the population is 151
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "151" in form.banner.text()
    assert "border" in form.counts["men"].styleSheet()
    assert saved(store, place).men is None

    form.counts["men"].setValue(140)
    assert form.binder.flush()
    assert not form.banner.isVisible()
    assert form.counts["men"].styleSheet() == ""
    assert saved(store, place).men == 140


def test_a_time_that_is_not_a_time_is_refused(
    qtbot: QtBot, form: PlaceForm, store: Store, place: Place
) -> None:
    retype(qtbot, form.arrived_at, "25:99")
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "Arrived at:" in form.banner.text()  # the field by its label
    assert "border" in form.arrived_at.styleSheet()
    assert saved(store, place).arrived_at is None


def test_leaving_before_arriving_is_refused(
    qtbot: QtBot, form: PlaceForm, store: Store, place: Place
) -> None:
    retype(qtbot, form.arrived_at, "14:00")
    assert form.binder.flush()
    retype(qtbot, form.left_at, "09:00")
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "border" in form.left_at.styleSheet()
    assert saved(store, place).left_at is None


def test_a_date_outside_the_visit_is_refused(
    qtbot: QtBot, form: PlaceForm, store: Store, place: Place
) -> None:
    retype(qtbot, form.visited_on, "2019-03-01")
    assert not form.binder.flush()
    assert "outside the visit" in form.banner.text()
    assert saved(store, place).visited_on == date(2019, 1, 28)


def test_occupancy_rate_is_shown_as_the_user_types(
    form: PlaceForm, store: Store, place: Place
) -> None:
    assert form.occupancy.text() == "126 % of capacity"  # 151 / 120
    assert form.occupancy.styleSheet() == OVERCROWDED_STYLE

    form.population.setValue(90)
    assert form.occupancy.text() == "75 % of capacity"
    assert form.occupancy.styleSheet() == ""
    assert saved(store, place).population == 151  # shown before anything is saved

    form.capacity.setValue(form.capacity.minimum())  # "—": capacity not recorded
    assert form.occupancy.text() == "—"


def test_occupancy_rate_follows_undo(form: PlaceForm, store: Store) -> None:
    form.population.setValue(60)
    assert form.binder.flush()
    assert form.occupancy.text() == "50 % of capacity"
    store.undo_stack.undo()
    assert form.occupancy.text() == "126 % of capacity"


def test_members_present_lists_the_delegation_and_saves_ids(
    form: PlaceForm, store: Store, place: Place, member: DelegationMember
) -> None:
    labels = [form.members_present.item(row).text() for row in range(form.members_present.count())]
    assert labels == ["Ilse Varnava (Head of delegation)"]

    tick(form.members_present, "Ilse Varnava (Head of delegation)")
    assert form.binder.flush()
    assert saved(store, place).members_present == (member.id,)

    store.undo_stack.undo()
    assert saved(store, place).members_present == ()
    assert form.members_field.value() == ()


def test_set_visit_reloads_the_members_and_keeps_the_ticks(
    form: PlaceForm, store: Store, place: Place, visit: Visit, member: DelegationMember
) -> None:
    tick(form.members_present, "Ilse Varnava (Head of delegation)")
    assert form.binder.flush()
    with store.database.begin() as session:
        add_member(
            session,
            visit.id,
            DelegationMemberFields(name="Amal Haddad", role=DelegationRole.INTERPRETER),
        )
    form.set_visit(visit.id)
    assert form.members_present.count() == 2
    assert form.members_field.value() == (member.id,)
    assert not form.binder.has_pending_edits


def test_members_added_elsewhere_appear_without_reloading(
    form: PlaceForm, store: Store, visit: Visit
) -> None:
    with store.database.begin() as session:
        add_member(session, visit.id, DelegationMemberFields(name="Jonas Brenner"))
    store.notify_structure(RecordKind.MEMBER)
    labels = [form.members_present.item(row).text() for row in range(form.members_present.count())]
    assert "Jonas Brenner (Member)" in labels


def test_registers_checked_save_and_undo(form: PlaceForm, store: Store, place: Place) -> None:
    tick(form.registers_checked, Register.USE_OF_FORCE.label)
    assert form.binder.flush()
    assert saved(store, place).registers_checked == (Register.USE_OF_FORCE,)
    store.undo_stack.undo()
    assert saved(store, place).registers_checked == ()
    ticked = form.binder.fields["registers_checked"].value()
    assert ticked == ()


def test_fields_are_grouped_visibly(form: PlaceForm) -> None:
    titles = {box.title() for box in form.findChildren(QGroupBox) if box.isVisible()}
    assert {"Place", "Visit", "Population", "Registers checked", "Obstruction"} <= titles
