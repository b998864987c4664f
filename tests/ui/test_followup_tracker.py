"""The follow-up tracker: overdue replies in red, statuses and replies edited and undone,
filters by country, status and addressee."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.services.recommendations import get_recommendation
from spt_field.services.visits import get_visit
from spt_field.ui.models.followed_recommendation_model import REPLY, STATUS
from spt_field.ui.models.tracker_visit_model import OVERDUE_BACKGROUND, TrackerVisitModel
from spt_field.ui.store import Store
from spt_field.ui.undo import edit_record
from spt_field.ui.widgets.followup_tracker import FollowUpTracker, select_row
from tests.support.statistics_data import TODAY, import_statistics_document, uid

Json = dict[str, Any]


@pytest.fixture
def document(store: Store) -> Json:
    return import_statistics_document(store.database)


@pytest.fixture
def tracker(qtbot: QtBot, store: Store, document: Json) -> FollowUpTracker:
    tracker = FollowUpTracker(store)
    qtbot.addWidget(tracker)
    tracker.today = lambda: TODAY
    tracker.reload()
    tracker.resize(1100, 750)
    tracker.show()
    qtbot.waitExposed(tracker)
    return tracker


def visit_rows(tracker: FollowUpTracker) -> list[tuple[str, str]]:
    """(country cell, visit dates cell) per row."""
    model = tracker.visits
    return [
        (model.data(model.index(row, 0)), model.data(model.index(row, 1)))
        for row in range(model.rowCount())
    ]


def choose_visit(tracker: FollowUpTracker, visit_key: str) -> None:
    row = tracker.visits.row_of(uid(visit_key))
    assert row is not None
    select_row(tracker.visit_view, row)


def choose_recommendation(tracker: FollowUpTracker, key: str) -> None:
    row = tracker.recommendations.row_of(uid(key))
    assert row is not None
    select_row(tracker.recommendation_view, row)


def cell(tracker: FollowUpTracker, key: str, column: str) -> str:
    model = tracker.recommendations
    row = model.row_of(uid(key))
    assert row is not None
    value: str = model.data(model.index(row, model.column_of(column)))
    return value


def status_in_db(store: Store, key: str) -> RecommendationStatus:
    return store.read(get_recommendation, uid(key)).status


def test_overdue_replies_are_marked_and_highlighted_in_red(tracker: FollowUpTracker) -> None:
    model = tracker.visits
    overdue = {
        model.line(row).id
        for row in range(model.rowCount())
        if model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    }
    assert overdue == {uid("xbb-2019"), uid("xaa-2018")}
    row = model.row_of(uid("xbb-2019"))
    assert row is not None
    brush = model.data(model.index(row, 4), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_BACKGROUND
    # Six months after 31 August, and said in words: not by colour alone.
    assert model.data(model.index(row, 4)) == "⚠ 2020-02-29 (overdue)"
    assert "due on 2020-02-29" in model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert tracker.counts.text() == "Visits: 5 · Replies overdue: 2"


def test_a_reply_received_clears_the_red(
    qtbot: QtBot, tracker: FollowUpTracker, store: Store
) -> None:
    edit_record(
        store,
        RecordKind.VISIT,
        uid("xbb-2019"),
        {"reply_received_on": None},
        {"reply_received_on": date(2020, 3, 1)},
    )
    qtbot.waitUntil(lambda: tracker.visits.overdue_count == 1)
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: tracker.visits.overdue_count == 2)
    assert store.read(get_visit, uid("xbb-2019")).reply_received_on is None


def test_selecting_a_visit_lists_its_recommendations(tracker: FollowUpTracker) -> None:
    choose_visit(tracker, "xaa-2018")
    model = tracker.recommendations
    assert [model.line(row).paragraph_number for row in range(model.rowCount())] == [
        30,
        31,
        32,
        33,
        34,
        None,
    ]
    assert cell(tracker, "xaa18-r31", REPLY) == "The ministry does not agree."
    assert tracker.detail.record is not None
    assert tracker.detail.record.id == uid("xaa18-r30")
    choose_recommendation(tracker, "xaa18-r31")
    assert tracker.detail.reply.toPlainText() == "The ministry does not agree."
    assert tracker.detail.heading.text() == "<b>Paragraph 31</b> · State party"


def test_the_status_is_changed_in_the_table_and_undone(
    qtbot: QtBot, tracker: FollowUpTracker, store: Store
) -> None:
    choose_visit(tracker, "xaa-2018")
    choose_recommendation(tracker, "xaa18-r31")
    model, view = tracker.recommendations, tracker.recommendation_view
    row = model.row_of(uid("xaa18-r31"))
    assert row is not None
    view.edit(model.index(row, model.column_of(STATUS)))
    editor = view.viewport().findChild(QComboBox)
    assert editor is not None
    position = editor.findData(RecommendationStatus.IMPLEMENTED.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    assert status_in_db(store, "xaa18-r31") is RecommendationStatus.IMPLEMENTED
    assert cell(tracker, "xaa18-r31", STATUS) == "Implemented"
    assert tracker.detail.status.currentText() == "Implemented"
    store.undo_stack.undo()
    assert status_in_db(store, "xaa18-r31") is RecommendationStatus.NOT_IMPLEMENTED
    assert cell(tracker, "xaa18-r31", STATUS) == "Not implemented"
    assert tracker.detail.status.currentText() == "Not implemented"
    store.undo_stack.redo()
    assert status_in_db(store, "xaa18-r31") is RecommendationStatus.IMPLEMENTED


def test_the_state_reply_is_saved_and_undone(
    qtbot: QtBot, tracker: FollowUpTracker, store: Store
) -> None:
    choose_visit(tracker, "xbb-2019")
    choose_recommendation(tracker, "xbb19-r3")
    reply = tracker.detail.reply
    reply.setFocus()
    qtbot.keyClicks(reply, "A law was passed in 2020.")
    assert tracker.detail.binder.flush()
    assert store.read(get_recommendation, uid("xbb19-r3")).state_reply == (
        "A law was passed in 2020."
    )
    assert cell(tracker, "xbb19-r3", REPLY) == "A law was passed in 2020."
    store.undo_stack.undo()
    assert store.read(get_recommendation, uid("xbb19-r3")).state_reply == ""
    assert reply.toPlainText() == ""
    assert cell(tracker, "xbb19-r3", REPLY) == ""


def test_the_status_combo_below_the_table_saves_too(tracker: FollowUpTracker, store: Store) -> None:
    choose_visit(tracker, "xbb-2019")
    choose_recommendation(tracker, "xbb19-r2")
    combo = tracker.detail.status
    position = combo.findData(RecommendationStatus.PARTIALLY_IMPLEMENTED)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert tracker.detail.binder.flush()
    assert status_in_db(store, "xbb19-r2") is RecommendationStatus.PARTIALLY_IMPLEMENTED
    assert cell(tracker, "xbb19-r2", STATUS) == "Partially implemented"


def test_a_pending_reply_is_saved_when_another_visit_is_chosen(
    qtbot: QtBot, tracker: FollowUpTracker, store: Store
) -> None:
    choose_visit(tracker, "xbb-2019")
    choose_recommendation(tracker, "xbb19-r1")
    qtbot.keyClicks(tracker.detail.reply, "Superseded by the new code.")
    choose_visit(tracker, "xaa-2019")
    assert store.read(get_recommendation, uid("xbb19-r1")).state_reply == (
        "Superseded by the new code."
    )
    choose_visit(tracker, "xbb-2019")
    assert cell(tracker, "xbb19-r1", REPLY) == "Superseded by the new code."


def test_filters_by_country_status_and_addressee(tracker: FollowUpTracker) -> None:
    tracker.country_filter.setCurrentIndex(tracker.country_filter.findData("XAA"))
    assert [dates[:4] for _country, dates in visit_rows(tracker)] == ["2019", "2018", "2017"]
    tracker.country_filter.setCurrentIndex(0)
    tracker.status_filter.setCurrentIndex(
        tracker.status_filter.findData(RecommendationStatus.NOT_IMPLEMENTED)
    )
    assert [country for country, _dates in visit_rows(tracker)] == [
        "Fictional State XBB (XBB)",
        "Fictional State XAA (XAA)",
        "Fictional State XAA (XAA)",
    ]
    choose_visit(tracker, "xaa-2018")
    assert tracker.recommendations.rowCount() == 1
    assert tracker.recommendations.line(0).paragraph_number == 31
    tracker.addressee_filter.setCurrentIndex(tracker.addressee_filter.findText("Named authority"))
    assert [country for country, _dates in visit_rows(tracker)] == ["Fictional State XAA (XAA)"]
    assert tracker.recommendations.line(0).paragraph_number == 13
    tracker.country_filter.setCurrentIndex(tracker.country_filter.findData("XBB"))
    assert visit_rows(tracker) == []
    assert tracker.recommendations.rowCount() == 0
    assert tracker.detail.record is None
    assert not tracker.detail.reply.isEnabled()


def test_the_models_pass_the_model_tester(
    qtmodeltester: ModelTester, tracker: FollowUpTracker
) -> None:
    choose_visit(tracker, "xaa-2018")
    qtmodeltester.check(tracker.visits)
    qtmodeltester.check(tracker.recommendations)
    qtmodeltester.check(TrackerVisitModel())
