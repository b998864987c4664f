"""Nothing a delegation enters is ever written to disk in clear.

A session writes a distinct marker into every text field of every kind of record through the
services, and into a few more through the real window (so that the log, the settings and the
autosave run as in real use), searches for one, is backed up and closes. Then no marker (in
UTF-8 or UTF-16-LE) and not the passphrase appears in any file the session left: the database,
its -wal and -shm (looked at while open too), the backups, the log, the settings file and the
temporary folder.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.codes import (
    AllegationForm,
    DelegationRole,
    FindingArea,
    PersonMetCategory,
    PlaceType,
    Severity,
    VisitStatus,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import (
    AllegationFields,
    DelegationMemberFields,
    FindingFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
    RecommendationFields,
    VisitFields,
)
from spt_field.logs import configure_logging
from spt_field.security.backups import backup_folder, take_backup
from spt_field.services import (
    allegations,
    delegation,
    findings,
    interviews,
    narratives,
    places,
    recommendations,
    visits,
)
from spt_field.ui.dialogs.search_dialog import SearchDialog
from spt_field.ui.forms.place_form import PlaceForm
from spt_field.ui.main_window import MainWindow
from spt_field.ui.settings import Settings
from spt_field.ui.store import Store

pytestmark = pytest.mark.gui  # it drives the window

PASSPHRASE = "leak scan: Quiet Harbour 41 lanterns"
SAVE_TIMEOUT_MS = 10_000


@dataclass
class Markers:
    """One distinct marker per field; `token` makes them unlike anything else on the disk."""

    token: str = field(default_factory=lambda: secrets.token_hex(5))
    by_field: dict[str, str] = field(default_factory=dict)

    def __call__(self, name: str) -> str:
        marker = f"Mk{self.token}{len(self.by_field):02d}"
        self.by_field[name] = marker
        return marker


@dataclass
class Session:
    folder: Path
    db_path: Path
    log_file: Path
    settings_file: Path
    temp_folder: Path
    markers: Markers


@pytest.fixture
def session_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    """Every place the application writes to, inside tmp_path: XDG folders (the log), a settings
    file, and the temporary folder (TMPDIR, and Python's tempfile)."""
    for variable in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    temp_folder = tmp_path / "tmp"
    temp_folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_folder))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_folder))
    (tmp_path / "data").mkdir()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    log_file = configure_logging()
    yield Session(
        folder=tmp_path,
        db_path=tmp_path / "data" / "visits.sptdb",
        log_file=log_file,
        settings_file=tmp_path / "settings.ini",
        temp_folder=temp_folder,
        markers=Markers(),
    )
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def write_every_field(database: Database, mark: Markers) -> str:
    """A marker in every text field of every record kind, through the services. Returns the
    visit's id."""
    with database.begin() as session:
        visit = visits.create_visit(
            session,
            VisitFields(
                country="XRU",
                status=VisitStatus.POSTPONED,
                start_date=date(2019, 1, 27),
                end_date=date(2019, 2, 7),
                postponement_reason=mark("visit.postponement_reason"),
                objectives=(mark("visit.objectives[0]"), mark("visit.objectives[1]")),
                restricted_symbol=mark("visit.restricted_symbol"),
                public_symbol=mark("visit.public_symbol"),
            ),
        )
        member = delegation.add_member(
            session,
            visit.id,
            DelegationMemberFields(
                name=mark("member.name"), role=DelegationRole.HEAD_OF_DELEGATION
            ),
        )
        delegation.add_person_met(
            session,
            visit.id,
            PersonMetFields(
                name=mark("person_met.name"),
                title=mark("person_met.title"),
                institution=mark("person_met.institution"),
                category=PersonMetCategory.EXECUTIVE,
            ),
        )
        place = places.add_place(
            session,
            visit.id,
            PlaceFields(
                name=mark("place.name"),
                place_type=PlaceType.PRISON,
                authority=mark("place.authority"),
                region=mark("place.region"),
                town=mark("place.town"),
                visited_on=date(2019, 1, 28),
                members_present=(member.id,),
                obstruction=mark("place.obstruction"),
            ),
        )
        interview = interviews.record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym=mark("interview.pseudonym"),
                interviewers=(member.id,),
                interpreter=mark("interview.interpreter"),
                language=mark("interview.language"),
                notes=mark("interview.notes"),
            ),
        )
        interviews.set_identity(session, interview.id, mark("interview.identity"))
        allegations.add_allegation(
            session,
            interview.id,
            AllegationFields(
                form=AllegationForm.BEATING,
                description=mark("allegation.description"),
                officials_involved=mark("allegation.officials_involved"),
                witnesses=mark("allegation.witnesses"),
                injuries=mark("allegation.injuries"),
            ),
        )
        finding = findings.add_finding(
            session,
            visit.id,
            FindingFields(
                place_id=place.id,
                area=FindingArea.TREATMENT,
                severity=Severity.HIGH,
                title=mark("finding.title"),
                text=mark("finding.text"),
                evidence=(interview.id,),
            ),
        )
        recommendations.add_recommendation(
            session,
            visit.id,
            RecommendationFields(
                finding_ids=(finding.id,),
                authority=mark("recommendation.authority"),
                text=mark("recommendation.text"),
                state_reply=mark("recommendation.state_reply"),
            ),
        )
        for section in ReportSection:
            narratives.set_narrative(session, visit.id, section, mark(f"narrative.{section.value}"))
    return visit.id


