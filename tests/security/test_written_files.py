"""The record of files the app wrote: kept only when the composition root asks, owner-only,
pruned of files gone, emptied by deletion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field.safe_files import write_atomically
from spt_field.security import written_files


@pytest.fixture
def record(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "config" / "written-files.txt"
    written_files.start_recording(path)
    yield path
    written_files.start_recording(None)


def test_nothing_is_recorded_unless_asked(tmp_path: Path) -> None:
    write_atomically(b"x", tmp_path / "report.pdf")
    assert written_files.recording_to() is None
    assert written_files.listed() == []


def test_written_files_are_listed_once_and_pruned(record: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "report.pdf", tmp_path / "visit.sptbundle"
    for path in (first, second, first):
        write_atomically(b"x", path)
    assert written_files.listed() == [first, second]
    assert oct(record.stat().st_mode & 0o777) == "0o600"
    second.unlink()
    assert written_files.listed() == [first]
    assert record.read_text(encoding="utf-8") == f"{first}\n"


def test_deleting_removes_the_files_and_their_lines(record: Path, tmp_path: Path) -> None:
    kept, gone = tmp_path / "kept.pdf", tmp_path / "gone.json"
    write_atomically(b"x", kept)
    write_atomically(b"x", gone)
    assert written_files.delete([gone]) == []
    assert not gone.exists() and kept.exists()
    assert written_files.listed() == [kept]
    written_files.erase_record()
    assert not record.exists()
