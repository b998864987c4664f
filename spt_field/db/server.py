"""A headquarters database on a PostgreSQL server: the same tables, services, migrations,
import, export, report, statistics and bundles as a laptop's encrypted file.

The server is named by a libpq URL (``postgresql://user@host:port/dbname``, or
``postgresql://user@/dbname?host=/socket/dir`` for a local socket). Its password never comes
from the URL: libpq reads ``PGPASSWORD`` or a ``.pgpass`` file (``PGPASSFILE``) itself; when
neither has it, the caller asks the user (PasswordNeededError) and passes it in. A connection
that leaves the machine must use TLS: ``sslmode=require`` is added when the URL says nothing,
and a URL asking for less is refused. At-rest encryption on the server is the server's job
(docs/server.md).

Where the two engines differ, each difference is said in one place:
- the schema: a new server database is created from the models at the newest revision, and
  later migrations run on both engines (migrations/runner.py);
- search: FTS5 on the laptop (search_index.py), pg_trgm on the server
  (server_search.py);
- upserts: sync_state.upsert_states;
- locking: a laptop takes the write lock up front (session.py); the server locks rows, and a
  version per record refuses a concurrent save (base.SyncColumns);
- who may read identities: the server's roles and grants (server_roles.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from spt_field.db import sql_functions as _sql_functions  # noqa: F401 (NULLs ordered as on SQLite)
from spt_field.db.server_roles import IDENTITY_COLUMN, IDENTITY_TABLE
from spt_field.db.session import Database, audited_sessions, read_device_id, record_device_id
from spt_field.errors import UserError

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
#: libpq's sslmode values that encrypt the connection.
_TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})


class PasswordNeededError(UserError):
    """The server asks for a password that neither PGPASSWORD nor a .pgpass file gave."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(f"the server asks for the password of {address.user or 'this user'}")
        self.address = address


class ServerRefusedError(UserError):
    """The server could not be reached, refused the login, or is not an SPT Field database."""

    exit_code = 3


@dataclass(frozen=True)
class ServerAddress:
    """A checked libpq URL: who connects to which database, over a socket or TLS."""

    url: URL

    @property
    def user(self) -> str | None:
        return self.url.username

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def local_socket(self) -> bool:
        host = self.url.query.get("host") or self.url.host
        return host is None or str(host).startswith("/")

    def display(self) -> str:
        """What the user sees: user@host/database, no password and no options."""
        where = "local socket" if self.local_socket else (self.url.host or "")
        port = f":{self.url.port}" if self.url.port and not self.local_socket else ""
        who = f"{self.user}@" if self.user else ""
        return f"{who}{where}{port}/{self.database}"

    def __str__(self) -> str:
        return self.display()


