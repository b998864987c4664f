"""The export dialog names what the report withholds before anything is written; the internal
notes are written only encrypted, with a password as strong as a database passphrase."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from spt_field.domain.codes import ConsentScope, FindingArea
from spt_field.domain.values import FindingFields, InterviewFields, Visit
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview
from spt_field.services.places import list_places_for_visit
from spt_field.ui.dialogs.export_report_dialog import ExportReportDialog
from spt_field.ui.dialogs.internal_notes_dialog import InternalNotesDialog
from spt_field.ui.store import Store

PASSWORD = "notes for the delegation only"


def _withheld_finding(store: Store, visit: Visit, title: str) -> None:
    place = store.read(list_places_for_visit, visit.id)[0]
    fields = InterviewFields(
        pseudonym="ZZ", consent=ConsentScope.NONE, reprisal_risk=True, held_on=date(2019, 3, 11)
    )
    interview = store.write(record_interview, place.id, fields)
    finding = FindingFields(
        place_id=place.id, area=FindingArea.TREATMENT, title=title, evidence=(interview.id,)
    )
    store.write(add_finding, visit.id, finding)


def test_the_export_dialog_lists_withheld_findings_before_writing(
    qtbot: QtBot, store: Store, demo_visit: Visit
) -> None:
    _withheld_finding(store, demo_visit, "Night-time beatings in the yard")
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    assert dialog.withheld.count() == 1
    assert dialog.withheld.item(0).text() == (
        "Finding \u201cNight-time beatings in the yard\u201d: an interviewee is at risk of "
        "reprisals"
    )
    assert not dialog.withheld.isHidden()
    assert dialog.withheld_label.text().endswith(": 1")


def test_no_withheld_list_when_nothing_is_withheld(
    qtbot: QtBot, store: Store, demo_visit: Visit
) -> None:
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    assert dialog.withheld.count() == 0
    assert dialog.withheld.isHidden()


def test_internal_notes_need_a_strong_password_and_come_out_encrypted(
    qtbot: QtBot, store: Store, demo_visit: Visit, tmp_path: Path
) -> None:
    dialog = InternalNotesDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "notes.pdf"
    dialog.path.setText(str(out))
    assert not dialog.export()
    assert "type a password" in dialog.status.text()
    dialog.passwords.password.setText("short")
    dialog.passwords.repeat.setText("short")
    assert not dialog.export()
    assert "at least 12 characters" in dialog.status.text()
    assert not out.exists()
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD)
    assert dialog.export()
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    assert "not for transmission" in reader.pages[0].extract_text().lower()


def test_editing_a_final_report_asks_to_reopen_the_draft_first(
    store: Store, demo_visit: Visit
) -> None:
    from spt_field.errors import ReportFinalizedError
    from spt_field.export.numbering import finalize_numbering
    from spt_field.services.findings import list_findings_for_visit, update_finding
    from spt_field.services.report_freeze import is_finalized

    store.write(finalize_numbering, demo_visit.id)
    finding = store.read(list_findings_for_visit, demo_visit.id)[0]
    asked: list[str] = []

    def refuse(visit_id: str) -> bool:
        asked.append(visit_id)
        return False

    store.ask_reopen = refuse
    try:
        store.write(update_finding, finding.id, title="Edited after finalizing")
    except ReportFinalizedError:
        pass
    else:
        raise AssertionError("the edit went through without reopening")
    assert asked == [demo_visit.id]
    assert store.read(is_finalized, demo_visit.id)
    store.ask_reopen = lambda _visit_id: True
    store.write(update_finding, finding.id, title="Edited after reopening")
    assert not store.read(is_finalized, demo_visit.id)
