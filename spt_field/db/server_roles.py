"""Who may see what on a headquarters server: three PostgreSQL group roles and their grants,
enforced by the server itself, not only by the application.

- reader: reads every record, writes nothing;
- drafter: reads and writes every record;
- admin: everything, the recorded identities of interviewees included.

The identities (table ``interviewee_identity``, column ``identity``) are readable and writable
by admin only. Reader and drafter hold column privileges on the rest of that table (which
interview has an identity recorded, its sync columns): so the interview list can say "identity
recorded" and statistics count them for everyone, and a drafter deleting an interview can
tombstone its identity, but ``SELECT identity`` (or ``SELECT *``) is refused by the server.
They read its ``secret_hashes`` too (and the hash key in ``database_info``): the report's check
for the interviewees' names matches those keyed hashes (db/identity_hashes.py), so every role
may export a report and none may skip the check.
The audit trail never holds an identity (audit_log withholds the value), so it needs no
restriction.

The group roles are NOLOGIN and named after the database they were created for
(``spt_field_<database>_reader`` ...), so several SPT Field databases on one cluster keep
apart who may read which; the names are stored in ``database_info`` when the schema is created,
so a copy of the database (CREATE DATABASE ... TEMPLATE) keeps using the same roles. Creating
them needs a user with CREATEROLE (or a superuser): the one who runs ``spt-field init
--server``, who owns the tables and runs the migrations. People log in with their own login
roles, made members of one group by ``grant_role`` (``spt-field server-role``).
"""

from __future__ import annotations

import enum
import re

import sqlalchemy as sa

from spt_field.errors import UserError

#: The table and column only admin may read or write.
IDENTITY_TABLE = "interviewee_identity"
IDENTITY_COLUMN = "identity"
#: Alembic's revision: only the owner, who migrates, changes it.
_MIGRATIONS_TABLE = "alembic_version"
#: Field sync's state per record (db/sync_state.py).
_SYNC_STATE = "sync_state"
#: database_info key holding the prefix of this database's role names.
_PREFIX_KEY = "server_roles"
_MAX_PREFIX = 40  # PostgreSQL names are at most 63 bytes; "_drafter" and quoting fit after it


class ServerRole(enum.StrEnum):
    """The three kinds of user of a headquarters database."""

    READER = "reader"
    DRAFTER = "drafter"
    ADMIN = "admin"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _new_prefix(database: str) -> str:
    cleaned = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_")
    return f"spt_field_{cleaned}"[:_MAX_PREFIX]


def role_names(connection: sa.Connection) -> dict[ServerRole, str]:
    """The group role of each kind for this database (from database_info)."""
    prefix = connection.execute(
        sa.text("SELECT value FROM database_info WHERE key = :key"), {"key": _PREFIX_KEY}
    ).scalar_one_or_none()
    if prefix is None:
        raise UserError(
            "this server database has no SPT Field roles yet: open it once as its owner "
            "(spt-field visits --server URL) to create them"
        )
    return {role: f"{prefix}_{role.value}" for role in ServerRole}


def create_roles(connection: sa.Connection) -> None:
    """Create this database's three group roles if they do not exist, and (re)apply every
    grant. Run by the tables' owner, at creation and after each migration."""
    if (
        connection.execute(
            sa.text("SELECT 1 FROM database_info WHERE key = :key"), {"key": _PREFIX_KEY}
        ).first()
        is None
    ):
        database = str(connection.execute(sa.text("SELECT current_database()")).scalar_one())
        connection.execute(
            sa.text("INSERT INTO database_info (key, value) VALUES (:key, :value)"),
            {"key": _PREFIX_KEY, "value": _new_prefix(database)},
        )
    names = role_names(connection)
    for name in names.values():
        exists = connection.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).first()
        if exists is None:
            try:
                with connection.begin_nested():
                    connection.exec_driver_sql(f"CREATE ROLE {_quoted(name)} NOLOGIN")
            except sa.exc.ProgrammingError:
                raise UserError(
                    "creating the database's roles (reader, drafter, admin) needs a server "
                    "user allowed to create roles (CREATEROLE): run this as such a user"
                ) from None
    _grant(connection, names)


