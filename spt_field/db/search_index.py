"""The FTS5 full-text index over interview notes, findings and recommendations.

Each indexed table has its own FTS5 table keyed by the row's rowid; triggers created by the
migrations keep them current on every write, whatever code does the writing. Soft-deleted rows
leave the index. Migrations build their statements here.
"""

from __future__ import annotations

# Indexed table -> (FTS5 table, indexed columns).
SEARCH_INDEX: dict[str, tuple[str, tuple[str, ...]]] = {
    "interview": ("interview_search", ("pseudonym", "notes")),
    "finding": ("finding_search", ("title", "text")),
    "recommendation": ("recommendation_search", ("text",)),
}
SEARCH_TABLES = tuple(search for search, _columns in SEARCH_INDEX.values())
TOKENIZER = "unicode61 remove_diacritics 2"


def is_search_table(name: str) -> bool:
    """FTS5 tables and their shadow tables (``..._data``, ``..._idx``...) are not in the models."""
    return any(name == table or name.startswith(table + "_") for table in SEARCH_TABLES)


def create_statements(table: str) -> list[str]:
    search, columns = SEARCH_INDEX[table]
    virtual = (
        f"CREATE VIRTUAL TABLE {search} USING fts5({', '.join(columns)}, tokenize = '{TOKENIZER}')"
    )
    return [virtual, *trigger_statements(table)]


def trigger_statements(table: str) -> list[str]:
    search, columns = SEARCH_INDEX[table]
    cols = ", ".join(columns)
    new_cols = ", ".join(f"new.{c}" for c in columns)
    refill = (
        f"INSERT INTO {search} (rowid, {cols}) "
        f"SELECT new.rowid, {new_cols} WHERE new.deleted_at IS NULL;"
    )
    return [
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {refill} END",
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {cols}, deleted_at ON {table} "
        f"BEGIN DELETE FROM {search} WHERE rowid = old.rowid; {refill} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} "
        f"BEGIN DELETE FROM {search} WHERE rowid = old.rowid; END",
    ]


def drop_statements(table: str) -> list[str]:
    search, _columns = SEARCH_INDEX[table]
    triggers = [
        f"DROP TRIGGER IF EXISTS {table}_search_{event}" for event in ("insert", "update", "delete")
    ]
    return [*triggers, f"DROP TABLE IF EXISTS {search}"]


def rebuild_statements(table: str) -> list[str]:
    """After a migration rebuilt `table` (rowids may change, triggers are gone): index it anew."""
    search, columns = SEARCH_INDEX[table]
    cols = ", ".join(columns)
    return [
        *(f"DROP TRIGGER IF EXISTS {table}_search_{e}" for e in ("insert", "update", "delete")),
        f"DELETE FROM {search}",
        f"INSERT INTO {search} (rowid, {cols}) SELECT rowid, {cols} FROM {table} "
        "WHERE deleted_at IS NULL",
        *trigger_statements(table),
    ]
