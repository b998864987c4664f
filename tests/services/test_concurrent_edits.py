"""Several drafters on one database: the second save of the same field is refused, never lost.

Two connections to one database (two `open_database` on one file, or two `open_server_database`
on one server database): the service-level guard (`loaded=`, the value the user started from)
on both engines, and the database's own version check (db.base.SyncColumns) on PostgreSQL, where
two units of work can overlap.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from spt_field.db.models import PlaceRow
from spt_field.db.server import open_server_database
from spt_field.db.session import Database, open_database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import Place, PlaceFields, VisitFields
from spt_field.errors import EditConflictError
from spt_field.services.places import add_place, get_place, update_place
from spt_field.services.visits import create_visit
from tests.conftest import PASSPHRASE


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """A second connection to `database`, as another drafter's window would open it."""
    if database.server is not None:
        second = open_server_database(database.server)
    else:
        assert database.path is not None
        second = open_database(database.path, PASSPHRASE)
    yield second
    second.close()


def load(database: Database, place: Place) -> Place:
    with database.read() as session:
        return get_place(session, place.id)


def test_a_save_over_another_drafters_change_of_the_field_is_refused_with_their_value(
    database: Database, other: Database, place: Place
) -> None:
    mine = load(database, place)
    theirs = load(other, place)
    with other.begin() as session:
        update_place(session, place.id, loaded=theirs, name="Lorvik Remand Centre")

    with pytest.raises(EditConflictError) as refused, database.begin() as session:
        update_place(session, place.id, loaded=mine, name="Lorvik Women's Prison")

    assert refused.value.theirs == {"name": "Lorvik Remand Centre"}
    assert refused.value.kind == "place"
    assert refused.value.version == mine.version + 1
    assert "someone else saved this place meanwhile" in str(refused.value)
    assert "name is now “Lorvik Remand Centre”" in str(refused.value)
    stored = load(database, place)
    assert stored.name == "Lorvik Remand Centre"  # nothing of mine written, theirs kept
    assert stored.version == mine.version + 1


def test_saving_again_over_their_version_keeps_mine(
    database: Database, other: Database, place: Place
) -> None:
    mine = load(database, place)
    with other.begin() as session:
        update_place(session, place.id, loaded=load(other, place), name="Lorvik Remand Centre")
    with pytest.raises(EditConflictError), database.begin() as session:
        update_place(session, place.id, loaded=mine, name="Lorvik Women's Prison")

    with database.begin() as session:  # "keep mine": the user saw theirs, saves over it
        update_place(session, place.id, loaded=load(database, place), name="Lorvik Women's Prison")

    assert load(other, place).name == "Lorvik Women's Prison"


def test_an_edit_of_fields_the_other_did_not_touch_is_applied_over_their_version(
    database: Database, other: Database, place: Place
) -> None:
    mine = load(database, place)
    with other.begin() as session:
        update_place(session, place.id, loaded=load(other, place), name="Lorvik Remand Centre")

    with database.begin() as session:
        saved = update_place(session, place.id, loaded=mine, capacity=140, population=160)

    assert (saved.name, saved.capacity, saved.population) == ("Lorvik Remand Centre", 140, 160)
    assert saved.version == mine.version + 2


def test_the_same_change_by_both_is_no_conflict(
    database: Database, other: Database, place: Place
) -> None:
    mine = load(database, place)
    with other.begin() as session:
        update_place(session, place.id, loaded=load(other, place), capacity=140)

    with database.begin() as session:
        saved = update_place(session, place.id, loaded=mine, capacity=140)

    assert saved.capacity == 140


def test_an_edit_without_a_loaded_value_is_not_checked(
    database: Database, other: Database, place: Place
) -> None:
    """A script or a merge writes what it is given (the database still checks overlaps)."""
    with other.begin() as session:
        update_place(session, place.id, name="Lorvik Remand Centre")
    with database.begin() as session:
        update_place(session, place.id, name="Lorvik Women's Prison")
    assert load(other, place).name == "Lorvik Women's Prison"


# The database's own check: two units of work that overlap (PostgreSQL; SQLite lets one writer
# in at a time, BEGIN IMMEDIATE, so its writes never overlap).


@pytest.fixture
def server_pair(server_database: Database) -> Iterator[tuple[Database, Database]]:
    assert server_database.server is not None
    second = open_server_database(server_database.server)
    yield server_database, second
    second.close()


@pytest.fixture
def server_place(server_pair: tuple[Database, Database]) -> Place:
    with server_pair[0].begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2019, 1, 27), end_date=date(2019, 2, 7)),
        )
        return add_place(
            session,
            visit.id,
            PlaceFields(
                name="Central Prison of Lorvik",
                place_type=PlaceType.PRISON,
                visited_on=date(2019, 1, 28),
            ),
        )


@pytest.mark.server
def test_a_unit_of_work_that_read_the_row_before_another_committed_cannot_overwrite_it(
    server_pair: tuple[Database, Database], server_place: Place
) -> None:
    first, second = server_pair
    with pytest.raises(EditConflictError) as refused, second.begin() as late:
        held = late.get(PlaceRow, server_place.id)  # read at version 1, kept by this session
        with first.begin() as early:
            update_place(early, server_place.id, name="Lorvik Remand Centre")
        # Version 2 is committed: "UPDATE ... WHERE version = 1" finds no row.
        update_place(late, server_place.id, name="Lorvik Women's Prison")

    assert held is not None
    assert "someone else saved this place meanwhile" in str(refused.value)
    assert load(first, server_place).name == "Lorvik Remand Centre"


@pytest.mark.server
def test_two_overlapping_saves_on_the_server_let_the_first_win_and_refuse_the_second(
    server_pair: tuple[Database, Database], server_place: Place
) -> None:
    """Both read version 1; the first holds the row (uncommitted) while the second's UPDATE
    waits for it; once the first commits, the second finds no row at version 1 and fails."""
    first, second = server_pair
    outcome: list[BaseException | None] = []
    read = threading.Event()

    def second_drafter() -> None:
        try:
            with second.begin() as session:
                get_place(session, server_place.id)
                read.set()
                update_place(session, server_place.id, name="Lorvik Women's Prison")
        except BaseException as error:
            outcome.append(error)
        else:
            outcome.append(None)

    with first.begin() as session:
        update_place(session, server_place.id, name="Lorvik Remand Centre")  # row locked
        thread = threading.Thread(target=second_drafter)
        thread.start()
        assert read.wait(10)
        _wait_until_blocked(first)
    thread.join(10)

    assert len(outcome) == 1
    assert isinstance(outcome[0], EditConflictError)
    assert load(second, server_place).name == "Lorvik Remand Centre"
    assert load(second, server_place).version == 2


def _wait_until_blocked(database: Database) -> None:
    """Until another connection of this database waits for a row lock."""
    deadline = time.monotonic() + 10
    with database.engine.connect() as connection:
        while time.monotonic() < deadline:
            waiting = connection.execute(
                sa.text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
            connection.rollback()
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the second save never waited for the first")
