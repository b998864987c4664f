"""Server users for the tests of roles and connections: each logs in over 127.0.0.1 with
pg.ROLE_PASSWORD (TLS and a password, as a person at headquarters would)."""

from __future__ import annotations

import sqlalchemy as sa

from tests.support import pg_server as pg


def create_login(admin: sa.Engine, name: str) -> None:
    """A server user `name` who logs in with pg.ROLE_PASSWORD."""
    password = pg.ROLE_PASSWORD.replace("'", "''")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")


def drop_logins(admin: sa.Engine, names: list[str]) -> None:
    with admin.connect() as connection:
        for name in names:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")
