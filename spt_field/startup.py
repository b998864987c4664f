"""Opening the first database while the window starts, and building the demo database.

The window's start-up imports this module before Qt: SQLAlchemy and the services load inside
the functions that need them, after the window's first paint.
"""

from __future__ import annotations

import importlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spt_field.db.connection import RawConnection, open_connection, stored_revision
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE

if TYPE_CHECKING:
    from spt_field.db.session import Database
    from spt_field.domain.visit_summary import VisitSummary

#: What the start-up thread runs once the key is derived, imported meanwhile (start_opening).
_AFTER_THE_KEY = ("spt_field.db.migrations.runner", "spt_field.services.visit_summaries")
DEMO_PASSPHRASE = "demo-passphrase-2019"

# (the opened database or None, the visit to show first or None)
Opening = tuple["Database | None", "str | None"]


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def build_demo(path: Path, passphrase: str = DEMO_PASSPHRASE) -> tuple[Database, str]:
    from spt_field.db.session import create_database
    from spt_field.services.demo import create_demo_visit  # its texts load only when needed

    database = create_database(path, passphrase)
    with database.begin() as session:
        visit = create_demo_visit(session)
    return database, visit.id


@dataclass
class FirstDatabase:
    """The database named on the command line, as far as the start-up thread got with it."""

    path: Path
    passphrase: str = field(repr=False)
    #: Keyed and checked; None when the demo database is still to be built.
    connection: RawConnection | None
    #: Its visit list; None when the schema needs migrating first (or for the demo).
    visits: list[VisitSummary] | None

    def forget(self) -> None:
        """Once handed over: the future that brought it lives as long as the window, and
        must not keep the passphrase (locking would leave it in memory)."""
        self.passphrase = ""
        self.connection = None
        self.visits = None


def opens_on_the_thread(db: Path | None, demo: bool) -> bool:
    """Whether the start-up thread opens the database named on the command line: it does
    unless there is none, or its passphrase is to be asked."""
    return db is not None and (demo or bool(os.environ.get(ENVIRONMENT_VARIABLE)))


def open_first_database(db: Path | None, demo: bool) -> FirstDatabase | None:
    """Open the database named on the command line, when no passphrase needs asking, and read
    its visit list, with plain sqlcipher3 (no SQLAlchemy, which would hold the GIL)."""
    if db is None or not opens_on_the_thread(db, demo):
        return None
    passphrase = os.environ.get(ENVIRONMENT_VARIABLE)
    if demo and not db.exists():
        return FirstDatabase(db, passphrase or DEMO_PASSPHRASE, None, None)
    if demo and not passphrase:
        passphrase = DEMO_PASSPHRASE
    if not passphrase:
        return None
    connection = open_connection(db, passphrase)
    try:
        from spt_field.db.migrations.runner import SCHEMA_HEAD  # see _AFTER_THE_KEY
        from spt_field.services.visit_summaries import read_visit_summaries

        current = stored_revision(connection) == SCHEMA_HEAD
        visits = read_visit_summaries(connection) if current else None
    except BaseException:
        connection.close()
        raise
    return FirstDatabase(db, passphrase, connection, visits)


def start_opening(db: Path | None, demo: bool) -> Future[FirstDatabase | None]:
    """Derive the key, open the database and read its visit list on a thread while Qt starts:
    SQLCipher's key derivation alone costs about as much as Qt's own start."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-database")
    future = executor.submit(open_first_database, db, demo)
    executor.shutdown(wait=False)
    # Loaded here while the thread derives the key: it then needs the GIL, which Qt's start
    # holds most of the time, only to read the visits.
    for name in _AFTER_THE_KEY:
        importlib.import_module(name)
    return future


def finish_opening(first: FirstDatabase | None) -> Opening:
    """The first database as a Database (loading SQLAlchemy), or the demo built."""
    if first is None:
        return None, None
    if first.connection is None:
        return build_demo(first.path, first.passphrase)
    from spt_field.db.session import open_database

    return open_database(first.path, first.passphrase, first.connection), None
