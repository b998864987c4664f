"""Who may see what on a headquarters server: a reader and a drafter never read the
interviewees' identities, and the server itself refuses, not only the application."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from spt_field.cli import main
from spt_field.db.server import (
    ServerRefusedError,
    create_server_database,
    open_server_database,
    server_address,
    server_engine,
)
from spt_field.db.server_roles import ServerRole, grant_role, role_names
from spt_field.db.session import Database
from spt_field.domain.codes import FindingArea, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import FindingFields, InterviewFields, PlaceFields, VisitFields
from spt_field.errors import ServerPermissionError, UserError
from spt_field.export.report_export import export_report
from spt_field.interchange.export_json import export_document
from spt_field.services.findings import add_finding
from spt_field.services.interviews import (
    delete_interview,
    get_interview,
    list_interviews_for_visit,
    record_interview,
    reveal_identity,
    set_identity,
)
from spt_field.services.places import add_place
from spt_field.services.statistics import annual_statistics
from spt_field.services.visits import create_visit, list_visits, update_visit
from spt_field.sync import export_bundle, import_bundle
from spt_field.sync.export import last_sent
from tests.support import pg_server as pg
from tests.support.laptops import BUNDLE_PASSPHRASE, laptop
from tests.support.server_logins import create_login, drop_logins

pytestmark = pytest.mark.server

#: A new server user given a role on the database -> its URL over TLS.
Login = Callable[[str], str]
#: A URL -> the database opened as that user.
Opener = Callable[[str], Database]

IDENTITY = "Iskren Valmorow, born 1987"


@pytest.fixture
def recorded(server_database: Database) -> tuple[str, str]:
    """A visit with one interview whose interviewee's identity is recorded: (visit, interview)."""
    with server_database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2019, 1, 27), end_date=date(2019, 2, 7)),
        )
        place = add_place(
            session,
            visit.id,
            PlaceFields(name="Central Prison of Lorvik", place_type=PlaceType.PRISON),
        )
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="A", held_on=date(2019, 1, 28))
        )
        set_identity(session, interview.id, IDENTITY)
    return visit.id, interview.id


@pytest.fixture
def login(
    pg_server: pg.PgServer, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Login]:
    """`login(role)`: a new server user given `role` on the database, as a URL over TLS
    (its password from PGPASSWORD); the users are dropped after the test."""
    created: list[str] = []
    admin = pg_server.admin()
    monkeypatch.setenv("PGPASSWORD", pg.ROLE_PASSWORD)

    def make(role: str) -> str:
        name = pg_server.new_name(f"spt_{role}")
        create_login(admin, name)
        created.append(name)
        grant_role(server_database.engine, name, role)
        assert server_database.server is not None
        return pg_server.tcp_url(server_database.server.database, name)

    yield make
    drop_logins(admin, created)
    admin.dispose()


@pytest.fixture
def opened() -> Iterator[Opener]:
    """`opened(url)`: the database opened as that user, closed after the test."""
    databases: list[Database] = []

    def open_(url: str) -> Database:
        database = open_server_database(server_address(url))
        databases.append(database)
        return database

    yield open_
    for database in databases:
        database.close()


def _raw(url: str, statement: str) -> list[object]:
    """`statement` run by that user in plain SQL, outside the application."""
    engine = server_engine(server_address(url))
    try:
        with engine.begin() as connection:
            return list(connection.exec_driver_sql(statement).all())
    finally:
        engine.dispose()


def _refused(url: str, statement: str) -> None:
    with pytest.raises(sa.exc.ProgrammingError) as refusal:
        _raw(url, statement)
    assert getattr(refusal.value.orig, "sqlstate", None) == "42501"  # insufficient_privilege


def test_roles_are_named_after_the_database(server_database: Database) -> None:
    with server_database.engine.connect() as connection:
        names = role_names(connection)
        found = set(
            connection.execute(
                sa.text("SELECT rolname FROM pg_roles WHERE NOT rolcanlogin AND rolname = ANY(:n)"),
                {"n": list(names.values())},
            ).scalars()
        )
    assert set(names) == set(ServerRole)
    assert found == set(names.values())
    assert all(name.startswith("spt_field_") for name in names.values())


@pytest.mark.usefixtures("recorded")
@pytest.mark.parametrize("role", ["reader", "drafter"])
def test_the_server_refuses_identities_to_readers_and_drafters(login: Login, role: str) -> None:
    url = login(role)
    _refused(url, "SELECT identity FROM interviewee_identity")
    _refused(url, "SELECT * FROM interviewee_identity")
    _refused(url, "UPDATE interviewee_identity SET identity = 'someone else'")
    _refused(
        url,
        "INSERT INTO interviewee_identity (id, interview_id, identity, device_id) "
        "VALUES ('x', 'y', 'z', 'd')",
    )
    # Which interview has one recorded is no secret (the interview list says so).
    assert len(_raw(url, "SELECT interview_id FROM interviewee_identity")) == 1


