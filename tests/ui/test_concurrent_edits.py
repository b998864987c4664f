"""Two drafters on one database, seen from the window: a refused save keeps the typing and shows
the other's value; the workspace shows what the other saved without touching the typing.

Each test runs on a file opened twice (two `open_database`) and on a server database opened
twice (two `open_server_database`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from spt_field.db.server import open_server_database
from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.codes import PlaceType, VisitStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    DelegationMemberFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.services.delegation import add_member, get_member, update_member
from spt_field.services.places import add_place, get_place, update_place
from spt_field.services.visits import create_visit, get_visit, update_visit
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.models.people_table_model import PeopleColumn, PeopleTableModel
from spt_field.ui.refresh import Refresher, watch_others
from spt_field.ui.store import Store
from spt_field.ui.visit_list import VisitList
from spt_field.ui.workspace import Workspace
from tests.conftest import PASSPHRASE

THEIRS = "Lorvik Remand Centre"
MINE = "Lorvik Women's Prison"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.server)])
def databases(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Database, Database]]:
    """Mine and the other drafter's connection to one database."""
    if request.param == "postgresql":
        mine: Database = request.getfixturevalue("server_database")
        assert mine.server is not None
        other = open_server_database(mine.server)
    else:
        path = tmp_path / "shared.sptdb"
        mine = create_database(path, PASSPHRASE)
        other = open_database(path, PASSPHRASE)
    yield mine, other
    other.close()
    if request.param == "sqlite":
        mine.close()


@pytest.fixture
def store(qtbot: QtBot, databases: tuple[Database, Database]) -> Iterator[Store]:
    store = Store(databases[0])
    yield store
    store.undo_stack.clear()


@pytest.fixture
def other(databases: tuple[Database, Database]) -> Database:
    return databases[1]


@pytest.fixture
def visit(databases: tuple[Database, Database]) -> Visit:
    with databases[0].begin() as session:
        return create_visit(
            session,
            VisitFields(
                country="XRU",
                status=VisitStatus.IN_PROGRESS,
                start_date=date(2019, 1, 27),
                end_date=date(2019, 2, 7),
            ),
        )


@pytest.fixture
def place(databases: tuple[Database, Database], visit: Visit) -> Place:
    with databases[0].begin() as session:
        return add_place(
            session,
            visit.id,
            PlaceFields(
                name="Central Prison of Lorvik",
                place_type=PlaceType.PRISON,
                visited_on=date(2019, 1, 28),
            ),
        )


@pytest.fixture
def form(qtbot: QtBot, store: Store, place: Place) -> PlaceForm:
    form = PlaceForm(store)
    qtbot.addWidget(form)
    form.show_record(store.read(get_place, place.id))
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def other_saves(other: Database, place: Place, **changes: object) -> None:
    with other.begin() as session:
        update_place(session, place.id, loaded=get_place(session, place.id), **changes)


def stored(other: Database, place: Place) -> Place:
    with other.read() as session:
        return get_place(session, place.id)


def retype(qtbot: QtBot, line_edit: QLineEdit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)


def test_a_save_over_the_others_change_is_refused_showing_their_value_and_keeping_mine(
    qtbot: QtBot, form: PlaceForm, other: Database, place: Place
) -> None:
    other_saves(other, place, name=THEIRS)

    retype(qtbot, form.name, MINE)
    assert not form.binder.flush()

    assert form.banner.isVisible()
    assert "someone else saved this record meanwhile" in form.banner.text()
    assert f"Name is now “{THEIRS}”" in form.banner.text()
    assert form.conflict_bar.isVisible()
    assert form.name.text() == MINE  # nothing typed is lost
    assert form.binder.has_pending_edits
    assert stored(other, place).name == THEIRS  # nothing of theirs is lost either


def test_keep_mine_saves_the_typing_over_their_version(
    qtbot: QtBot, form: PlaceForm, other: Database, place: Place
) -> None:
    other_saves(other, place, name=THEIRS, town="Lorvik")
    retype(qtbot, form.name, MINE)
    assert not form.binder.flush()

    form.keep_mine_button.click()

    assert (stored(other, place).name, stored(other, place).town) == (MINE, "Lorvik")
    assert form.town.text() == "Lorvik"  # their change of a field I left alone is shown
    assert not form.banner.isVisible()
    assert not form.conflict_bar.isVisible()
    assert not form.binder.has_pending_edits


def test_take_theirs_drops_the_typing_and_shows_their_record(
    qtbot: QtBot, form: PlaceForm, other: Database, place: Place
) -> None:
    other_saves(other, place, name=THEIRS, town="Lorvik")
    retype(qtbot, form.name, MINE)
    assert not form.binder.flush()

    form.take_theirs_button.click()

    assert form.name.text() == THEIRS
    assert form.town.text() == "Lorvik"
    assert not form.banner.isVisible()
    assert not form.binder.has_pending_edits
    assert stored(other, place).name == THEIRS


