"""The overdue view: filters, a sound model, the export read back; the follow-up shows each
recommendation's status history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import AuthorityKind, FindingArea, RecommendationStatus, VisitStatus
from spt_field.domain.values import Recommendation, RecommendationFields, VisitFields
from spt_field.services.recommendations import add_recommendation, update_recommendation
from spt_field.services.visits import create_visit, update_visit
from spt_field.ui.store import Store
from spt_field.ui.widgets.overdue_view import OverdueView
from spt_field.ui.widgets.recommendation_follow_up import RecommendationFollowUp

TODAY = date(2024, 3, 10)


def _recommendation(store: Store, country: str, kind: AuthorityKind) -> Recommendation:
    with store.database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(
                country=country,
                status=VisitStatus.COMPLETED,
                start_date=date(2023, 5, 1),
                end_date=date(2023, 5, 10),
            ),
        )
        update_visit(session, visit.id, transmitted_on=date(2023, 8, 31))
        return add_recommendation(
            session,
            visit.id,
            RecommendationFields(
                text=f"Recommendation to {kind.value} in {country}",
                authority_kind=kind,
                themes=(FindingArea.SAFEGUARDS,),
            ),
        )


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> OverdueView:
    _recommendation(store, "XAA", AuthorityKind.POLICE)
    _recommendation(store, "XBB", AuthorityKind.HEALTH)
    view = OverdueView(store)
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.reload()
    view.show()
    qtbot.waitExposed(view)
    return view


def test_lists_every_overdue_recommendation_and_filters(
    view: OverdueView, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    view.authority_filter.setCurrentIndex(view.authority_filter.findData(AuthorityKind.HEALTH))
    assert [line.country for line in view.model.lines] == ["XBB"]
    view.authority_filter.setCurrentIndex(0)
    view.country_filter.setCurrentIndex(view.country_filter.findData("XAA"))
    assert [line.country for line in view.model.lines] == ["XAA"]
    view.theme_filter.setCurrentIndex(view.theme_filter.findData(FindingArea.HEALTH_CARE))
    assert view.model.rowCount() == 0
    assert not view.xlsx_button.isEnabled()
    qtmodeltester.check(view.model)


def test_every_input_has_a_name(view: OverdueView) -> None:
    for widget in (
        view.country_filter,
        view.authority_filter,
        view.theme_filter,
        view.status_filter,
        view.table,
    ):
        assert widget.accessibleName()


def test_exports_the_list_as_shown(
    view: OverdueView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.country_filter.setCurrentIndex(view.country_filter.findData("XBB"))
    target = tmp_path / "overdue.xlsx"
    monkeypatch.setattr(view, "choose_file", lambda _suffix: target)
    assert view.export("xlsx") == target
    rows = list(load_workbook(target).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "Country" and rows[0][9] == "Status"
    assert [row[0] for row in rows[1:]] == ["XBB"]
    assert rows[1][3] == "Recommendation to health in XBB"
    assert rows[1][8] == (TODAY - date(2024, 2, 29)).days
    csv_target = tmp_path / "overdue.csv"
    monkeypatch.setattr(view, "choose_file", lambda _suffix: csv_target)
    assert view.export("csv") == csv_target
    assert "Recommendation to health in XBB" in csv_target.read_text(encoding="utf-8-sig")


def test_an_implemented_recommendation_leaves_the_view(view: OverdueView, store: Store) -> None:
    first = view.model.lines[0]
    store.write(update_recommendation, first.id, status=RecommendationStatus.IMPLEMENTED)
    store.recordChanged.emit("recommendation", first.id)
    assert [line.id for line in view.model.lines if line.id == first.id] == []


def test_the_follow_up_shows_the_status_history(qtbot: QtBot, store: Store) -> None:
    recommendation = _recommendation(store, "XAA", AuthorityKind.POLICE)
    with store.database.begin() as session:
        update_recommendation(
            session,
            recommendation.id,
            status=RecommendationStatus.IN_PROGRESS,
            state_reply_on=date(2024, 1, 5),
        )
        update_recommendation(session, recommendation.id, status=RecommendationStatus.IMPLEMENTED)
    detail = RecommendationFollowUp(store)
    qtbot.addWidget(detail)
    detail.show_recommendation(recommendation.id)
    texts = [detail.history.item(row).text() for row in range(detail.history.count())]
    assert texts == ["2024-01-05 · In progress", "2024-01-05 · Implemented"]
    assert detail.reply_on.accessibleName() and detail.history.accessibleName()
