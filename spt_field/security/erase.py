"""Emergency erase: delete a database with everything that holds a copy of it.

What this guarantees: the files were encrypted, and deleting them removes that ciphertext from the
file system. What it cannot: flash storage and journaling file systems may keep old blocks until
they are overwritten; the passphrase is what keeps those unreadable.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from spt_field.security.backups import backup_folder


def files_of(path: Path) -> list[Path]:
    """The database, its write-ahead log and shared memory, leftovers of an unfinished restore or
    export, and its backups folder."""
    siblings = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".restoring")]
    return [path, *siblings, backup_folder(path)]


def erase_database(path: Path) -> list[Path]:
    """Delete every file of the database (it must be closed); returns what was deleted."""
    erased = []
    for item in files_of(path):
        if item.is_dir():
            shutil.rmtree(item)
            erased.append(item)
        elif item.exists():
            item.unlink()
            erased.append(item)
    return erased
