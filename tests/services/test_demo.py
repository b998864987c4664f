"""The demo visit: imported from the shipped document into a real encrypted database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from spt_field.db.session import Database, create_database
from spt_field.domain.codes import (
    Addressee,
    ConsentScope,
    DelegationRole,
    FindingArea,
    InterviewKind,
    Severity,
    VisitStatus,
)
from spt_field.domain.countries import is_user_assigned
from spt_field.domain.values import (
    Allegation,
    DelegationMember,
    Finding,
    Interview,
    PersonMet,
    Place,
    Recommendation,
    Visit,
)
from spt_field.services.allegations import list_allegations_for_visit
from spt_field.services.delegation import list_delegation, list_persons_met
from spt_field.services.demo import create_demo_visit
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import identities_for_visit, list_interviews_for_visit
from spt_field.services.places import list_places_for_visit
from spt_field.services.recommendations import list_recommendations_for_visit

PASSPHRASE = "a-long-test-passphrase"


@dataclass(frozen=True)
class Demo:
    visit: Visit
    members: list[DelegationMember]
    persons_met: list[PersonMet]
    places: list[Place]
    interviews: list[Interview]
    identities: dict[str, str]
    allegations: list[Allegation]
    findings: list[Finding]
    recommendations: list[Recommendation]


def build_demo(path: Path) -> Demo:
    database: Database = create_database(path, PASSPHRASE)
    try:
        with database.begin() as session:
            visit = create_demo_visit(session)
        with database.begin() as session:
            return Demo(
                visit=visit,
                members=list_delegation(session, visit.id),
                persons_met=list_persons_met(session, visit.id),
                places=list_places_for_visit(session, visit.id),
                interviews=list_interviews_for_visit(session, visit.id),
                identities=identities_for_visit(session, visit.id),
                allegations=list_allegations_for_visit(session, visit.id),
                findings=list_findings_for_visit(session, visit.id),
                recommendations=list_recommendations_for_visit(session, visit.id),
            )
    finally:
        database.close()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    yield build_demo(tmp_path / "demo.sptdb")


def test_visit_delegation_and_places(demo: Demo) -> None:
    visit = demo.visit
    assert is_user_assigned(visit.country)
    assert visit.status is VisitStatus.COMPLETED
    assert visit.restricted_symbol == "CAT/OP/XRU/R.1"
    assert visit.transmitted_on is None
    assert 3 <= len(visit.objectives) <= 4
    assert len(demo.members) == 6
    assert DelegationRole.HEAD_OF_DELEGATION in {member.role for member in demo.members}
    assert len(demo.persons_met) >= 12
    assert len(demo.places) >= 8
    assert len({place.place_type for place in demo.places}) >= 5
    assert any(place.obstruction for place in demo.places)
    for place in demo.places:
        assert place.visited_on is not None
        assert visit.start_date <= place.visited_on <= visit.end_date
        assert place.members_present and place.registers_checked


def test_interviews(demo: Demo) -> None:
    interviews = demo.interviews
    assert len(interviews) == 60
    assert {interview.kind for interview in interviews} == set(InterviewKind)
    assert {interview.consent for interview in interviews} == set(ConsentScope)
    assert sum(interview.reprisal_risk for interview in interviews) == 2
    assert len({interview.pseudonym for interview in interviews}) == 60
    assert len({interview.place_id for interview in interviews}) == len(demo.places)
    assert all(interview.interviewers and interview.notes for interview in interviews)
    assert 1 <= len(demo.identities) <= 5


def test_allegations_follow_consent(demo: Demo) -> None:
    consent = {interview.id: interview.consent for interview in demo.interviews}
    assert len(demo.allegations) >= 10
    assert any(allegation.consistency for allegation in demo.allegations)
    for allegation in demo.allegations:
        if allegation.consent_to_transmit:
            assert consent[allegation.interview_id] is ConsentScope.TRANSMIT


def test_findings_and_recommendations(demo: Demo) -> None:
    findings = demo.findings
    assert len(findings) >= 25
    assert {finding.area for finding in findings} == set(FindingArea)
    assert any(f.severity is Severity.URGENT and f.immediate_observation for f in findings)
    assert any(finding.place_id is None for finding in findings)
    citable = {
        interview.id
        for interview in demo.interviews
        if interview.consent.allows_report and not interview.reprisal_risk
    }
    assert all(set(finding.evidence) <= citable for finding in findings)
    assert len(demo.recommendations) == 20
    finding_ids = {finding.id for finding in findings}
    for recommendation in demo.recommendations:
        assert recommendation.finding_ids
        assert set(recommendation.finding_ids) <= finding_ids
    addressees = {recommendation.addressee for recommendation in demo.recommendations}
    assert addressees == set(Addressee)


def test_demo_is_the_same_on_every_run(demo: Demo, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.sptdb")

    def notes(built: Demo) -> list[tuple[str, str]]:
        return [(interview.pseudonym, interview.notes) for interview in built.interviews]

    assert notes(again) == notes(demo)
