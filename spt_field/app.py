"""Composition root: logging, opening a database for a command, and starting the window.

Nothing imports this module but the command line: the window (ui/) receives what it needs.
It is imported before Qt: SQLAlchemy and the services load inside the functions that need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spt_field.errors import UserError
from spt_field.security.passphrase import obtain_passphrase
from spt_field.startup import start_opening

if TYPE_CHECKING:
    from spt_field.db.session import Database


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


def run_window(
    *,
    db: Path | None,
    demo: bool,
    server: str | None = None,
    screenshot: Path | None,
    view: str | None,
    log_file: Path | None,
    lang: str | None,
    screenshot_texts: Path | None,
) -> int:
    """The window. Qt is imported here only, so the other commands start without it; the
    database opens and its visit list is read on a thread meanwhile (startup.start_opening).
    `server`: a libpq URL, checked before the window opens (UserError); the window connects
    to it, asking the password when libpq has none."""
    address = None
    if server is not None:
        from spt_field.db.server import server_address

        if db is not None or demo:
            raise UserError("--server opens a server database: give no --db or --demo with it")
        address = server_address(server)
    wipe_freed_memory()  # before the first connection: the lock must leave nothing behind
    opening = start_opening(db, demo)
    from spt_field.ui.launch import run_gui

    return run_gui(
        db=db,
        server=address,
        opening=opening,
        demo=demo,
        screenshot=screenshot,
        view=view,
        log_file=log_file,
        lang=lang,
        screenshot_texts=screenshot_texts,
    )
