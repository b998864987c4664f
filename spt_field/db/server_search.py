"""Search on a PostgreSQL server: what FTS5 does on the laptop (search_index.py), with pg_trgm
and unaccent, so that the same words find the same records on both.

PostgreSQL's text parser does not split Chinese or Japanese into words, so the server does not
use its own full-text search: it matches each word of the query as a substring of the text,
folded the way the laptop's index folds it (case and accents ignored), and trigram (GIN)
indexes make that fast, CJK included.
"""

from __future__ import annotations

import sqlalchemy as sa

from spt_field.db.search_index import SEARCH_INDEX

#: The folding both sides of a match go through: lower case, accents removed. An immutable SQL
#: function (unaccent itself is only stable), so that indexes can be built on it.
FOLD_FUNCTION = "spt_fold"


def create_search_objects(connection: sa.Connection) -> None:
    """The extensions, the folding function and a trigram index per indexed column."""
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    connection.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        "RETURN lower(public.unaccent('public.unaccent'::regdictionary, value))"
    )
    for table, (_search, columns) in SEARCH_INDEX.items():
        for column in columns:
            connection.exec_driver_sql(
                f"CREATE INDEX ix_{table}_{column}_trigrams ON {table} "
                f"USING gin ({FOLD_FUNCTION}({column}) gin_trgm_ops) WHERE deleted_at IS NULL"
            )
