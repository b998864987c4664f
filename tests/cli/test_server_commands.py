"""The command line on a headquarters server (`--server URL` instead of `--db PATH`), and
visits going between the server and laptops: bundles, `checkout` and `checkin`."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from spt_field.cli import main
from spt_field.db.server import open_server_database, server_address
from spt_field.db.session import Database, open_database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import PlaceFields
from spt_field.services.attachments import attach, list_attachments_for_visit, read_attachment
from spt_field.services.conflicts import open_conflicts
from spt_field.services.places import add_place, list_places_for_visit, update_place
from tests.services import attachment_files as files
from tests.support import pg_server as pg
from tests.support.cli import PASSPHRASE, Run, database_with_a_visit, write_json
from tests.support.interchange_sample import valid_document

pytestmark = pytest.mark.server

BUNDLE_PASSPHRASE = "our delegation's bundle passphrase 2019"


@pytest.fixture(autouse=True)
def _no_server_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No password but the test's: none in the environment, no .pgpass of the machine's."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no.pgpass"))
    monkeypatch.setenv("SPT_FIELD_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)


@pytest.fixture
def empty_url(pg_server: pg.PgServer) -> Iterator[str]:
    """The URL of a new, empty database on the suite's server (no schema yet)."""
    name = pg_server.new_name("spt_cli")
    admin = pg_server.admin()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def url(run: Run, empty_url: str) -> str:
    """An SPT Field database on the server, made by `spt-field init --server`."""
    result = run("init", "--server", empty_url)
    assert result.code == 0, result.err
    return empty_url


def _visit_id(document: dict[str, Any]) -> str:
    return str(document["visits"][0]["id"])


def _exported(run: Run, where: str, target: str | Path, out: Path) -> dict[str, Any]:
    result = run("export-json", where, target, "--out", out)
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def test_init_creates_the_schema_in_an_empty_database(run: Run, empty_url: str) -> None:
    created = run("init", "--server", empty_url)
    assert created.code == 0, created.err
    assert created.out.startswith("created ")
    assert json.loads(run("visits", "--server", empty_url, "--json").out) == []
    again = run("init", "--server", empty_url)
    assert again.code == 1
    assert again.err.startswith("error: ") and "already holds tables" in again.err


def test_a_database_without_the_schema_exits_3(run: Run, empty_url: str) -> None:
    result = run("visits", "--server", empty_url)
    assert result.code == 3
    assert "is not an SPT Field database" in result.err


def test_demo_and_visits_on_the_server(run: Run, empty_url: str) -> None:
    demo = run("demo", "--server", empty_url)
    assert demo.code == 0, demo.err
    listed = run("visits", "--server", empty_url, "--json")
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert len(rows) == 1 and demo.out.rstrip().endswith(rows[0]["id"])
    assert rows[0]["places"] > 0 and rows[0]["interviews"] > 0


def test_import_and_export_round_trip_as_on_a_laptop(
    run: Run, url: str, db: Path, tmp_path: Path
) -> None:
    source = write_json(tmp_path / "in.json", valid_document())
    assert run("init", "--db", db).code == 0
    for where, target in (("--db", db), ("--server", url)):
        imported = run("import", where, target, source)
        assert imported.code == 0, imported.err
    on_laptop = _exported(run, "--db", db, tmp_path / "laptop.json")
    on_server = _exported(run, "--server", url, tmp_path / "server.json")
    assert on_server == on_laptop
    assert on_server["visits"] and "visits" in on_server


def test_report_and_statistics_on_the_server(run: Run, url: str, db: Path, tmp_path: Path) -> None:
    assert run("demo", "--db", db).code == 0
    document = _exported(run, "--db", db, tmp_path / "demo.json")
    assert run("import", "--server", url, tmp_path / "demo.json").code == 0
    out = tmp_path / "report.pdf"
    report = run("report", "--server", url, "--visit", _visit_id(document), "--out", out)
    assert report.code == 0, report.err
    assert out.read_bytes().startswith(b"%PDF")
    on_server = run("stats", "--server", url, "--json")
    on_laptop = run("stats", "--db", db, "--json")
    assert on_server.code == 0, on_server.err
    assert json.loads(on_server.out) == json.loads(on_laptop.out)


