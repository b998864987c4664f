"""Fixtures of the interchange tests: a database holding a rich visit, and an empty one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field.db.session import Database
from tests.support.interchange_sample import build_postponed_visit, build_rich_visit, new_database


@pytest.fixture
def rich_database(database: Database) -> Database:
    """The suite's database, holding the rich visit and a postponed one."""
    with database.begin() as session:
        build_rich_visit(session)
        build_postponed_visit(session)
    return database


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path, "empty.sptdb")
    yield database
    database.close()


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database with the rich visit for a whole module: for tests that must not change it."""
    database = new_database(tmp_path_factory.mktemp("shared"))
    with database.begin() as session:
        build_rich_visit(session)
    yield database
    database.close()
