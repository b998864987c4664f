"""Automatic backups over a real encrypted database: one when the database opens, then only after
edits (every interval), one when it closes; the last ten kept; a failure reported, never raised."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, open_database
from spt_field.domain.codes import PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, PlaceFields, Visit
from spt_field.security.backups import backup_folder, list_backups
from spt_field.services.places import add_place
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.backup_schedule import BackupSchedule
from spt_field.ui.main_window import MainWindow
from spt_field.ui.store import Store
from tests.conftest import PASSPHRASE
from tests.support.safety import JOB_TIMEOUT_MS, backup_count, make_window
from tests.support.sample_files import place_names

INTERVAL_MS = 60


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    jobs = BackgroundJobs()
    yield jobs
    jobs.shutdown()


def schedule_for(store: Store, jobs: BackgroundJobs, keep: int = 10) -> BackupSchedule:
    return BackupSchedule(store, jobs, interval_ms=INTERVAL_MS, keep=keep)


def let_the_timer_tick(qtbot: QtBot, schedule: BackupSchedule, ticks: int = 5) -> None:
    """Wait for several ticks of the schedule's timer (each backs up only what changed)."""
    for _ in range(ticks):
        with qtbot.waitSignal(schedule.timer.timeout, timeout=JOB_TIMEOUT_MS):
            pass


def add_annex(store: Store, visit: Visit, name: str) -> None:
    """A user's edit, as the window makes it: one unit of work, then the store says so."""
    fields = PlaceFields(name=name, place_type=PlaceType.POLICE, visited_on=date(2019, 1, 29))
    store.write(add_place, visit.id, fields)
    store.notify_structure(RecordKind.PLACE)


def newest_backup(db_path: Path) -> Path:
    return list_backups(db_path)[0].path


def test_opening_takes_a_backup_that_opens_with_the_passphrase(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, place: Place, db_path: Path
) -> None:
    schedule = schedule_for(store, jobs)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS) as taken:
        schedule.start()
    path = taken.args[0]
    assert path.parent == backup_folder(db_path)
    assert place_names(path) == [place.name]
    schedule.finish()


def test_the_timer_backs_up_only_after_edits(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, visit: Visit, db_path: Path
) -> None:
    schedule = schedule_for(store, jobs)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        schedule.start()
    let_the_timer_tick(qtbot, schedule)  # nothing edited
    assert backup_count(db_path) == 1
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        add_annex(store, visit, "Police Annex")
    assert backup_count(db_path) == 2
    assert place_names(newest_backup(db_path)) == ["Police Annex"]
    let_the_timer_tick(qtbot, schedule)
    assert backup_count(db_path) == 2
    schedule.finish()


def test_an_autosave_counts_as_an_edit(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, visit: Visit, db_path: Path
) -> None:
    schedule = schedule_for(store, jobs)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        schedule.start()
    assert not schedule.changed
    store.report_saved()  # what a form's autosave says after writing
    assert schedule.changed
    qtbot.waitUntil(lambda: not schedule.changed, timeout=JOB_TIMEOUT_MS)
    assert backup_count(db_path) == 2
    schedule.finish()


def test_closing_backs_up_the_last_edits_before_it_returns(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, visit: Visit, db_path: Path
) -> None:
    schedule = BackupSchedule(store, jobs, interval_ms=60 * 60_000)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        schedule.start()
    add_annex(store, visit, "Annex Entered Just Before Closing")
    assert schedule.finish()
    assert backup_count(db_path) == 2
    assert place_names(newest_backup(db_path)) == ["Annex Entered Just Before Closing"]


def test_closing_without_edits_adds_no_backup(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, visit: Visit, db_path: Path
) -> None:
    schedule = schedule_for(store, jobs)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        schedule.start()
    assert schedule.finish()
    assert backup_count(db_path) == 1


def test_only_the_newest_backups_are_kept(
    qtbot: QtBot, store: Store, jobs: BackgroundJobs, visit: Visit, db_path: Path
) -> None:
    schedule = schedule_for(store, jobs, keep=3)
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        schedule.start()
    for number in range(4):
        with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
            add_annex(store, visit, f"Annex {number}")
    schedule.finish()
    assert backup_count(db_path) == 3
    assert len(place_names(newest_backup(db_path))) == 4


@pytest.mark.allow_warnings
def test_a_failed_backup_is_reported_and_logged_and_work_goes_on(
    qtbot: QtBot,
    store: Store,
    jobs: BackgroundJobs,
    visit: Visit,
    db_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    backup_folder(db_path).write_text("a file where the backups folder should be")
    schedule = schedule_for(store, jobs)
    with (
        caplog.at_level(logging.ERROR),
        qtbot.waitSignal(schedule.failed, timeout=JOB_TIMEOUT_MS) as failed,
    ):
        schedule.start()
    assert backup_folder(db_path).name in failed.args[0]  # says what is in the way
    assert any("automatic backup" in record.getMessage() for record in caplog.records)
    assert schedule.changed  # it will try again
    add_annex(store, visit, "Annex Saved Despite The Failed Backup")
    assert place_names(db_path) == ["Annex Saved Despite The Failed Backup"]
    backup_folder(db_path).unlink()
    with qtbot.waitSignal(schedule.taken, timeout=JOB_TIMEOUT_MS):
        pass  # the next tick succeeds
    schedule.finish()


@pytest.mark.allow_warnings
def test_the_window_shows_a_failed_backup_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, database: Database, visit: Visit, db_path: Path
) -> None:
    backup_folder(db_path).write_text("not a folder")
    database.close()
    window: MainWindow = make_window(qtbot, tmp_path)
    window.use_database(open_database(db_path, PASSPHRASE))
    qtbot.waitUntil(lambda: window.safety.label.text() != "", timeout=JOB_TIMEOUT_MS)
    assert window.safety.label.text() == "✖ Backup failed"
    assert window.safety.label.toolTip()
    assert window.statusBar().currentMessage().startswith("Backup failed: ")
    assert window.store is not None  # the database stays open: the user works on
    window.close()


def test_locking_backs_up_the_edits_and_unlocking_needs_no_new_backup(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    visit: Visit,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database.close()
    window = make_window(qtbot, tmp_path)
    window.use_database(open_database(db_path, PASSPHRASE))
    qtbot.waitUntil(lambda: backup_count(db_path) == 1, timeout=JOB_TIMEOUT_MS)
    store = window.store
    assert store is not None
    add_annex(store, visit, "Annex Entered Before The Lock")
    monkeypatch.setattr(window.lock, "ask_passphrase", lambda path: open_database(path, PASSPHRASE))
    window.lock.lock_now()  # closes the database: its last edit is backed up first
    assert backup_count(db_path) == 2
    assert place_names(newest_backup(db_path)) == ["Annex Entered Before The Lock"]
    qtbot.waitUntil(lambda: window.store is not None, timeout=JOB_TIMEOUT_MS)  # unlocked
    qtbot.waitUntil(lambda: not window.safety.jobs.busy(), timeout=JOB_TIMEOUT_MS)
    assert backup_count(db_path) == 2  # the same file as backed up: no new copy of it
    assert window.safety.schedule is not None and window.safety.schedule.timer.isActive()
    window.close()