def server_address(text: str) -> ServerAddress:
    """Check a libpq URL given by the user; UserError naming what is wrong with it."""
    try:
        url = make_url(text.strip())
    except sa.exc.ArgumentError:
        raise UserError(
            "server: not a PostgreSQL URL (postgresql://user@host:port/database)"
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError("server: not a PostgreSQL URL (postgresql://user@host:port/database)")
    if url.password is not None:
        raise UserError(
            "server: the password is never part of the URL (it would stay in the shell's "
            "history); set PGPASSWORD, use a .pgpass file, or type it when asked"
        )
    if not url.database:
        raise UserError("server: the URL names no database (postgresql://user@host/database)")
    url = url.set(drivername=DRIVER)
    address = ServerAddress(url)
    if not address.local_socket:
        mode = url.query.get("sslmode")
        if mode is None:
            url = url.update_query_dict({"sslmode": "require"})
        elif mode not in _TLS_MODES:
            raise UserError(
                f"server: sslmode={mode} would send the delegation's records unencrypted; a "
                "server reached over the network needs TLS (sslmode=require, verify-ca or "
                "verify-full), or connect over a local socket"
            )
        address = ServerAddress(url)
    return address


def server_engine(address: ServerAddress, password: str | None = None) -> sa.Engine:
    """An engine on the server; `password` when the user typed it (else libpq finds it)."""
    connect_args: dict[str, object] = {
        "application_name": "SPT Field",
        "connect_timeout": 10,
        # The statistics' and lists' queries are short: compiling them with LLVM (PostgreSQL's
        # JIT, on by default) took 0.75 s of the 1.3 s of the annual statistics at ten times L.
        "options": "-c jit=off",
    }
    if password is not None:
        connect_args["password"] = password
    # hide_parameters: an error's message never carries the values (what the user typed).
    return sa.create_engine(
        address.url,
        connect_args=connect_args,
        hide_parameters=True,
        pool_pre_ping=True,
    )


def check_connection(engine: sa.Engine, address: ServerAddress) -> None:
    """Connect once: PasswordNeededError, or ServerRefusedError saying why in plain words."""
    try:
        with engine.connect():
            return
    except sa.exc.OperationalError as error:
        raise _refusal(error, address) from None


def _refusal(error: sa.exc.OperationalError, address: ServerAddress) -> UserError:
    message = str(error.orig)
    if "no password supplied" in message:
        return PasswordNeededError(address)
    if "password authentication failed" in message:
        return ServerRefusedError(f"the server refused the password of {address.user}")
    if "server does not support SSL" in message:
        return ServerRefusedError(
            f"{address}: the server does not offer TLS, and the records may not cross the "
            "network unencrypted (ask its administrator to turn on ssl)"
        )
    if "does not exist" in message and "database" in message:
        return ServerRefusedError(f"{address}: no such database on the server")
    if "no pg_hba.conf entry" in message or "rejected" in message:
        return ServerRefusedError(f"{address}: the server does not let this user in from here")
    return ServerRefusedError(f"{address}: cannot reach the server")


PasswordPrompt = Callable[[ServerAddress], str]


def connected_engine(address: ServerAddress, prompt: PasswordPrompt | None = None) -> sa.Engine:
    """An engine that has connected once; asks `prompt` for the password if libpq has none."""
    engine = server_engine(address)
    try:
        check_connection(engine, address)
    except PasswordNeededError:
        engine.dispose()
        if prompt is None:
            raise
        engine = server_engine(address, prompt(address))
        try:
            check_connection(engine, address)
        except BaseException:
            engine.dispose()
            raise
    return engine


def create_server_database(
    address: ServerAddress, prompt: PasswordPrompt | None = None
) -> Database:
    """Create SPT Field's schema in the (existing, empty) database `address` names."""
    from spt_field.db.migrations.runner import create_server_schema

    engine = connected_engine(address, prompt)
    try:
        with engine.connect() as connection:
            tables = sa.inspect(connection).get_table_names()
        if tables:
            raise UserError(
                f"{address} already holds tables; SPT Field creates its schema only in an "
                "empty database"
            )
        create_server_schema(engine)
        with engine.begin() as connection:
            record_device_id(connection)
        return _server_database(address, engine)
    except BaseException:
        engine.dispose()
        raise


def open_server_database(address: ServerAddress, prompt: PasswordPrompt | None = None) -> Database:
    """Open SPT Field's database on the server, migrating it to the newest revision."""
    from spt_field.db.migrations.runner import upgrade_server

    engine = connected_engine(address, prompt)
    try:
        with engine.connect() as connection:
            if not sa.inspect(connection).has_table("database_info"):
                raise ServerRefusedError(
                    f"{address} is not an SPT Field database (create it with "
                    "spt-field init --server URL)"
                )
        try:
            upgrade_server(engine)
        except sa.exc.ProgrammingError as error:
            if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient_privilege
                raise
            raise ServerRefusedError(
                f"{address} was made by an older SPT Field: the owner of its tables must open "
                "it once with this version, which brings it up to date"
            ) from None
        return _server_database(address, engine)
    except BaseException:
        engine.dispose()
        raise


def _server_database(address: ServerAddress, engine: sa.Engine) -> Database:
    with engine.connect() as connection:
        device_id = read_device_id(connection)
        may_read_identities, may_write = connection.execute(
            sa.text(
                "SELECT has_column_privilege(:identities, :identity, 'SELECT'), "
                "has_table_privilege('interview', 'INSERT')"
            ),
            {"identities": IDENTITY_TABLE, "identity": IDENTITY_COLUMN},
        ).one()
    log.info("opened the server database %s", address)
    return Database(
        path=None,
        engine=engine,
        session_factory=audited_sessions(engine),
        device_id=device_id,
        server=address,
        may_read_identities=bool(may_read_identities),
        may_write=bool(may_write),
    )