def test_a_laptop_bundle_merges_into_the_server(
    run: Run, url: str, db: Path, tmp_path: Path
) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    bundle = tmp_path / "visit.sptbundle"
    assert run("bundle", "export", "--db", db, "--visit", visit_id, "--out", bundle).code == 0
    imported = run("bundle", "import", "--server", url, bundle)
    assert imported.code == 0, imported.err
    assert imported.out.startswith(f"merged visit {visit_id} from ")
    assert "first bundle from this laptop" in imported.out
    assert _exported(run, "--server", url, tmp_path / "s.json") == _exported(
        run, "--db", db, tmp_path / "l.json"
    )
    # And back: the server's bundle of the visit merges into another laptop.
    back = tmp_path / "back.sptbundle"
    exported = run("bundle", "export", "--server", url, "--visit", visit_id, "--out", back)
    assert exported.code == 0, exported.err
    other = tmp_path / "other.sptdb"
    assert run("init", "--db", other).code == 0
    assert run("bundle", "import", "--db", other, back).code == 0
    assert _exported(run, "--db", other, tmp_path / "o.json") == _exported(
        run, "--server", url, tmp_path / "s2.json"
    )


def test_a_visit_checked_out_edited_offline_and_checked_in(
    run: Run, url: str, db: Path, tmp_path: Path
) -> None:
    document = valid_document()
    assert run("import", "--server", url, write_json(tmp_path / "in.json", document)).code == 0
    visit_id = _visit_id(document)
    checked_out = run("checkout", "--server", url, "--visit", visit_id, "--db", db)
    assert checked_out.code == 0, checked_out.err
    assert checked_out.out.startswith(f"checked out visit {visit_id} from ")
    assert _exported(run, "--db", db, tmp_path / "l.json") == _exported(
        run, "--server", url, tmp_path / "s.json"
    )
    # Offline, the laptop adds a place; meanwhile headquarters corrects another.
    laptop = open_database(db, PASSPHRASE)
    try:
        with laptop.begin() as session:
            added = add_place(
                session,
                visit_id,
                PlaceFields(
                    name="Police station of the harbour",
                    place_type=PlaceType.POLICE,
                    visited_on=date(2021, 5, 4),
                ),
            )
            attached = attach(
                session,
                AttachmentOwner.PLACE,
                added.id,
                "register.pdf",
                files.pdf(),
                "Custody register",
                "Ilse Varnava",
                datetime(2021, 5, 4, 15, 0),
            )
            scan = read_attachment(session, attached.id)  # without the PDF's metadata
    finally:
        laptop.close()
    server = open_server_database(server_address(url))
    try:
        with server.begin() as session:
            first = list_places_for_visit(session, visit_id)[0]
            update_place(session, first.id, population=149)
    finally:
        server.close()
    checked_in = run("checkin", "--server", url, "--db", db)
    assert checked_in.code == 0, checked_in.err
    assert checked_in.out.startswith(f"checked in visit {visit_id} into ")
    assert "2 added" in checked_in.out and "0 new conflict(s)" in checked_in.out
    on_server = _exported(run, "--server", url, tmp_path / "s2.json")
    places = {place["name"]: place for place in on_server["visits"][0]["places"]}
    assert "Police station of the harbour" in places
    assert 149 in [place["population"] for place in places.values()]
    server = open_server_database(server_address(url))
    try:
        with server.read() as session:
            (attachment,) = list_attachments_for_visit(session, visit_id)
            assert read_attachment(session, attachment.id) == scan
    finally:
        server.close()
    # Checked out again, the laptop holds what headquarters holds; a second check-in is a no-op.
    again = run("checkout", "--server", url, "--visit", visit_id, "--db", db)
    assert again.code == 0, again.err
    assert _exported(run, "--db", db, tmp_path / "l2.json") == on_server
    noop = run("checkin", "--server", url, "--db", db, "--visit", visit_id)
    assert noop.code == 0 and "0 added, 0 updated, 0 deleted" in noop.out


def test_checkout_of_an_unknown_visit_makes_no_file(run: Run, url: str, db: Path) -> None:
    result = run("checkout", "--server", url, "--visit", "no-such-visit", "--db", db)
    assert result.code == 1 and result.err.startswith("error: ")
    assert not db.exists()


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    return capsys.readouterr().err


