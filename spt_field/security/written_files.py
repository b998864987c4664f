"""The record of the files SPT Field wrote outside its database: reports, notes, JSON exports,
bundles, statistics. Emergency erase lists them and offers to delete them.

The record is a small owner-only text file beside the settings (one absolute path a line), not
a table in the database: erase must read it from the lock screen, without the passphrase, and
when the database is damaged or already gone; the command line writes it too, without Qt. It
holds file names only, which the files themselves show in their folders anyway; names of files
that no longer exist are dropped whenever it is read. The composition root (cli.main) says
where it lives; until it does, nothing is recorded (library use, tests).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from spt_field.safe_files import open_private, private_folder

log = logging.getLogger(__name__)

_record: Path | None = None


def start_recording(record: Path | None) -> None:
    """Note every file written from now on in `record` (None: stop recording)."""
    global _record  # the one record of this process, set by the composition root
    _record = record


def recording_to() -> Path | None:
    return _record


def _read(record: Path) -> list[Path]:
    try:
        lines = record.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [Path(line) for line in lines if line.strip()]


def _write(record: Path, paths: list[Path]) -> None:
    if not paths:
        record.unlink(missing_ok=True)
        return
    private_folder(record.parent)
    partial = record.with_name(record.name + ".partial")
    with open(open_private(partial), "w", encoding="utf-8") as stream:
        stream.write("".join(f"{path}\n" for path in paths))
        stream.flush()
        os.fsync(stream.fileno())
    partial.replace(record)


def note(path: Path) -> None:
    """Add `path` to the record (when recording). A record that cannot be written must not
    fail the export itself: it is logged."""
    if _record is None:
        return
    resolved = path.resolve()
    try:
        known = _read(_record)
        if resolved not in known:
            _write(_record, [*known, resolved])
    except OSError as error:
        log.warning("could not note a written file: %s", error.strerror)


def listed(record: Path | None = None) -> list[Path]:
    """The files recorded that still exist, oldest first (the record is pruned of the rest)."""
    record = record if record is not None else _record
    if record is None:
        return []
    known = _read(record)
    existing = [path for path in known if path.is_file()]
    if existing != known:
        _write(record, existing)
    return existing


def delete(paths: list[Path], record: Path | None = None) -> list[Path]:
    """Delete the files `paths` and drop them from the record; returns those that could not
    be deleted."""
    failed: list[Path] = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            failed.append(path)
    record = record if record is not None else _record
    if record is not None:
        _write(record, [path for path in _read(record) if path.exists()])
    return failed


def erase_record(record: Path | None = None) -> None:
    """Delete the record itself (emergency erase, after the files it lists)."""
    record = record if record is not None else _record
    if record is not None:
        record.unlink(missing_ok=True)
