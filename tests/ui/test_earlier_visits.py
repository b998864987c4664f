"""The earlier-visits page: earlier recommendations to check, earlier findings per place."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import PlaceType, RecommendationStatus, VisitType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import PlaceFields
from spt_field.services.places import add_place
from spt_field.services.recommendations import get_recommendation
from spt_field.ui.models.followed_recommendation_model import STATUS, VISIT
from spt_field.ui.store import Store
from spt_field.ui.undo import delete_record, edit_record
from spt_field.ui.widgets.earlier_visits import EarlierVisitsPage
from spt_field.ui.widgets.followup_tracker import select_row
from tests.support.earlier_places import recommended_at, visit_in
from tests.support.statistics_data import import_statistics_document, uid

Json = dict[str, Any]


@pytest.fixture
def document(store: Store) -> Json:
    return import_statistics_document(store.database)


@pytest.fixture
def page(qtbot: QtBot, store: Store, document: Json) -> EarlierVisitsPage:
    page = EarlierVisitsPage(store)
    qtbot.addWidget(page)
    page.set_visit(uid("xaa-2019"))
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(page: EarlierVisitsPage, name: str) -> list[str]:
    model = page.recommendations
    return [model.data(model.index(row, model.column_of(name))) for row in range(model.rowCount())]


def tree(page: EarlierVisitsPage) -> dict[str, list[str]]:
    """Place -> the titles of its earlier findings."""
    places: dict[str, list[str]] = {}
    for n in range(page.findings.topLevelItemCount()):
        item = page.findings.topLevelItem(n)
        assert item is not None
        children = [item.child(k) for k in range(item.childCount())]
        places[item.text(0)] = [child.text(3) for child in children if child is not None]
    return places


def test_earlier_recommendations_are_listed_with_their_visit(page: EarlierVisitsPage) -> None:
    assert page.heading.text() == (
        "Earlier visits to Fictional State XAA (XAA): 7 recommendations of 2 visits to check."
    )
    assert column(page, VISIT) == ["2018-03-05 (CAT/OP/XAA/R.1)"] * 6 + ["2017-05-08"]
    assert column(page, STATUS)[:2] == ["Implemented", "Not implemented"]
    assert page.detail.record is not None
    assert page.detail.record.id == uid("xaa18-r30")


def test_earlier_findings_are_shown_per_place(page: EarlierVisitsPage) -> None:
    places = tree(page)
    assert list(places)[:2] == ["Central Prison (North)", "Prisión Ñuñoa"]
    assert places["Central Prison (North)"] == ["Beatings on admission", "Overcrowded cells"]
    assert places["Prisión Ñuñoa"] == ["No custody register"]
    assert places["Care home"] == []
    assert len(places) == 14
    first = page.findings.topLevelItem(0)
    assert first is not None
    assert first.text(3) == "Earlier findings: 2"
    second = first.child(1)
    assert second is not None
    page.findings.setCurrentItem(second)
    assert page.finding_text.text() == "Overcrowded cells: observed by the delegation."


def test_checking_an_earlier_recommendation_records_its_status_and_reply(
    qtbot: QtBot, page: EarlierVisitsPage, store: Store
) -> None:
    row = page.recommendations.row_of(uid("xaa18-r32"))
    assert row is not None
    select_row(page.recommendation_view, row)
    combo = page.detail.status
    position = combo.findData(RecommendationStatus.IMPLEMENTED)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    qtbot.keyClicks(page.detail.reply, "Seen on the follow-up visit.")
    assert page.detail.binder.flush()
    saved = store.read(get_recommendation, uid("xaa18-r32"))
    assert (saved.status, saved.state_reply) == (
        RecommendationStatus.IMPLEMENTED,
        "Seen on the follow-up visit.",
    )
    assert column(page, STATUS)[row] == "Implemented"
    store.undo_stack.undo()
    saved = store.read(get_recommendation, uid("xaa18-r32"))
    assert saved.status is RecommendationStatus.PARTIALLY_IMPLEMENTED
    assert saved.state_reply == ""
    assert column(page, STATUS)[row] == "Partially implemented"
    assert page.detail.reply.toPlainText() == ""


def test_a_first_visit_has_nothing_earlier(qtbot: QtBot, store: Store, document: Json) -> None:
    page = EarlierVisitsPage(store)
    qtbot.addWidget(page)
    page.set_visit(uid("xbb-2019"))
    assert page.heading.text() == (
        "No recommendations of earlier visits to Fictional State XBB (XBB)."
    )
    assert page.recommendations.rowCount() == 0
    assert page.detail.record is None
    assert all(not titles for titles in tree(page).values())


def test_the_page_follows_deletions_and_their_undo(
    qtbot: QtBot, page: EarlierVisitsPage, store: Store
) -> None:
    delete_record(store, RecordKind.FINDING, uid("xaa18-f1"))
    qtbot.waitUntil(lambda: tree(page)["Central Prison (North)"] == ["Overcrowded cells"])
    delete_record(store, RecordKind.RECOMMENDATION, uid("xaa17-r5"))
    qtbot.waitUntil(lambda: page.recommendations.rowCount() == 6)
    store.undo_stack.undo()
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: page.recommendations.rowCount() == 7)
    qtbot.waitUntil(lambda: len(tree(page)["Central Prison (North)"]) == 2)


def test_an_edit_elsewhere_updates_the_line(page: EarlierVisitsPage, store: Store) -> None:
    edit_record(
        store,
        RecordKind.RECOMMENDATION,
        uid("xaa17-r5"),
        {"status": RecommendationStatus.IMPLEMENTED},
        {"status": RecommendationStatus.SUPERSEDED},
    )
    assert column(page, STATUS)[-1] == "Superseded"


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, page: EarlierVisitsPage
) -> None:
    qtmodeltester.check(page.recommendations)


def test_a_follow_up_visit_lists_what_was_asked_at_its_places(qtbot: QtBot, store: Store) -> None:
    with store.database.begin() as session:
        first = visit_in(session, "XAA", 2019, VisitType.REGULAR)
        asked = recommended_at(session, first, "Prisón Central", "Keep a register of arrivals.")
        recommended_at(session, first, "Police station 4", "Record every arrest.")
        follow_up = visit_in(session, "XAA", 2021, VisitType.FOLLOW_UP)
        add_place(
            session, follow_up, PlaceFields(name="prison central", place_type=PlaceType.PRISON)
        )
    page = EarlierVisitsPage(store)
    qtbot.addWidget(page)
    page.set_visit(follow_up)
    page.show()
    qtbot.waitExposed(page)
    assert page.asked_here_box.isVisible()
    assert page.asked_here.accessibleName() == "Recommendations made at the places of this visit"
    item = page.asked_here.topLevelItem(0)
    assert page.asked_here.topLevelItemCount() == 1 and item is not None
    assert [item.text(n) for n in range(4)] == [
        "Prisón Central",
        "Keep a register of arrivals.",
        "Not implemented",
        "2020-01-31",
    ]
    page.asked_here.setFocus()
    qtbot.keyClick(page.asked_here, Qt.Key.Key_Down)
    assert page.asked_here.currentItem() is item
    # The chosen recommendation opens below, where its status is recorded.
    assert page.detail.record is not None and page.detail.record.id == asked
    page.set_visit(first)
    assert not page.asked_here_box.isVisible()
