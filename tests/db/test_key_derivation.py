"""The database key: Argon2id of the passphrase, salted by the file's own first 16 bytes; files
keyed the older way (SQLCipher's PBKDF2) open and are upgraded in place."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from spt_field.db.connection import key_statement
from spt_field.db.keys import derive_key, file_salt, raw_key_value
from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.values import Place
from spt_field.errors import WrongPassphraseError
from spt_field.security.backups import backup_to, restore_backup
from spt_field.security.rekey import change_passphrase
from spt_field.services.places import get_place
from tests.conftest import PASSPHRASE


def _opens_with(path: Path, statement: str) -> bool:
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(statement)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def _argon2_statement(path: Path, passphrase: str) -> str:
    salt = file_salt(path)
    assert salt is not None
    return "PRAGMA key = " + raw_key_value(derive_key(passphrase, salt), salt)


def _make_legacy(path: Path, passphrase: str) -> None:
    """Re-key the file the way SPT Field keyed databases before Argon2id."""
    connection = sqlcipher3.connect(str(path))
    connection.execute(_argon2_statement(path, passphrase))
    connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    connection.execute("PRAGMA rekey = '" + passphrase.replace("'", "''") + "'")
    connection.execute("PRAGMA journal_mode = WAL").fetchone()
    connection.close()


def test_new_database_uses_the_argon2id_key(database: Database, db_path: Path) -> None:
    database.close()
    assert _opens_with(db_path, _argon2_statement(db_path, PASSPHRASE))
    assert not _opens_with(db_path, key_statement(PASSPHRASE))


def test_each_database_has_its_own_salt(tmp_path: Path, database: Database) -> None:
    second = create_database(tmp_path / "second.sptdb", PASSPHRASE)
    second.close()
    assert file_salt(database.file) != file_salt(tmp_path / "second.sptdb")


def test_legacy_database_opens_and_is_upgraded(
    place: Place, database: Database, db_path: Path
) -> None:
    database.close()
    _make_legacy(db_path, PASSPHRASE)
    salt = file_salt(db_path)
    assert _opens_with(db_path, key_statement(PASSPHRASE))
    with open_database(db_path, PASSPHRASE) as reopened, reopened.begin() as session:
        assert get_place(session, place.id) == place
    assert file_salt(db_path) == salt
    assert _opens_with(db_path, _argon2_statement(db_path, PASSPHRASE))
    assert not _opens_with(db_path, key_statement(PASSPHRASE))


def test_legacy_database_open_elsewhere_opens_unchanged(
    place: Place, database: Database, db_path: Path
) -> None:
    database.close()
    _make_legacy(db_path, PASSPHRASE)
    holder = sqlcipher3.connect(str(db_path))
    holder.execute(key_statement(PASSPHRASE))
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM place").fetchone()
    try:
        with open_database(db_path, PASSPHRASE) as reopened, reopened.begin() as session:
            assert get_place(session, place.id).id == place.id
    finally:
        holder.rollback()
        holder.close()
    assert _opens_with(db_path, key_statement(PASSPHRASE))
    with open_database(db_path, PASSPHRASE):
        pass
    assert _opens_with(db_path, _argon2_statement(db_path, PASSPHRASE))


def test_wrong_passphrase_refused_for_both_keyings(database: Database, db_path: Path) -> None:
    database.close()
    with pytest.raises(WrongPassphraseError):
        open_database(db_path, "not the passphrase at all")
    _make_legacy(db_path, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        open_database(db_path, "not the passphrase at all")


def test_changing_the_passphrase_of_a_legacy_file_upgrades_it(
    database: Database, db_path: Path
) -> None:
    database.close()
    _make_legacy(db_path, PASSPHRASE)
    new = "an entirely new passphrase 2026"
    change_passphrase(db_path, PASSPHRASE, new)
    assert _opens_with(db_path, _argon2_statement(db_path, new))
    open_database(db_path, new).close()


def test_backup_and_restore_keep_the_key(
    place: Place, database: Database, db_path: Path, tmp_path: Path
) -> None:
    backup = backup_to(database, PASSPHRASE, tmp_path / "copy.sptdb")
    assert _opens_with(backup, _argon2_statement(backup, PASSPHRASE))
    database.close()
    restore_backup(db_path, backup, PASSPHRASE)
    with open_database(db_path, PASSPHRASE) as reopened, reopened.begin() as session:
        assert get_place(session, place.id).id == place.id
