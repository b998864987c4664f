"""The report tab (drafters' narratives) and the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from spt_field.domain.report_sections import STANDARD_WORDING, ReportSection
from spt_field.domain.values import Visit
from spt_field.export.report_languages import wording_for
from spt_field.services.findings import list_findings_for_visit, update_finding
from spt_field.services.interviews import identities_for_visit
from spt_field.services.narratives import report_narratives, stored_narratives
from spt_field.ui.dialogs.export_report_dialog import ExportReportDialog
from spt_field.ui.i18n import apply_language
from spt_field.ui.store import Store
from spt_field.ui.widgets.report_page import ReportPage


def _page(qtbot: QtBot, store: Store, visit: Visit) -> ReportPage:
    page = ReportPage(store)
    qtbot.addWidget(page)
    page.set_visit(visit.id)
    return page


def test_a_narrative_is_saved_without_pressing_anything(
    qtbot: QtBot, store: Store, demo_visit: Visit
) -> None:
    page = _page(qtbot, store, demo_visit)
    page.sections.setCurrentRow(list(ReportSection).index(ReportSection.FACILITATION))
    assert page.editor.toPlainText() == STANDARD_WORDING[ReportSection.FACILITATION]
    page.editor.setPlainText("Access was granted to every place without delay.")
    qtbot.waitUntil(
        lambda: (
            store.read(stored_narratives, demo_visit.id).get(ReportSection.FACILITATION)
            == "Access was granted to every place without delay."
        ),
        timeout=3000,
    )


def test_undo_and_redo_of_a_narrative(qtbot: QtBot, store: Store, demo_visit: Visit) -> None:
    page = _page(qtbot, store, demo_visit)
    page.editor.setPlainText("A drafter's introduction.")
    page.flush()
    store.undo_stack.undo()
    narratives = store.read(report_narratives, demo_visit.id)
    assert narratives[ReportSection.INTRODUCTION] == STANDARD_WORDING[ReportSection.INTRODUCTION]
    assert page.editor.toPlainText() == STANDARD_WORDING[ReportSection.INTRODUCTION]
    store.undo_stack.redo()
    assert page.editor.toPlainText() == "A drafter's introduction."
    intro = store.read(report_narratives, demo_visit.id)[ReportSection.INTRODUCTION]
    assert intro == "A drafter's introduction."


def test_restore_standard_wording(qtbot: QtBot, store: Store, demo_visit: Visit) -> None:
    page = _page(qtbot, store, demo_visit)
    page.editor.setPlainText("Something else")
    page.flush()
    page.restore_standard_wording()
    intro = store.read(stored_narratives, demo_visit.id)[ReportSection.INTRODUCTION]
    assert intro == STANDARD_WORDING[ReportSection.INTRODUCTION]


def test_export_dialog_writes_the_pdf_with_a_preview(
    qtbot: QtBot, store: Store, demo_visit: Visit, tmp_path: Path
) -> None:
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    assert dialog.show_preview()
    assert not dialog.preview.pixmap().isNull()
    out = tmp_path / "draft.pdf"
    dialog.path.setText(str(out))
    assert dialog.export()
    assert dialog.progress.value() == 100
    text = PdfReader(out).pages[0].extract_text()
    assert "CONFIDENTIAL" in text


def test_export_dialog_writes_the_report_in_the_chosen_language(
    qtbot: QtBot, store: Store, demo_visit: Visit, tmp_path: Path
) -> None:
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    out = tmp_path / "projet.pdf"
    dialog.path.setText(str(out))
    assert dialog.export()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages[:2])
    assert "Sous-Comité pour la prévention de la torture" in " ".join(text.split())


def test_export_refuses_a_report_naming_an_interviewee_and_writes_nothing(
    qtbot: QtBot, store: Store, demo_visit: Visit, tmp_path: Path
) -> None:
    identity = next(iter(store.read(identities_for_visit, demo_visit.id).values()))
    finding = store.read(list_findings_for_visit, demo_visit.id)[0]
    store.write(update_finding, finding.id, text=f"{finding.text} As {identity} told us.")
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "draft.pdf"
    dialog.path.setText(str(out))
    assert not dialog.export()
    assert not out.exists()
    assert "Not exported" in dialog.status.text()
    assert identity not in dialog.status.text()


def test_a_password_protected_export_needs_the_password(
    qtbot: QtBot, store: Store, demo_visit: Visit, tmp_path: Path
) -> None:
    dialog = ExportReportDialog(store, demo_visit.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "draft.pdf"
    dialog.path.setText(str(out))
    dialog.passwords.password.setText("a long report password")
    dialog.passwords.repeat.setText("a long report password")
    assert dialog.export()
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("a long report password")


@pytest.mark.parametrize("language", ["fr", "zh"])
def test_the_standard_wording_follows_the_interface_language(
    qtbot: QtBot, store: Store, demo_visit: Visit, language: str
) -> None:
    apply_language(language)
    page = _page(qtbot, store, demo_visit)
    standard = wording_for(language).standard_wording
    unwritten = next(
        section
        for section in ReportSection
        if section not in store.read(stored_narratives, demo_visit.id)
    )
    page.sections.setCurrentRow(list(ReportSection).index(unwritten))
    assert page.editor.toPlainText() == standard[unwritten] != STANDARD_WORDING[unwritten]
    page.editor.setPlainText("Texte à remplacer")
    page.restore_standard_wording()
    assert page.editor.toPlainText() == standard[unwritten]
