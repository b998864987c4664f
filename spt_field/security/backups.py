"""Encrypted backups of an open database, their rotation, listing, and restore.

A backup is made with ``VACUUM INTO``: SQLCipher writes the copy encrypted with the open
database's own key, so it opens with the same passphrase and taking one needs no passphrase at
hand (the window never keeps it). The copy is a consistent snapshot, compacted (free pages are
not copied), and a self-contained single file (journal mode DELETE, no -wal beside it). Default
folder: ``<db dir>/<db name>.backups/``; names carry a UTC timestamp only, e.g.
``visits-20261126T091500Z.sptdb``. Passphrases never reach a log or a file name.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlcipher3

from spt_field.db.connection import APPLICATION_ID, candidate_keyings, unkeyed_connection
from spt_field.db.session import Database, open_database
from spt_field.errors import UserError, WrongPassphraseError
from spt_field.safe_files import create_private_file, open_private, private_folder
from spt_field.security.integrity import check_connection, check_file
from spt_field.security.rekey import open_exclusive, rekey_backup

log = logging.getLogger(__name__)

SUFFIX = ".sptdb"
BEFORE_RESTORE = "before-restore"
_TIMESTAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_COUNTED_TABLES = {"visits": "visit", "places": "place", "interviews": "interview"}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; `counts` only when a passphrase was given to list_backups."""

    path: Path
    taken_at: datetime
    size: int
    before_restore: bool = False
    counts: dict[str, int] | None = None


def backup_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def _stem(db_path: Path) -> str:
    return db_path.name.removesuffix(SUFFIX) if db_path.name.endswith(SUFFIX) else db_path.stem


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(_stem(db_path))
        + r"-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?(?P<before>-"
        + BEFORE_RESTORE
        + ")?"
        + re.escape(SUFFIX)
        + r"$"
    )


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_with_sidecars(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _write_backup(database: Database, out: Path) -> None:
    """Copy the open database into the new file `out` (via a temporary name beside it)."""
    partial = out.with_name(out.name + ".partial")
    _remove_with_sidecars(partial)
    create_private_file(partial)  # VACUUM INTO fills an empty file, keeping its mode
    pooled = database.engine.raw_connection()
    try:
        connection: Any = pooled.driver_connection  # the sqlcipher3 connection
        connection.execute("VACUUM INTO ?", (str(partial),))
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    finally:
        pooled.close()
    _fsync_file(partial)
    os.replace(partial, out)
    _fsync_folder(out.parent)


def _verify(out: Path, passphrase: str | None) -> None:
    """Read the new backup back with `passphrase`: proof that it opens with it."""
    if passphrase is None:
        return
    try:
        _open_checked(out, passphrase).close()
    except BaseException:
        out.unlink(missing_ok=True)
        raise


def backup_to(database: Database, passphrase: str | None, out: Path) -> Path:
    """Write one encrypted backup to the explicit file `out`, which must not exist yet; with a
    passphrase, the backup is read back with it before this returns."""
    if out.exists():
        raise UserError(f"{out} already exists; choose a new file name")
    if not out.parent.is_dir():
        raise UserError(f"folder {out.parent} does not exist")
    _write_backup(database, out)
    _verify(out, passphrase)
    log.info("backed up %s to %s", database.name, out.name)
    return out


def _new_backup_path(db_path: Path, folder: Path, *, before_restore: bool = False) -> Path:
    """A name after every backup already there: several backups in one second are numbered
    after the highest number of that second, even when rotation removed the lower ones (reusing
    a freed lower number would sort the newest backup as the oldest)."""
    stamp = datetime.now(UTC).strftime(_TIMESTAMP_FORMAT)
    tail = f"-{BEFORE_RESTORE}" if before_restore else ""
    pattern = _name_pattern(db_path)
    numbers = [
        int(match["n"] or 0)
        for match in map(pattern.match, (path.name for path in folder.iterdir()))
        if match is not None and match["stamp"] == stamp
    ]
    if not numbers:
        return folder / f"{_stem(db_path)}-{stamp}{tail}{SUFFIX}"
    return folder / f"{_stem(db_path)}-{stamp}-{max(numbers) + 1}{tail}{SUFFIX}"


def _rotate(db_path: Path, folder: Path, keep: int) -> None:
    """Keep the newest `keep` regular backups; before-restore copies are never removed."""
    pattern = _name_pattern(db_path)
    regular = [info for info in _scan(db_path, folder, pattern) if not info.before_restore]
    for info in regular[keep:]:
        info.path.unlink(missing_ok=True)
        log.info("removed old backup %s", info.path.name)


def take_backup(
    database: Database, passphrase: str | None = None, folder: Path | None = None, *, keep: int = 10
) -> Path:
    """Back up into `folder` (default ``<db dir>/<db name>.backups/``), then keep the newest
    `keep` backups there. Returns the new file. With a passphrase, the backup is read back with
    it first; without one (the window's scheduled backups) the database's own key is used."""
    if keep < 1:
        raise UserError("keep at least one backup")
    folder = private_folder(folder if folder is not None else backup_folder(database.file))
    out = _new_backup_path(database.file, folder)
    _write_backup(database, out)
    _verify(out, passphrase)
    log.info("backed up %s to %s", database.name, out.name)
    _rotate(database.file, folder, keep)
    return out


def _scan(db_path: Path, folder: Path, pattern: re.Pattern[str]) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[str, int], BackupInfo]] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        taken_at = datetime.strptime(match["stamp"], _TIMESTAMP_FORMAT).replace(tzinfo=UTC)
        info = BackupInfo(
            path=path,
            taken_at=taken_at,
            size=path.stat().st_size,
            before_restore=match["before"] is not None,
        )
        found.append(((match["stamp"], int(match["n"] or 0)), info))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [info for _key, info in found]


