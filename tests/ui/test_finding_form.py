"""The finding form over a real database: every widget saves, undo and redo, rules, evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.codes import (
    ConsentScope,
    EvidenceSource,
    FindingArea,
    IntervieweeCategory,
    PlaceType,
    Severity,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.standards import StandardReference
from spt_field.domain.values import (
    Finding,
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
)
from spt_field.services.findings import add_finding, get_finding
from spt_field.services.interviews import get_interview, record_interview
from spt_field.services.places import add_place
from spt_field.ui.forms.finding_form import (
    NOT_TRIANGULATED_STYLE,
    TRIANGULATED_STYLE,
    FindingForm,
)
from spt_field.ui.i18n import code_label
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record, edit_record
from spt_field.ui.widgets.interview_evidence import REPRISAL_COLOR

pytestmark = pytest.mark.gui


@dataclass
class Evidence:
    police: Place
    anonymous: Interview  # A, at the prison: may be cited
    at_risk: Interview  # B, at the prison: reprisal risk
    internal: Interview  # C, at the prison: delegation use only
    at_police: Interview  # D, at the police station: no use at all
    finding: Finding


def _interview(database: Database, place_id: str, **fields: object) -> Interview:
    with database.begin() as session:
        return record_interview(session, place_id, InterviewFields(**fields))  # type: ignore[arg-type]


@pytest.fixture
def data(database: Database, visit: Visit, place: Place) -> Evidence:
    with database.begin() as session:
        police = add_place(
            session, visit.id, PlaceFields(name="Police Station No. 2", place_type=PlaceType.POLICE)
        )
    day = date(2019, 1, 28)
    anonymous = _interview(
        database, place.id, pseudonym="A", consent=ConsentScope.ANONYMOUS, held_on=day
    )
    at_risk = _interview(
        database,
        place.id,
        pseudonym="B",
        consent=ConsentScope.TRANSMIT,
        reprisal_risk=True,
        held_on=day,
    )
    internal = _interview(
        database,
        place.id,
        pseudonym="C",
        consent=ConsentScope.INTERNAL,
        category=IntervieweeCategory.CUSTODIAL_STAFF,
        held_on=day,
    )
    at_police = _interview(
        database, police.id, pseudonym="D", consent=ConsentScope.NONE, held_on=date(2019, 1, 29)
    )
    with database.begin() as session:
        finding = add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.MATERIAL_CONDITIONS,
                title="Overcrowded cells",
                place_id=place.id,
                evidence=(anonymous.id,),
            ),
        )
    return Evidence(police, anonymous, at_risk, internal, at_police, finding)


@pytest.fixture
def form(qtbot: QtBot, store: Store, data: Evidence) -> FindingForm:
    form = FindingForm(store)
    qtbot.addWidget(form)
    form.show_record(data.finding)
    form.resize(900, 760)
    form.show()
    qtbot.waitExposed(form)
    return form


def saved(store: Store, finding_id: str) -> Finding:
    return store.read(get_finding, finding_id)


def item_for(widget: QListWidget, key: str) -> QListWidgetItem:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no item for {key}")


def visible_keys(widget: QListWidget) -> list[str]:
    items = (widget.item(row) for row in range(widget.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if not item.isHidden()]


# Showing ---------------------------------------------------------------------------------------


def test_shows_the_finding_and_the_visits_choices(form: FindingForm, data: Evidence) -> None:
    assert form.title.text() == "Overcrowded cells"
    assert form.area.currentText() == FindingArea.MATERIAL_CONDITIONS.label
    assert form.place.currentText() == "Central Prison of Lorvik"
    places = [form.place.itemText(row) for row in range(form.place.count())]
    assert places[0] == "Cross-cutting (no single place)"
    assert set(places[1:]) == {"Central Prison of Lorvik", "Police Station No. 2"}
    label = item_for(form.evidence, data.anonymous.id).text()
    assert label == (
        "Person A · Central Prison of Lorvik · Person deprived of liberty · "
        "Anonymous use in the report"
    )
    assert form.binder.fields["evidence"].value() == (data.anonymous.id,)


# Editing each kind of widget -------------------------------------------------------------------


def test_title_saves_and_undo_redo_restore_it(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    form.title.selectAll()
    qtbot.keyClicks(form.title, "No natural light in cells")
    assert form.binder.flush()
    assert saved(store, data.finding.id).title == "No natural light in cells"

    store.undo_stack.undo()
    assert saved(store, data.finding.id).title == "Overcrowded cells"
    assert form.title.text() == "Overcrowded cells"

    store.undo_stack.redo()
    assert saved(store, data.finding.id).title == "No natural light in cells"
    assert form.title.text() == "No natural light in cells"


def test_title_is_saved_by_itself_within_a_second(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    qtbot.keyClicks(form.title, " (block B)")
    qtbot.waitUntil(lambda: saved(store, data.finding.id).title.endswith("(block B)"))
    assert not form.binder.has_pending_edits


def test_code_lists_and_place_save(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    # Typing a label's first letters picks it, as a user would (a space would open the list).
    qtbot.keyClicks(form.area, "Heal")
    qtbot.keyClicks(form.severity, "Urg")
    qtbot.keyClicks(form.place, "Cross")
    assert form.binder.flush()
    finding = saved(store, data.finding.id)
    assert (finding.area, finding.severity, finding.place_id) == (
        FindingArea.HEALTH_CARE,
        Severity.URGENT,
        None,
    )

    store.undo_stack.undo()
    finding = saved(store, data.finding.id)
    assert (finding.area, finding.severity) == (FindingArea.MATERIAL_CONDITIONS, Severity.MEDIUM)
    assert finding.place_id == data.finding.place_id
    assert form.area.currentText() == FindingArea.MATERIAL_CONDITIONS.label
    assert form.place.currentText() == "Central Prison of Lorvik"


def test_text_saves_and_undo_restores_the_widget(
    form: FindingForm, store: Store, data: Evidence
) -> None:
    form.text.setPlainText("Cells of 9 m² held four persons.")
    assert form.binder.flush()
    assert saved(store, data.finding.id).text == "Cells of 9 m² held four persons."
    store.undo_stack.undo()
    assert saved(store, data.finding.id).text == ""
    assert form.text.toPlainText() == ""


def test_ticking_evidence_and_sources_saves_and_undoes(
    form: FindingForm, store: Store, data: Evidence
) -> None:
    item_for(form.evidence, data.at_risk.id).setCheckState(Qt.CheckState.Checked)
    item_for(form.sources, EvidenceSource.PHOTOGRAPHS).setCheckState(Qt.CheckState.Checked)
    assert form.binder.flush()
    finding = saved(store, data.finding.id)
    assert set(finding.evidence) == {data.anonymous.id, data.at_risk.id}
    assert finding.sources == (EvidenceSource.PHOTOGRAPHS,)

    store.undo_stack.undo()
    finding = saved(store, data.finding.id)
    assert (finding.evidence, finding.sources) == ((data.anonymous.id,), ())
    assert form.binder.fields["evidence"].value() == (data.anonymous.id,)
    assert form.binder.fields["sources"].value() == ()

    store.undo_stack.redo()
    assert set(saved(store, data.finding.id).evidence) == {data.anonymous.id, data.at_risk.id}
    assert item_for(form.evidence, data.at_risk.id).checkState() == Qt.CheckState.Checked


def test_choosing_a_standard_by_keyboard_saves_it(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    form.standards.setFocus()
    qtbot.keyClick(form.standards, Qt.Key.Key_Home)
    qtbot.keyClick(form.standards, Qt.Key.Key_Down)
    qtbot.keyClick(form.standards, Qt.Key.Key_Space)
    assert form.binder.flush()
    assert saved(store, data.finding.id).standards == (StandardReference.MANDELA_30,)
    assert form.standards.item(1).text() == code_label(StandardReference.MANDELA_30)


def test_immediate_observation_checkbox(form: FindingForm, store: Store, data: Evidence) -> None:
    form.immediate.setChecked(True)
    assert form.binder.flush()
    assert saved(store, data.finding.id).immediate_observation
    store.undo_stack.undo()
    assert not saved(store, data.finding.id).immediate_observation
    assert not form.immediate.isChecked()


# Rules -----------------------------------------------------------------------------------------


def test_empty_title_is_refused_with_a_banner(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    form.title.selectAll()
    qtbot.keyClick(form.title, Qt.Key.Key_Backspace)
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "Title: must not be empty" in form.banner.text()
    assert form.title.styleSheet() != ""
    assert saved(store, data.finding.id).title == "Overcrowded cells"
    assert store.undo_stack.count() == 0

    qtbot.keyClicks(form.title, "Overcrowding")
    assert form.binder.flush()
    assert not form.banner.isVisible()
    assert form.title.styleSheet() == ""
    assert saved(store, data.finding.id).title == "Overcrowding"


# Evidence --------------------------------------------------------------------------------------


def test_filter_hides_interviews_that_do_not_match(
    qtbot: QtBot, form: FindingForm, data: Evidence
) -> None:
    everyone = [data.anonymous.id, data.at_risk.id, data.internal.id, data.at_police.id]
    assert sorted(visible_keys(form.evidence)) == sorted(everyone)
    qtbot.keyClicks(form.evidence_filter, "police")
    assert visible_keys(form.evidence) == [data.at_police.id]
    form.evidence_filter.clear()
    qtbot.keyClicks(form.evidence_filter, "prison STAFF")
    assert visible_keys(form.evidence) == [data.internal.id]
    form.evidence_filter.clear()
    assert sorted(visible_keys(form.evidence)) == sorted(everyone)


def test_filtering_does_not_untick_hidden_evidence(
    qtbot: QtBot, form: FindingForm, store: Store, data: Evidence
) -> None:
    qtbot.keyClicks(form.evidence_filter, "police")
    item_for(form.evidence, data.at_police.id).setCheckState(Qt.CheckState.Checked)
    assert form.binder.flush()
    assert set(saved(store, data.finding.id).evidence) == {data.anonymous.id, data.at_police.id}


def test_reprisal_risk_interview_is_marked(form: FindingForm, data: Evidence) -> None:
    item = item_for(form.evidence, data.at_risk.id)
    assert item.text().startswith("⚠ Person B")
    assert item.foreground().color() == REPRISAL_COLOR
    assert "Reprisal risk" in item.toolTip()
    assert not item_for(form.evidence, data.anonymous.id).text().startswith("⚠")


def test_interview_without_report_consent_is_greyed_but_selectable(
    form: FindingForm, store: Store, data: Evidence
) -> None:
    item = item_for(form.evidence, data.internal.id)
    assert item.font().italic()
    assert item.foreground().color() != item_for(form.evidence, data.anonymous.id).foreground()
    assert "cannot be cited in the report" in item.toolTip()
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not item_for(form.evidence, data.anonymous.id).font().italic()
    item.setCheckState(Qt.CheckState.Checked)
    assert form.binder.flush()
    assert data.internal.id in saved(store, data.finding.id).evidence


def test_triangulation_hint_counts_interviews_and_sources(
    form: FindingForm, data: Evidence
) -> None:
    assert form.triangulation.text() == "Evidence: 1 interviews + 0 other sources"
    assert form.triangulation.styleSheet() == NOT_TRIANGULATED_STYLE
    item_for(form.sources, EvidenceSource.REGISTERS).setCheckState(Qt.CheckState.Checked)
    assert form.triangulation.text() == "Evidence: 1 interviews + 1 other sources"
    assert form.triangulation.styleSheet() == TRIANGULATED_STYLE
    item_for(form.evidence, data.anonymous.id).setCheckState(Qt.CheckState.Unchecked)
    assert form.triangulation.text() == "Evidence: 0 interviews + 1 other sources"
    assert form.triangulation.styleSheet() == NOT_TRIANGULATED_STYLE


def test_evidence_choices_follow_the_visits_interviews(
    form: FindingForm, store: Store, data: Evidence, place: Place
) -> None:
    fields = InterviewFields(pseudonym="E", consent=ConsentScope.ANONYMOUS)
    added = create_record(store, RecordKind.INTERVIEW, place.id, fields)
    assert item_for(form.evidence, added.id).text().startswith("Person E")

    delete_record(store, RecordKind.INTERVIEW, added.id)
    assert added.id not in visible_keys(form.evidence)
    store.undo_stack.undo()
    assert added.id in visible_keys(form.evidence)
    assert form.binder.fields["evidence"].value() == (data.anonymous.id,)


def test_interview_flagged_at_risk_elsewhere_is_marked_here(
    form: FindingForm, store: Store, data: Evidence
) -> None:
    old, new = {"reprisal_risk": False}, {"reprisal_risk": True}
    edit_record(store, RecordKind.INTERVIEW, data.anonymous.id, old, new)
    assert store.read(get_interview, data.anonymous.id).reprisal_risk
    item = item_for(form.evidence, data.anonymous.id)
    assert item.text().startswith("⚠")
    assert item.checkState() == Qt.CheckState.Checked
    assert not form.binder.has_pending_edits


def test_reloading_choices_keeps_ticks_not_yet_saved(
    form: FindingForm, store: Store, data: Evidence, place: Place
) -> None:
    item_for(form.evidence, data.at_risk.id).setCheckState(Qt.CheckState.Checked)
    create_record(store, RecordKind.INTERVIEW, place.id, InterviewFields(pseudonym="F"))
    assert item_for(form.evidence, data.at_risk.id).checkState() == Qt.CheckState.Checked
    assert form.binder.flush()
    assert set(saved(store, data.finding.id).evidence) == {data.anonymous.id, data.at_risk.id}
