"""The window on a database on a headquarters server: opening it (by URL, by a connection
profile chosen on the start screen), its password asked when libpq has none, a refusal said
plainly, the file-only actions disabled with a reason, locking, and the recent list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from spt_field.db.server import server_address
from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType, VisitStatus
from spt_field.domain.values import PlaceFields, VisitFields
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit
from spt_field.ui.dialogs.server_dialogs import ConnectDialog, ProfileDialog, ServerPasswordDialog
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import ConnectionProfile, Settings
from tests.support import pg_server as pg
from tests.support.keys import focused, in_dialog, press, type_text
from tests.support.server_logins import create_login
from tests.support.windows import MessageBoxes
from tests.ui.screens import clashes

pytestmark = pytest.mark.server

PASSWORD = pg.ROLE_PASSWORD


def url_of(database: Database) -> str:
    assert database.server is not None
    return database.server.url.render_as_string()


@pytest.fixture
def demo_on_server(server_database: Database) -> str:
    """A visit with a place in the server database (written through the services); its id."""
    with server_database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(
                country="XRU",
                status=VisitStatus.IN_PROGRESS,
                start_date=date(2019, 1, 27),
                end_date=date(2019, 2, 7),
            ),
        )
        add_place(
            session,
            visit.id,
            PlaceFields(
                name="Central Prison of Lorvik",
                place_type=PlaceType.PRISON,
                visited_on=date(2019, 1, 28),
            ),
        )
        return visit.id


@pytest.fixture
def login_url(pg_server: pg.PgServer, server_database: Database, no_pgpass: None) -> Iterator[str]:
    """A role that logs in with a password, over TCP (TLS), to the server database."""
    role = pg_server.new_name("drafter")
    admin = pg_server.admin()
    create_login(admin, role)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"GRANT pg_read_all_data, pg_write_all_data TO {role}")
    assert server_database.server is not None
    yield pg_server.tcp_url(server_database.server.database, role)
    with admin.connect() as connection:
        # The window's engine may still hold a connection of the role's until the drop.
        connection.execute(
            sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"),
            {"r": role},
        )
        connection.exec_driver_sql(f"DROP OWNED BY {role}")
        connection.exec_driver_sql(f"DROP ROLE {role}")
    admin.dispose()


def active_again(qtbot: QtBot, dialog: QWidget) -> None:
    """A closed dialog gives the keyboard back: a window manager's job (offscreen has none)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def named_inputs_of(dialog: QWidget) -> None:
    """Every input of the dialog has an accessible name."""
    for field in dialog.findChildren(QLineEdit):
        assert field.accessibleName(), field.objectName() or field.placeholderText()


def test_the_window_opens_a_server_database_and_lists_its_visits(
    server_database: Database, demo_on_server: str, bare_window: MainWindow, settings: Settings
) -> None:
    url = url_of(server_database)
    bare_window.open_server(url)
    store = bare_window.store
    assert store is not None and store.database.server is not None
    assert bare_window.visit_list is not None
    [summary] = bare_window.visit_list.model.visits
    assert (summary.id, summary.places, summary.interviews) == (demo_on_server, 1, 0)
    where = str(server_database.server)
    assert where in bare_window.windowTitle()
    assert bare_window.database_label.text() == f"Server database: {where}"
    assert settings.recent_entries[0].url == url
    assert bare_window.safety.schedule is None  # the server's backups are the server's
    bare_window.open_visit(demo_on_server)
    assert bare_window.workspace is not None
    assert bare_window.workspace.visit is not None
    assert bare_window.workspace.visit.id == demo_on_server


def test_file_only_actions_are_disabled_for_a_server_with_a_reason(
    server_database: Database, bare_window: MainWindow, boxes: MessageBoxes
) -> None:
    bare_window.open_server(url_of(server_database))
    for action in (
        bare_window.restore_action,
        bare_window.passphrase_action,
        bare_window.erase_action,
    ):
        assert not action.isEnabled(), action.text()
        assert "server" in action.toolTip()
    assert bare_window.lock_action.isEnabled()
    assert bare_window.export_bundle_action.isEnabled()
    # Reached anyway (a shortcut, a script): a message, never a traceback.
    bare_window.restore_from_backup()
    bare_window.change_passphrase()
    bare_window.emergency_erase()
    assert len(boxes.texts("warning")) == 2
    assert all("server" in text for text in boxes.texts("warning"))
    assert bare_window.store is not None  # nothing was closed or erased
    assert "server" in bare_window.safety.label.text()
    bare_window.close_database()
    assert not bare_window.restore_action.isEnabled()  # no database at all now
    assert bare_window.erase_action.toolTip() == (
        "Delete this database, its backups and the recent list, then quit"
    )


