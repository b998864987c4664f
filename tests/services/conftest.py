"""Fixtures of the service tests: an interview (with a member as interviewer) and a finding."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import ConsentScope, FindingArea, Severity
from spt_field.domain.values import (
    DelegationMember,
    Finding,
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    Visit,
)
from spt_field.services.findings import add_finding
from spt_field.services.interviews import record_interview


@pytest.fixture
def interview(database: Database, place: Place, member: DelegationMember) -> Interview:
    with database.begin() as session:
        return record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="A",
                consent=ConsentScope.TRANSMIT,
                held_on=date(2019, 1, 28),
                interviewers=(member.id,),
                notes="He said the guards beat him in the corridor at night.",
            ),
        )


@pytest.fixture
def finding(database: Database, visit: Visit, place: Place, interview: Interview) -> Finding:
    with database.begin() as session:
        return add_finding(
            session,
            visit.id,
            FindingFields(
                place_id=place.id,
                area=FindingArea.TREATMENT,
                severity=Severity.HIGH,
                title="Beatings by guards",
                text="Several detainees described beatings in the corridor.",
                evidence=(interview.id,),
            ),
        )