def test_db_and_server_together_is_a_usage_error(
    db: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(["visits", "--db", str(db), "--server", url], capsys)
    assert "argument --server: not allowed with argument --db" in err


def test_one_of_db_and_server_is_needed(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(["visits"], capsys)
    assert "one of the arguments --db --server is required" in err
    err = _usage_error(["checkin", "--db", "laptop.sptdb"], capsys)
    assert "--server" in err


def test_a_password_in_the_url_is_refused(run: Run, pg_server: pg.PgServer) -> None:
    url = pg_server.tcp_url("postgres", "someone").replace("someone@", "someone:secret@")
    result = run("visits", "--server", url)
    assert result.code == 1
    assert result.err.startswith("error: server: the password is never part of the URL")
    assert "secret" not in result.err


@pytest.mark.parametrize("command", ["backup", "restore", "passwd", "check"])
def test_commands_on_the_file_refuse_a_server(
    run: Run, url: str, tmp_path: Path, command: str
) -> None:
    extra = {"backup": ["--out", tmp_path / "b"], "restore": ["--from", tmp_path / "b"]}
    result = run(command, "--server", url, *extra.get(command, []))
    assert result.code == 1
    assert result.err.startswith(f"error: {command} works on a laptop's database file")
    assert result.err.count("\n") == 1


@pytest.fixture
def role(pg_server: pg.PgServer, url: str) -> Iterator[str]:
    """A role that logs in with a password over TCP (TLS)."""
    name = pg_server.new_name("spt_user")
    admin = pg_server.admin()
    with admin.connect() as connection:
        password = pg.ROLE_PASSWORD.replace("'", "''")
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    yield name
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP ROLE {name}")
    admin.dispose()


def test_a_password_is_asked_only_on_a_terminal(
    run: Run, pg_server: pg.PgServer, role: str
) -> None:
    result = run("visits", "--server", pg_server.tcp_url("postgres", role))
    assert result.code == 1
    assert "asks for a password: set PGPASSWORD or use a .pgpass file" in result.err


def test_a_refused_password_exits_3(
    run: Run, pg_server: pg.PgServer, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "not the password at all")
    result = run("visits", "--server", pg_server.tcp_url("postgres", role))
    assert result.code == 3
    assert result.err == f"error: the server refused the password of {role}\n"


def _set_population(database: Database, visit_id: str, population: int) -> str:
    try:
        with database.begin() as session:
            place = list_places_for_visit(session, visit_id)[0]
            update_place(session, place.id, population=population)
            return place.id
    finally:
        database.close()


def test_the_same_field_changed_at_headquarters_and_offline_keeps_both(
    run: Run, url: str, db: Path, tmp_path: Path
) -> None:
    document = valid_document()
    assert run("import", "--server", url, write_json(tmp_path / "in.json", document)).code == 0
    visit_id = _visit_id(document)
    assert run("checkout", "--server", url, "--visit", visit_id, "--db", db).code == 0
    place_id = _set_population(open_database(db, PASSPHRASE), visit_id, 150)
    assert _set_population(open_server_database(server_address(url)), visit_id, 149) == place_id
    checked_in = run("checkin", "--server", url, "--db", db)
    assert checked_in.code == 0, checked_in.err
    assert "1 new conflict(s)" in checked_in.out
    server = open_server_database(server_address(url))
    try:
        with server.read() as session:
            (conflict,) = open_conflicts(session, visit_id)
    finally:
        server.close()
    assert conflict.record_id == place_id and conflict.field == "population"
    assert sorted(side.value for side in conflict.sides) == [149, 150]


def test_on_a_terminal_the_password_is_asked_without_echo(
    run: Run, pg_server: pg.PgServer, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return pg.ROLE_PASSWORD

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", typed)
    # The maintenance database: logged in, and told it holds no SPT Field database.
    result = run("visits", "--server", pg_server.tcp_url("postgres", role))
    assert asked == [f"Password for {role}@127.0.0.1:{pg_server.port}/postgres: "]
    assert result.code == 3
    assert "is not an SPT Field database" in result.err
