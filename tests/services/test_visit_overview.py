"""The visit in figures: counts by code over live rows only, one visit at a time."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    AllegationForm,
    ConsentScope,
    FindingArea,
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    Severity,
)
from spt_field.domain.values import (
    AllegationFields,
    FindingFields,
    InterviewFields,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import NotFoundError
from spt_field.services.allegations import add_allegation
from spt_field.services.findings import add_finding, delete_finding, list_findings_for_visit
from spt_field.services.interviews import delete_interview, record_interview
from spt_field.services.places import add_place, delete_place
from spt_field.services.visit_overview import VisitOverview, visit_overview
from spt_field.services.visits import create_visit


def _interview(
    pseudonym: str,
    category: IntervieweeCategory = IntervieweeCategory.DETAINEE,
    persons: int = 1,
) -> InterviewFields:
    kind = InterviewKind.GROUP if persons > 1 else InterviewKind.INDIVIDUAL
    return InterviewFields(
        pseudonym=pseudonym,
        category=category,
        kind=kind,
        persons=persons,
        consent=ConsentScope.ANONYMOUS,
    )


@pytest.fixture
def filled(database: Database, visit: Visit, place: Place) -> Visit:
    """A prison and a police station; 4 interviews (one group of 5); 3 allegations; 3 findings."""
    with database.begin() as session:
        police = add_place(
            session, visit.id, PlaceFields(name="Police station 3", place_type=PlaceType.POLICE)
        )
        a = record_interview(session, place.id, _interview("A"))
        record_interview(session, place.id, _interview("B", persons=5))
        record_interview(session, police.id, _interview("C", IntervieweeCategory.CUSTODIAL_STAFF))
        d = record_interview(session, police.id, _interview("D"))
        add_allegation(session, a.id, AllegationFields(form=AllegationForm.BEATING))
        add_allegation(session, a.id, AllegationFields(form=AllegationForm.THREATS))
        add_allegation(session, d.id, AllegationFields(form=AllegationForm.BEATING))
        for area, severity, title in (
            (FindingArea.TREATMENT, Severity.HIGH, "Beatings on arrest"),
            (FindingArea.TREATMENT, Severity.URGENT, "Cell 4"),
            (FindingArea.MATERIAL_CONDITIONS, Severity.HIGH, "Overcrowding"),
        ):
            add_finding(session, visit.id, FindingFields(area=area, severity=severity, title=title))
    return visit


def test_counts_each_breakdown_by_code(database: Database, filled: Visit) -> None:
    with database.begin() as session:
        overview = visit_overview(session, filled.id)
    assert overview.places_by_type == {PlaceType.POLICE: 1, PlaceType.PRISON: 1}
    assert overview.interviews_by_category == {
        IntervieweeCategory.DETAINEE: 3,
        IntervieweeCategory.CUSTODIAL_STAFF: 1,
    }
    assert overview.persons_by_category == {
        IntervieweeCategory.DETAINEE: 7,
        IntervieweeCategory.CUSTODIAL_STAFF: 1,
    }
    assert overview.allegations_by_form == {AllegationForm.BEATING: 2, AllegationForm.THREATS: 1}
    assert overview.findings_by_area == {
        FindingArea.TREATMENT: 2,
        FindingArea.MATERIAL_CONDITIONS: 1,
    }
    assert overview.findings_by_severity == {Severity.HIGH: 2, Severity.URGENT: 1}
    assert (overview.places, overview.interviews, overview.persons) == (2, 4, 8)
    assert (overview.allegations, overview.findings) == (3, 3)


def test_breakdowns_follow_the_code_list_order(database: Database, filled: Visit) -> None:
    with database.begin() as session:
        overview = visit_overview(session, filled.id)
    assert list(overview.places_by_type) == [PlaceType.POLICE, PlaceType.PRISON]
    assert list(overview.findings_by_severity) == [Severity.HIGH, Severity.URGENT]


def test_deleted_records_are_not_counted(database: Database, filled: Visit, place: Place) -> None:
    with database.begin() as session:
        overview = visit_overview(session, filled.id)
        finding = next(
            f for f in list_findings_for_visit(session, filled.id) if f.title == "Overcrowding"
        )
        delete_finding(session, finding.id)
        delete_place(session, place.id)  # takes interviews A and B and A's allegations along
        after = visit_overview(session, filled.id)
    assert overview.interviews == 4
    assert after.places_by_type == {PlaceType.POLICE: 1}
    assert after.persons_by_category == {
        IntervieweeCategory.DETAINEE: 1,
        IntervieweeCategory.CUSTODIAL_STAFF: 1,
    }
    assert after.allegations_by_form == {AllegationForm.BEATING: 1}
    assert after.findings_by_area == {FindingArea.TREATMENT: 2}


def test_deleted_interview_takes_its_allegations_out(
    database: Database, filled: Visit, place: Place
) -> None:
    with database.begin() as session:
        interview = record_interview(session, place.id, _interview("E"))
        add_allegation(session, interview.id, AllegationFields(form=AllegationForm.FALANGA))
        assert visit_overview(session, filled.id).allegations_by_form[AllegationForm.FALANGA] == 1
        delete_interview(session, interview.id)
        assert AllegationForm.FALANGA not in visit_overview(session, filled.id).allegations_by_form


def test_other_visits_are_not_counted(database: Database, filled: Visit) -> None:
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="XRU", start_date=date(2020, 3, 1), end_date=date(2020, 3, 9)),
        )
        add_place(session, other.id, PlaceFields(name="Camp", place_type=PlaceType.IMMIGRATION))
        assert visit_overview(session, other.id).places_by_type == {PlaceType.IMMIGRATION: 1}
        assert visit_overview(session, filled.id).places == 2


def test_an_empty_visit_has_empty_breakdowns(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        assert visit_overview(session, visit.id) == VisitOverview()


def test_an_unknown_visit_is_refused(database: Database) -> None:
    with database.begin() as session, pytest.raises(NotFoundError):
        visit_overview(session, "no-such-visit")
