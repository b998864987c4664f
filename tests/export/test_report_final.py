"""A final report stays final: finalizing freezes it, so exporting it again gives the same
paragraphs under the same numbers whatever is edited since; editing what it rests on needs the
draft reopened first, which the audit trail records."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import FindingArea, RecommendationStatus, Severity
from spt_field.domain.kinds import RecordKind
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import FindingFields, RecommendationFields, Visit
from spt_field.errors import ReportFinalizedError
from spt_field.export.numbering import finalize_numbering
from spt_field.export.report_builder import build_report
from spt_field.export.report_export import final_text, report_bytes
from spt_field.export.report_model import Report
from spt_field.services.findings import FINDINGS, add_finding, delete_finding, update_finding
from spt_field.services.history import record_history
from spt_field.services.narratives import set_narrative
from spt_field.services.places import list_places_for_visit, update_place
from spt_field.services.recommendations import (
    add_recommendation,
    list_recommendations_for_visit,
    update_recommendation,
)
from spt_field.services.report_freeze import is_finalized, reopen_report
from tests.export.conftest import TODAY

URGENT = FindingFields(
    area=FindingArea.TREATMENT, severity=Severity.URGENT, title="A finding merged in later"
)


def _body(report: Report) -> list[tuple[int | None, str]]:
    return [(p.number, p.text) for p in report.paragraphs()]


def _build(database: Database, visit: Visit, language: str = "en") -> Report:
    with database.begin() as session:
        return build_report(session, visit.id, language=language, today=TODAY)


@pytest.fixture
def finalized(database: Database, demo_visit: Visit) -> Report:
    with database.begin() as session:
        finalize_numbering(session, demo_visit.id)
    return _build(database, demo_visit)


def test_a_finalized_report_exported_again_after_edits_is_the_same(
    database: Database, demo_visit: Visit, finalized: Report
) -> None:
    with database.begin() as session:
        place = list_places_for_visit(session, demo_visit.id)[0]
        update_place(session, place.id, name="Renamed after the report was final")
        set_narrative(session, demo_visit.id, ReportSection.FACILITATION, "Rewritten later.")
        # A finding arriving from another laptop's bundle is merged without the services.
        FINDINGS.add(session, URGENT, visit_id=demo_visit.id)
    assert _body(_build(database, demo_visit)) == _body(finalized)
    french = _body(_build(database, demo_visit, "fr"))
    assert [number for number, _ in french] == [number for number, _ in _body(finalized)]


def test_the_finished_file_is_the_same_around_an_edit(
    database: Database, demo_visit: Visit, finalized: Report
) -> None:
    def pdf_text() -> list[str]:
        with database.begin() as session:
            data = report_bytes(session, demo_visit.id, ".pdf", today=TODAY)
        return [text for _where, text in final_text(data, ".pdf")]

    before = pdf_text()
    with database.begin() as session:
        set_narrative(session, demo_visit.id, ReportSection.REPRISALS, "Written afterwards.")
    assert pdf_text() == before


def test_editing_findings_or_recommendations_of_a_final_report_is_refused(
    database: Database, demo_visit: Visit, finalized: Report
) -> None:
    with database.begin() as session:
        finding_id = next(p.finding_id for p in finalized.paragraphs() if p.finding_id)
        recommendation = list_recommendations_for_visit(session, demo_visit.id)[0]
    edits = [
        lambda s: add_finding(s, demo_visit.id, URGENT),
        lambda s: update_finding(s, finding_id, title="Changed"),
        lambda s: delete_finding(s, finding_id),
        lambda s: add_recommendation(s, demo_visit.id, RecommendationFields(text="New.")),
        lambda s: update_recommendation(s, recommendation.id, text="Changed."),
    ]
    for edit in edits:
        with (
            pytest.raises(ReportFinalizedError, match="reopen the draft"),
            database.begin() as session,
        ):
            edit(session)
    with database.begin() as session:  # the follow-up goes on
        update_recommendation(
            session,
            recommendation.id,
            status=RecommendationStatus.IMPLEMENTED,
            state_reply="Done in 2020.",
        )


def test_reopening_the_draft_is_recorded_and_lets_edits_through(
    database: Database, demo_visit: Visit, finalized: Report
) -> None:
    with database.begin() as session:
        assert is_finalized(session, demo_visit.id)
        reopen_report(session, demo_visit.id)
        assert not is_finalized(session, demo_visit.id)
        add_finding(session, demo_visit.id, URGENT)
    with database.begin() as session:
        history = record_history(session, RecordKind.VISIT, demo_visit.id)
    acts = [(e.action, e.changes[0].new) for e in history if e.action.value.endswith("_report")]
    assert sorted(acts) == [
        (AuditAction.FINALIZE_REPORT, "state"),
        (AuditAction.REOPEN_REPORT, "state"),
    ]
    assert _body(_build(database, demo_visit)) != _body(finalized)


def test_finalizing_a_final_report_again_changes_nothing(
    database: Database, demo_visit: Visit, finalized: Report
) -> None:
    with database.begin() as session:
        set_narrative(session, demo_visit.id, ReportSection.FACILITATION, "Edited.")
        finalize_numbering(session, demo_visit.id)
    assert _body(_build(database, demo_visit)) == _body(finalized)
