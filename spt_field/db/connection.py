"""The encrypted file at its lowest level: plain sqlcipher3 connections, no SQLAlchemy.

The window's start-up opens the first database with these functions on a thread while Qt loads
(SQLCipher derives the key in C, without holding the GIL), before SQLAlchemy is imported at all;
session.py builds its engines on the same functions and can take that connection over, so the
key is derived only once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from spt_field.errors import UserError, WrongPassphraseError

# PRAGMA application_id marks a file as ours ("SPTF").
APPLICATION_ID = 0x53505446

#: A sqlcipher3 connection (the package ships no type hints).
RawConnection = Any

#: SQLCipher wipes every buffer SQLite frees, for the rest of the process once a connection
#: switched it on (it cannot be switched off again). The window turns it on before its first
#: connection (app.wipe_freed_memory): locking must leave no key or decrypted page behind. A
#: command leaves it off: its process ends with the command, and wiping makes a large import
#: about 3.8 times slower (docs/reliability.md, "Locking forgets").
WIPE_MEMORY = False


def key_statement(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def unkeyed_connection(path: Path) -> RawConnection:
    """A sqlcipher3 connection to `path`, not keyed yet, quiet, wiping memory if asked."""
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # no decryption noise on stderr
    if WIPE_MEMORY:  # before the key is first derived, so that its buffers are wiped too
        connection.execute("PRAGMA cipher_memory_security = ON")
    return connection


def connect(path: Path, passphrase: str) -> RawConnection:
    """A keyed connection; WrongPassphraseError if the key does not decrypt the file."""
    connection = unkeyed_connection(path)
    try:
        connection.execute(key_statement(passphrase))
        # Reading the schema is the first use of the key: it fails on a wrong key or a plain file.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise WrongPassphraseError() from error
    return connection


def open_connection(path: Path, passphrase: str) -> RawConnection:
    """A keyed connection to an existing SPT Field database: UserError when there is no file,
    WrongPassphraseError for a wrong key or somebody else's SQLite file."""
    if not path.is_file():
        raise UserError(f"no database at {path}")
    connection = connect(path, passphrase)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise WrongPassphraseError()
    except BaseException:
        connection.close()
        raise
    return connection


def stored_revision(connection: RawConnection) -> str | None:
    """The schema revision recorded in the database (None before the first migration)."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
