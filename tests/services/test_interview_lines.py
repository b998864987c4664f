"""The light interview listing the navigator reads: same interviews, same order, no notes."""

from __future__ import annotations

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.services.demo import create_demo_visit
from spt_field.services.interviews import (
    delete_interview,
    interview_lines_for_visit,
    list_interviews_for_visit,
)


def test_lines_match_the_full_listing(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        demo = create_demo_visit(session)
    with database.begin() as session:
        full = list_interviews_for_visit(session, demo.id)
        lines = interview_lines_for_visit(session, demo.id)
    assert [line.id for line in lines] == [interview.id for interview in full]
    for line, interview in zip(lines, full, strict=True):
        assert (line.pseudonym, line.consent, line.reprisal_risk, line.persons) == (
            interview.pseudonym,
            interview.consent,
            interview.reprisal_risk,
            interview.persons,
        )
    uncited = next(i for i in full if not i.reprisal_risk and i.consent.value == "none")
    with database.begin() as session:
        delete_interview(session, uncited.id)
        remaining = interview_lines_for_visit(session, demo.id)
    assert uncited.id not in {line.id for line in remaining}
    assert len(remaining) == len(full) - 1