def test_the_password_is_asked_when_libpq_has_none_and_a_wrong_one_is_refused(
    qtbot: QtBot, login_url: str, bare_window: MainWindow
) -> None:
    seen: list[str] = []

    def typing(dialog: QDialog) -> None:
        assert isinstance(dialog, ServerPasswordDialog)
        assert dialog.accessibleName() == "Server password"
        named_inputs_of(dialog)
        assert clashes(dialog) == {}
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
        assert focused() is dialog.password
        type_text("not the password")
        press(Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        assert dialog.isVisible()  # another try
        dialog.password.clear()
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)

    failures = in_dialog(qtbot, typing)
    bare_window.open_server(login_url)
    assert failures == []
    assert seen == [f"The server refused the password of {server_address(login_url).user}"]
    assert bare_window.store is not None
    assert bare_window.store.database.server == server_address(login_url)


def test_a_cancelled_password_leaves_the_start_screen(
    qtbot: QtBot, login_url: str, bare_window: MainWindow, boxes: MessageBoxes
) -> None:
    failures = in_dialog(qtbot, lambda dialog: press(Qt.Key.Key_Escape))
    bare_window.open_server(login_url)
    assert failures == []
    assert bare_window.store is None
    assert bare_window.pages.currentWidget() is bare_window.start
    assert boxes.shown == []


def test_an_unreachable_server_is_said_plainly(
    bare_window: MainWindow, boxes: MessageBoxes, pg_server: pg.PgServer
) -> None:
    bare_window.open_server(pg_server.url("no_such_database"))
    assert bare_window.store is None
    where = server_address(pg_server.url("no_such_database"))
    assert boxes.texts("warning") == [f"{where}: no such database on the server".capitalize()]
    bare_window.open_server("postgresql://someone:secret@example.org/hq")
    assert "never part of the URL" in boxes.texts("warning")[-1]


def test_a_profile_is_added_from_the_start_screen_with_the_keyboard_and_opens(
    qtbot: QtBot,
    server_database: Database,
    demo_on_server: str,
    bare_window: MainWindow,
    settings: Settings,
) -> None:
    url = pg_url = url_of(server_database)
    profile_typed: list[str] = []

    def new_profile(dialog: QDialog) -> None:
        assert isinstance(dialog, ProfileDialog)
        named_inputs_of(dialog)
        assert clashes(dialog) == {}
        assert focused() is dialog.name
        type_text("Headquarters")
        press(Qt.Key.Key_Tab)
        type_text(pg_url)
        profile_typed.append(dialog.url.text())
        press(Qt.Key.Key_Return)

    def connect(dialog: QDialog) -> None:
        assert isinstance(dialog, ConnectDialog)
        named_inputs_of(dialog)
        assert dialog.profiles.accessibleName() == "Connection profiles"
        assert clashes(dialog) == {}
        nested = in_dialog(qtbot, new_profile)
        press(Qt.Key.Key_Insert)  # as Alt+A, but at once (a mnemonic clicks a moment later)
        assert nested == []
        active_again(qtbot, dialog)
        assert focused() is dialog.profiles
        assert dialog.profiles.currentItem().text().startswith("Headquarters")
        press(Qt.Key.Key_Return)

    bare_window.start.server_button.setFocus()
    failures = in_dialog(qtbot, connect)
    press(Qt.Key.Key_Space)
    assert failures == []
    assert profile_typed == [url]
    assert settings.connection_profiles == [ConnectionProfile("Headquarters", url)]
    assert bare_window.store is not None
    assert bare_window.visit_list is not None
    assert [visit.id for visit in bare_window.visit_list.model.visits] == [demo_on_server]


