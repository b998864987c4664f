"""Composition root: where files live, logging, and opening a database for a command."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

from spt_field.db.session import Database, create_database, open_database
from spt_field.security.passphrase import obtain_passphrase

APP_NAME = "spt-field"


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