def _keyed(path: Path, passphrase: str) -> Any:
    """A raw connection to `path` keyed with `passphrase`, tried on page 1 alone (its header
    holds the application id): WrongPassphraseError for a wrong key or a file not ours."""
    if not path.is_file():
        raise UserError(f"no backup at {path}")
    for keying in candidate_keyings(path, passphrase):
        connection = unkeyed_connection(path)
        try:
            connection.execute(keying.statement)
            try:
                application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            except sqlcipher3.DatabaseError:
                connection.close()
                continue
            if application_id != APPLICATION_ID:
                raise WrongPassphraseError()
        except BaseException:
            connection.close()
            raise
        return connection
    raise WrongPassphraseError()


def _open_checked(path: Path, passphrase: str) -> Any:
    """A raw keyed connection to a database or backup file whose schema reads. A failure past
    page 1 is damage further in (UserError saying so), not a wrong passphrase."""
    connection = _keyed(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise UserError(f"the file {path.name} is damaged: its schema cannot be read") from error
    return connection


def backup_counts(path: Path, passphrase: str) -> dict[str, int]:
    """Live visits, places and interviews in a backup file (read without changing it)."""
    connection = _open_checked(path, passphrase)
    try:
        return {
            label: int(
                connection.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).fetchone()[0]
            )
            for label, table in _COUNTED_TABLES.items()
        }
    except sqlcipher3.DatabaseError as error:
        raise UserError(f"the file {path.name} is damaged or not an SPT Field backup") from error
    finally:
        connection.close()


def list_backups(
    db_path: Path, passphrase: str | None = None, folder: Path | None = None
) -> list[BackupInfo]:
    """Backups of `db_path`, newest first; with a passphrase, each carries its counts (a backup
    that does not open gets no counts rather than failing the list)."""
    folder = folder if folder is not None else backup_folder(db_path)
    infos = _scan(db_path, folder, _name_pattern(db_path))
    if passphrase is None:
        return infos
    listed = []
    for info in infos:
        try:
            counts: dict[str, int] | None = backup_counts(info.path, passphrase)
        except UserError:
            counts = None
        listed.append(BackupInfo(info.path, info.taken_at, info.size, info.before_restore, counts))
    return listed


