"""The overview page: tables of counts and a bar chart, kept current as records change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSet, QHorizontalBarSeries
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import (
    AllegationForm,
    ConsentScope,
    FindingArea,
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    Severity,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    AllegationFields,
    FindingFields,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
)
from spt_field.services.allegations import add_allegation
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview
from spt_field.services.places import add_place
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record
from spt_field.ui.widgets.overview import OverviewPage
from spt_field.ui.widgets.overview_chart import tick_interval


@pytest.fixture
def filled(store: Store, visit: Visit, place: Place) -> Visit:
    """A prison and a police station; 4 interviews (one group of 5); 3 allegations; 3 findings."""
    with store.database.begin() as session:
        police = add_place(
            session, visit.id, PlaceFields(name="Police station 3", place_type=PlaceType.POLICE)
        )
        interviews = []
        for where, pseudonym, category, persons in (
            (place.id, "A", IntervieweeCategory.DETAINEE, 1),
            (place.id, "B", IntervieweeCategory.DETAINEE, 5),
            (police.id, "C", IntervieweeCategory.LAW_ENFORCEMENT, 1),
            (police.id, "D", IntervieweeCategory.DETAINEE, 1),
        ):
            kind = InterviewKind.GROUP if persons > 1 else InterviewKind.INDIVIDUAL
            fields = InterviewFields(
                pseudonym=pseudonym,
                category=category,
                kind=kind,
                persons=persons,
                consent=ConsentScope.ANONYMOUS,
            )
            interviews.append(record_interview(session, where, fields))
        for interview, form in (
            (interviews[0], AllegationForm.BEATING),
            (interviews[0], AllegationForm.THREATS),
            (interviews[3], AllegationForm.BEATING),
        ):
            add_allegation(session, interview.id, AllegationFields(form=form))
        for area, severity, title in (
            (FindingArea.TREATMENT, Severity.HIGH, "Beatings on arrest"),
            (FindingArea.TREATMENT, Severity.URGENT, "Cell 4"),
            (FindingArea.MATERIAL_CONDITIONS, Severity.HIGH, "Overcrowding"),
        ):
            add_finding(session, visit.id, FindingFields(area=area, severity=severity, title=title))
    return visit


@pytest.fixture
def page(qtbot: QtBot, store: Store, filled: Visit) -> OverviewPage:
    page = OverviewPage(store)
    qtbot.addWidget(page)
    page.set_visit(filled.id)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def table_rows(table: QTableWidget) -> list[list[str]]:
    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    return [
        [text(row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def bar_set(page: OverviewPage) -> QBarSet:
    (series,) = page.chart.chart().series()
    assert isinstance(series, QHorizontalBarSeries)
    (bars,) = series.barSets()
    return bars


def test_tables_show_the_counts_with_labels_and_totals(page: OverviewPage) -> None:
    assert table_rows(page.places) == [["Police station", "1"], ["Prison", "1"], ["Total", "2"]]
    assert table_rows(page.interviews) == [
        ["Person deprived of liberty", "3", "7"],
        ["Law enforcement officer", "1", "1"],
        ["Total", "4", "8"],
    ]
    assert table_rows(page.allegations) == [
        ["Beating or blunt trauma", "2"],
        ["Threats", "1"],
        ["Total", "3"],
    ]
    assert table_rows(page.findings_by_area)[-1] == ["Total", "3"]
    assert table_rows(page.findings_by_severity) == [["High", "2"], ["Urgent", "1"], ["Total", "3"]]
    assert page.summary.text() == (
        "2 places visited · 4 interviews with 8 persons · 3 allegations · 3 findings"
    )


def test_the_chart_shows_the_breakdown_chosen(
    qtbot: QtBot, page: OverviewPage, tmp_path: Path
) -> None:
    assert page.choice.currentText() == "Places by type"
    assert page.chart.bar_values() == [("Police station", 1.0), ("Prison", 1.0)]
    page.choice.setCurrentText("Persons interviewed by category")
    assert page.chart.bar_values() == [
        ("Person deprived of liberty", 7.0),
        ("Law enforcement officer", 1.0),
    ]
    assert sorted(bar_set(page).at(i) for i in range(bar_set(page).count())) == [1.0, 7.0]
    page.choice.setCurrentText("Allegations by form")
    assert page.chart.bar_values() == [("Beating or blunt trauma", 2.0), ("Threats", 1.0)]
    assert bar_set(page).label() == "Allegations"
    page.choice.setCurrentText("Findings by severity")
    assert page.chart.bar_values() == [("High", 2.0), ("Urgent", 1.0)]
    qtbot.waitUntil(lambda: not page.chart.chart().plotArea().isEmpty())  # laid out
    assert page.grab().save(str(tmp_path / "overview.png"))


def test_a_new_record_updates_the_figures_and_undo_reverts_them(
    qtbot: QtBot, page: OverviewPage, store: Store, filled: Visit
) -> None:
    create_record(
        store,
        RecordKind.PLACE,
        filled.id,
        PlaceFields(name="Hospital", place_type=PlaceType.PSYCHIATRIC),
    )
    qtbot.waitUntil(lambda: page.overview.places == 3)
    assert ("Psychiatric institution", 1.0) in page.chart.bar_values()
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: page.overview.places == 2)
    assert table_rows(page.places)[-1] == ["Total", "2"]


def test_a_hidden_page_catches_up_when_shown(
    qtbot: QtBot, page: OverviewPage, store: Store, filled: Visit
) -> None:
    page.hide()
    finding = next(iter(page.overview.findings_by_area))
    assert finding is FindingArea.TREATMENT
    created = create_record(
        store,
        RecordKind.FINDING,
        filled.id,
        FindingFields(area=FindingArea.HEALTH_CARE, severity=Severity.LOW, title="No screening"),
    )
    qtbot.wait(20)
    assert page.overview.findings == 3  # not recomputed while nobody looks
    page.show()
    qtbot.waitUntil(lambda: page.overview.findings == 4)
    delete_record(store, RecordKind.FINDING, created.id)
    qtbot.waitUntil(lambda: page.overview.findings == 3)


def test_an_empty_visit_says_so(qtbot: QtBot, store: Store, visit: Visit) -> None:
    page = OverviewPage(store)
    qtbot.addWidget(page)
    page.set_visit(visit.id)
    assert page.chart.bar_values() == []
    assert "nothing recorded yet" in page.chart.chart().title()
    assert table_rows(page.places) == [["Total", "0"]]


def test_a_deleted_visit_shows_a_message_not_an_error(
    qtbot: QtBot, page: OverviewPage, store: Store, filled: Visit
) -> None:
    delete_record(store, RecordKind.VISIT, filled.id)
    qtbot.waitUntil(lambda: page.summary.text() == "No figures: this visit has been deleted.")
    assert page.overview.places == 0
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: page.overview.places == 2)


@pytest.mark.parametrize(
    ("largest", "step"), [(0, 1), (1, 1), (4, 1), (7, 2), (12, 5), (40, 10), (180, 50), (950, 200)]
)
def test_value_axis_steps_are_whole_and_round(largest: int, step: int) -> None:
    assert tick_interval(largest) == step
