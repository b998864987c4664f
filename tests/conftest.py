"""Fixtures shared by the whole suite: real encrypted databases in tmp_path, never mocks."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from spt_field.db.server import create_server_database, open_server_database, server_address
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
from tests.support import pg_server as pg

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "visits.sptdb"


#: The suites that run on both engines: a laptop's encrypted file and a headquarters server.
BOTH_ENGINES = ("tests/services/", "tests/interchange/", "tests/sync/", "tests/export/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test of those suites that uses `database` (and not its file, `db_path`) runs twice:
    on SQLite and on the PostgreSQL server the suite starts, so that both stay equal."""
    names = metafunc.fixturenames
    node = metafunc.definition.nodeid
    if "engine" in names and "db_path" not in names and node.startswith(BOTH_ENGINES):
        metafunc.parametrize(
            "engine",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.server)],
            indirect=True,
        )


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine `database` is on: SQLite unless the test is parametrised (above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.PgServer]:
    """The suite's PostgreSQL server, started once and stopped at the end."""
    server = pg.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: pg.PgServer) -> str:
    """A server database holding the empty schema: each test's database is a copy of it."""
    name = pg_server.new_name("spt_template")
    with pg_server.admin().connect() as admin:
        admin.exec_driver_sql(f"CREATE DATABASE {name}")
    create_server_database(server_address(pg_server.url(name))).close()
    return name


@pytest.fixture
def server_database(pg_server: pg.PgServer, pg_template: str) -> Iterator[Database]:
    """A new, empty SPT Field database on the suite's server, dropped after the test."""
    name = pg_server.new_name()
    admin = pg_server.admin()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    database = open_server_database(server_address(pg_server.url(name)))
    yield database
    database.close()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def no_pgpass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq finds no password of its own: neither PGPASSWORD nor a .pgpass file (not even the
    user's own)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def database(request: pytest.FixtureRequest, engine: str) -> Iterator[Database]:
    """A new, empty database: an encrypted file at `db_path`, or one on the suite's server."""
    if engine == "postgresql":
        yield request.getfixturevalue("server_database")
        return
    database = create_database(request.getfixturevalue("db_path"), PASSPHRASE)
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


class _Warnings(logging.Handler):
    """Every logged WARNING or worse, and every Qt warning, while a test runs."""

    def __init__(self, ignored: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.ignored = [re.compile(pattern) for pattern in ignored]
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(f"log {record.levelname} {record.name}: {record.getMessage()}")

    def qt_message(self, kind: Any, _context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(pattern.search(message) for pattern in self.ignored):
            self.seen.append(f"Qt {kind.name}: {message}")


@pytest.fixture(autouse=True)
def fail_on_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails on a Qt warning or a logged WARNING it did not expect; one that expects
    one says so with `@pytest.mark.allow_warnings`. Qt's `qt_log_ignore` patterns (pytest.ini
    and the test's mark) are messages of Qt itself that say nothing about our code."""
    ignored = list(request.config.getini("qt_log_ignore"))
    marker = request.node.get_closest_marker("qt_log_ignore")
    if marker is not None:
        ignored += list(marker.args)
    watcher = _Warnings(ignored)
    root = logging.getLogger()
    root.addHandler(watcher)
    uses_qt = "PySide6.QtCore" in sys.modules or request.node.get_closest_marker("gui")
    previous: Any = None
    if uses_qt:
        from PySide6.QtCore import qInstallMessageHandler

        def handle(kind: Any, context: Any, message: str) -> None:
            watcher.qt_message(kind, context, message)
            if previous is not None:  # pytest-qt's, which keeps them for its report
                previous(kind, context, message)

        previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        root.removeHandler(watcher)
        if uses_qt:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(previous)
    if watcher.seen and request.node.get_closest_marker("allow_warnings") is None:
        pytest.fail(
            "unexpected warnings (mark the test allow_warnings if expected):\n"
            + "\n".join(watcher.seen)
        )
