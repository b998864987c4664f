"""The visit workspace: the navigator beside the editors, and what it creates for the user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Interview
from spt_field.services import findings, interviews, places, recommendations, visits
from spt_field.ui.forms.finding_form import FindingForm
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.forms.recommendation_form import RecommendationForm
from spt_field.ui.models.navigator_model import REPRISAL_COLOR, SECTION_INTERVIEWS
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE
from spt_field.ui.store import Store
from spt_field.ui.workspace import FINDING_TITLE_WORDS, Workspace
from tests.conftest import PASSPHRASE
from tests.support.windows import DemoFile

SAVE_TIMEOUT_MS = 5000


@pytest.fixture
def database(demo_file: DemoFile) -> Iterator[Database]:  # replaces the empty one of conftest
    database = open_database(demo_file.path, PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, demo_file: DemoFile) -> Workspace:
    workspace = Workspace(store)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.set_visit(demo_file.visit_id)
    return workspace


def listed(store: Store, visit_id: str) -> list[Interview]:
    return store.read(interviews.list_interviews_for_visit, visit_id)


def current(workspace: Workspace) -> tuple[str, str]:
    index = workspace.tree.currentIndex()
    return str(index.data(KIND_ROLE)), str(index.data(ID_ROLE))


def section(workspace: Workspace, kind: str) -> QModelIndex:
    """The navigator's top-level line of a section, found by its kind."""
    for row in range(workspace.model.rowCount()):
        index = workspace.model.index(row, 0)
        if index.data(KIND_ROLE) == kind:
            return index
    raise AssertionError(f"no section {kind}")


def finding_form(workspace: Workspace) -> FindingForm:
    form = workspace.forms[RecordKind.FINDING.value]
    assert isinstance(form, FindingForm)
    return form


def select_in_notes(workspace: Workspace, start: int, end: int) -> None:
    notes = workspace.interview_form.notes
    cursor = notes.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    notes.setTextCursor(cursor)


# Showing ----------------------------------------------------------------------------------------


def test_opening_a_visit_shows_it_with_the_sections_open(
    workspace: Workspace, demo_file: DemoFile
) -> None:
    assert current(workspace) == (RecordKind.VISIT.value, demo_file.visit_id)
    assert workspace.visit is not None and workspace.visit.id == demo_file.visit_id
    places_index = section(workspace, "places")
    assert workspace.tree.isExpanded(places_index)
    assert workspace.editors.currentWidget() is workspace.pages[RecordKind.VISIT.value]


