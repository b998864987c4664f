"""The reprisals register: one case per person at risk, by pseudonym; counted by status in the
annual statistics; deleted with its visit."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import ReprisalAction, ReprisalStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import InterviewFields, Place, ReprisalCase, ReprisalCaseFields
from spt_field.errors import NotFoundError, ValidationError
from spt_field.services.history import record_history
from spt_field.services.interviews import record_interview
from spt_field.services.reprisals import (
    cases_for_visit,
    get_reprisal_case,
    open_reprisal_case,
    persons_at_risk_without_case,
    reprisal_register,
    update_reprisal_case,
)
from spt_field.services.statistics import annual_statistics, statistics_json
from spt_field.services.visits import delete_visit


@pytest.fixture
def at_risk(database: Database, place: Place) -> str:
    with database.begin() as session:
        return record_interview(
            session, place.id, InterviewFields(pseudonym="RR1", reprisal_risk=True)
        ).id


@pytest.fixture
def case(database: Database, at_risk: str) -> ReprisalCase:
    with database.begin() as session:
        return open_reprisal_case(
            session,
            ReprisalCaseFields(
                interview_id=at_risk,
                opened_on=date(2019, 3, 1),
                contacts="Called his sister on 1 March.",
                incidents="Moved to a punishment cell after the visit.",
                actions=(ReprisalAction.LETTER,),
            ),
        )


def test_a_person_at_risk_waits_for_a_case_until_one_is_opened(
    database: Database, place: Place, at_risk: str
) -> None:
    with database.begin() as session:
        assert [p.pseudonym for p in persons_at_risk_without_case(session)] == ["RR1"]
        open_reprisal_case(session, ReprisalCaseFields(interview_id=at_risk))
        assert persons_at_risk_without_case(session) == []


def test_the_register_names_the_pseudonym_and_place(
    database: Database, place: Place, case: ReprisalCase
) -> None:
    with database.begin() as session:
        [line] = reprisal_register(session)
    assert (line.pseudonym, line.place_name, line.country) == ("RR1", place.name, "XRU")
    assert (line.status, line.actions) == (ReprisalStatus.OPEN, (ReprisalAction.LETTER,))
    assert line.visit_id == case.visit_id


def test_follow_up_updates_and_filters(database: Database, case: ReprisalCase) -> None:
    with database.begin() as session:
        update_reprisal_case(
            session,
            case.id,
            status=ReprisalStatus.MONITORING,
            actions=(ReprisalAction.LETTER, ReprisalAction.ARTICLE_15),
        )
        assert get_reprisal_case(session, case.id).status is ReprisalStatus.MONITORING
        assert reprisal_register(session, ReprisalStatus.OPEN) == []
        assert len(reprisal_register(session, ReprisalStatus.MONITORING)) == 1


def test_bad_input_is_refused_naming_the_field(database: Database, case: ReprisalCase) -> None:
    with pytest.raises(ValidationError) as error, database.begin() as session:
        update_reprisal_case(
            session, case.id, actions=(ReprisalAction.LETTER, ReprisalAction.LETTER)
        )
    assert error.value.field == "actions"
    with pytest.raises(ValidationError), database.begin() as session:
        update_reprisal_case(session, case.id, interview_id=case.interview_id)
    with pytest.raises(NotFoundError), database.begin() as session:
        open_reprisal_case(
            session, ReprisalCaseFields(interview_id="00000000-0000-4000-8000-000000000000")
        )


def test_annual_statistics_count_cases_by_status(database: Database, case: ReprisalCase) -> None:
    with database.begin() as session:
        stats = annual_statistics(session, 2019, today=date(2020, 1, 1))
    assert stats.reprisal_cases_by_status == {
        ReprisalStatus.OPEN: 1,
        ReprisalStatus.MONITORING: 0,
        ReprisalStatus.CLOSED: 0,
    }
    assert statistics_json(stats)["reprisal_cases"] == {
        "total": 1,
        "by_status": {"open": 1, "monitoring": 0, "closed": 0},
    }


def test_deleting_the_visit_deletes_its_cases(database: Database, case: ReprisalCase) -> None:
    with database.begin() as session:
        delete_visit(session, case.visit_id)
        assert reprisal_register(session) == []
        assert cases_for_visit(session, case.visit_id) == []


def test_every_change_is_in_the_audit_trail(database: Database, case: ReprisalCase) -> None:
    with database.begin() as session:
        update_reprisal_case(session, case.id, status=ReprisalStatus.CLOSED)
    with database.begin() as session:
        events = record_history(session, RecordKind.INTERVIEW, case.id)
    assert [(event.table, event.action) for event in events] == [
        ("reprisal_case", AuditAction.UPDATE),
        ("reprisal_case", AuditAction.CREATE),
    ]
    assert [change.field for change in events[0].changes] == ["status"]
