"""The visit navigator's model, filled from the demo visit read back through the services."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from pytestqt.modeltest import ModelTester

from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Interview, Visit
from spt_field.services import findings, interviews, places, recommendations, visits
from spt_field.ui.models.navigator_model import (
    REPRISAL_COLOR,
    SECTION_DELEGATION,
    SECTION_INTERVIEWS,
    SECTION_OVERVIEW,
    SECTION_REPORT,
    NavigatorModel,
    interview_label,
)
from spt_field.ui.models.roles import ID_ROLE, KIND_ROLE
from spt_field.ui.store import Store


@pytest.fixture
def model(store: Store, demo_visit: Visit) -> NavigatorModel:
    model = NavigatorModel()
    populate(model, store, demo_visit.id)
    return model


def populate(model: NavigatorModel, store: Store, visit_id: str) -> None:
    model.populate(
        store.read(visits.get_visit, visit_id),
        store.read(places.list_places_for_visit, visit_id),
        store.read(interviews.interview_lines_for_visit, visit_id),
        store.read(findings.list_findings_for_visit, visit_id),
        store.read(recommendations.list_recommendations_for_visit, visit_id),
    )


def top_rows(model: NavigatorModel) -> list[tuple[str, str]]:
    return [
        (str(model.index(row, 0).data(KIND_ROLE)), str(model.index(row, 0).data()))
        for row in range(model.rowCount())
    ]


# The sections holding records, in the order the navigator lists them.
RECORD_SECTIONS = ("places", SECTION_INTERVIEWS, "findings", "recommendations")


def section(model: NavigatorModel, kind: str) -> QModelIndex:
    """The top-level line of a section (found by its kind, wherever new sections go)."""
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KIND_ROLE) == kind:
            return index
    raise AssertionError(f"no section {kind}")


def item(model: NavigatorModel, kind: str, record_id: str) -> QStandardItem:
    found = model.find(kind, record_id)
    assert found is not None, (kind, record_id)
    return found


def test_the_demo_visit_passes_the_model_tester(
    model: NavigatorModel, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(model)


def test_an_empty_navigator_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(NavigatorModel())


def test_sections_in_order_with_their_counts(model: NavigatorModel, demo_visit: Visit) -> None:
    rows = top_rows(model)
    kinds = [kind for kind, _text in rows]
    assert kinds[0] == RecordKind.VISIT.value  # the visit itself comes first
    record_sections = [RecordKind.VISIT.value, *RECORD_SECTIONS]
    assert [kind for kind in kinds if kind in record_sections] == record_sections
    for other in (SECTION_OVERVIEW, SECTION_DELEGATION, SECTION_REPORT):
        assert other in kinds
    texts = dict(rows)
    assert texts[RecordKind.VISIT.value].endswith("2019")
    assert texts["places"] == "Places (9)"
    assert texts[SECTION_INTERVIEWS] == "All interviews (60)"
    assert texts["findings"] == "Findings (25)"
    assert texts["recommendations"] == "Recommendations (20)"
    for row in range(model.rowCount()):  # every line opens something of this visit
        assert model.index(row, 0).data(ID_ROLE) == demo_visit.id


def test_interviews_sit_under_their_place(
    model: NavigatorModel, store: Store, demo_visit: Visit
) -> None:
    for interview in store.read(interviews.list_interviews_for_visit, demo_visit.id):
        line = item(model, RecordKind.INTERVIEW.value, interview.id)
        parent = line.parent()
        assert parent.data(KIND_ROLE) == RecordKind.PLACE.value
        assert parent.data(ID_ROLE) == interview.place_id
        assert not line.isEditable()
    places_section = section(model, "places")
    total = sum(
        model.rowCount(model.index(row, 0, places_section))
        for row in range(model.rowCount(places_section))
    )
    assert total == 60


def test_reprisal_risk_interviews_are_marked_and_red(
    model: NavigatorModel, store: Store, demo_visit: Visit
) -> None:
    listed = store.read(interviews.list_interviews_for_visit, demo_visit.id)
    at_risk = [i for i in listed if i.reprisal_risk]
    assert at_risk, "the demo visit flags interviewees at risk"
    for interview in listed:
        line = item(model, RecordKind.INTERVIEW.value, interview.id)
        if interview.reprisal_risk:
            assert line.text().startswith("⚠ ")
            assert line.foreground().color() == REPRISAL_COLOR
            assert "Reprisal risk" in line.toolTip()
        else:
            assert "⚠" not in line.text()
            assert line.foreground().color() != REPRISAL_COLOR


def test_an_interview_line_says_who_without_a_name(store: Store, demo_visit: Visit) -> None:
    any_interview = store.read(interviews.list_interviews_for_visit, demo_visit.id)[0]
    label = interview_label(replace(any_interview, reprisal_risk=False, persons=1))
    assert label.startswith(f"Person {any_interview.pseudonym} · ")
    assert any_interview.category.label in label
    group = interview_label(replace(any_interview, reprisal_risk=True, persons=4))
    assert group.startswith(f"⚠ Person {any_interview.pseudonym} ×4 · ")


def test_recommendations_drop_the_standard_opening(
    model: NavigatorModel, store: Store, demo_visit: Visit
) -> None:
    for recommendation in store.read(recommendations.list_recommendations_for_visit, demo_visit.id):
        line = item(model, RecordKind.RECOMMENDATION.value, recommendation.id).text()
        assert "recommends that" not in line.lower()
        assert line[0].isdigit() or line[0].isupper()
        assert len(line) <= 80


def test_urgent_findings_stand_out(model: NavigatorModel, store: Store, demo_visit: Visit) -> None:
    for finding in store.read(findings.list_findings_for_visit, demo_visit.id):
        line = item(model, RecordKind.FINDING.value, finding.id).text()
        assert line.startswith("‼ ") == (finding.severity.value == "urgent")
        assert finding.area.label in line


def test_find_and_first_of_kind(model: NavigatorModel, store: Store, demo_visit: Visit) -> None:
    first_place = store.read(places.list_places_for_visit, demo_visit.id)[0]
    assert model.first_of_kind(RecordKind.PLACE.value) == first_place.id
    first_interview = model.first_of_kind(RecordKind.INTERVIEW.value)
    assert first_interview is not None
    line = item(model, RecordKind.INTERVIEW.value, first_interview)
    assert line.parent().data(ID_ROLE) == first_place.id
    assert model.find(RecordKind.INTERVIEW.value, "no-such-id") is None
    assert model.first_of_kind(RecordKind.ALLEGATION.value) is None


def test_populating_again_replaces_everything(
    model: NavigatorModel, store: Store, demo_visit: Visit, qtmodeltester: ModelTester
) -> None:
    sections = model.rowCount()
    populate(model, store, demo_visit.id)
    assert model.rowCount() == sections
    assert model.rowCount(section(model, "places")) == 9
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Visit"
    qtmodeltester.check(model)


def test_clear_leaves_nothing_to_open(model: NavigatorModel) -> None:
    model.clear()
    assert model.rowCount(QModelIndex()) == 0
    assert model.first_of_kind(RecordKind.VISIT.value) is None


def test_a_place_without_interviews_is_a_leaf(
    store: Store, visit: Visit, place: object, qtmodeltester: ModelTester
) -> None:
    model = NavigatorModel()
    populate(model, store, visit.id)
    places_section = section(model, "places")
    assert model.rowCount(places_section) == 1
    assert model.rowCount(model.index(0, 0, places_section)) == 0
    assert model.index(0, 0, places_section).data().startswith("Central Prison of Lorvik (")
    qtmodeltester.check(model)


def interview_line_colour(line: QStandardItem) -> object:
    return line.data(Qt.ItemDataRole.ForegroundRole)


def test_a_plain_interview_has_no_colour_of_its_own(
    model: NavigatorModel, store: Store, demo_visit: Visit
) -> None:
    plain: Interview = next(
        i
        for i in store.read(interviews.list_interviews_for_visit, demo_visit.id)
        if not i.reprisal_risk
    )
    assert interview_line_colour(item(model, RecordKind.INTERVIEW.value, plain.id)) is None
