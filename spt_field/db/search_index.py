"""The FTS5 full-text index over interview notes, findings and recommendations.

Each indexed table has its own FTS5 table keyed by the row's rowid; triggers created by the
migrations keep them current on every write, whatever code does the writing. Soft-deleted rows
leave the index. Migrations build their statements here.

Chinese and Japanese are written without spaces between words (and Korean joins particles and
compounds), and the ``unicode61`` tokenizer would read a whole sentence as one word. So the
triggers store text through the SQL function ``search_text`` (registered on every connection),
which sets each CJK character apart as a word of its own; a CJK word is then searched as the
phrase of its characters. The characters are set apart by a zero-width space, which the tokenizer
reads as a separator and which search removes from snippets, so they show the text as it was
written.
"""

from __future__ import annotations

import re
from typing import Any, overload

# Indexed table -> (FTS5 table, indexed columns).
SEARCH_INDEX: dict[str, tuple[str, tuple[str, ...]]] = {
    "interview": ("interview_search", ("pseudonym", "notes")),
    "finding": ("finding_search", ("title", "text")),
    "recommendation": ("recommendation_search", ("text",)),
}
SEARCH_TABLES = tuple(search for search, _columns in SEARCH_INDEX.values())
TOKENIZER = "unicode61 remove_diacritics 2"
SEARCH_FUNCTION = "search_text"
CJK_SEPARATOR = "\u200b"  # zero-width space

# Scripts written without spaces between words: Han ideographs (with the iteration marks and
# all extensions), kana, bopomofo and Hangul syllables.
_CJK_RANGES = (
    "\u3005\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c"
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
CJK_CHARACTER = re.compile(f"[{_CJK_RANGES}]")
# Between a CJK character and any neighbour that is not a space.
_CJK_BOUNDARY = re.compile(f"(?<=[{_CJK_RANGES}])(?=\\S)|(?<=\\S)(?=[{_CJK_RANGES}])")


@overload
def indexed_text(text: str) -> str: ...
@overload
def indexed_text(text: None) -> None: ...
def indexed_text(text: str | None) -> str | None:
    """`text` as the index stores it: every CJK character a word of its own.

    Search passes what the user typed through here too, so both are cut into the same words.
    """
    if text is None or CJK_CHARACTER.search(text) is None:
        return text
    return _CJK_BOUNDARY.sub(CJK_SEPARATOR, text)


def _stored_text(value: bytes | None) -> str | None:
    """`search_text`: a column's text as the index stores it.

    The triggers pass the text as bytes (``CAST AS BLOB``) because sqlite3 hands a function text,
    and takes its result, only up to the first NUL character; a NUL becomes a space (the tokenizer
    reads both as a separator, and search turns a NUL typed into a space too).
    """
    if value is None:
        return None
    return indexed_text(value.decode("utf-8", "replace").replace("\x00", " "))


def register_search_function(connection: Any) -> None:
    """The triggers call `search_text`: a connection without it cannot write indexed rows."""
    connection.create_function(SEARCH_FUNCTION, 1, _stored_text, deterministic=True)


def is_search_table(name: str) -> bool:
    """FTS5 tables and their shadow tables (``..._data``, ``..._idx``...) are not in the models."""
    return any(name == table or name.startswith(table + "_") for table in SEARCH_TABLES)


def _stored(columns: tuple[str, ...], prefix: str, split_cjk: bool) -> str:
    """The values the index stores for `columns` (read as ``prefix.column``)."""
    if split_cjk:
        return ", ".join(f"{SEARCH_FUNCTION}(CAST({prefix}{c} AS BLOB))" for c in columns)
    return ", ".join(f"{prefix}{c}" for c in columns)


def create_statements(table: str, *, split_cjk: bool = True) -> list[str]:
    search, columns = SEARCH_INDEX[table]
    virtual = (
        f"CREATE VIRTUAL TABLE {search} USING fts5({', '.join(columns)}, tokenize = '{TOKENIZER}')"
    )
    return [virtual, *trigger_statements(table, split_cjk=split_cjk)]


def trigger_statements(table: str, *, split_cjk: bool = True) -> list[str]:
    """`split_cjk` False builds the triggers of revisions before 0006, for its downgrade."""
    search, columns = SEARCH_INDEX[table]
    cols = ", ".join(columns)
    refill = (
        f"INSERT INTO {search} (rowid, {cols}) "
        f"SELECT new.rowid, {_stored(columns, 'new.', split_cjk)} WHERE new.deleted_at IS NULL;"
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


def rebuild_statements(table: str, *, split_cjk: bool = True) -> list[str]:
    """After a migration rebuilt `table` (rowids may change, triggers are gone), or changed what
    the index stores: index it anew. Dropping the FTS5 table is much faster than emptying it;
    merging the filled index into one b-tree ('optimize') keeps searches as fast as before."""
    search, columns = SEARCH_INDEX[table]
    cols = ", ".join(columns)
    return [
        *drop_statements(table),
        *create_statements(table, split_cjk=split_cjk),
        f"INSERT INTO {search} (rowid, {cols}) SELECT rowid, {_stored(columns, '', split_cjk)} "
        f"FROM {table} WHERE deleted_at IS NULL",
        f"INSERT INTO {search} ({search}) VALUES ('optimize')",
    ]
