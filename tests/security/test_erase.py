"""Emergency erase deletes the database, its WAL, its backups; nothing of it is left."""

from __future__ import annotations

from pathlib import Path

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.security.backups import backup_folder, take_backup
from spt_field.security.erase import erase_database
from tests.conftest import PASSPHRASE


def test_erase_leaves_nothing_of_the_database(
    database: Database, visit: Visit, db_path: Path
) -> None:
    take_backup(database, PASSPHRASE)
    assert any(backup_folder(db_path).iterdir())
    database.close()
    erased = erase_database(db_path)
    assert db_path in erased and backup_folder(db_path) in erased
    leftovers = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert leftovers == []
