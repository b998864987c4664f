"""Empty records are not evidence: an interview nobody filled in (a stray Ctrl+N) counts in no
figure of the report and in no statistic; one that holds anything at all counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    ConsentScope,
    Gender,
    InterviewKind,
    VisitStatus,
)
from spt_field.domain.values import AllegationFields, InterviewFields, Place, Visit
from spt_field.export.report_builder import build_report
from spt_field.services.allegations import add_allegation
from spt_field.services.interviews import record_interview, set_identity
from spt_field.services.statistics import annual_statistics
from spt_field.services.visits import update_visit

#: What Ctrl+N makes: a pseudonym, the team and the day carried over, nothing else.
STRAY = InterviewFields(pseudonym="Q", interpreter="Ana", held_on=date(2019, 1, 28))


def _counts(database: Database, visit: Visit) -> tuple[int, str]:
    with database.begin() as session:
        update_visit(session, visit.id, status=VisitStatus.COMPLETED)
        stats = annual_statistics(session, 2019)
        report = build_report(session, visit.id, today=date(2026, 11, 26))
    activities = next(p.text for p in report.paragraphs() if "It conducted" in p.text)
    return stats.interviews, activities


def _record(database: Database, place: Place, fields: InterviewFields) -> str:
    with database.begin() as session:
        return record_interview(session, place.id, fields).id


def test_a_stray_interview_counts_nowhere(database: Database, visit: Visit, place: Place) -> None:
    _record(
        database,
        place,
        replace(STRAY, pseudonym="P", consent=ConsentScope.ANONYMOUS, notes="Seen."),
    )
    _record(database, place, STRAY)
    _record(database, place, replace(STRAY, pseudonym="R", notes="  \n "))
    interviews, activities = _counts(database, visit)
    assert interviews == 1
    assert "It conducted one individual or collective interview with one person" in activities


@pytest.mark.parametrize(
    "filled",
    [
        {"notes": "He said nothing more."},
        {"consent": ConsentScope.INTERNAL},
        {"reprisal_risk": True},
        {"gender": Gender.FEMALE},
        {"kind": InterviewKind.GROUP, "persons": 3},
    ],
    ids=lambda filled: next(iter(filled)),
)
def test_an_interview_holding_anything_counts(
    database: Database, visit: Visit, place: Place, filled: dict[str, object]
) -> None:
    _record(database, place, replace(STRAY, **filled))  # type: ignore[arg-type]
    assert _counts(database, visit)[0] == 1


def test_an_allegation_or_an_identity_alone_makes_an_interview_count(
    database: Database, visit: Visit, place: Place
) -> None:
    alleged = _record(database, place, STRAY)
    named = _record(database, place, replace(STRAY, pseudonym="R"))
    with database.begin() as session:
        add_allegation(session, alleged, AllegationFields(form=AllegationForm.BEATING))
        set_identity(session, named, "Tomas Ferreira")
    assert _counts(database, visit)[0] == 2
