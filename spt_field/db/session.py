"""Opening an encrypted SPT Field database: key, checks, migrations, and the session factory.

The engine is created here once per opened file, by the composition root (cli or app), never at
import time. One user action is one unit of work: ``with database.begin() as session: ...``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from spt_field.db import audit_log
from spt_field.db.base import new_id
from spt_field.db.connection import (
    APPLICATION_ID,
    Keying,
    RawConnection,
    connect,
    connect_with,
    key_connection,
    open_keyed,
)
from spt_field.db.migrations.runner import upgrade_to_head
from spt_field.db.search_index import register_search_function
from spt_field.errors import EditConflictError, UserError, storage_error
from spt_field.safe_files import create_private_file

if TYPE_CHECKING:
    from spt_field.db.server import ServerAddress

log = logging.getLogger(__name__)

#: How long a write waits for another window or command to finish its own (PRAGMA busy_timeout).
BUSY_TIMEOUT_MS = 5000
#: The execution option that marks a read-only unit of work (it does not take the write lock).
_READ_ONLY = "spt_read_only"
#: session.info key: whether this user may read the interviewees' identities (services check it).
MAY_READ_IDENTITIES = "may_read_identities"


@dataclass
class Database:
    """An open database: its file on this laptop (or its server), the device id recorded in
    it, and the session factory."""

    #: The encrypted file; None for a database on a headquarters server.
    path: Path | None
    engine: sa.Engine
    session_factory: sessionmaker[Session]
    device_id: str
    #: The delegation member using this laptop, named in the audit trail ("" until set).
    member: str = ""
    #: The PostgreSQL server (db/server.py); None for a file.
    server: ServerAddress | None = None
    #: Whether the user's role on the server may read the interviewees' recorded identities,
    #: and write at all (db/server_roles.py); a laptop's file may do both.
    may_read_identities: bool = True
    may_write: bool = True

    @property
    def file(self) -> Path:
        """The encrypted file: what backups, re-keying and the lock work on. A server's
        database has none (its administrator backs it up): UserError."""
        if self.path is None:
            raise UserError(
                "a database on a server is not a file on this computer: its backups, "
                "encryption and passphrase are the server's (docs/server.md)"
            )
        return self.path

    @property
    def name(self) -> str:
        """What the user sees: the file's name, or user@host/database."""
        return self.path.name if self.path is not None else str(self.server)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back whole on any error.

        It takes the write lock up front (BEGIN IMMEDIATE), waiting up to BUSY_TIMEOUT_MS for
        another window or command to finish: DatabaseBusyError if it does not."""
        with _storage_errors_for_the_user(), self.session_factory.begin() as session:
            self._describe(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads: no write lock, so it runs while another window or
        command writes (WAL readers see the last commit)."""
        reader = self.engine.execution_options(**{_READ_ONLY: True})
        with (
            _storage_errors_for_the_user(),
            self.session_factory(bind=reader) as session,
            session.begin(),
        ):
            self._describe(session)
            yield session

    def _describe(self, session: Session) -> None:
        """What the services read of the database from their session."""
        session.info["device_id"] = self.device_id
        session.info["member"] = self.member
        session.info[MAY_READ_IDENTITIES] = self.may_read_identities

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        """`with open_database(...) as database:` closes it however the block ends."""
        self.close()


@contextmanager
def _storage_errors_for_the_user() -> Iterator[None]:
    """A database another process is writing, a full or read-only disk, a failing one: a plain
    message saying what to do (errors.storage_error), never an error with SQL. A row another
    connection saved since this unit of work read it (the version check of db.base.SyncColumns):
    EditConflictError, nothing written."""
    try:
        yield
    except sa.orm.exc.StaleDataError as error:
        raise _edit_conflict(error) from None
    except (sa.exc.DBAPIError, sqlcipher3.Error) as error:
        mapped = storage_error(error)
        if mapped is None:
            raise
        raise mapped from None


def _edit_conflict(error: sa.orm.exc.StaleDataError) -> EditConflictError:
    table = re.search(r"on table '(\w+)'", str(error))
    return EditConflictError(table.group(1).replace("_", " ") if table else "record")


def _connect(path: Path, passphrase: str, keyed: RawConnection | None = None) -> RawConnection:
    """A keyed connection (`keyed` if one was opened already) ready for the engine."""
    connection = connect(path, passphrase) if keyed is None else keyed
    return _ready(connection)


