"""The interview table: loads as it scrolls, filters loaded rows, opens an interview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, create_database
from spt_field.domain.values import InterviewFields, Place, Visit
from spt_field.services.interviews import record_interview
from spt_field.ui.models.interview_table_model import PAGE_SIZE, PSEUDONYM
from spt_field.ui.store import Store
from spt_field.ui.widgets.interview_table import InterviewTable
from tests.conftest import PASSPHRASE
from tests.support.interviews import add_visit_with_interviews

MANY = 1000


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    database = create_database(Path(tmp_path_factory.mktemp("many")) / "many.sptdb", PASSPHRASE)
    yield database, add_visit_with_interviews(database, MANY)
    database.close()


def shown(qtbot: QtBot, table: InterviewTable) -> InterviewTable:
    qtbot.addWidget(table)
    table.resize(1000, 600)
    table.show()
    qtbot.waitExposed(table)
    return table


@pytest.fixture
def table(qtbot: QtBot, store: Store, visit: Visit, place: Place) -> InterviewTable:
    with store.database.begin() as session:
        for pseudonym, notes in (("A", "Beaten at arrest"), ("B", "Food is scarce"), ("C", "")):
            fields = InterviewFields(pseudonym=pseudonym, held_on=date(2019, 1, 28), notes=notes)
            record_interview(session, place.id, fields)
    table = shown(qtbot, InterviewTable(store))
    table.set_visit(visit.id)
    return table


def row_of(table: InterviewTable, pseudonym: str) -> int:
    proxy = table.proxy
    matches = [r for r in range(proxy.rowCount()) if proxy.index(r, PSEUDONYM).data() == pseudonym]
    return matches[0]


def test_double_click_opens_the_interview(qtbot: QtBot, table: InterviewTable) -> None:
    index = table.proxy.index(row_of(table, "B"), PSEUDONYM)
    expected = table.model.rows[1].id
    viewport, point = table.view.viewport(), table.view.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)  # a double-click's 1st click
    with qtbot.waitSignal(table.openInterview) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [expected]


def test_enter_opens_the_current_interview(qtbot: QtBot, table: InterviewTable) -> None:
    table.view.setCurrentIndex(table.proxy.index(row_of(table, "C"), 0))
    with qtbot.waitSignal(table.openInterview) as opened:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened.args == [table.model.rows[2].id]


def test_the_filter_keeps_matching_rows_and_down_moves_into_the_table(
    qtbot: QtBot, table: InterviewTable
) -> None:
    qtbot.keyClicks(table.filter, "arrest")
    assert table.proxy.rowCount() == 1
    assert table.status.text() == "1 of 3 loaded rows match"
    qtbot.keyClick(table.filter, Qt.Key.Key_Down)
    assert table.current_interview_id() == table.model.rows[0].id
    table.filter.clear()
    assert table.proxy.rowCount() == 3
    assert table.status.text() == "3 interviews"


def test_only_the_first_page_loads_until_the_user_scrolls(
    qtbot: QtBot, many: tuple[Database, str]
) -> None:
    database, visit_id = many
    table = shown(qtbot, InterviewTable(Store(database)))
    table.set_visit(visit_id)
    qtbot.wait(50)  # let the view run its own fetch-more checks
    assert table.model.rowCount() == PAGE_SIZE
    assert table.status.text() == f"{PAGE_SIZE} of {MANY} interviews loaded"
    table.view.scrollToBottom()
    qtbot.waitUntil(lambda: table.model.rowCount() == 2 * PAGE_SIZE)


def test_the_table_looks_right(qtbot: QtBot, many: tuple[Database, str], tmp_path: Path) -> None:
    database, visit_id = many
    table = shown(qtbot, InterviewTable(Store(database)))
    table.set_visit(visit_id)
    qtbot.wait(50)  # the layout settles
    assert table.grab().save(str(tmp_path / "interview_table.png"))
    reprisal = table.proxy.index(0, 6).data()
    assert reprisal == "⚠"  # X0000 is at risk and held on the first day
