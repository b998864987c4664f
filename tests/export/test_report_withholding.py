"""A finding is printed only if it may be: one resting only on interviews whose consent or
reprisal risk forbids use is withheld and named, with the recommendations answering only it."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee, ConsentScope, EvidenceSource, FindingArea
from spt_field.domain.values import (
    FindingFields,
    InterviewFields,
    Place,
    RecommendationFields,
    Visit,
)
from spt_field.export.report_builder import build_report
from spt_field.export.withholding import WithholdingReason
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview
from spt_field.services.recommendations import add_recommendation
from tests.export.conftest import TODAY
from tests.support.export import all_text, finding_paragraphs, recommendation_paragraphs


def _interview(database: Database, place: Place, consent: ConsentScope, risk: bool = False) -> str:
    with database.begin() as session:
        fields = InterviewFields(
            pseudonym=f"{consent.value[:2].upper()}{int(risk)}",
            consent=consent,
            reprisal_risk=risk,
            held_on=date(2019, 1, 28),
            notes="Talked about the corridor.",
        )
        return record_interview(session, place.id, fields).id


def _finding(
    database: Database,
    visit: Visit,
    place: Place,
    title: str,
    evidence: tuple[str, ...],
    sources: tuple[EvidenceSource, ...] = (),
) -> str:
    with database.begin() as session:
        fields = FindingFields(
            place_id=place.id,
            area=FindingArea.TREATMENT,
            title=title,
            evidence=evidence,
            sources=sources,
        )
        return add_finding(session, visit.id, fields).id


def _recommendation(database: Database, visit: Visit, text: str, *finding_ids: str) -> str:
    with database.begin() as session:
        fields = RecommendationFields(text=text, finding_ids=finding_ids, addressee=Addressee.STATE)
        return add_recommendation(session, visit.id, fields).id


@pytest.fixture
def forbidden(database: Database, place: Place) -> tuple[str, ...]:
    return (
        _interview(database, place, ConsentScope.NONE),
        _interview(database, place, ConsentScope.INTERNAL),
        _interview(database, place, ConsentScope.TRANSMIT, risk=True),
    )


def test_a_finding_resting_only_on_forbidden_interviews_is_withheld_and_named(
    database: Database, visit: Visit, place: Place, forbidden: tuple[str, ...]
) -> None:
    finding = _finding(database, visit, place, "Beatings in the corridor", forbidden)
    answer = _recommendation(database, visit, "Stop the beatings.", finding)
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    assert finding not in finding_paragraphs(report)
    assert answer not in recommendation_paragraphs(report)
    assert "Beatings in the corridor" not in all_text(report)
    assert [(w.kind, w.record_id, w.reasons) for w in report.withheld] == [
        (
            "finding",
            finding,
            (
                WithholdingReason.NO_CONSENT,
                WithholdingReason.INTERNAL_ONLY,
                WithholdingReason.REPRISAL_RISK,
            ),
        ),
        ("recommendation", answer, (WithholdingReason.ONLY_WITHHELD_FINDINGS,)),
    ]
    assert report.withheld[0].describe() == (
        "finding 'Beatings in the corridor' withheld: an interviewee consented to no use; "
        "an interviewee allowed delegation use only; an interviewee is at risk of reprisals"
    )


def test_a_finding_observed_by_the_delegation_prints_whatever_its_interviews(
    database: Database, visit: Visit, place: Place, forbidden: tuple[str, ...]
) -> None:
    observed = (EvidenceSource.OBSERVATION,)
    finding = _finding(database, visit, place, "Cells without light", forbidden, observed)
    own = _finding(database, visit, place, "Registers incomplete", ())
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    assert {finding, own} <= set(finding_paragraphs(report))
    assert report.withheld == ()


def test_one_usable_interview_is_enough_and_a_recommendation_with_one_printed_finding_stays(
    database: Database, visit: Visit, place: Place, forbidden: tuple[str, ...]
) -> None:
    usable = _interview(database, place, ConsentScope.ANONYMOUS)
    printed = _finding(database, visit, place, "Overcrowding", (*forbidden, usable))
    withheld = _finding(database, visit, place, "Threats", forbidden[:1])
    answer = _recommendation(database, visit, "Reduce the population.", printed, withheld)
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    assert printed in finding_paragraphs(report)
    assert answer in recommendation_paragraphs(report)
    assert [w.record_id for w in report.withheld] == [withheld]


def test_the_npm_report_names_only_the_withheld_recommendations_addressed_to_it(
    database: Database, visit: Visit, place: Place, forbidden: tuple[str, ...]
) -> None:
    finding = _finding(database, visit, place, "Beatings in the corridor", forbidden)
    _recommendation(database, visit, "Stop the beatings.", finding)
    with database.begin() as session:
        report = build_report(session, visit.id, addressee="npm", today=TODAY)
    assert [w.kind for w in report.withheld] == ["finding"]