@pytest.mark.usefixtures("recorded")
def test_an_admin_reads_identities(login: Login) -> None:
    url = login("admin")
    assert _raw(url, "SELECT identity FROM interviewee_identity") == [(IDENTITY,)]


@pytest.mark.usefixtures("recorded")
def test_the_server_refuses_a_readers_writes(login: Login) -> None:
    url = login("reader")
    _refused(url, "UPDATE visit SET country = 'XFR'")
    _refused(url, "DELETE FROM interview")
    _refused(url, "INSERT INTO database_info (key, value) VALUES ('a', 'b')")
    assert _raw(url, "SELECT count(*) FROM interview") == [(1,)]


def test_a_reader_works_without_the_identities(
    recorded: tuple[str, str], login: Login, opened: Opener, tmp_path: Path
) -> None:
    visit_id, interview_id = recorded
    database = opened(login("reader"))
    assert (database.may_read_identities, database.may_write) == (False, False)
    with database.read() as session:
        assert [visit.id for visit in list_visits(session)] == [visit_id]
        interviews = list_interviews_for_visit(session, visit_id)
        assert [interview.pseudonym for interview in interviews] == ["A"]
        assert get_interview(session, interview_id).pseudonym == "A"
        document = export_document(session, visit_id, identities=False)
    assert IDENTITY not in str(document)


def test_a_report_is_checked_for_names_by_every_role_without_reading_them(
    recorded: tuple[str, str], login: Login, opened: Opener, tmp_path: Path
) -> None:
    """The report's last check (export/leak_check.py) matches the stored hashes of the
    interviewees' names: a reader and a drafter, who may not read the names, export the
    report, and are refused it when a finding names an interviewee."""
    visit_id, _interview_id = recorded
    for role in ("reader", "drafter"):
        database = opened(login(role))
        with database.read() as session:
            export_report(session, visit_id, tmp_path / f"{role}.pdf", today=date(2019, 3, 1))
        assert (tmp_path / f"{role}.pdf").stat().st_size > 0
    drafter = opened(login("drafter"))
    with drafter.begin() as session:
        add_finding(
            session,
            visit_id,
            FindingFields(
                area=FindingArea.TREATMENT,
                title="Beatings in the corridor",
                text="Mr VALMORÓW described beatings.",
            ),
        )
    for database in (drafter, opened(login("reader"))):
        with (
            pytest.raises(UserError, match="would name a person"),
            database.read() as session,
        ):
            export_report(session, visit_id, tmp_path / "named.pdf", today=date(2019, 3, 1))
        assert not (tmp_path / "named.pdf").exists()


@pytest.mark.usefixtures("recorded")
def test_a_reader_gets_the_statistics_the_owner_gets(
    server_database: Database, login: Login, opened: Opener
) -> None:
    database = opened(login("reader"))
    with server_database.read() as session:
        expected = annual_statistics(session, 2019, today=date(2019, 3, 1))
    with database.read() as session:
        assert annual_statistics(session, 2019, today=date(2019, 3, 1)) == expected


def test_a_reader_is_told_it_may_not_see_an_identity(
    recorded: tuple[str, str], login: Login, opened: Opener
) -> None:
    _visit_id, interview_id = recorded
    database = opened(login("reader"))
    with pytest.raises(ServerPermissionError, match="may not read"), database.read() as session:
        reveal_identity(session, interview_id)
    with pytest.raises(ServerPermissionError), database.read() as session:
        export_document(session, None, identities=True)


def test_a_reader_is_told_it_may_not_write(
    recorded: tuple[str, str], login: Login, opened: Opener
) -> None:
    visit_id, _interview_id = recorded
    database = opened(login("reader"))
    with pytest.raises(UserError, match="may not change this database"), database.begin() as s:
        update_visit(s, visit_id, country="XFR")


def test_a_drafter_writes_but_never_sees_an_identity(
    server_database: Database, recorded: tuple[str, str], login: Login, opened: Opener
) -> None:
    visit_id, interview_id = recorded
    database = opened(login("drafter"))
    assert (database.may_read_identities, database.may_write) == (False, True)
    with database.begin() as session:
        update_visit(session, visit_id, country="XFR")
    with pytest.raises(ServerPermissionError), database.begin() as session:
        set_identity(session, interview_id, "someone else")
    with database.read() as session:
        assert list_interviews_for_visit(session, visit_id)[0].pseudonym == "A"
    with database.begin() as session:  # its identity goes with it, unread
        delete_interview(session, interview_id)
        assert list_interviews_for_visit(session, visit_id) == []
    with server_database.engine.connect() as owner:
        deleted = owner.exec_driver_sql("SELECT deleted_at FROM interviewee_identity").scalar()
    assert deleted is not None


