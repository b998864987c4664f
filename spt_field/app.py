"""Composition root: where files live, logging, and opening a database for a command.

The window's start-up imports this module before Qt: SQLAlchemy and the services load inside
the functions that need them, after the window's first paint.
"""

from __future__ import annotations

import importlib
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from spt_field.db.connection import RawConnection, open_connection, stored_revision
from spt_field.errors import describe_bug
from spt_field.safe_files import create_private_file, make_private, private_folder
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE, obtain_passphrase

if TYPE_CHECKING:
    from spt_field.db.session import Database
    from spt_field.domain.values import VisitSummary

APP_NAME = "spt-field"
#: What the start-up thread runs once the key is derived, imported meanwhile (start_opening).
_AFTER_THE_KEY = ("spt_field.db.migrations.runner", "spt_field.services.visit_summaries")
DEMO_PASSPHRASE = "demo-passphrase-2019"

# (the opened database or None, the visit to show first or None)
Opening = tuple["Database | None", "str | None"]


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file_path() -> Path:
    return log_dir() / "spt-field.log"


def written_files_record() -> Path:
    """Where the list of the files the app wrote (exports, bundles) is kept: beside the
    settings (security.written_files says why not in the database)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "written-files.txt"


class ValueFreeFormatter(logging.Formatter):
    """A log line's error is its stack and type, never its message, which may quote a note."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return describe_bug(ei[1])


def configure_logging() -> Path:
    """Log to an owner-only file (never field values or passphrases: only what happened)."""
    log_file = log_file_path()
    private_folder(log_file.parent)
    if log_file.exists():
        make_private(log_file)
    else:
        create_private_file(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(ValueFreeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def erase_log() -> None:
    """Stop logging to the file and delete it (emergency erase): nothing of ours stays."""
    log_file = log_file_path()
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == log_file:
            root.removeHandler(handler)
            handler.close()
    log_file.unlink(missing_ok=True)


def wipe_freed_memory() -> None:
    """From now on, and for the rest of the process, SQLCipher zeroes every buffer SQLite
    frees (the window: locking must leave no key or decrypted page in memory)."""
    from spt_field.db import connection

    connection.WIPE_MEMORY = True


def open_for_command(path: Path, passphrase_file: Path | None) -> Database:
    from spt_field.db.session import open_database

    return open_database(path, obtain_passphrase(passphrase_file))


def create_for_command(path: Path, passphrase_file: Path | None) -> Database:
    from spt_field.db.session import create_database

    return create_database(path, obtain_passphrase(passphrase_file, new=True))


def demo_path() -> Path:
    folder = private_folder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
    return folder / "demo.sptdb"


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


def open_first_database(db: Path | None, demo: bool) -> FirstDatabase | None:
    """Open the database named on the command line, when no passphrase needs asking, and read
    its visit list, with plain sqlcipher3 (no SQLAlchemy, which would hold the GIL)."""
    if db is None:
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
