"""Migrations: one head, a new database reaches it, and the models agree with the migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from spt_field.db import models  # noqa: F401  (registers the tables on Base.metadata)
from spt_field.db.base import Base
from spt_field.db.migrations.runner import (
    alembic_config,
    current_revision,
    head_revision,
)
from spt_field.db.search_index import SEARCH_TABLES, is_search_table
from spt_field.db.session import Database, open_database
from tests.conftest import PASSPHRASE


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """The filter of spt_field/db/migrations/env.py: FTS5 tables are not in the models."""
    return not (type_ == "table" and name is not None and is_search_table(name))


def _differences(connection: sa.Connection, **opts: Any) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True, **opts}
    )
    return list(compare_metadata(context, Base.metadata))


def test_there_is_one_head() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    heads = scripts.get_heads()
    assert len(heads) == 1
    assert heads[0] == head_revision()
    assert [rev.revision for rev in scripts.walk_revisions()][-1] == "0001"


def test_every_revision_has_a_downgrade_target_chain() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = list(scripts.walk_revisions())
    bases = [rev for rev in revisions if rev.down_revision is None]
    assert len(bases) == 1


def test_a_new_database_is_at_head(database: Database) -> None:
    with database.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        tables = set(sa.inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert set(SEARCH_TABLES) <= tables


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        assert _differences(connection, include_object=include_object) == []


def test_the_comparison_would_see_a_difference(database: Database) -> None:
    """Guard against a comparison that cannot fail: unfiltered, it sees the FTS5 tables."""
    with database.engine.connect() as connection:
        differences = _differences(connection)
    removed = {diff[1].name for diff in differences if diff[0] == "remove_table"}
    assert set(SEARCH_TABLES) <= removed
    assert all(is_search_table(name) for name in removed)
    assert all(diff[0] == "remove_table" for diff in differences)


def test_the_search_triggers_exist(database: Database) -> None:
    with database.engine.connect() as connection:
        triggers = set(
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).scalars()
        )
    assert triggers == {
        f"{table}_search_{event}"
        for table in ("interview", "finding", "recommendation")
        for event in ("insert", "update", "delete")
    }


def test_reopening_a_database_at_head_keeps_it_there(db_path: Path, database: Database) -> None:
    database.close()
    reopened = open_database(db_path, PASSPHRASE)
    try:
        with reopened.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            versions = connection.exec_driver_sql("SELECT count(*) FROM alembic_version")
            assert versions.scalar_one() == 1
    finally:
        reopened.close()


def test_the_schema_head_constant_names_the_newest_migration() -> None:
    from spt_field.db.migrations.runner import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD
