"""The interview table model: every interview of a visit, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, create_database
from spt_field.domain.codes import ConsentScope, IntervieweeCategory, InterviewKind, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import InterviewFields, Place, PlaceFields, Visit, VisitFields
from spt_field.services.interviews import list_interviews_for_visit, record_interview
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit
from spt_field.ui.models import interview_table_model
from spt_field.ui.models.interview_table_model import (
    CATEGORY,
    DATE,
    KIND,
    NOTES,
    PAGE_SIZE,
    PLACE,
    PSEUDONYM,
    REPRISAL,
    REPRISAL_COLOR,
    InterviewTableModel,
)
from spt_field.ui.models.roles import ID_ROLE
from spt_field.ui.store import Store
from spt_field.ui.undo import create_record, delete_record, edit_record
from tests.conftest import PASSPHRASE
from tests.support.interviews import add_visit_with_interviews

MANY = 1000


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    """A database whose visit holds MANY interviews, built once for the tests that only read."""
    database = create_database(Path(tmp_path_factory.mktemp("many")) / "many.sptdb", PASSPHRASE)
    visit_id = add_visit_with_interviews(database, MANY)
    yield database, visit_id
    database.close()


@pytest.fixture
def many_model(qtbot: QtBot, many: tuple[Database, str]) -> InterviewTableModel:
    database, visit_id = many
    model = InterviewTableModel(Store(database))
    model.set_visit(visit_id)
    return model


@pytest.fixture
def model(qtbot: QtBot, store: Store, visit: Visit, place: Place) -> InterviewTableModel:
    """Three interviews: A (at risk), a group B, and C."""
    with store.database.begin() as session:
        for fields in (
            InterviewFields(
                pseudonym="A",
                reprisal_risk=True,
                held_on=date(2019, 1, 28),
                held_at=time(9, 30),
                consent=ConsentScope.ANONYMOUS,
                notes="Beaten   at arrest,\nthen kept 3 days without water. " * 5,
            ),
            InterviewFields(
                pseudonym="B",
                kind=InterviewKind.GROUP,
                persons=6,
                held_on=date(2019, 1, 29),
                category=IntervieweeCategory.CUSTODIAL_STAFF,
            ),
            InterviewFields(pseudonym="C", held_on=date(2019, 1, 30)),
        ):
            record_interview(session, place.id, fields)
    model = InterviewTableModel(store)
    model.set_visit(visit.id)
    return model


def cell(model: InterviewTableModel, row: int, column: int, role: int = 0) -> object:
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def test_model_passes_the_model_tester(
    model: InterviewTableModel, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(model)


def test_a_lazy_model_passes_the_model_tester(
    many_model: InterviewTableModel, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(many_model)
    root = many_model.index(0, 0).parent()
    while many_model.canFetchMore(root):  # the tester checks every page as it comes
        many_model.fetchMore(root)
    assert len({row.id for row in many_model.rows}) == many_model.rowCount() == MANY


def test_only_the_first_page_is_loaded_until_fetch_more(
    many_model: InterviewTableModel, many: tuple[Database, str]
) -> None:
    root = many_model.index(0, 0).parent()
    assert (many_model.rowCount(), many_model.total) == (PAGE_SIZE, MANY)
    assert many_model.canFetchMore(root)
    many_model.fetchMore(root)
    assert many_model.rowCount() == 2 * PAGE_SIZE
    while many_model.canFetchMore(root):
        many_model.fetchMore(root)
    assert many_model.rowCount() == MANY
    database, visit_id = many
    with database.begin() as session:
        expected = [interview.id for interview in list_interviews_for_visit(session, visit_id)]
    assert [row.id for row in many_model.rows] == expected


def test_rows_show_what_the_table_promises(model: InterviewTableModel, place: Place) -> None:
    assert model.rowCount() == 3 and model.columnCount() == 8
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers[PSEUDONYM] == "Pseudonym" and headers[NOTES] == "Notes"
    assert [cell(model, row, PSEUDONYM) for row in range(3)] == ["A", "B", "C"]
    assert cell(model, 0, PLACE) == place.name
    assert cell(model, 0, DATE) == "2019-01-28 09:30"
    assert cell(model, 1, DATE) == "2019-01-29"
    assert cell(model, 1, CATEGORY) == "Custodial staff"
    assert cell(model, 0, KIND) == "Individual"
    assert cell(model, 1, KIND) == "Group of 6"
    notes = str(cell(model, 0, NOTES))
    assert notes.startswith("Beaten at arrest, then kept") and notes.endswith("…")
    assert len(notes) <= 80


def test_reprisal_risk_rows_are_marked(model: InterviewTableModel) -> None:
    assert cell(model, 0, REPRISAL) == "⚠"
    assert cell(model, 1, REPRISAL) == ""
    brush = cell(model, 0, PSEUDONYM, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == REPRISAL_COLOR
    assert cell(model, 1, PSEUDONYM, Qt.ItemDataRole.ForegroundRole) is None
    assert "Reprisal risk" in str(cell(model, 0, NOTES, Qt.ItemDataRole.ToolTipRole))


def test_an_edit_updates_its_row_and_undo_restores_it(
    qtbot: QtBot, model: InterviewTableModel, store: Store
) -> None:
    interview_id = str(cell(model, 2, PSEUDONYM, ID_ROLE))
    with qtbot.waitSignal(model.dataChanged):
        edit_record(
            store,
            RecordKind.INTERVIEW,
            interview_id,
            {"reprisal_risk": False},
            {"reprisal_risk": True},
        )
    assert cell(model, 2, REPRISAL) == "⚠"
    store.undo_stack.undo()
    assert cell(model, 2, REPRISAL) == ""


def test_a_new_interview_appears_and_a_deleted_one_goes(
    qtbot: QtBot, model: InterviewTableModel, store: Store, place: Place
) -> None:
    with qtbot.waitSignal(model.modelReset):
        created = create_record(
            store, RecordKind.INTERVIEW, place.id, InterviewFields(pseudonym="D", held_on=None)
        )
    assert model.rowCount() == 4 and model.total == 4
    assert cell(model, 0, PSEUDONYM) == "D"  # undated interviews come first, as in the list
    with qtbot.waitSignal(model.modelReset):
        delete_record(store, RecordKind.INTERVIEW, created.id)
    assert model.row_of(created.id) is None and model.rowCount() == 3
    store.undo_stack.undo()
    qtbot.waitUntil(lambda: model.row_of(created.id) == 0)


def test_renaming_a_place_updates_its_rows(
    qtbot: QtBot, model: InterviewTableModel, store: Store, place: Place
) -> None:
    with qtbot.waitSignal(model.modelReset):
        edit_record(
            store, RecordKind.PLACE, place.id, {"name": place.name}, {"name": "Lorvik Remand"}
        )
    assert {cell(model, row, PLACE) for row in range(3)} == {"Lorvik Remand"}


def test_an_edit_that_moves_a_row_keeps_the_order(
    qtbot: QtBot, model: InterviewTableModel, store: Store
) -> None:
    interview_id = str(cell(model, 0, PSEUDONYM, ID_ROLE))
    with qtbot.waitSignal(model.modelReset):
        edit_record(
            store,
            RecordKind.INTERVIEW,
            interview_id,
            {"held_on": date(2019, 1, 28)},
            {"held_on": date(2019, 2, 1)},
        )
    assert [cell(model, row, PSEUDONYM) for row in range(3)] == ["B", "C", "A"]


def test_an_edit_moving_an_unloaded_interview_into_the_loaded_rows_shows_it(
    qtbot: QtBot,
    store: Store,
    visit: Visit,
    model: InterviewTableModel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(interview_table_model, "PAGE_SIZE", 2)
    model.set_visit(visit.id)
    assert [row.pseudonym for row in model.rows] == ["A", "B"]
    unloaded = store.read(list_interviews_for_visit, visit.id)[2]
    with qtbot.waitSignal(model.modelReset):
        edit_record(
            store,
            RecordKind.INTERVIEW,
            unloaded.id,
            {"held_on": unloaded.held_on},
            {"held_on": date(2019, 1, 27)},
        )
    assert [row.pseudonym for row in model.rows] == ["C", "A"]


def test_other_visits_are_not_listed(
    qtbot: QtBot, store: Store, model: InterviewTableModel
) -> None:
    with store.database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2020, 3, 1), end_date=date(2020, 3, 9)),
        )
        camp = add_place(session, other.id, PlaceFields(name="Camp", place_type=PlaceType.OTHER))
        record_interview(session, camp.id, InterviewFields(pseudonym="Z"))
    model.reload()
    assert model.rowCount() == 3
    model.set_visit(None)
    assert model.rowCount() == 4 and "Z" in {row.pseudonym for row in model.rows}
    model.set_visit(other.id)
    assert [row.pseudonym for row in model.rows] == ["Z"]