def _copy_file(source: Path, target: Path) -> None:
    """Byte for byte into the new file `target`, synced to disk."""
    with source.open("rb") as reader, open(open_private(target, "xb"), "wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())


def _prepare_candidate(backup: Path, passphrase: str, candidate: Path) -> None:
    """Copy `backup` to `candidate`, then check the copy as `spt-field check` does (page
    HMACs, structure, foreign keys) and switch WAL on."""
    _remove_with_sidecars(candidate)
    _copy_file(backup, candidate)
    connection = _open_checked(candidate, passphrase)
    try:
        connection.isolation_level = None
        problems = check_connection(connection)
        if problems:
            raise UserError(
                f"the backup {backup.name} is damaged: it fails the integrity check "
                f"({'; '.join(problems[:3])})"
            )
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlcipher3.DatabaseError as error:
        message = f"the backup {backup.name} is damaged or not an SPT Field backup"
        raise UserError(message) from error
    finally:
        connection.close()
    _fsync_file(candidate)


def _keep_aside(db_path: Path, passphrase: str, out: Path) -> None:
    """Save the current database as the backup `out` before it is replaced.

    A database that cannot be read whole (damaged) is kept as its files are, byte for byte
    (still encrypted, its -wal beside it): whatever is left in it stays recoverable."""
    try:
        current = open_database(db_path, passphrase)
        try:
            _write_backup(current, out)
        finally:
            current.close()
    except WrongPassphraseError:
        raise
    except (UserError, sa.exc.DBAPIError, sqlcipher3.DatabaseError) as error:
        log.warning("%s cannot be read whole (%s): kept byte for byte", db_path.name, error)
        _remove_with_sidecars(out)
        _copy_file(db_path, out)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.is_file():
            _copy_file(wal, out.with_name(out.name + "-wal"))


def _orphaned_log(db_path: Path) -> Path | None:
    """A write-ahead log lying where no database is: SQLite would replay it into the restored
    file, and deleting it could lose the last edits of a lost database."""
    wal = db_path.with_name(db_path.name + "-wal")
    return wal if wal.exists() and not db_path.exists() else None


def _set_aside(db_path: Path, passphrase: str) -> Path:
    """Keep the database about to be replaced as a before-restore backup; then make sure no
    connection has it open (exclusive use also folds and ends its WAL)."""
    folder = private_folder(backup_folder(db_path))
    saved_aside = _new_backup_path(db_path, folder, before_restore=True)
    try:
        _keep_aside(db_path, passphrase, saved_aside)
        open_exclusive(db_path, passphrase).close()
    except BaseException:
        _remove_with_sidecars(saved_aside)
        raise
    for stale in (
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
    ):
        stale.unlink(missing_ok=True)
    return saved_aside


def restore_backup(db_path: Path, backup: Path, passphrase: str) -> Path | None:
    """Put the backup file `backup` in place as the database `db_path`.

    The backup must open with `passphrase` and pass the same integrity check as `spt-field
    check`, else UserError and nothing is touched. `db_path` may not exist (the database was
    lost or deleted): the backup becomes it. An existing database (which must open with the
    same passphrase, and not be open anywhere: that is checked) is first saved aside as a
    ``...-before-restore.sptdb`` backup, so the restore can be undone; that file is returned."""
    if not backup.is_file():
        raise UserError(f"no backup at {backup}")
    if not db_path.parent.is_dir():
        raise UserError(f"folder {db_path.parent} does not exist")
    if db_path.exists() and not db_path.is_file():
        raise UserError(f"{db_path} is not a database file")
    orphan = _orphaned_log(db_path)
    if orphan is not None:
        raise UserError(
            f"{orphan.name} (the write-ahead log of a database no longer there) lies beside "
            f"{db_path.name}: move it to another folder first"
        )
    candidate = db_path.with_name(db_path.name + ".restoring")
    saved_aside: Path | None = None
    try:
        _prepare_candidate(backup, passphrase, candidate)
        if db_path.exists():
            saved_aside = _set_aside(db_path, passphrase)
        os.replace(candidate, db_path)
    except BaseException:
        _remove_with_sidecars(candidate)
        if saved_aside is not None:
            _remove_with_sidecars(saved_aside)
        raise
    _fsync_folder(db_path.parent)
    kept = f" (previous state kept as {saved_aside.name})" if saved_aside else ""
    log.info("restored %s from %s%s", db_path.name, backup.name, kept)
    return saved_aside


def latest_good_backup(db_path: Path, passphrase: str) -> BackupInfo | None:
    """The newest backup of `db_path` that opens with `passphrase` and passes the integrity
    check (a damaged one, or one under another passphrase, is passed over); None if none does."""
    for info in list_backups(db_path):
        try:
            if check_file(info.path, passphrase).ok:
                return info
        except WrongPassphraseError:
            continue
        log.warning("backup %s fails the integrity check", info.path.name)
    return None


def verify_passphrase(path: Path, passphrase: str) -> None:
    """WrongPassphraseError unless `passphrase` is the key of `path` (a database or one of its
    backups). Reads page 1 only: it works while the database is open, and on a damaged one."""
    _keyed(path, passphrase).close()


def rekey_backups(db_path: Path, old: str, new: str) -> list[Path]:
    """After the database's passphrase changed from `old` to `new`, re-encrypt its backups so
    that the old passphrase opens none of them. Returns the backups left as they were: those
    under yet another passphrase, and damaged ones."""
    left: list[Path] = []
    for info in list_backups(db_path):
        try:
            rekey_backup(info.path, old, new)
        except (UserError, sqlcipher3.DatabaseError) as error:
            log.warning("backup %s not re-encrypted: %s", info.path.name, error)
            left.append(info.path)
    return left