def _grant(connection: sa.Connection, names: dict[ServerRole, str]) -> None:
    reader, drafter, admin = (_quoted(names[role]) for role in ServerRole)
    database = _quoted(str(connection.execute(sa.text("SELECT current_database()")).scalar_one()))
    tables = [
        str(name)
        for name in connection.execute(
            sa.text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    ]
    sql = connection.exec_driver_sql
    for role in (reader, drafter, admin):
        sql(f"GRANT CONNECT ON DATABASE {database} TO {role}")
        sql(f"GRANT USAGE ON SCHEMA public TO {role}")
    sql(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {reader}")
    sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {drafter}, {admin}")
    for table in tables:
        quoted = _quoted(table)
        sql(f"GRANT ALL ON TABLE {quoted} TO {admin}")
        if table == IDENTITY_TABLE:
            continue
        sql(f"REVOKE ALL ON TABLE {quoted} FROM {reader}, {drafter}")
        sql(f"GRANT SELECT ON TABLE {quoted} TO {reader}, {drafter}")
        if table != _MIGRATIONS_TABLE:
            sql(f"GRANT INSERT, UPDATE, DELETE ON TABLE {quoted} TO {drafter}")
    if IDENTITY_TABLE in tables:
        _grant_identity_bookkeeping(connection, reader, drafter)
    if _SYNC_STATE in tables:
        _hide_identity_conflicts(connection, reader, drafter, admin)


def _grant_identity_bookkeeping(connection: sa.Connection, reader: str, drafter: str) -> None:
    """Every column of the identity table but the identity: whether one is recorded, and a
    drafter's tombstone when the interview goes."""
    columns = [
        str(name)
        for name in connection.execute(
            sa.text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = :table"
            ),
            {"table": IDENTITY_TABLE},
        ).scalars()
        if name != IDENTITY_COLUMN
    ]
    listed = ", ".join(_quoted(column) for column in columns)
    tombstone = ", ".join(
        _quoted(column) for column in ("deleted_at", "updated_at", "version", "device_id")
    )
    table = _quoted(IDENTITY_TABLE)
    sql = connection.exec_driver_sql
    sql(f"REVOKE ALL ON TABLE {table} FROM {reader}, {drafter}")
    sql(f"GRANT SELECT ({listed}) ON TABLE {table} TO {reader}, {drafter}")
    sql(f"GRANT UPDATE ({tombstone}) ON TABLE {table} TO {drafter}")


def _hide_identity_conflicts(
    connection: sa.Connection, reader: str, drafter: str, admin: str
) -> None:
    """Field sync keeps the values of concurrent writes in sync_state while they differ (a
    conflict): for an identity, those are identities. Row-level security hides such rows
    from reader and drafter (the owner and admin see every row)."""
    sql = connection.exec_driver_sql
    table = _quoted(_SYNC_STATE)
    sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    sql(f"DROP POLICY IF EXISTS spt_every_state ON {table}")
    sql(f"CREATE POLICY spt_every_state ON {table} TO {admin} USING (true) WITH CHECK (true)")
    sql(f"DROP POLICY IF EXISTS spt_no_identity_values ON {table}")
    siblings = f"state -> 'f' -> '{IDENTITY_COLUMN}'"  # several: their values are stored
    several = (
        f"CASE WHEN json_typeof({siblings}) = 'array' THEN json_array_length({siblings}) > 1 "
        "ELSE false END"
    )
    sql(
        f"CREATE POLICY spt_no_identity_values ON {table} TO {reader}, {drafter} "
        f"USING (table_name <> '{IDENTITY_TABLE}' OR NOT ({several})) WITH CHECK (true)"
    )


def grant_role(engine: sa.Engine, login: str, role: ServerRole | str) -> None:
    """Make the server user `login` a reader, drafter or admin of this database (and nothing
    else of it: the other two are revoked). Run by the database's owner or an administrator
    of its roles."""
    try:
        wanted = ServerRole(role)
    except ValueError:
        raise UserError(f"role: {role!r} is none of reader, drafter, admin") from None
    with engine.begin() as connection:
        names = role_names(connection)
        if (
            connection.execute(
                sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
            ).first()
            is None
        ):
            raise UserError(f"the server has no user {login!r} (create it: CREATE ROLE ... LOGIN)")
        member_of = set(
            connection.execute(
                sa.text(
                    "SELECT pg_get_userbyid(roleid) FROM pg_auth_members "
                    "WHERE member = (SELECT oid FROM pg_roles WHERE rolname = :login)"
                ),
                {"login": login},
            ).scalars()
        )
        try:
            for kind, name in names.items():
                if kind is not wanted and name in member_of:
                    connection.exec_driver_sql(f"REVOKE {_quoted(name)} FROM {_quoted(login)}")
            connection.exec_driver_sql(f"GRANT {_quoted(names[wanted])} TO {_quoted(login)}")
        except sa.exc.ProgrammingError as error:
            if getattr(error.orig, "sqlstate", None) != "42501":
                raise
            raise UserError(
                "your role on the server may not give roles to other users (ask the "
                "database's owner or a user with CREATEROLE)"
            ) from None
