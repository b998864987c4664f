"""Owner-only files whatever the umask, also when the library is called without main() (which
sets umask 077): the database with its WAL and shared memory, backups and their folder, restored
files, exports, the log and the record of written files."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field.db.session import create_database
from spt_field.logs import configure_logging
from spt_field.safe_files import write_atomically
from spt_field.security import written_files
from spt_field.security.backups import restore_backup, take_backup
from tests.conftest import PASSPHRASE


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def lax_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    written_files.start_recording(tmp_path / "config" / "written-files.txt")
    yield tmp_path
    written_files.start_recording(None)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def modes(folder: Path) -> dict[str, str]:
    """Each file and folder under `folder` and its mode, marked "folder" or "file"."""
    return {
        str(path.relative_to(folder)): ("folder " if path.is_dir() else "file ")
        + oct(path.stat().st_mode & 0o777)
        for path in sorted(folder.rglob("*"))
    }


def test_every_file_and_folder_created_is_owner_only(lax_umask: int, isolated: Path) -> None:
    work = isolated / "work"
    work.mkdir(mode=0o700)
    database = create_database(work / "visits.sptdb", PASSPHRASE)
    try:
        backup = take_backup(database, PASSPHRASE)
        write_atomically(b"a report", work / "report.pdf")
        configure_logging()
        logging.getLogger("spt_field.test").info("a line")
        found = modes(isolated)  # while open: its -wal and -shm are there too
    finally:
        database.close()
    restore_backup(work / "restored.sptdb", backup, PASSPHRASE)
    found.update(modes(isolated))
    assert {"work/visits.sptdb-wal", "work/visits.sptdb-shm", "work/restored.sptdb"} <= set(found)
    assert any(name.endswith("spt-field.log") for name in found)
    assert "config/written-files.txt" in found
    expected = {
        name: "folder 0o700" if mode.startswith("folder") else "file 0o600"
        for name, mode in found.items()
    }
    assert found == expected
