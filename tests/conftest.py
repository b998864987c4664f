"""Fixtures shared by the whole suite: real encrypted databases in tmp_path, never mocks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from spt_field.db.session import Database, create_database
from spt_field.domain.codes import DelegationRole, PlaceType, VisitStatus
from spt_field.domain.values import (
    DelegationMember,
    DelegationMemberFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.services.delegation import add_member
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "visits.sptdb"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = create_database(db_path, PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def visit(database: Database) -> Visit:
    with database.begin() as session:
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
def member(database: Database, visit: Visit) -> DelegationMember:
    with database.begin() as session:
        return add_member(
            session,
            visit.id,
            DelegationMemberFields(name="Ilse Varnava", role=DelegationRole.HEAD_OF_DELEGATION),
        )


@pytest.fixture
def place(database: Database, visit: Visit) -> Place:
    with database.begin() as session:
        return add_place(
            session,
            visit.id,
            PlaceFields(
                name="Central Prison of Lorvik",
                place_type=PlaceType.PRISON,
                visited_on=date(2019, 1, 28),
                capacity=120,
                population=151,
            ),
        )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui touches Qt: mark it `gui` so the fast half can run alone."""
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.gui)