def _ready(connection: RawConnection) -> RawConnection:
    register_search_function(connection)  # the search triggers call it on every write
    return connection


class _KeyedConnections:
    """The engine's source of connections: `first` (already keyed) first, then new ones keyed
    with the keying found once (the key is derived once per engine, not per connection)."""

    def __init__(
        self,
        path: Path,
        passphrase: str,
        first: RawConnection | None,
        keying: Keying | None = None,
    ) -> None:
        self._path = path
        self._passphrase = passphrase
        self._waiting = [] if first is None else [first]
        self._keying = keying

    def __call__(self) -> RawConnection:
        if self._waiting:
            return _ready(self._waiting.pop())
        if self._keying is None:
            connection, self._keying = key_connection(self._path, self._passphrase)
            return _ready(connection)
        return _ready(connect_with(self._path, self._keying))


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")
    # Let SQLAlchemy own transactions (pysqlite's implicit BEGIN handling is unreliable).
    dbapi_connection.isolation_level = None


def _on_begin(connection: sa.Connection) -> None:
    """Writes take the lock at once (a deferred transaction that later writes fails without
    waiting when another connection committed meanwhile); reads do not need it."""
    read_only = connection.get_execution_options().get(_READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _make_engine(
    path: Path,
    passphrase: str,
    first_connection: RawConnection | None = None,
    keying: Keying | None = None,
) -> sa.Engine:
    """An engine over keyed connections to `path`. `first_connection`, already keyed, is the
    first one it hands out: deriving the key costs a sixth of a second."""
    create = _KeyedConnections(path, passphrase, first_connection, keying)

    # hide_parameters: an error's message never carries the values (what the user typed).
    engine = sa.create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=create,
        pool_pre_ping=False,
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_database(path: Path, passphrase: str) -> Database:
    """Create a new, empty, encrypted database at `path` (which must not exist)."""
    if path.exists():
        raise UserError(f"{path} already exists; choose a new file name")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    # Owner-only from the first byte; SQLite gives its -wal and -shm the database's mode.
    create_private_file(path)
    engine = _make_engine(path, passphrase)
    try:
        raw = engine.raw_connection()
        try:
            # Outside any transaction: WAL cannot be switched on inside one.
            raw.cursor().execute(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.cursor().execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()
        upgrade_to_head(engine)
        with engine.begin() as connection:
            record_device_id(connection)
    except BaseException:
        engine.dispose()
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return _database(path, engine)


def open_database(path: Path, passphrase: str, connection: RawConnection | None = None) -> Database:
    """Open an existing database; a wrong passphrase raises WrongPassphraseError, file untouched.

    `connection`, one that `connection.open_connection` opened and checked already (the
    window's start-up does so on a thread before SQLAlchemy is loaded), is taken over."""
    keying = None
    if connection is None:
        connection, keying = open_keyed(path, passphrase)
    engine = _make_engine(path, passphrase, connection, keying)
    try:
        with _storage_errors_for_the_user():  # a migration waits for another writer, then says so
            upgrade_to_head(engine)
            return _database(path, engine)
    except BaseException:
        engine.dispose()
        raise


def record_device_id(connection: sa.Connection) -> None:
    """A new database's own device id (a laptop's, or a server's), which field sync names."""
    connection.execute(
        sa.text("INSERT INTO database_info (key, value) VALUES ('device_id', :device)"),
        {"device": new_id()},
    )


def read_device_id(connection: sa.Connection) -> str:
    return str(
        connection.execute(
            sa.text("SELECT value FROM database_info WHERE key = 'device_id'")
        ).scalar_one()
    )


def audited_sessions(engine: sa.Engine) -> sessionmaker[Session]:
    """The session factory of an open database, its units of work written to the audit trail."""
    factory = sessionmaker(engine, expire_on_commit=False)
    audit_log.install(factory)
    return factory


def _database(path: Path, engine: sa.Engine) -> Database:
    with engine.execution_options(**{_READ_ONLY: True}).connect() as connection:
        device_id = read_device_id(connection)
    log.info("opened database %s", path.name)
    return Database(
        path=path, engine=engine, session_factory=audited_sessions(engine), device_id=device_id
    )
