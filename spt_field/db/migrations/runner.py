"""Apply the migrations shipped inside the package when a database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spt_field.db.connection import stored_revision

if TYPE_CHECKING:  # the window's start-up reads SCHEMA_HEAD before SQLAlchemy is loaded
    import sqlalchemy as sa
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent

# The newest migration. A database already there opens without loading Alembic at all (a tenth
# of a second of start-up); a test checks this names the real head.
SCHEMA_HEAD = "0018_identity_secret_hashes"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def create_server_schema(engine: sa.Engine) -> None:
    """A new server database, created from the models at the newest revision (the laptop's
    older revisions rebuild SQLite tables and FTS5 indexes the server never had), with the
    server's search index and roles, then stamped: later migrations run on both engines."""
    from alembic import command

    from spt_field.db import models  # noqa: F401  (registers the tables on Base.metadata)
    from spt_field.db.base import Base
    from spt_field.db.server_roles import create_roles
    from spt_field.db.server_search import create_search_objects

    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        create_search_objects(connection)
        command.stamp(alembic_config(connection), "head")
        create_roles(connection)


def upgrade_server(engine: sa.Engine) -> None:
    """Bring a server database to the newest revision, in one transaction (PostgreSQL's DDL
    is transactional: a failed migration leaves the schema as it was)."""
    from alembic import command

    from spt_field.db.server_roles import create_roles

    with engine.begin() as connection:
        if current_revision(connection) == SCHEMA_HEAD:
            return
        command.upgrade(alembic_config(connection), "head")
        create_roles(connection)  # a new table gets its grants


def upgrade_to_head(engine: sa.Engine) -> None:
    """Migrate in one transaction with foreign keys off (SQLite rebuilds a table by dropping
    it, which the other tables' references would refuse), then check every reference holds."""
    with engine.connect() as connection:
        if stored_revision(connection.connection.driver_connection) == SCHEMA_HEAD:
            return
    from alembic import command  # only now: loading Alembic takes about 0.4 s

    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or it is ignored
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration broke a reference in table {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
