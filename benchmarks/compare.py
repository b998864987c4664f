"""Check that the baseline wrote what our import wrote: same rows, same order, same index.

Only what differs by nature is left out: the time of writing, the device id, and the random ids
given to interviewee identities.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.baseline import connect
from spt_field.db.search_index import SEARCH_TABLES, is_search_table

_NOT_COMPARED = {"created_at", "updated_at", "device_id"}
_SKIPPED_TABLES = {"database_info", "alembic_version"}


def _tables(connection: Any) -> list[str]:
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    data = [name for name in names if not is_search_table(name) and name not in _SKIPPED_TABLES]
    return data + list(SEARCH_TABLES)


def _columns(connection: Any, table: str) -> list[str]:
    names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    skipped = _NOT_COMPARED | ({"id"} if table == "interviewee_identity" else set())
    return [name for name in names if name not in skipped]


def _rows(connection: Any, table: str) -> list[tuple[Any, ...]]:
    columns = ", ".join(f'"{name}"' for name in ["rowid", *_columns(connection, table)])
    return list(connection.execute(f'SELECT {columns} FROM "{table}" ORDER BY rowid'))


def differences(first: Path, second: Path, passphrase: str) -> list[str]:
    """One line per table whose rows differ between the two databases (empty: identical)."""
    one, two = connect(first, passphrase), connect(second, passphrase)
    try:
        found = []
        for table in _tables(one):
            rows_one, rows_two = _rows(one, table), _rows(two, table)
            if rows_one != rows_two:
                pairs = zip(rows_one, rows_two, strict=False)
                first_diff = next(((a, b) for a, b in pairs if a != b), None)
                found.append(f"{table}: {len(rows_one)} vs {len(rows_two)} rows; {first_diff}")
        return found
    finally:
        one.close()
        two.close()
