"""Findings: add with evidence, read, edit (evidence versioned with it), delete, list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import EvidenceSource, FindingArea, PlaceType, Severity
from spt_field.domain.values import (
    Finding,
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import InvalidDataError, NotFoundError, ValidationError
from spt_field.services.findings import (
    add_finding,
    delete_finding,
    get_finding,
    list_findings_for_visit,
    update_finding,
)
from spt_field.services.interviews import record_interview
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit, delete_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
GENERAL = FindingFields(area=FindingArea.SAFEGUARDS, title="No custody register")


@pytest.fixture
def foreign(database: Database) -> tuple[Place, Interview]:
    """A place and an interview of another visit."""
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2019, 1, 1), end_date=date(2019, 1, 31)),
        )
        place = add_place(session, other.id, PlaceFields(name="P", place_type=PlaceType.OTHER))
        return place, record_interview(session, place.id, InterviewFields(pseudonym="Q"))


def test_add_and_get(
    database: Database, visit: Visit, place: Place, interview: Interview, finding: Finding
) -> None:
    assert (finding.visit_id, finding.place_id, finding.version) == (visit.id, place.id, 1)
    assert finding.evidence == (interview.id,)
    assert (finding.area, finding.severity) == (FindingArea.TREATMENT, Severity.HIGH)
    with database.begin() as session:
        assert get_finding(session, finding.id) == finding


def test_evidence_keeps_its_order(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        b = record_interview(session, place.id, InterviewFields(pseudonym="B"))
        c = record_interview(session, place.id, InterviewFields(pseudonym="C"))
        added = add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.TREATMENT,
                title="Pattern",
                evidence=(c.id, interview.id, b.id),
                sources=(EvidenceSource.OBSERVATION, EvidenceSource.REGISTERS),
            ),
        )
    with database.begin() as session:
        stored = get_finding(session, added.id)
    assert stored.evidence == (c.id, interview.id, b.id)
    assert stored.sources == (EvidenceSource.OBSERVATION, EvidenceSource.REGISTERS)


@pytest.mark.parametrize(
    ("what", "field"),
    [
        ("blank title", "title"),
        ("place of another visit", "place_id"),
        ("interview of another visit", "evidence[0]"),
        ("interview twice", "evidence"),
    ],
)
def test_add_refuses_invalid_values(
    database: Database,
    visit: Visit,
    interview: Interview,
    foreign: tuple[Place, Interview],
    what: str,
    field: str,
) -> None:
    fields = {
        "blank title": FindingFields(area=FindingArea.OTHER, title=" "),
        "place of another visit": replace(GENERAL, place_id=foreign[0].id),
        "interview of another visit": replace(GENERAL, evidence=(foreign[1].id,)),
        "interview twice": replace(GENERAL, evidence=(interview.id, interview.id)),
    }[what]
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_finding(session, visit.id, fields)
    assert caught.value.field == field
    with database.begin() as session:
        assert list_findings_for_visit(session, visit.id) == []


def test_add_reports_every_problem(database: Database, visit: Visit) -> None:
    fields = FindingFields(area=FindingArea.OTHER, title="", place_id=UNKNOWN_ID)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        add_finding(session, visit.id, fields)
    assert [p.field for p in caught.value.problems] == ["title", "place_id"]


def test_add_to_unknown_or_deleted_visit(database: Database, visit: Visit) -> None:
    with pytest.raises(NotFoundError), database.begin() as session:
        add_finding(session, UNKNOWN_ID, GENERAL)
    with database.begin() as session:
        delete_visit(session, visit.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_finding(session, visit.id, GENERAL)


def test_update_bumps_version_once_per_edit(
    database: Database, place: Place, interview: Interview, finding: Finding
) -> None:
    with database.begin() as session:
        second = record_interview(session, place.id, InterviewFields(pseudonym="B"))
    with database.begin() as session:
        both = update_finding(
            session, finding.id, severity=Severity.URGENT, evidence=(interview.id, second.id)
        )
    assert (both.severity, both.evidence, both.version) == (
        Severity.URGENT,
        (interview.id, second.id),
        finding.version + 1,
    )
    with database.begin() as session:
        evidence_only = update_finding(session, finding.id, evidence=(second.id,))
    assert (evidence_only.evidence, evidence_only.version) == ((second.id,), finding.version + 2)
    with database.begin() as session:
        same = update_finding(
            session, finding.id, severity=Severity.URGENT, evidence=(second.id,), sources=()
        )
        nothing = update_finding(session, finding.id)
    assert same.version == nothing.version == finding.version + 2
    with database.begin() as session:
        assert get_finding(session, finding.id) == same


def test_update_refuses_invalid_values(
    database: Database, finding: Finding, foreign: tuple[Place, Interview]
) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"title": ""}, "title"),
        ({"place_id": foreign[0].id}, "place_id"),
        ({"evidence": (foreign[1].id,)}, "evidence[0]"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as caught, database.begin() as session:
            update_finding(session, finding.id, **changes)
        assert caught.value.field == field
    with database.begin() as session:
        assert get_finding(session, finding.id) == finding


def test_unknown_finding(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_finding(session, UNKNOWN_ID),
            lambda: update_finding(session, UNKNOWN_ID, title="x"),
            lambda: delete_finding(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_hides_the_finding(database: Database, visit: Visit, finding: Finding) -> None:
    with database.begin() as session:
        delete_finding(session, finding.id)
    with database.begin() as session:
        assert list_findings_for_visit(session, visit.id) == []
        for call in (
            lambda: get_finding(session, finding.id),
            lambda: update_finding(session, finding.id, title="x"),
            lambda: delete_finding(session, finding.id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_list_holds_the_visits_live_findings(
    database: Database, visit: Visit, finding: Finding, foreign: tuple[Place, Interview]
) -> None:
    with database.begin() as session:
        general = add_finding(session, visit.id, GENERAL)
        gone = add_finding(session, visit.id, FindingFields(area=FindingArea.OTHER, title="Gone"))
        delete_finding(session, gone.id)
        add_finding(session, foreign[0].visit_id, GENERAL)
    with database.begin() as session:
        listed = list_findings_for_visit(session, visit.id)
    assert sorted(f.id for f in listed) == sorted([finding.id, general.id])
    assert next(f for f in listed if f.id == finding.id) == finding
