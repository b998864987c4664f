"""The FTS5 full-text index over interview notes, findings and recommendations.

Each indexed table has its own FTS5 table keyed by the row's rowid; triggers created by the
migrations keep them current on every write, whatever code does the writing. Soft-deleted rows
leave the index.
"""

from __future__ import annotations

SEARCH_TABLES = ("interview_search", "finding_search", "recommendation_search")


def is_search_table(name: str) -> bool:
    """FTS5 tables and their shadow tables (``..._data``, ``..._idx``...) are not in the models."""
    return any(name == table or name.startswith(table + "_") for table in SEARCH_TABLES)
