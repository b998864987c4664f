"""Field bundles through the dialogs, over real encrypted databases: a bundle exported with the
dialog is one the core imports elsewhere; an import shows what it changed, per kind of record,
and offers the Conflicts view when the bundle brought conflicts; a wrong passphrase shows the
core's message and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from spt_field.db.session import Database, create_database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, Visit
from spt_field.errors import UserError
from spt_field.services.conflicts import count_open_conflicts
from spt_field.services.interviews import get_interview
from spt_field.services.places import list_places_for_visit
from spt_field.services.visits import list_visits
from spt_field.sync import import_bundle
from spt_field.ui.background import BackgroundJobs
from spt_field.ui.dialogs.bundle_dialogs import (
    ExportBundleDialog,
    ImportBundleDialog,
    suggested_bundle_name,
)
from spt_field.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from tests.conftest import PASSPHRASE
from tests.support.laptops import BUNDLE_PASSPHRASE
from tests.support.sync_windows import (
    ILSE_NOTES,
    Laptops,
    tomas_bundle_with_conflicting_notes,
    two_laptops,
)


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    jobs = BackgroundJobs()
    yield jobs
    jobs.shutdown()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    laptops = two_laptops(tmp_path)
    yield laptops
    laptops.close()


def export_dialog(
    qtbot: QtBot, database: Database, jobs: BackgroundJobs, *, first_time: bool
) -> ExportBundleDialog:
    with database.begin() as session:
        visits = list_visits(session)
    dialog = ExportBundleDialog(database, visits, visits[0].id, jobs, first_time=first_time)
    qtbot.addWidget(dialog)
    return dialog


def import_dialog(
    qtbot: QtBot, database: Database, jobs: BackgroundJobs, path: Path, passphrase: str
) -> ImportBundleDialog:
    dialog = ImportBundleDialog(database, jobs)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.rows.passphrase.setText(passphrase)
    dialog.run()
    return dialog


def test_the_suggested_file_name_tells_nothing_about_the_visit() -> None:
    name = suggested_bundle_name()
    assert re.fullmatch(r"field-bundle-[0-9a-f]{6}\.sptbundle", name)
    assert suggested_bundle_name() != name


def test_a_bundle_exported_with_the_dialog_is_merged_at_headquarters(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    visit: Visit,
    place: Place,
    jobs: BackgroundJobs,
) -> None:
    dialog = export_dialog(qtbot, database, jobs, first_time=True)
    assert dialog.visit.currentData() == visit.id
    out = tmp_path / "to-hq.sptbundle"
    dialog.path.setText(str(out))
    dialog.recipient.setText("Headquarters")
    dialog.rows.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.rows.repeat.setText(BUNDLE_PASSPHRASE)
    dialog.run()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.summary is not None and dialog.summary.path == out
    assert dialog.summary.counts[RecordKind.PLACE] == 1
    headquarters = create_database(tmp_path / "hq.sptdb", PASSPHRASE)
    try:
        import_bundle(headquarters, out, BUNDLE_PASSPHRASE)
        with headquarters.begin() as session:
            assert [v.id for v in list_visits(session)] == [visit.id]
            assert [p.name for p in list_places_for_visit(session, visit.id)] == [place.name]
    finally:
        headquarters.close()


def test_the_first_export_wants_the_passphrase_twice_and_a_typo_writes_nothing(
    qtbot: QtBot, tmp_path: Path, database: Database, visit: Visit, jobs: BackgroundJobs
) -> None:
    dialog = export_dialog(qtbot, database, jobs, first_time=True)
    out = tmp_path / "bundle.sptbundle"
    dialog.path.setText(str(out))
    dialog.rows.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.rows.repeat.setText(BUNDLE_PASSPHRASE + "x")
    dialog.run()
    assert dialog.error.text() == "The two passphrases differ"
    assert dialog.result() != QDialog.DialogCode.Accepted and not out.exists()


def test_only_what_changed_needs_a_recipient(
    qtbot: QtBot, database: Database, visit: Visit, jobs: BackgroundJobs
) -> None:
    dialog = export_dialog(qtbot, database, jobs, first_time=False)
    assert not dialog.rows.repeat.isVisibleTo(dialog)
    assert not dialog.since_last.isEnabled()
    dialog.recipient.setText("Headquarters")
    assert dialog.since_last.isEnabled()
    dialog.since_last.setChecked(True)
    dialog.recipient.clear()
    assert not dialog.since_last.isEnabled() and not dialog.since_last.isChecked()


def test_an_import_lists_what_changed_and_offers_the_conflicts(
    qtbot: QtBot, laptops: Laptops, jobs: BackgroundJobs
) -> None:
    bundle = tomas_bundle_with_conflicting_notes(laptops)
    dialog = import_dialog(qtbot, laptops.ilse, jobs, bundle, BUNDLE_PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.summary is not None
    assert dialog.summary.counts[RecordKind.INTERVIEW].conflicts == 1
    summary = ImportSummaryDialog(dialog.summary)
    qtbot.addWidget(summary)
    kinds = [
        summary.table.verticalHeaderItem(row).text() for row in range(summary.table.rowCount())
    ]
    conflicts = summary.table.item(kinds.index("Interview"), 3)
    assert conflicts is not None and conflicts.text() == "1"
    assert "Tomas Reyes" in summary.message.text()
    assert dialog.summary.sender_fingerprint in summary.signer.text()
    assert ("first bundle from that laptop" in summary.signer.text()) == (
        dialog.summary.first_contact
    )
    assert not summary.resolve_button.isHidden()
    summary.resolve_button.click()
    assert summary.resolve_requested


def test_a_wrong_passphrase_shows_the_cores_message_and_changes_nothing(
    qtbot: QtBot, laptops: Laptops, jobs: BackgroundJobs
) -> None:
    bundle = tomas_bundle_with_conflicting_notes(laptops)
    with pytest.raises(UserError) as refused:
        import_bundle(laptops.ilse, bundle, "not our passphrase at all")
    message = str(refused.value)
    dialog = import_dialog(qtbot, laptops.ilse, jobs, bundle, "not our passphrase at all")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.summary is None
    assert dialog.error.text() == message[:1].upper() + message[1:]
    with laptops.ilse.begin() as session:
        assert get_interview(session, laptops.interview_id).notes == ILSE_NOTES
        assert count_open_conflicts(session, laptops.visit_id) == 0
