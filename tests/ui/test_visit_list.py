"""The visit list: one row per visit, a filter, and opening or starting a visit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.codes import VisitStatus, VisitType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, Visit, VisitFields
from spt_field.services import visits
from spt_field.ui.dialogs.new_visit_dialog import NewVisitDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.models.visit_table_model import VisitTableModel
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record
from spt_field.ui.visit_list import VisitList
from tests.conftest import PASSPHRASE
from tests.support.windows import MessageBoxes


@pytest.fixture
def three_visits(store: Store, visit: Visit, place: Place) -> list[Visit]:
    """The conftest visit (XRU 2019, one place) and two more."""
    more = [
        store.write(
            visits.create_visit,
            VisitFields(
                country="FRA",
                visit_type=VisitType.FOLLOW_UP,
                status=VisitStatus.PLANNED,
                start_date=date(2021, 5, 3),
                end_date=date(2021, 5, 9),
            ),
        ),
        store.write(
            visits.create_visit,
            VisitFields(country="XRU", start_date=date(2017, 10, 1), end_date=date(2017, 10, 12)),
        ),
    ]
    return [visit, *more]


@pytest.fixture
def visit_list(qtbot: QtBot, store: Store, three_visits: list[Visit]) -> VisitList:
    widget = VisitList(store)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button(widget: VisitList, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def shown_ids(widget: VisitList) -> list[str]:
    return [str(widget.proxy.index(row, 0).data(ID_ROLE)) for row in range(widget.proxy.rowCount())]


# The model --------------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(
    store: Store, three_visits: list[Visit], qtmodeltester: ModelTester
) -> None:
    model = VisitTableModel()
    model.set_visits(store.read(visits.list_visits))
    qtmodeltester.check(model)


def test_an_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(VisitTableModel())


def test_a_row_shows_country_dates_type_status_and_counts(
    store: Store, visit: Visit, place: Place
) -> None:
    model = VisitTableModel()
    model.set_visits(store.read(visits.list_visits))
    assert model.rowCount() == 1 and model.columnCount() == 7
    row = [model.index(0, column).data() for column in range(7)]
    assert row[0].endswith("(XRU)")
    assert row[1:3] == ["2019-01-27", "2019-02-07"]
    assert row[3] == visit.visit_type.label
    assert row[4] == VisitStatus.IN_PROGRESS.label
    assert row[5:] == [1, 0]
    assert model.index(0, 0).data(ID_ROLE) == visit.id
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 6).data(Qt.ItemDataRole.TextAlignmentRole) == right
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Country", "From", "To", "Type", "Status", "Places", "Interviews"]


# The widget -------------------------------------------------------------------------------------


def test_every_visit_is_listed_and_the_first_selected(
    visit_list: VisitList, three_visits: list[Visit]
) -> None:
    assert sorted(shown_ids(visit_list)) == sorted(v.id for v in three_visits)
    assert visit_list.table.currentIndex().isValid()


def test_the_filter_matches_country_year_type_and_status(
    qtbot: QtBot, visit_list: VisitList, three_visits: list[Visit]
) -> None:
    QTest.keyClicks(visit_list.filter, "fra")
    assert shown_ids(visit_list) == [three_visits[1].id]
    visit_list.filter.clear()
    QTest.keyClicks(visit_list.filter, "2017")
    assert shown_ids(visit_list) == [three_visits[2].id]
    visit_list.filter.clear()
    QTest.keyClicks(visit_list.filter, "follow-up")
    assert shown_ids(visit_list) == [three_visits[1].id]
    visit_list.filter.clear()
    QTest.keyClicks(visit_list.filter, "in progress")
    assert shown_ids(visit_list) == [three_visits[0].id]
    visit_list.filter.clear()
    assert len(shown_ids(visit_list)) == 3


def test_the_newest_visit_comes_first(
    qtbot: QtBot, store: Store, three_visits: list[Visit]
) -> None:
    xru_2019, fra_2021, xru_2017 = three_visits
    armenia_2023 = store.write(
        visits.create_visit,
        VisitFields(country="ARM", start_date=date(2023, 9, 10), end_date=date(2023, 9, 20)),
    )
    widget = VisitList(store)
    qtbot.addWidget(widget)
    assert shown_ids(widget) == [armenia_2023.id, fra_2021.id, xru_2019.id, xru_2017.id]
    assert widget.table.currentIndex().data(ID_ROLE) == armenia_2023.id


def test_sorting_by_start_date(visit_list: VisitList, three_visits: list[Visit]) -> None:
    visit_list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_ids(visit_list) == [three_visits[2].id, three_visits[0].id, three_visits[1].id]
    visit_list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown_ids(visit_list)[0] == three_visits[1].id


def test_enter_on_a_row_opens_that_visit(
    qtbot: QtBot, visit_list: VisitList, three_visits: list[Visit]
) -> None:
    visit_list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    visit_list.table.setFocus()
    visit_list.table.selectRow(1)
    with qtbot.waitSignal(visit_list.openVisit) as opened:
        QTest.keyClick(visit_list.table, Qt.Key.Key_Return)
    assert opened.args == [three_visits[0].id]


def test_the_open_button_opens_the_selected_visit(
    qtbot: QtBot, visit_list: VisitList, three_visits: list[Visit]
) -> None:
    visit_list.filter.setText("FRA")
    visit_list.table.selectRow(0)
    with qtbot.waitSignal(visit_list.openVisit) as opened:
        button(visit_list, "&Open visit").click()
    assert opened.args == [three_visits[1].id]


def test_the_new_visit_button_asks_for_a_new_visit(qtbot: QtBot, visit_list: VisitList) -> None:
    with qtbot.waitSignal(visit_list.newVisitRequested):
        button(visit_list, "&New visit…").click()


def test_a_visit_added_anywhere_appears_in_the_list(visit_list: VisitList, store: Store) -> None:
    created = create_record(
        store,
        RecordKind.VISIT,
        "",
        VisitFields(country="ESP", start_date=date(2022, 2, 1), end_date=date(2022, 2, 4)),
    )
    assert created.id in shown_ids(visit_list)
    store.undo_stack.undo()
    assert created.id not in shown_ids(visit_list)


# Starting a visit from the main window ----------------------------------------------------------


def test_new_visit_from_the_window_creates_it_and_opens_it(
    bare_window: MainWindow,
    database_path_with_a_visit: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bare_window.use_database(open_database(Path(database_path_with_a_visit), PASSPHRASE))

    def fill_in(dialog: NewVisitDialog) -> int:
        dialog.country.set_code("ARM")
        dialog.start.set_value(date(2023, 9, 10))
        dialog.end.set_value(date(2023, 9, 20))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewVisitDialog, "exec", fill_in)
    bare_window.new_visit_action.trigger()
    assert bare_window.store is not None and bare_window.workspace is not None
    summaries = bare_window.store.read(visits.list_visits)
    [armenia] = [s for s in summaries if s.country == "ARM"]
    assert (armenia.start_date, armenia.end_date) == (date(2023, 9, 10), date(2023, 9, 20))
    assert bare_window.pages.currentWidget() is bare_window.workspace
    assert bare_window.workspace.visit is not None
    assert bare_window.workspace.visit.id == armenia.id
    bare_window.undo_action.trigger()  # starting it was one step
    assert [s.country for s in bare_window.store.read(visits.list_visits)] == ["XRU"]


def test_a_cancelled_new_visit_creates_nothing(
    bare_window: MainWindow,
    database_path_with_a_visit: str,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    bare_window.use_database(open_database(Path(database_path_with_a_visit), PASSPHRASE))
    monkeypatch.setattr(NewVisitDialog, "exec", lambda _dialog: int(QDialog.DialogCode.Rejected))
    bare_window.new_visit_action.trigger()
    assert bare_window.store is not None
    assert len(bare_window.store.read(visits.list_visits)) == 1
    assert bare_window.pages.currentWidget() is bare_window.visit_list
    assert boxes.shown == []


def test_the_new_visit_dialog_offers_sensible_defaults(qtbot: QtBot) -> None:
    dialog = NewVisitDialog(today=date(2031, 2, 27))
    qtbot.addWidget(dialog)
    dialog.country.set_code("XRU")
    fields = dialog.fields()
    assert fields.country == "XRU"
    assert fields.start_date == date(2031, 2, 27)
    assert fields.end_date == date(2031, 3, 9)
    assert (fields.end_date - fields.start_date).days == 10


@pytest.fixture
def database_path_with_a_visit(visit: Visit, db_path: Path, database: Database) -> str:
    """The conftest database, closed so the window can open it as a user would."""
    database.close()
    return str(db_path)