def test_profiles_are_edited_and_removed_with_the_keyboard(
    qtbot: QtBot, bare_window: MainWindow, settings: Settings, pg_server: pg.PgServer
) -> None:
    first, second = pg_server.url("hq"), pg_server.url("npm")
    settings.connection_profiles = [
        ConnectionProfile("Headquarters", first),
        ConnectionProfile("NPM office", second),
    ]
    dialog = ConnectDialog(settings, bare_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert focused() is dialog.profiles

    def rename(edit: QDialog) -> None:
        assert isinstance(edit, ProfileDialog)
        edit.name.selectAll()
        type_text("Secretariat")
        press(Qt.Key.Key_Return)

    failures = in_dialog(qtbot, rename)
    press(Qt.Key.Key_F2)
    assert failures == []
    active_again(qtbot, dialog)
    assert [p.name for p in settings.connection_profiles] == ["Secretariat", "NPM office"]

    def taken(edit: QDialog) -> None:
        assert isinstance(edit, ProfileDialog)
        edit.name.selectAll()
        type_text("NPM office")
        press(Qt.Key.Key_Return)
        assert edit.error.text() == "Another connection is called NPM office"
        press(Qt.Key.Key_Tab)  # to the URL, all of it selected
        type_text("postgresql://drafter:secret@hq.example.org/spt")
        press(Qt.Key.Key_Backtab)
        type_text("Other")
        press(Qt.Key.Key_Return)
        assert "never part of the URL" in edit.error.text()
        press(Qt.Key.Key_Escape)

    failures = in_dialog(qtbot, taken)
    press(Qt.Key.Key_F2)
    assert failures == []
    active_again(qtbot, dialog)
    press(Qt.Key.Key_Delete)
    assert settings.connection_profiles == [ConnectionProfile("NPM office", second)]
    dialog.close()


def test_the_recent_list_tells_files_from_servers(
    server_database: Database,
    bare_window: MainWindow,
    settings: Settings,
    tmp_path: Path,
) -> None:
    settings.remember_database(tmp_path / "visits.sptdb")
    bare_window.open_server(url_of(server_database))
    bare_window.close_database()
    recent = bare_window.start.recent
    texts = [recent.item(row).text() for row in range(recent.count())]
    assert texts[0] == f"Server: {server_database.server}"
    assert texts[1].startswith("File: visits.sptdb")
    assert settings.recent_databases == [(tmp_path / "visits.sptdb").resolve()]
    recent.setCurrentRow(0)
    recent.itemActivated.emit(recent.item(0))
    assert bare_window.store is not None
    assert bare_window.store.database.server is not None


def test_locking_a_server_database_closes_the_connection_and_unlock_connects_again(
    qtbot: QtBot,
    login_url: str,
    bare_window: MainWindow,
    demo_on_server: str,
    pg_server: pg.PgServer,
) -> None:
    def password(dialog: QDialog) -> None:
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)

    failures = in_dialog(qtbot, password)
    bare_window.open_server(login_url)
    assert failures == []
    bare_window.open_visit(demo_on_server)
    store = bare_window.store
    assert store is not None
    bare_window.lock.lock_now()
    assert bare_window.store is None
    admin = pg_server.admin()
    with admin.connect() as connection:  # the connection is closed
        assert (
            connection.execute(
                sa.text("SELECT count(*) FROM pg_stat_activity WHERE usename = :user"),
                {"user": server_address(login_url).user},
            ).scalar_one()
            == 0
        )
    admin.dispose()
    screen = bare_window.lock.screen
    assert bare_window.pages.currentWidget() is screen
    assert not screen.erase_button.isVisible()  # no erasing the server's records
    assert QApplication.activeModalWidget() is None  # the screen waits for Unlock

    failures = in_dialog(qtbot, password)  # the password is asked again
    screen.unlock_button.click()
    assert failures == []
    assert bare_window.store is not None
    assert bare_window.workspace is not None
    assert bare_window.workspace.visit is not None
    assert bare_window.workspace.visit.id == demo_on_server


def test_the_window_stays_on_the_server_in_another_language(
    server_database: Database, demo_on_server: str, bare_window: MainWindow
) -> None:
    bare_window.open_server(url_of(server_database))
    bare_window.open_visit(demo_on_server)
    bare_window.switch_language("fr")
    try:
        assert bare_window.store is not None
        assert str(server_database.server) in bare_window.windowTitle()
        assert str(server_database.server) in bare_window.database_label.text()
        assert bare_window.workspace is not None
        assert bare_window.workspace.visit is not None
        assert bare_window.workspace.visit.id == demo_on_server
        assert not bare_window.passphrase_action.isEnabled()
    finally:
        bare_window.switch_language("en")


def test_the_command_line_passes_the_server_to_the_window(pg_server: pg.PgServer) -> None:
    from spt_field.app import run_window
    from spt_field.cli import build_parser, cmd_gui
    from spt_field.errors import UserError

    args = build_parser().parse_args(["--server", pg_server.url("hq")])
    assert (args.command, args.server, args.db) == (cmd_gui, pg_server.url("hq"), None)
    common: dict[str, Any] = {"screenshot": None, "view": None, "log_file": None, "lang": None}
    common["screenshot_texts"] = None
    with pytest.raises(UserError, match="no --db or --demo"):
        run_window(db=Path("x.sptdb"), demo=False, server=pg_server.url("hq"), **common)
    with pytest.raises(UserError, match="never part of the URL"):
        run_window(db=None, demo=False, server="postgresql://a:b@hq.example.org/x", **common)
