"""The encrypted file at its lowest level: plain sqlcipher3 connections, no SQLAlchemy.

The window's start-up opens the first database with these functions on a thread while Qt loads
(SQLCipher derives the key in C, without holding the GIL), before SQLAlchemy is imported at all;
session.py builds its engines on the same functions and can take that connection over, so the
key is derived only once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from spt_field.db import keys
from spt_field.errors import UserError, WrongPassphraseError

log = logging.getLogger(__name__)

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
    """SQLCipher's own (legacy, PBKDF2) keying of a file by its passphrase."""
    return "PRAGMA key = " + keys.passphrase_key_value(passphrase)


def unkeyed_connection(path: Path) -> RawConnection:
    """A sqlcipher3 connection to `path`, not keyed yet, quiet, wiping memory if asked."""
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # no decryption noise on stderr
    if WIPE_MEMORY:  # before the key is first derived, so that its buffers are wiped too
        connection.execute("PRAGMA cipher_memory_security = ON")
    return connection


@dataclass(frozen=True)
class Keying:
    """How a file is keyed: the ``PRAGMA key`` statement, and whether it is the legacy one."""

    statement: str = field(repr=False)
    legacy: bool = False


def argon2_keying(path: Path, passphrase: str) -> Keying:
    """The Argon2id keying of `path`, or of a new file (with a new salt) when it has none yet."""
    salt = keys.file_salt(path) or keys.new_salt()
    return Keying("PRAGMA key = " + keys.raw_key_value(keys.derive_key(passphrase, salt), salt))


def connect_with(path: Path, keying: Keying) -> RawConnection:
    """A connection keyed with `keying`; WrongPassphraseError if it does not decrypt the file."""
    connection = unkeyed_connection(path)
    try:
        connection.execute(keying.statement)
        # Reading the schema is the first use of the key: it fails on a wrong key or a plain file.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise WrongPassphraseError() from error
    return connection


def candidate_keyings(path: Path, passphrase: str) -> Iterator[Keying]:
    """The keyings to try on `path`, best first: its Argon2id key, then (for a file written
    before it) SQLCipher's own derivation. Lazy: the second is derived only when asked for."""
    yield argon2_keying(path, passphrase)
    if keys.file_salt(path) is not None:
        yield Keying(key_statement(passphrase), legacy=True)


def key_connection(path: Path, passphrase: str) -> tuple[RawConnection, Keying]:
    """A keyed connection and the keying that opened it; WrongPassphraseError if none does."""
    for keying in candidate_keyings(path, passphrase):
        try:
            return connect_with(path, keying), keying
        except WrongPassphraseError:
            continue
    raise WrongPassphraseError()


def connect(path: Path, passphrase: str) -> RawConnection:
    """A keyed connection; WrongPassphraseError if the key does not decrypt the file."""
    return key_connection(path, passphrase)[0]


def open_connection(path: Path, passphrase: str) -> RawConnection:
    """A keyed, checked connection to an existing SPT Field database (see open_keyed)."""
    return open_keyed(path, passphrase)[0]


def open_keyed(path: Path, passphrase: str) -> tuple[RawConnection, Keying]:
    """A keyed connection to an existing SPT Field database: UserError when there is no file,
    WrongPassphraseError for a wrong key or somebody else's SQLite file. A database keyed the
    legacy way is re-keyed to its Argon2id key here, when no one else has it open."""
    if not path.is_file():
        raise UserError(f"no database at {path}")
    connection, keying = key_connection(path, passphrase)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise WrongPassphraseError()
        if keying.legacy:
            keying = upgrade_keying(connection, path, passphrase) or keying
    except BaseException:
        connection.close()
        raise
    return connection, keying


def upgrade_keying(connection: RawConnection, path: Path, passphrase: str) -> Keying | None:
    """Re-key a legacy-keyed file to its Argon2id key, in place, keeping its journal mode: the
    new keying, or None (and nothing changed) when another connection has the file open."""
    connection.isolation_level = None
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        try:
            journal = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.OperationalError:
            mode = None
        if str(mode).lower() != "delete":
            log.info("%s is open elsewhere: its key derivation is upgraded next time", path.name)
            return None
        salt = keys.file_salt(path)
        assert salt is not None  # a legacy file that opened has its salt
        value = keys.raw_key_value(keys.derive_key(passphrase, salt), salt)
        connection.execute("PRAGMA rekey = " + value)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if journal == "wal":
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        connection.execute("PRAGMA busy_timeout = 5000")
    log.info("upgraded the key derivation of %s to Argon2id", path.name)
    return Keying("PRAGMA key = " + value)


def stored_revision(connection: RawConnection) -> str | None:
    """The schema revision recorded in the database (None before the first migration)."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
