"""Reaching a headquarters server: TLS unless over a local socket, and the password from
PGPASSWORD, a .pgpass file or the user, never from the URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from spt_field.db.server import (
    PasswordNeededError,
    ServerAddress,
    ServerRefusedError,
    open_server_database,
    server_address,
)
from spt_field.db.server_roles import grant_role
from spt_field.db.session import Database
from spt_field.errors import UserError
from tests.support import pg_server as pg
from tests.support.server_logins import create_login, drop_logins

pytestmark = pytest.mark.server


@pytest.fixture
def user_url(pg_server: pg.PgServer, server_database: Database, no_pgpass: None) -> Iterator[str]:
    """A server user (a reader of the database) as a URL over 127.0.0.1, no password known."""
    name = pg_server.new_name("spt_user")
    admin = pg_server.admin()
    create_login(admin, name)
    grant_role(server_database.engine, name, "reader")
    assert server_database.server is not None
    yield pg_server.tcp_url(server_database.server.database, name)
    drop_logins(admin, [name])
    admin.dispose()


def _uses_tls(database: Database) -> bool:
    with database.engine.connect() as connection:
        return bool(
            connection.execute(
                sa.text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar_one()
        )


def test_the_password_from_pgpassword(user_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", pg.ROLE_PASSWORD)
    with open_server_database(server_address(user_url)) as database:
        assert _uses_tls(database)
        assert database.server is not None and not database.server.local_socket


def test_the_password_from_a_pgpass_file(
    user_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    address = server_address(user_url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"127.0.0.1:{address.url.port}:{address.database}:{address.user}:{pg.ROLE_PASSWORD}\n"
    )
    pgpass.chmod(0o600)  # libpq ignores a file others may read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_server_database(address) as database:
        assert _uses_tls(database)


def test_the_password_typed_when_asked(user_url: str) -> None:
    asked: list[ServerAddress] = []

    def prompt(address: ServerAddress) -> str:
        asked.append(address)
        return pg.ROLE_PASSWORD

    address = server_address(user_url)
    with open_server_database(address, prompt) as database:
        assert _uses_tls(database)
    assert asked == [address]


def test_no_password_and_no_one_to_ask(user_url: str) -> None:
    with pytest.raises(PasswordNeededError, match="asks for the password"):
        open_server_database(server_address(user_url))


def test_a_wrong_password_is_refused_plainly(user_url: str) -> None:
    address = server_address(user_url)
    with pytest.raises(ServerRefusedError) as refusal:
        open_server_database(address, lambda _address: "not the password")
    assert str(refusal.value) == f"the server refused the password of {address.user}"
    assert "not the password" not in str(refusal.value)


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_tcp_url_asking_for_less_than_tls_is_refused(mode: str) -> None:
    # Checked before any connection: the address (TEST-NET) is reachable by no one.
    with pytest.raises(UserError, match=f"sslmode={mode} would send"):
        server_address(f"postgresql://someone@192.0.2.1:9/spt?sslmode={mode}")


def test_tls_is_required_when_the_url_says_nothing() -> None:
    address = server_address("postgresql://someone@hq.example.org/spt")
    assert address.url.query["sslmode"] == "require"


def test_a_url_carrying_a_password_is_refused() -> None:
    with pytest.raises(UserError, match="never part of the URL"):
        server_address("postgresql://someone:secret@hq.example.org/spt")


def test_a_local_socket_needs_no_tls(pg_server: pg.PgServer, server_database: Database) -> None:
    assert server_database.server is not None
    address = server_address(pg_server.url(server_database.server.database))
    assert address.local_socket
    assert "sslmode" not in address.url.query
    with open_server_database(address) as database:
        assert not _uses_tls(database)
