"""The recommendation form over a real database: edits, undo and redo, rules, linked findings."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee, FindingArea, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.standards import StandardReference
from spt_field.domain.values import (
    Finding,
    FindingFields,
    Recommendation,
    RecommendationFields,
    Visit,
)
from spt_field.services.findings import add_finding
from spt_field.services.recommendations import (
    add_recommendation,
    get_recommendation,
    update_recommendation,
)
from spt_field.ui.forms.recommendation_form import RecommendationForm
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record, edit_record

pytestmark = pytest.mark.gui

TEXT = "The Subcommittee recommends that the State party reduce overcrowding."


@dataclass
class Data:
    crowding: Finding
    lawyer: Finding
    recommendation: Recommendation


@pytest.fixture
def data(database: Database, visit: Visit) -> Data:
    with database.begin() as session:
        crowding = add_finding(
            session,
            visit.id,
            FindingFields(area=FindingArea.MATERIAL_CONDITIONS, title="Overcrowded cells"),
        )
        lawyer = add_finding(
            session,
            visit.id,
            FindingFields(area=FindingArea.SAFEGUARDS, title="No lawyer in police custody"),
        )
        recommendation = add_recommendation(
            session, visit.id, RecommendationFields(text=TEXT, finding_ids=(crowding.id,))
        )
    return Data(crowding, lawyer, recommendation)


@pytest.fixture
def form(qtbot: QtBot, store: Store, data: Data) -> RecommendationForm:
    form = RecommendationForm(store)
    qtbot.addWidget(form)
    form.show_record(data.recommendation)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def saved(store: Store, data: Data) -> Recommendation:
    return store.read(get_recommendation, data.recommendation.id)


def item_for(widget: QListWidget, key: str) -> QListWidgetItem:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no item for {key}")


def labels(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


# Showing ---------------------------------------------------------------------------------------


def test_shows_the_recommendation_and_the_visits_findings(
    form: RecommendationForm, data: Data
) -> None:
    assert form.text.toPlainText() == TEXT
    assert form.addressee.currentText() == Addressee.STATE.label
    assert form.status.currentText() == RecommendationStatus.NOT_ASSESSED.label
    assert sorted(labels(form.finding_ids)) == [
        "Legal safeguards: No lawyer in police custody",
        "Material conditions: Overcrowded cells",
    ]
    assert form.binder.fields["finding_ids"].value() == (data.crowding.id,)


# Editing each kind of widget -------------------------------------------------------------------


def test_text_saves_and_undo_redo_restore_it(
    form: RecommendationForm, store: Store, data: Data
) -> None:
    form.text.setPlainText("The Subcommittee recommends that cells hold at most two persons.")
    assert form.binder.flush()
    assert saved(store, data).text.endswith("at most two persons.")

    store.undo_stack.undo()
    assert saved(store, data).text == TEXT
    assert form.text.toPlainText() == TEXT

    store.undo_stack.redo()
    assert saved(store, data).text.endswith("at most two persons.")
    assert form.text.toPlainText().endswith("at most two persons.")


def test_text_is_saved_by_itself_within_a_second(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    form.text.moveCursor(form.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.text, " Urgently.")
    qtbot.waitUntil(lambda: saved(store, data).text.endswith("Urgently."))


def test_empty_text_is_refused_with_a_banner(
    form: RecommendationForm, store: Store, data: Data
) -> None:
    form.text.setPlainText("   ")
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert form.text.styleSheet() != ""
    assert saved(store, data).text == TEXT
    assert store.undo_stack.count() == 0


def test_addressee_and_status_save_and_undo(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    qtbot.keyClicks(form.addressee, "Nat")
    qtbot.keyClicks(form.status, "Part")
    assert form.binder.flush()
    recommendation = saved(store, data)
    assert recommendation.addressee == Addressee.NPM
    assert recommendation.status == RecommendationStatus.PARTIALLY_IMPLEMENTED

    store.undo_stack.undo()
    recommendation = saved(store, data)
    assert (recommendation.addressee, recommendation.status) == (
        Addressee.STATE,
        RecommendationStatus.NOT_ASSESSED,
    )
    assert form.addressee.currentText() == Addressee.STATE.label
    assert form.status.currentText() == RecommendationStatus.NOT_ASSESSED.label


def test_ticking_findings_saves_and_undoes(
    form: RecommendationForm, store: Store, data: Data
) -> None:
    item_for(form.finding_ids, data.lawyer.id).setCheckState(Qt.CheckState.Checked)
    item_for(form.finding_ids, data.crowding.id).setCheckState(Qt.CheckState.Unchecked)
    assert form.binder.flush()
    assert saved(store, data).finding_ids == (data.lawyer.id,)

    store.undo_stack.undo()
    assert saved(store, data).finding_ids == (data.crowding.id,)
    assert form.binder.fields["finding_ids"].value() == (data.crowding.id,)

    store.undo_stack.redo()
    assert form.binder.fields["finding_ids"].value() == (data.lawyer.id,)


def test_choosing_a_standard_by_keyboard_saves_it(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    form.standards.setFocus()
    qtbot.keyClick(form.standards, Qt.Key.Key_End)
    qtbot.keyClick(form.standards, Qt.Key.Key_Space)
    assert form.binder.flush()
    assert saved(store, data).standards == (StandardReference.CPT_CUSTODY,)


# The named authority ---------------------------------------------------------------------------


def test_authority_field_is_enabled_only_for_a_named_authority(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    assert not form.authority.isEnabled()
    qtbot.keyClicks(form.addressee, "Named")
    assert form.authority.isEnabled()
    qtbot.keyClick(form.addressee, Qt.Key.Key_Home)
    assert form.addressee.currentText() == Addressee.STATE.label
    assert not form.authority.isEnabled()
    assert form.binder.flush()  # back to the State party: nothing to refuse

    old = {"addressee": Addressee.STATE, "authority": ""}
    new = {"addressee": Addressee.AUTHORITY, "authority": "Ministry of Justice"}
    edit_record(store, RecordKind.RECOMMENDATION, data.recommendation.id, old, new)
    assert form.authority.isEnabled()
    assert form.authority.text() == "Ministry of Justice"
    store.undo_stack.undo()
    assert not form.authority.isEnabled()


def test_named_authority_without_authority_is_refused(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    qtbot.keyClicks(form.addressee, "Named")
    assert not form.binder.flush()
    assert form.banner.isVisible()
    assert "Authority: must not be empty" in form.banner.text()
    assert form.authority.styleSheet() != ""
    assert saved(store, data).addressee == Addressee.STATE
    assert store.undo_stack.count() == 0

    qtbot.keyClicks(form.authority, "Ministry of the Interior")
    assert form.binder.flush()
    assert not form.banner.isVisible()
    recommendation = saved(store, data)
    assert recommendation.addressee == Addressee.AUTHORITY
    assert recommendation.authority == "Ministry of the Interior"
    assert store.undo_stack.count() == 1


# The paragraph number --------------------------------------------------------------------------


def test_paragraph_number_is_read_only_and_follows_the_report(
    qtbot: QtBot, form: RecommendationForm, store: Store, data: Data
) -> None:
    assert form.paragraph_number.isReadOnly()
    assert form.paragraph_number.toolTip() == "Set when the report's numbering is finalized"
    assert form.paragraph_number.text() == "—"

    store.write(update_recommendation, data.recommendation.id, paragraph_number=42)
    store.notify_changed(RecordKind.RECOMMENDATION, data.recommendation.id)
    assert form.paragraph_number.text() == "42"
    assert not form.binder.has_pending_edits
    qtbot.keyClick(form.paragraph_number, Qt.Key.Key_Up)
    assert form.paragraph_number.text() == "42"


# The findings offered --------------------------------------------------------------------------


def test_finding_choices_follow_the_visits_findings(
    form: RecommendationForm, store: Store, data: Data, visit: Visit
) -> None:
    fields = FindingFields(area=FindingArea.HEALTH_CARE, title="No medical screening")
    added = create_record(store, RecordKind.FINDING, visit.id, fields)
    assert "Health care: No medical screening" in labels(form.finding_ids)

    old, new = {"title": "Overcrowded cells"}, {"title": "Severe overcrowding"}
    edit_record(store, RecordKind.FINDING, data.crowding.id, old, new)
    assert "Material conditions: Severe overcrowding" in labels(form.finding_ids)
    assert form.binder.fields["finding_ids"].value() == (data.crowding.id,)
    assert not form.binder.has_pending_edits

    delete_record(store, RecordKind.FINDING, added.id)
    assert "Health care: No medical screening" not in labels(form.finding_ids)
    store.undo_stack.undo()
    assert "Health care: No medical screening" in labels(form.finding_ids)