def test_an_edit_of_a_field_the_other_did_not_touch_saves_and_shows_their_change(
    qtbot: QtBot, form: PlaceForm, other: Database, place: Place
) -> None:
    other_saves(other, place, name=THEIRS)

    retype(qtbot, form.town, "Lorvik")
    assert form.binder.flush()

    assert (stored(other, place).name, stored(other, place).town) == (THEIRS, "Lorvik")
    assert form.name.text() == THEIRS
    assert not form.banner.isVisible()


def test_a_delegation_cell_refused_for_a_conflict_shows_theirs_then_saves_mine_over_it(
    store: Store, other: Database, visit: Visit
) -> None:
    with store.database.begin() as session:
        member = add_member(session, visit.id, DelegationMemberFields(name="Ilse Varnava"))
    model = PeopleTableModel(store, RecordKind.MEMBER, [PeopleColumn("name", "Name")])
    model.set_lines([member])
    messages: list[str] = []
    model.refused.connect(messages.append)
    with other.begin() as session:
        update_member(session, member.id, loaded=member, name="Ilse Varnava-Kord")

    assert not model.setData(model.index(0, 0), "Ilse Varnavá", Qt.ItemDataRole.EditRole)

    assert "someone else saved this meanwhile" in messages[0]
    assert model.index(0, 0).data() == "Ilse Varnava-Kord"
    assert model.setData(model.index(0, 0), "Ilse Varnavá", Qt.ItemDataRole.EditRole)
    with other.read() as session:
        assert get_member(session, member.id).name == "Ilse Varnavá"


# The workspace's refresh ------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, store: Store, visit: Visit, place: Place) -> Iterator[SimpleNamespace]:
    """What the refresh reads of the main window: its store, visit list and workspace."""
    visit_list = VisitList(store)
    workspace = Workspace(store)
    for widget in (visit_list, workspace):
        qtbot.addWidget(widget)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.set_visit(visit.id)
    window = SimpleNamespace(store=store, visit_list=visit_list, workspace=workspace)
    yield window
    window.store = None  # the window closed the database: a refresher stops by itself


def test_the_refresh_shows_the_others_new_visit_and_place_without_touching_the_typing(
    qtbot: QtBot, window: SimpleNamespace, store: Store, other: Database, visit: Visit
) -> None:
    refresher = Refresher(window, store, interval_ms=50)
    refresher.start()
    workspace: Workspace = window.workspace
    assert workspace.current == (RecordKind.VISIT.value, visit.id)
    reason = workspace.forms[RecordKind.VISIT.value].binder.fields["postponement_reason"].widget
    assert isinstance(reason, QLineEdit)
    qtbot.keyClicks(reason, "Flights cancelled")

    with other.begin() as session:
        create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2021, 5, 3), end_date=date(2021, 5, 14)),
        )
        new_place = add_place(
            session,
            visit.id,
            PlaceFields(name="Lorvik Police Station", place_type=PlaceType.POLICE),
        )

    qtbot.waitUntil(lambda: window.visit_list.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: workspace.model.find(RecordKind.PLACE.value, new_place.id) is not None,
        timeout=5000,
    )
    refresher.timer.stop()
    assert reason.text() == "Flights cancelled"  # typed, saved or not yet: never reloaded away
    assert workspace.current == (RecordKind.VISIT.value, visit.id)
    assert workspace.forms[RecordKind.VISIT.value].binder.flush()
    assert store.read(get_visit, visit.id).postponement_reason == "Flights cancelled"


def test_the_refresh_shows_the_others_edit_in_an_editor_without_typing(
    qtbot: QtBot, window: SimpleNamespace, store: Store, other: Database, visit: Visit
) -> None:
    refresher = Refresher(window, store)
    refresher.start()
    with other.begin() as session:
        update_visit(
            session,
            visit.id,
            loaded=get_visit(session, visit.id),
            postponement_reason="Elections",
        )

    refresher.check()

    reason = window.workspace.forms[RecordKind.VISIT.value].binder.fields["postponement_reason"]
    assert reason.widget.text() == "Elections"


def test_only_a_database_on_a_server_is_polled(window: SimpleNamespace, store: Store) -> None:
    refresher = watch_others(window, store)
    assert (refresher is not None) == (store.database.server is not None)
    if refresher is not None:
        assert refresher.timer.isActive()
        window.store = None
        refresher.check()
        assert not refresher.timer.isActive()  # the database closed: no more polling
