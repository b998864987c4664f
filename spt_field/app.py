"""Composition root: where files live, logging, and opening a database for a command."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import platformdirs

from spt_field.db.session import Database, create_database, open_database
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE, obtain_passphrase

APP_NAME = "spt-field"
DEMO_PASSPHRASE = "demo-passphrase-2019"

# (the opened database or None, the visit to show first or None)
Opening = tuple[Database | None, str | None]


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure_logging() -> Path:
    """Log to a file (never field values or passphrases: only what happened)."""
    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    log_file = directory / "spt-field.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def open_for_command(path: Path, passphrase_file: Path | None) -> Database:
    return open_database(path, obtain_passphrase(passphrase_file))


def create_for_command(path: Path, passphrase_file: Path | None) -> Database:
    return create_database(path, obtain_passphrase(passphrase_file, new=True))


def demo_path() -> Path:
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo.sptdb"


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def build_demo(path: Path, passphrase: str = DEMO_PASSPHRASE) -> tuple[Database, str]:
    from spt_field.services.demo import create_demo_visit  # its texts load only when needed

    database = create_database(path, passphrase)
    with database.begin() as session:
        visit = create_demo_visit(session)
    return database, visit.id


def open_first_database(db: Path | None, demo: bool) -> Opening:
    """The database named on the command line, when it can be opened without asking."""
    if db is None:
        return None, None
    passphrase = os.environ.get(ENVIRONMENT_VARIABLE)
    if demo and not db.exists():
        return build_demo(db, passphrase or DEMO_PASSPHRASE)
    if demo and not passphrase:
        passphrase = DEMO_PASSPHRASE
    if passphrase:
        return open_database(db, passphrase), None
    return None, None


def start_opening(db: Path | None, demo: bool) -> Future[Opening]:
    """Derive the key and open the database on a thread while Qt starts up: the key derivation
    costs about as much as Qt's own start."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-database")
    future = executor.submit(open_first_database, db, demo)
    executor.shutdown(wait=False)
    return future