def test_clicking_an_interview_shows_it_in_the_interview_form(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = listed(store, demo_file.visit_id)[7]
    item = workspace.model.find(RecordKind.INTERVIEW.value, interview.id)
    assert item is not None
    workspace.tree.setCurrentIndex(item.index())
    assert workspace.editors.currentWidget() is workspace.interview_form
    assert workspace.interview_form.record.id == interview.id
    assert workspace.interview_form.notes.toPlainText() == interview.notes
    assert workspace.last_interview_id == interview.id


def test_a_section_heading_keeps_the_editor_as_it_was(workspace: Workspace) -> None:
    before = workspace.editors.currentWidget()
    workspace.tree.setCurrentIndex(section(workspace, "findings"))  # "Findings (25)"
    assert workspace.editors.currentWidget() is before


def test_all_interviews_opens_the_table_and_a_double_click_opens_one(
    qtbot: QtBot, workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    assert workspace.select(SECTION_INTERVIEWS, demo_file.visit_id)
    table = workspace.interview_table
    assert workspace.editors.currentWidget() is table
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 60)
    index = table.proxy.index(4, 0)
    wanted = str(index.data(ID_ROLE))
    table.view.doubleClicked.emit(index)
    assert current(workspace) == (RecordKind.INTERVIEW.value, wanted)
    assert workspace.interview_form.record.id == wanted


# Creating -------------------------------------------------------------------------------------


def test_create_finding_from_selection_cites_the_interview_and_opens_the_finding(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = next(i for i in listed(store, demo_file.visit_id) if len(i.notes.split()) > 12)
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    form = workspace.interview_form
    words = form.notes.toPlainText().split()
    passage = " ".join(words[:12])
    start = form.notes.toPlainText().index(words[0])
    select_in_notes(workspace, start, start + len(passage))
    assert form.finding_button.isEnabled()
    before = {f.id for f in store.read(findings.list_findings_for_visit, demo_file.visit_id)}

    form.finding_button.click()

    [finding] = [
        f
        for f in store.read(findings.list_findings_for_visit, demo_file.visit_id)
        if f.id not in before
    ]
    assert finding.evidence == (interview.id,)
    assert finding.place_id == interview.place_id
    assert finding.text == passage
    assert finding.title == " ".join(passage.split()[:FINDING_TITLE_WORDS]) + "…"
    assert current(workspace) == (RecordKind.FINDING.value, finding.id)
    assert workspace.editors.currentWidget() is workspace.pages[RecordKind.FINDING.value]
    assert finding_form(workspace).record.id == finding.id
    assert finding_form(workspace).title.text() == finding.title


def test_a_short_passage_is_the_whole_title(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = listed(store, demo_file.visit_id)[0]
    store.write(
        interviews.update_interview,
        interview.id,
        notes="First line.\nNo mattress in cell 4.\nLast line.",
    )
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    text = workspace.interview_form.notes.toPlainText()
    start = text.index("First")
    select_in_notes(workspace, start, text.index("Last"))  # two lines: a paragraph break
    workspace.interview_form.notes.finding_action.trigger()
    finding = finding_form(workspace).record
    assert finding.title == "First line. No mattress in cell 4."
    assert finding.text == "First line.\nNo mattress in cell 4."
    assert finding.evidence == (interview.id,)


def test_a_pending_notes_edit_is_saved_before_the_finding_is_made(
    qtbot: QtBot, workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = listed(store, demo_file.visit_id)[1]
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    notes = workspace.interview_form.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(notes, " Beaten in the van.")
    text = notes.toPlainText()
    select_in_notes(workspace, text.index("Beaten"), len(text))
    notes.finding_action.trigger()
    assert store.read(interviews.get_interview, interview.id).notes == text
    assert finding_form(workspace).record.text == "Beaten in the van."


def test_undo_of_a_finding_from_selection_removes_it(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = listed(store, demo_file.visit_id)[2]
    workspace.create_finding_from_selection(interview.id, "Cells are dark and damp.")
    finding_id = finding_form(workspace).record.id
    store.undo_stack.undo()
    assert workspace.model.find(RecordKind.FINDING.value, finding_id) is None
    assert finding_id not in {
        f.id for f in store.read(findings.list_findings_for_visit, demo_file.visit_id)
    }


def test_new_place_is_named_dated_within_the_visit_and_selected(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    visit = store.read(visits.get_visit, demo_file.visit_id)
    workspace.new_place()
    kind, place_id = current(workspace)
    assert kind == RecordKind.PLACE.value
    place = store.read(places.get_place, place_id)
    assert place.name == "New place"
    assert place.visited_on is not None
    assert visit.start_date <= place.visited_on <= visit.end_date
    form = workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    assert form.name.text() == "New place"
    assert section(workspace, "places").data() == "Places (10)"


def test_new_place_then_ctrl_n_interviews_there(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    workspace.new_place()
    place_id = current(workspace)[1]
    assert workspace.new_interview()
    assert workspace.interview_form.record.place_id == place_id
    line = workspace.model.find(RecordKind.INTERVIEW.value, workspace.interview_form.record.id)
    assert line is not None
    assert line.parent().data(ID_ROLE) == place_id


def test_new_interview_without_any_place_is_refused(
    qtbot: QtBot, demo_file: DemoFile, tmp_path: Path
) -> None:
    from spt_field.db.session import create_database
    from spt_field.domain.values import VisitFields

    database = create_database(tmp_path / "empty.sptdb", PASSPHRASE)
    try:
        store = Store(database)
        visit = store.write(
            visits.create_visit,
            VisitFields(country="XRU", start_date=date(2019, 3, 1), end_date=date(2019, 3, 9)),
        )
        workspace = Workspace(store)
        qtbot.addWidget(workspace)
        workspace.set_visit(visit.id)
        assert not workspace.new_interview()
        assert store.read(interviews.list_interviews_for_visit, visit.id) == []
        workspace.new_place()
        assert workspace.new_interview()
        assert workspace.interview_form.record.pseudonym == "A"
    finally:
        database.close()


def test_new_finding_at_the_current_place(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    place = store.read(places.list_places_for_visit, demo_file.visit_id)[2]
    assert workspace.select(RecordKind.PLACE.value, place.id)
    workspace.new_finding()
    finding = finding_form(workspace).record
    assert current(workspace) == (RecordKind.FINDING.value, finding.id)
    assert finding.place_id == place.id
    assert finding.title == "New finding"
    assert finding.evidence == ()


def test_new_recommendation_answers_the_current_finding(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    finding = store.read(findings.list_findings_for_visit, demo_file.visit_id)[0]
    assert workspace.select(RecordKind.FINDING.value, finding.id)
    workspace.new_recommendation()
    kind, recommendation_id = current(workspace)
    assert kind == RecordKind.RECOMMENDATION.value
    recommendation = store.read(recommendations.get_recommendation, recommendation_id)
    assert recommendation.finding_ids == (finding.id,)
    assert recommendation.text.startswith("The Subcommittee recommends that the State party")
    form = workspace.forms[RecordKind.RECOMMENDATION.value]
    assert isinstance(form, RecommendationForm)
    assert form.record.id == recommendation_id


def test_new_recommendation_elsewhere_answers_no_finding(
    workspace: Workspace, store: Store
) -> None:
    workspace.new_recommendation()  # the visit is current
    recommendation = store.read(recommendations.get_recommendation, current(workspace)[1])
    assert recommendation.finding_ids == ()


def test_deleting_the_current_place_and_undoing_it(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    workspace.new_place()
    place_id = current(workspace)[1]
    workspace.delete_current()
    assert workspace.model.find(RecordKind.PLACE.value, place_id) is None
    assert current(workspace) == (RecordKind.VISIT.value, demo_file.visit_id)
    store.undo_stack.undo()
    assert workspace.model.find(RecordKind.PLACE.value, place_id) is not None


# The navigator follows the edits --------------------------------------------------------------


def test_a_reprisal_risk_interview_is_marked_in_the_navigator_as_soon_as_it_is_saved(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = next(i for i in listed(store, demo_file.visit_id) if not i.reprisal_risk)
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    form = workspace.interview_form
    form.reprisal_risk.click()
    assert form.binder.flush()
    line = workspace.model.find(RecordKind.INTERVIEW.value, interview.id)
    assert line is not None
    assert line.text().startswith("⚠ ")
    assert line.foreground().color() == REPRISAL_COLOR
    assert store.read(interviews.get_interview, interview.id).reprisal_risk


def test_unticking_reprisal_risk_removes_the_marking(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = next(i for i in listed(store, demo_file.visit_id) if i.reprisal_risk)
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    form = workspace.interview_form
    assert form.reprisal_risk.isChecked()
    form.reprisal_risk.click()
    assert form.binder.flush()
    line = workspace.model.find(RecordKind.INTERVIEW.value, interview.id)
    assert line is not None
    assert not line.text().startswith("⚠")
    assert "Reprisal risk" not in line.toolTip()
    assert line.foreground().color() != REPRISAL_COLOR


def test_undo_of_the_reprisal_flag_unmarks_the_line_text(
    workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = next(i for i in listed(store, demo_file.visit_id) if not i.reprisal_risk)
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    workspace.interview_form.reprisal_risk.click()
    assert workspace.interview_form.binder.flush()
    store.undo_stack.undo()
    line = workspace.model.find(RecordKind.INTERVIEW.value, interview.id)
    assert line is not None
    assert not line.text().startswith("⚠")
    assert not workspace.interview_form.reprisal_risk.isChecked()


def test_renaming_a_place_keeps_the_selection_and_the_open_branches(
    qtbot: QtBot, workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    place = store.read(places.list_places_for_visit, demo_file.visit_id)[1]
    item = workspace.model.find(RecordKind.PLACE.value, place.id)
    assert item is not None
    workspace.tree.expand(item.index())
    workspace.tree.setCurrentIndex(item.index())
    form = workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    form.name.setFocus()
    form.name.selectAll()
    QTest.keyClicks(form.name, "Estmar police station")
    assert form.binder.flush()
    renamed = workspace.model.find(RecordKind.PLACE.value, place.id)
    assert renamed is not None
    assert renamed.text().startswith("Estmar police station (")
    assert workspace.tree.isExpanded(renamed.index())
    assert current(workspace) == (RecordKind.PLACE.value, place.id)
    assert form.name.text() == "Estmar police station"


def test_an_interview_edit_relabels_only_its_line(
    qtbot: QtBot, workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    interview = listed(store, demo_file.visit_id)[3]
    assert workspace.select(RecordKind.INTERVIEW.value, interview.id)
    pseudonym = workspace.interview_form.pseudonym
    pseudonym.setFocus()
    pseudonym.selectAll()
    QTest.keyClicks(pseudonym, "ZZ")
    reloaded: list[str] = []
    workspace.model.modelReset.connect(lambda: reloaded.append("reset"))
    assert workspace.interview_form.binder.flush()
    line = workspace.model.find(RecordKind.INTERVIEW.value, interview.id)
    assert line is not None
    assert "Person ZZ" in line.text()
    assert reloaded == []
    assert current(workspace) == (RecordKind.INTERVIEW.value, interview.id)


def test_keyboard_moves_through_the_navigator(
    qtbot: QtBot, workspace: Workspace, store: Store, demo_file: DemoFile
) -> None:
    workspace.tree.setFocus()
    second = str(workspace.model.index(1, 0).data(KIND_ROLE))  # the line below the visit
    QTest.keyClick(workspace.tree, Qt.Key.Key_Down)
    assert current(workspace) == (second, demo_file.visit_id)
    assert workspace.editors.currentWidget() is workspace.pages[second]
    QTest.keyClick(workspace.tree, Qt.Key.Key_Up)
    assert current(workspace) == (RecordKind.VISIT.value, demo_file.visit_id)
    assert workspace.editors.currentWidget() is workspace.pages[RecordKind.VISIT.value]
