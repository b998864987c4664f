"""The dashboard: the year's figures in tables and charts, copied, saved as CSV and PNG."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import (
    AuthorityKind,
    IntervieweeCategory,
    PlaceType,
    RecommendationStatus,
    ReportGroup,
    ReprisalStatus,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    InterviewFields,
    PlaceFields,
    RecommendationFields,
    ReprisalCaseFields,
)
from spt_field.services.interviews import record_interview
from spt_field.services.overdue import overdue_recommendations
from spt_field.services.places import list_places_for_visit
from spt_field.services.recommendations import add_recommendation
from spt_field.services.reprisals import open_reprisal_case
from spt_field.ui.i18n import apply_language
from spt_field.ui.models.figure_table_model import FigureTableModel
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record
from spt_field.ui.widgets.dashboard import Dashboard
from spt_field.ui.widgets.dashboard_parts import FigureBox
from tests.support.statistics_data import (
    GROUPS,
    TODAY,
    expected_json,
    import_statistics_document,
    uid,
)

Json = dict[str, Any]


@pytest.fixture
def document(store: Store) -> Json:
    return import_statistics_document(store.database)


@pytest.fixture
def dashboard(qtbot: QtBot, store: Store, document: Json) -> Dashboard:
    dashboard = Dashboard(store)
    qtbot.addWidget(dashboard)
    dashboard.today = lambda: TODAY
    dashboard.refresh()
    dashboard.resize(1100, 800)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    return dashboard


def rows(box: FigureBox) -> list[list[str]]:
    return box.model.table()[1:]


def group_label(code: str) -> str:
    return ReportGroup(code).label


def assert_shows(dashboard: Dashboard, expected: Json) -> None:
    """The tables and charts show the figures counted from the document."""
    by_group = expected["places"]["by_group"]
    assert rows(dashboard.places_by_group) == [
        *[[group_label(group), str(by_group[group])] for group in GROUPS],
        ["Total", str(expected["places"]["total"])],
    ]
    assert dashboard.places_chart.chart.bar_values() == [
        (group_label(group), float(by_group[group])) for group in GROUPS
    ]
    by_category = expected["interviews"]["by_category"]
    assert dashboard.interviews_chart.chart.bar_values() == [
        (code.label, float(by_category[code.value]["interviews"])) for code in IntervieweeCategory
    ]
    assert rows(dashboard.interviews_by_category)[-1] == [
        "Total",
        str(expected["interviews"]["count"]),
        str(expected["interviews"]["persons"]),
    ]
    statuses = expected["recommendations"]["by_status"]
    assert rows(dashboard.recommendations)[:-1] == [
        [code.label, str(statuses[code.value])] for code in RecommendationStatus
    ]
    visits = expected["visits"]
    assert [row[1] for row in rows(dashboard.visits)] == [
        str(visits[key]) for key in ("conducted", "postponed", "cancelled", "planned")
    ] + [str(sum(visits.values()))]
    assert rows(dashboard.reports)[0][1] == str(expected["reports"]["transmitted"])
    assert rows(dashboard.reports)[2][1] == str(expected["reports"]["replies_overdue"])


def test_the_latest_year_is_shown_first(dashboard: Dashboard, document: Json) -> None:
    assert dashboard.year == 2019
    assert [dashboard.year_choice.itemText(i) for i in range(dashboard.year_choice.count())] == [
        "2019",
        "2018",
        "2017",
        "All years",
    ]
    assert_shows(dashboard, expected_json(document, 2019))
    assert dashboard.summary.text() == (
        "Visits conducted: 2 · Interviews: 22 with 37 persons · Places visited: 17 · "
        "Replies overdue: 1"
    )
    assert dashboard.paragraph.text().startswith("During its official visits in 2019,")
    assert [row[0] for row in rows(dashboard.visit_list)] == [
        "Fictional State XAA",
        "Fictional State XBB",
        "Fictional State XCC",
        "Fictional State XDD",
    ]


def test_choosing_another_year_changes_the_figures(
    qtbot: QtBot, dashboard: Dashboard, document: Json
) -> None:
    dashboard.year_choice.setCurrentIndex(dashboard.year_choice.findText("2018"))
    assert dashboard.year == 2018
    assert_shows(dashboard, expected_json(document, 2018))
    assert "Places visited by group — 2018" in dashboard.places_chart.chart.chart().title()
    dashboard.year_choice.setCurrentIndex(dashboard.year_choice.findText("All years"))
    assert dashboard.year is None
    assert_shows(dashboard, expected_json(document, None))
    assert dashboard.paragraph.text().startswith("During its official visits in all years,")


def test_a_table_is_saved_as_csv(
    dashboard: Dashboard, document: Json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_caption: str, _filter: str, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    monkeypatch.setattr(dashboard, "choose_path", choose)
    dashboard.places_by_group.csv_button.click()
    assert asked == ["places-by-group-2019.csv"]
    with (tmp_path / asked[0]).open(encoding="utf-8-sig", newline="") as stream:
        saved = list(csv.reader(stream))
    by_group = expected_json(document, 2019)["places"]["by_group"]
    assert saved == [
        ["Group", "Places"],
        *[[group_label(group), str(by_group[group])] for group in GROUPS],
        ["Total", "17"],
    ]


def test_cancelling_the_file_dialog_saves_nothing(
    dashboard: Dashboard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set(tmp_path.iterdir())  # the database's files
    monkeypatch.setattr(dashboard, "choose_path", lambda *_args: None)
    dashboard.reports.csv_button.click()
    dashboard.recommendations_chart.save_button.click()
    assert set(tmp_path.iterdir()) == before


def test_a_chart_is_saved_as_png(
    qtbot: QtBot, dashboard: Dashboard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    monkeypatch.setattr(dashboard, "choose_path", lambda *_args: target)
    chart = dashboard.interviews_chart.chart.chart()
    qtbot.waitUntil(lambda: not chart.plotArea().isEmpty())  # laid out on the next turn
    dashboard.interviews_chart.save_button.click()
    image = QImage(str(target))
    assert target.stat().st_size > 1000
    assert not image.isNull()
    assert image.width() >= 300 and image.height() >= 300


def test_copy_puts_the_table_on_the_clipboard(dashboard: Dashboard) -> None:
    dashboard.interviews_by_kind.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Kind\tInterviews\tPersons\nIndividual\t17\t17\nGroup\t5\t20\nTotal\t22\t37\n"
    )
    dashboard.copy_paragraph.click()
    assert QGuiApplication.clipboard().text() == dashboard.paragraph.text()
    dashboard.copy_summary.click()
    assert QGuiApplication.clipboard().text().startswith("Statistics for 2019\n")


def test_a_new_place_updates_the_figures_and_undo_reverts_them(
    qtbot: QtBot, dashboard: Dashboard, store: Store
) -> None:
    create_record(
        store,
        RecordKind.PLACE,
        uid("xaa-2019"),
        PlaceFields(name="Women's prison", place_type=PlaceType.PRISON),
    )
    qtbot.waitUntil(lambda: dashboard.stats is not None and dashboard.stats.places == 18)
    assert rows(dashboard.places_by_group)[0] == ["Prisons", "5"]
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: dashboard.stats is not None and dashboard.stats.places == 17)
    assert dashboard.year == 2019  # the choice survives the refresh


def test_reprisal_cases_are_counted_by_status(
    dashboard: Dashboard, store: Store, qtmodeltester: ModelTester
) -> None:
    assert rows(dashboard.reprisals) == [
        ["Open", "0"],
        ["Monitoring", "0"],
        ["Closed", "0"],
        ["Total", "0"],
    ]
    with store.database.begin() as session:
        place = list_places_for_visit(session, uid("xaa-2019"))[0]
        for number, status in enumerate(
            [ReprisalStatus.OPEN, ReprisalStatus.OPEN, ReprisalStatus.CLOSED]
        ):
            interview = record_interview(
                session, place.id, InterviewFields(pseudonym=f"R{number}", reprisal_risk=True)
            )
            open_reprisal_case(
                session, ReprisalCaseFields(interview_id=interview.id, status=status)
            )
    dashboard.refresh()
    assert rows(dashboard.reprisals) == [
        ["Open", "2"],
        ["Monitoring", "0"],
        ["Closed", "1"],
        ["Total", "3"],
    ]
    qtmodeltester.check(dashboard.reprisals.model)
    assert dashboard.reprisals_chart.chart.bar_values() == [
        ("Open", 2.0),
        ("Monitoring", 0.0),
        ("Closed", 1.0),
    ]
    assert "Reprisal cases by status — 2019" in dashboard.reprisals_chart.chart.chart().title()


def test_overdue_recommendations_are_counted_by_kind_of_authority(
    dashboard: Dashboard,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    with store.database.begin() as session:
        for authority_kind in (AuthorityKind.POLICE, AuthorityKind.POLICE, AuthorityKind.HEALTH):
            add_recommendation(
                session,
                uid("xaa-2019"),
                RecommendationFields(
                    text="Keep a register.",
                    authority_kind=authority_kind,
                    due_on=date(2020, 1, 15),
                ),
            )
        before = len(overdue_recommendations(session, today=TODAY))
    dashboard.refresh()
    shown = {row[0]: row[1] for row in rows(dashboard.overdue_by_authority)}
    assert shown["Police"] == "2"
    assert shown["Ministry of health"] == "1"
    assert shown["Total"] == str(before)
    assert "as of 2020-03-01" in dashboard.overdue_by_authority.title()
    qtmodeltester.check(dashboard.overdue_by_authority.model)
    charted = dict(dashboard.overdue_chart.chart.bar_values())
    assert charted["Police"] == 2.0 and charted["Ministry of health"] == 1.0
    assert sum(charted.values()) == before
    assert "all visits, as of 2020-03-01" in dashboard.overdue_chart.chart.chart().title()
    target = tmp_path / "overdue.csv"
    monkeypatch.setattr(dashboard, "choose_path", lambda *_args: target)
    dashboard.overdue_by_authority.csv_button.click()
    with target.open(encoding="utf-8-sig", newline="") as stream:
        assert ["Police", "2"] in list(csv.reader(stream))
    target = tmp_path / "overdue.xlsx"
    dashboard.overdue_by_authority.xlsx_button.click()
    sheet = load_workbook(target).active
    assert sheet is not None
    saved = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert saved[0] == ["Kind of authority", "Overdue"]
    assert ["Police", 2] in saved
    assert saved[-1] == ["Total", before]
    dashboard.today = lambda: date(2020, 1, 15)  # due that day: not yet overdue
    dashboard.refresh()
    assert "Police" not in [row[0] for row in rows(dashboard.overdue_by_authority)]


def test_recommendations_are_counted_by_status_per_visit(
    dashboard: Dashboard,
    document: Json,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    """One row per conducted visit of the year with recommendations, a column per status."""
    expected = expected_json(document, 2019)["recommendations"]["by_status"]
    shown = rows(dashboard.recommendations_by_visit)
    assert shown[-1] == [
        "Total",
        *[str(expected[code]) for code in RecommendationStatus.codes()],
        str(sum(expected.values())),
    ]
    for row in shown[:-1]:
        assert ", from 2019-" in row[0]
        assert int(row[-1]) == sum(int(cell) for cell in row[1:-1]) > 0
    qtmodeltester.check(dashboard.recommendations_by_visit.model)
    target = tmp_path / "by-visit.xlsx"
    monkeypatch.setattr(dashboard, "choose_path", lambda *_args: target)
    dashboard.recommendations_by_visit.xlsx_button.click()
    sheet = load_workbook(target).active
    assert sheet is not None
    saved = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert saved[0] == ["Visit", *(code.label for code in RecommendationStatus), "Total"]
    assert saved[-1][-1] == sum(expected.values())


def test_an_empty_database_shows_zeros(qtbot: QtBot, store: Store) -> None:
    dashboard = Dashboard(store)
    qtbot.addWidget(dashboard)
    assert dashboard.year is None
    assert [dashboard.year_choice.itemText(i) for i in range(dashboard.year_choice.count())] == [
        "All years"
    ]
    assert rows(dashboard.places_by_group)[-1] == ["Total", "0"]


def test_figure_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = FigureTableModel(["Group", "Places", "Persons"])
    qtmodeltester.check(model)
    model.set_rows([["Prisons", 4, 9], ["Other places", 0, 0]], total=True)
    qtmodeltester.check(model)
    assert model.data(model.index(2, 1)) == "4"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.as_csv() == "Group,Places,Persons\nPrisons,4,9\nOther places,0,0\nTotal,4,9\n"


def test_csv_and_clipboard_cells_cannot_run_as_formulas() -> None:
    model = FigureTableModel(["=Group", "Places"])
    model.set_rows(
        [['=HYPERLINK("http://x")', -3], ["+1", 2], ["-2", 0], ["@SUM(A1)", 1], ["Prison", 5]]
    )
    assert model.as_csv().splitlines() == [
        "'=Group,Places",
        '"\'=HYPERLINK(""http://x"")",-3',
        "'+1,2",
        "'-2,0",
        "'@SUM(A1),1",
        "Prison,5",
    ]
    assert model.as_tab_separated().splitlines()[3] == "'-2\t0"


@pytest.mark.parametrize(
    ("language", "opening", "places"),
    [
        (
            "fr",
            "Au cours de ses visites officielles en 2019, le Sous-Comité a mené 22 entretiens",
            "prisons",
        ),
        ("zh", "在2019的正式查访中，小组委员会与37人", "所监狱"),
    ],
)
def test_the_annual_report_paragraph_follows_the_interface_language(
    qtbot: QtBot, store: Store, document: Json, language: str, opening: str, places: str
) -> None:
    apply_language(language)
    dashboard = Dashboard(store)
    qtbot.addWidget(dashboard)
    dashboard.today = lambda: TODAY
    dashboard.refresh()
    paragraph = dashboard.paragraph.text()
    assert paragraph.startswith(opening), paragraph
    assert places in paragraph
    assert "Subcommittee" not in paragraph and "prison(s)" not in paragraph
