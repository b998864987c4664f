"""Records with open conflicts are marked in every list (an icon, an amber background and a
tooltip saying where to resolve them), and a visit shows how many it has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, Visit
from spt_field.services import findings, interviews, places, recommendations, visits
from spt_field.ui.models.conflict_marks import conflict_tooltip
from spt_field.ui.models.navigator_model import NavigatorModel, mark_reprisal_risk
from spt_field.ui.models.roles import CONFLICT_ROLE
from spt_field.ui.models.visit_table_model import VisitTableModel
from spt_field.ui.store import Store


def navigator(
    store: Store, visit_id: str, conflicted: set[tuple[RecordKind, str]]
) -> NavigatorModel:
    model = NavigatorModel()
    model.populate(
        store.read(visits.get_visit, visit_id),
        store.read(places.list_places_for_visit, visit_id),
        store.read(interviews.interview_lines_for_visit, visit_id),
        store.read(findings.list_findings_for_visit, visit_id),
        store.read(recommendations.list_recommendations_for_visit, visit_id),
        conflicted,
    )
    return model


def test_the_navigator_marks_only_the_conflicted_records(store: Store, demo_visit: Visit) -> None:
    lines = store.read(interviews.interview_lines_for_visit, demo_visit.id)
    at_risk = next(line for line in lines if line.reprisal_risk)
    calm = next(line for line in lines if not line.reprisal_risk)
    marked = {(RecordKind.INTERVIEW, at_risk.id), (RecordKind.INTERVIEW, calm.id)}
    model = navigator(store, demo_visit.id, marked)
    for line in (at_risk, calm):
        item = model.find(RecordKind.INTERVIEW.value, line.id)
        assert item is not None and item.data(CONFLICT_ROLE)
        assert not item.icon().isNull()
        assert item.toolTip().startswith(conflict_tooltip())
    risky = model.find(RecordKind.INTERVIEW.value, at_risk.id)
    assert risky is not None and "Reprisal risk" in risky.toolTip()  # both warnings show
    mark_reprisal_risk(risky, at_risk)  # an edit relabels the line: the mark stays
    assert risky.toolTip().startswith(conflict_tooltip())
    others = [line for line in lines if line.id not in {at_risk.id, calm.id}]
    for line in others:
        item = model.find(RecordKind.INTERVIEW.value, line.id)
        assert item is not None and not item.data(CONFLICT_ROLE) and item.icon().isNull()
    visit_item = model.find(RecordKind.VISIT.value, demo_visit.id)
    assert visit_item is not None and not visit_item.data(CONFLICT_ROLE)


def test_the_visit_list_shows_each_visits_conflict_count(
    store: Store, visit: Visit, place: Place, qtmodeltester: ModelTester
) -> None:
    model = VisitTableModel()
    model.set_visits(store.read(visits.list_visits), {visit.id: 2})
    qtmodeltester.check(model)
    country = model.index(0, 0)
    assert country.data().endswith("· 2 conflicts")
    assert country.data(Qt.ItemDataRole.DecorationRole) is not None
    assert country.data(Qt.ItemDataRole.ToolTipRole) == conflict_tooltip()
    model.set_visits(store.read(visits.list_visits), {visit.id: 0})
    assert model.index(0, 0).data().endswith("(XRU)")
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