def test_a_drafters_bundle_carries_no_identity(
    recorded: tuple[str, str], login: Login, opened: Opener, tmp_path: Path
) -> None:
    visit_id, interview_id = recorded
    drafter = opened(login("drafter"))
    drafter.member = "Tomas Reyes"
    summary = export_bundle(
        drafter, visit_id, tmp_path / "visit.sptbundle", BUNDLE_PASSPHRASE, recipient="Ilse"
    )
    assert summary.counts[RecordKind.INTERVIEW] == 1
    with laptop(tmp_path / "ilse.sptdb", "Ilse Varnava") as ilse:
        import_bundle(ilse, tmp_path / "visit.sptbundle", BUNDLE_PASSPHRASE)
        with ilse.begin() as session:
            assert get_interview(session, interview_id).pseudonym == "A"
            assert reveal_identity(session, interview_id) is None
    with drafter.read() as session:  # not remembered as sent: the identities did not go
        assert last_sent(session, "Ilse", visit_id) is None


def test_an_admin_reads_and_writes_identities(
    recorded: tuple[str, str], login: Login, opened: Opener
) -> None:
    _visit_id, interview_id = recorded
    database = opened(login("admin"))
    assert (database.may_read_identities, database.may_write) == (True, True)
    with database.begin() as session:
        assert reveal_identity(session, interview_id) == IDENTITY
        set_identity(session, interview_id, "Someone Else")


def test_granting_another_role_takes_the_first_away(
    server_database: Database, login: Login
) -> None:
    url = login("admin")
    user = server_address(url).user
    assert user is not None
    grant_role(server_database.engine, user, ServerRole.READER)
    _refused(url, "SELECT identity FROM interviewee_identity")


def test_granting_a_role_to_no_such_user_or_no_such_role(server_database: Database) -> None:
    with pytest.raises(UserError, match="no user"):
        grant_role(server_database.engine, "nobody_at_all", "reader")
    with pytest.raises(UserError, match="none of reader"):
        grant_role(server_database.engine, "postgres", "superuser")


def test_the_command_gives_a_role(
    pg_server: pg.PgServer,
    server_database: Database,
    login: Login,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = login("reader")
    user = server_address(url).user
    assert server_database.server is not None and user is not None
    name = server_database.server.database
    owner = pg_server.url(name)
    assert main(["server-role", "--server", owner, user, "drafter"]) == 0
    assert capsys.readouterr().out == f"{user} is now drafter of {name}\n"
    _raw(url, "UPDATE visit SET country = country RETURNING id")  # a drafter writes
    _refused(url, "SELECT identity FROM interviewee_identity")
    assert main(["server-role", "--server", owner, "nobody_at_all", "admin"]) == 1
    assert "no user 'nobody_at_all'" in capsys.readouterr().err


def test_the_values_of_an_identity_conflict_are_hidden_too(
    server_database: Database, recorded: tuple[str, str], login: Login
) -> None:
    """Field sync stores both values of a conflict in sync_state: for an identity, only
    admin sees that row."""
    state = (
        '{"v": {"a": 1, "b": 1}, "w": [["a", 1, "Ilse", "2019-01-28T10:00:00"], '
        '["b", 1, "Tomas", "2019-01-28T10:00:00"]], '
        '"f": {"identity": [[0, "Iskren Valmorow"], [1, "Iskren Valmorov"]], "deleted": 0}}'
    )
    with server_database.engine.begin() as owner:
        owner.execute(
            sa.text(
                "UPDATE sync_state SET state = CAST(:state AS json), conflicts = '[\"identity\"]' "
                "WHERE table_name = 'interviewee_identity'"
            ),
            {"state": state},
        )
    query = (
        "SELECT table_name FROM sync_state "
        "WHERE table_name IN ('interview', 'interviewee_identity') ORDER BY 1"
    )
    assert _raw(login("admin"), query) == [("interview",), ("interviewee_identity",)]
    for role in ("reader", "drafter"):
        assert _raw(login(role), query) == [("interview",)]


def test_only_the_owner_migrates(server_database: Database, login: Login) -> None:
    url = login("admin")
    with server_database.engine.begin() as owner:
        owner.exec_driver_sql("UPDATE alembic_version SET version_num = '0016_places_register'")
    with pytest.raises(ServerRefusedError, match="owner of its tables must open it"):
        open_server_database(server_address(url))


def test_creating_the_roles_needs_createrole(
    pg_server: pg.PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, name = pg_server.new_name("spt_owner"), pg_server.new_name()
    admin = pg_server.admin()
    create_login(admin, user)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name} OWNER {user}")
    monkeypatch.setenv("PGPASSWORD", pg.ROLE_PASSWORD)
    try:
        with pytest.raises(UserError, match="allowed to create roles"):
            create_server_database(server_address(pg_server.tcp_url(name, user)))
        with admin.connect() as connection:  # nothing was left behind
            roles = connection.exec_driver_sql(
                f"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'spt_field_{name}%%'"
            ).scalar()
        assert roles == 0
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        drop_logins(admin, [user])
        admin.dispose()