def store_of(window: MainWindow) -> Store:
    assert window.store is not None
    return window.store


def edit_in_the_window(qtbot: QtBot, window: MainWindow, visit_id: str, mark: Markers) -> None:
    """Type into the place form and the interview notes as a user does, and search."""
    store = store_of(window)
    assert window.workspace is not None
    place = store.read(places.list_places_for_visit, visit_id)[0]
    interview = store.read(interviews.list_interviews_for_visit, visit_id)[0]
    window.workspace.select(RecordKind.PLACE.value, place.id)
    form = window.workspace.forms[RecordKind.PLACE.value]
    assert isinstance(form, PlaceForm)
    town = mark("window.place.town")
    form.town.setFocus()
    form.town.selectAll()
    QTest.keyClicks(form.town, town)
    qtbot.waitUntil(
        lambda: store.read(places.get_place, place.id).town == town, timeout=SAVE_TIMEOUT_MS
    )
    window.workspace.select(RecordKind.INTERVIEW.value, interview.id)
    notes_form = window.workspace.interview_form
    notes_form.focus_notes()
    notes = mark("window.interview.notes")
    QTest.keyClicks(notes_form.notes, " " + notes)
    qtbot.waitUntil(
        lambda: notes in store.read(interviews.get_interview, interview.id).notes,
        timeout=SAVE_TIMEOUT_MS,
    )
    dialog = SearchDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.query, mark.by_field["finding.text"])  # what users search for
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=SAVE_TIMEOUT_MS)
    dialog.close()


def every_value(db_path: Path) -> str:
    """Every value of every table of the database, decrypted, as one text."""
    database = open_database(db_path, PASSPHRASE)
    try:
        with database.engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).scalars()
            return "\n".join(
                str(value)
                for table in list(tables)
                for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"')
                for value in row
            )
    finally:
        database.close()


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def leaks(paths: list[Path], secrets_: dict[str, str]) -> list[str]:
    """Each (file, name) pair where a secret appears in clear, UTF-8 or UTF-16-LE."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for name, secret in secrets_.items():
            for encoding in ("utf-8", "utf-16-le"):
                if secret.encode(encoding) in data:
                    found.append(f"{path.name}: {name} ({encoding})")
    return found


def test_no_marker_and_no_passphrase_reach_the_disk_in_clear(
    qtbot: QtBot, session_folders: Session
) -> None:
    session, mark = session_folders, session_folders.markers
    database = create_database(session.db_path, PASSPHRASE)
    visit_id = write_every_field(database, mark)
    database.close()

    settings = Settings(QSettings(str(session.settings_file), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.use_database(open_database(session.db_path, PASSPHRASE))
    window.open_visit(visit_id)
    edit_in_the_window(qtbot, window, visit_id, mark)
    take_backup(store_of(window).database)
    secrets_ = {**mark.by_field, "passphrase": PASSPHRASE}

    open_files = files_under(session.folder)
    assert session.db_path.with_name("visits.sptdb-wal") in open_files
    assert session.db_path.with_name("visits.sptdb-shm") in open_files
    assert leaks(open_files, secrets_) == []

    window.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    closed_files = files_under(session.folder)
    assert session.db_path in closed_files
    # At opening and the explicit one; quitting leaves its backup to the next start.
    assert len(list(backup_folder(session.db_path).iterdir())) >= 2
    assert session.settings_file in closed_files
    assert session.log_file in closed_files and session.log_file.stat().st_size > 0
    assert leaks(closed_files, secrets_) == []

    # The markers really were stored: read back with the key, every one is there.
    stored = every_value(session.db_path)
    assert [name for name, marker in mark.by_field.items() if marker not in stored] == []


def test_sqlite_keeps_its_temporary_data_in_memory(database: Database) -> None:
    """Sorting and temporary tables never spill plaintext into the temporary folder."""
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        options = {row[0] for row in connection.execute("PRAGMA compile_options")}
        stored_setting = connection.execute("PRAGMA temp_store").fetchone()[0]
    finally:
        raw.close()
    assert options & {"TEMP_STORE=2", "TEMP_STORE=3"}
    assert stored_setting in (0, 2)  # 0: the compiled-in default (memory); 2: memory


def test_the_scan_finds_a_secret_in_either_encoding(tmp_path: Path) -> None:
    """The scan itself is not blind: a marker written either way is found."""
    (tmp_path / "a.log").write_text("… Mk0123 …", encoding="utf-8")
    (tmp_path / "b.dat").write_bytes(b"\x00" + "Mk0123".encode("utf-16-le"))
    assert leaks(files_under(tmp_path), {"marker": "Mk0123"}) == [
        "a.log: marker (utf-8)",
        "b.dat: marker (utf-16-le)",
    ]
