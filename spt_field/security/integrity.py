"""Is an encrypted database whole? SQLCipher's page HMACs, SQLite's structure, foreign keys.

Three checks run on one raw connection, in this order:

* ``PRAGMA cipher_integrity_check``: SQLCipher recomputes the HMAC of every page; it returns rows
  only for pages that fail (a flipped byte, a torn page, a page from another file).
* ``PRAGMA quick_check``: SQLite's structural check of every b-tree page and record. It is chosen
  over ``integrity_check``, which also cross-checks every index against its table: on the L
  benchmark file (303 MB) that took 4.99 s against 2.58 s (medians of 3, docs/reliability.md),
  for a kind of damage (an index out of step with its table) that a crash of a WAL database does
  not cause, and any page altered behind SQLite's back already fails its HMAC.
* ``PRAGMA foreign_key_check``: every reference points at an existing row.

A damaged file never raises here: each failure, including an error that stops a check half way
("database disk image is malformed"), becomes a line of ``IntegrityReport.problems``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlcipher3

from spt_field.db.session import Database, open_database
from spt_field.errors import UserError, WrongPassphraseError

# quick_check and cipher_integrity_check stop after this many problems: enough to judge a file.
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class IntegrityReport:
    """The verdict on one database: `ok` when `problems` is empty; `seconds` the checks took."""

    ok: bool
    problems: tuple[str, ...]
    seconds: float


def _rows(connection: Any, statement: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.execute(statement).fetchall()]


def _cipher_problems(connection: Any) -> list[str]:
    return [
        "encryption: " + " ".join(str(value) for value in row)
        for row in _rows(connection, "PRAGMA cipher_integrity_check")
    ]


def _structure_problems(connection: Any) -> list[str]:
    rows = _rows(connection, f"PRAGMA quick_check({MAX_PROBLEMS})")
    if [row[0] for row in rows] == ["ok"]:
        return []
    return ["structure: " + str(row[0]) for row in rows]


def _foreign_key_problems(connection: Any) -> list[str]:
    return [
        f"foreign key: {table} row {rowid} refers to a missing {parent} (constraint {fk})"
        for table, rowid, parent, fk in _rows(connection, "PRAGMA foreign_key_check")
    ]


def check_connection(connection: Any) -> list[str]:
    """The three checks on a raw keyed connection: the problems found (none: the file is whole)."""
    problems: list[str] = []
    for name, check in (
        ("encryption", _cipher_problems),
        ("structure", _structure_problems),
        ("foreign key", _foreign_key_problems),
    ):
        try:
            problems.extend(check(connection))
        except sqlcipher3.Error as error:
            problems.append(f"{name} check could not finish: {error}")
    return problems


def check_integrity(database: Database) -> IntegrityReport:
    """Run the three checks on `database`; a damaged file gives problems, never an exception."""
    started = time.perf_counter()
    problems: list[str] = []
    try:
        raw = database.engine.raw_connection()
    except (sa.exc.DBAPIError, sqlcipher3.Error) as error:
        problems.append(f"the database cannot be read: {error}")
    else:
        try:
            problems = check_connection(raw.driver_connection)
        finally:
            raw.close()
    return IntegrityReport(
        ok=not problems, problems=tuple(problems), seconds=time.perf_counter() - started
    )


def check_file(path: Path, passphrase: str) -> IntegrityReport:
    """Open the database at `path`, check it and close it.

    A file that cannot be opened (missing, or damaged so badly that its schema cannot be read) is
    reported as a problem. A wrong passphrase raises WrongPassphraseError, as everywhere. Note
    that SQLCipher cannot tell a damaged first page from a wrong key: both raise
    WrongPassphraseError.
    """
    started = time.perf_counter()
    try:
        database = open_database(path, passphrase)
    except WrongPassphraseError:
        raise
    except (UserError, sa.exc.DBAPIError, sqlcipher3.Error) as error:
        return IntegrityReport(
            ok=False,
            problems=(f"the database cannot be opened: {error}",),
            seconds=time.perf_counter() - started,
        )
    try:
        report = check_integrity(database)
    finally:
        database.close()
    return IntegrityReport(
        ok=report.ok, problems=report.problems, seconds=time.perf_counter() - started
    )
