"""Changing a database's passphrase in place with SQLCipher's ``PRAGMA rekey``.

The new key is the Argon2id key of the new passphrase (spt_field.db.keys), whatever the old
file used: changing the passphrase of a legacy-keyed file upgrades its key derivation too.

The database must not be open anywhere else in this process (nor in another one): close the
``Database`` first, change the passphrase, then open it again with the new one. An open
connection elsewhere is detected (the file cannot be taken for exclusive use) and refused.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3

from spt_field.db.connection import APPLICATION_ID
from spt_field.db.keys import derive_key, file_salt, raw_key_value
from spt_field.db.session import _connect
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.security.passphrase import check_new_passphrase

log = logging.getLogger(__name__)


def _rekey_statement(path: Path, passphrase: str) -> str:
    """Re-key to the Argon2id key of `passphrase` (the file keeps its salt)."""
    salt = file_salt(path)
    if salt is None:
        raise UserError(f"the database {path.name} is empty or cut short")
    return "PRAGMA rekey = " + raw_key_value(derive_key(passphrase, salt), salt)


def _open_elsewhere(path: Path) -> UserError:
    return UserError(f"the database {path.name} is open elsewhere; close it there first")


def open_exclusive(path: Path, passphrase: str) -> Any:
    """A raw keyed connection to `path`, WAL folded in and switched off for exclusive use.

    Raises WrongPassphraseError for a wrong key, UserError when another connection has the file
    open. The caller closes the connection (and switches WAL back on when it wants it)."""
    if not path.is_file():
        raise UserError(f"no database at {path}")
    connection = _connect(path, passphrase)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise WrongPassphraseError()
        connection.isolation_level = None
        connection.execute("PRAGMA busy_timeout = 0")
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.OperationalError as error:
            raise _open_elsewhere(path) from error
        if str(mode).lower() != "delete":
            raise _open_elsewhere(path)
    except BaseException:
        connection.close()
        raise
    return connection


def _rekey(path: Path, old: str, new: str, *, wal: bool) -> None:
    check_new_passphrase(new)
    connection = open_exclusive(path, old)
    try:
        connection.execute(_rekey_statement(path, new))
        # The new key must read the file back before we call it done.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if wal:
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        connection.close()


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt the database at `path` from passphrase `old` to `new`.

    `new` must pass check_new_passphrase; a wrong `old` raises WrongPassphraseError and leaves the
    file unchanged. The database must not be open elsewhere (close the Database first)."""
    _rekey(path, old, new, wal=True)
    log.info("changed the passphrase of %s", path.name)


def rekey_backup(path: Path, old: str, new: str) -> None:
    """The same for a backup file, which stays a single file (journal mode DELETE)."""
    _rekey(path, old, new, wal=False)
    log.info("re-encrypted the backup %s", path.name)
