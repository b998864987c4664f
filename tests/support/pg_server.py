"""A real PostgreSQL server for the suite: Debian's `postgresql`, in a temporary directory.

The suite starts one server per run (tests/conftest.py, `pg_server`) and stops it at the end.
It listens on a Unix socket in its own directory (trusted: the tests connect as any role) and
on 127.0.0.1 with TLS and passwords, as a headquarters server would be reached. PostgreSQL
refuses to run as root: as root the server runs as the `postgres` user. Durability is off
(`fsync`, `synchronous_commit`): the data lives as long as the run.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

#: The superuser the suite connects as, over the socket.
SUPERUSER = "postgres"
#: Every role the tests create logs in over 127.0.0.1 with this password.
ROLE_PASSWORD = "a test role's password 2019"


def _binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path is not None and shutil.which("initdb") is not None:
        return Path(on_path).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4])
    )
    return Path(versions[-1]).parent if versions else None


def available() -> bool:
    return _binaries() is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    """A running test server: its folder, socket directory and TCP port."""

    folder: Path
    port: int
    bin: Path
    as_postgres: bool
    _counter: list[int] = field(default_factory=lambda: [0])

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A libpq URL to `database` over the socket (trusted: no password)."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str, user: str) -> str:
        """A libpq URL to `database` over 127.0.0.1 (TLS, a password)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self) -> sa.Engine:
        """An engine of the superuser on the maintenance database, outside transactions."""
        return sa.create_engine(
            self.url().replace("postgresql://", "postgresql+psycopg://", 1),
            isolation_level="AUTOCOMMIT",
            poolclass=sa.pool.NullPool,
        )

    def new_name(self, prefix: str = "spt_test") -> str:
        self._counter[0] += 1
        return f"{prefix}_{os.getpid()}_{self._counter[0]}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run(
            [*prefix, *command], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "stop", "-D", str(self.folder / "data"), "-m", "i")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the server's TLS), made with `cryptography`."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import IPv4Address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server.crt", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return cert_file, key_file


def start() -> PgServer:
    """initdb and start a server in a new temporary directory; stop() ends and removes it."""
    binaries = _binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="spt-pg-"))
    (folder / "socket").mkdir()
    cert_file, key_file = _certificate(folder)
    if as_postgres:
        folder.chmod(0o755)
        for owned in (folder, folder / "socket", cert_file, key_file):
            shutil.chown(owned, "postgres")
    server = PgServer(folder, _free_port(), binaries, as_postgres)
    data = folder / "data"
    if as_postgres:
        data.mkdir(mode=0o700)
        shutil.chown(data, "postgres")
    server._run(
        str(binaries / "initdb"),
        "-D",
        str(data),
        "-U",
        SUPERUSER,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    with (data / "pg_hba.conf").open("w") as hba:
        hba.write(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostnossl all all 127.0.0.1/32 reject\n"
        )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={server.port} "
        f"-c unix_socket_directories={server.socket_dir} "
        f"-c ssl=on -c ssl_cert_file={cert_file} -c ssl_key_file={key_file} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_connections=200 -c shared_buffers=128MB"
    )
    try:
        server._run(
            str(binaries / "pg_ctl"),
            "start",
            "-w",
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
        )
    except subprocess.CalledProcessError as error:
        log = (
            (folder / "server.log").read_text(errors="replace")
            if (folder / "server.log").exists()
            else ""
        )
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r}\n{log}") from error
    return server
