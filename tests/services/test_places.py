"""Places visited: add, read, edit, delete (with their interviews), list."""

from __future__ import annotations

from datetime import date, time

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import AllegationForm, FindingArea, PlaceType, Register
from spt_field.domain.values import (
    AllegationFields,
    DelegationMember,
    Finding,
    FindingFields,
    Interview,
    Place,
    PlaceFields,
    Visit,
    VisitFields,
)
from spt_field.errors import InvalidDataError, NotFoundError, UserError, ValidationError
from spt_field.services.allegations import (
    add_allegation,
    get_allegation,
    list_allegations_for_visit,
)
from spt_field.services.findings import add_finding, delete_finding, update_finding
from spt_field.services.interviews import (
    get_interview,
    identities_for_visit,
    list_interviews_for_visit,
    set_identity,
)
from spt_field.services.places import (
    add_place,
    delete_place,
    get_place,
    list_places_for_visit,
    update_place,
)
from spt_field.services.visits import create_visit, delete_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
STATION = PlaceFields(name="Police station 3", place_type=PlaceType.POLICE)


def test_add_and_get(database: Database, visit: Visit, member: DelegationMember) -> None:
    fields = PlaceFields(
        name="Juvenile centre",
        place_type=PlaceType.JUVENILE,
        authority="Ministry of Justice",
        region="North",
        town="Lorvik",
        latitude=46.2,
        longitude=6.1,
        visited_on=date(2019, 2, 1),
        arrived_at=time(9, 15),
        left_at=time(16, 0),
        announced=True,
        members_present=(member.id,),
        capacity=40,
        population=38,
        children=38,
        registers_checked=(Register.CUSTODY, Register.USE_OF_FORCE),
        obstruction="Access to the isolation cells was delayed by 40 minutes.",
    )
    with database.begin() as session:
        added = add_place(session, visit.id, fields)
    assert (added.visit_id, added.version) == (visit.id, 1)
    assert added.registers_checked == (Register.CUSTODY, Register.USE_OF_FORCE)
    assert added.members_present == (member.id,)
    with database.begin() as session:
        stored = get_place(session, added.id)
    assert stored == added
    assert stored.place_type.report_group.value == "juvenile_centres"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"visited_on": date(2019, 2, 8)}, "visited_on"),
        ({"visited_on": date(2019, 1, 26)}, "visited_on"),
        ({"arrived_at": time(12, 0), "left_at": time(11, 0)}, "left_at"),
        ({"latitude": 95.0}, "latitude"),
        ({"longitude": -200.0}, "longitude"),
        ({"capacity": -1}, "capacity"),
        ({"population": 10, "women": 11}, "women"),
        ({"registers_checked": (Register.MEDICAL, Register.MEDICAL)}, "registers_checked"),
        ({"members_present": (UNKNOWN_ID,)}, "members_present[0]"),
    ],
)
def test_add_refuses_invalid_values(
    database: Database, visit: Visit, changes: dict[str, object], field: str
) -> None:
    fields = PlaceFields(**{"name": "P", "place_type": PlaceType.PRISON, **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_place(session, visit.id, fields)
    assert caught.value.field == field
    with database.begin() as session:
        assert list_places_for_visit(session, visit.id) == []


def test_add_reports_every_problem(database: Database, visit: Visit) -> None:
    fields = PlaceFields(name="", place_type=PlaceType.PRISON, capacity=-5)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        add_place(session, visit.id, fields)
    assert [p.field for p in caught.value.problems] == ["name", "capacity"]


def test_members_of_another_visit_are_not_present(
    database: Database, visit: Visit, member: DelegationMember
) -> None:
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2019, 1, 1), end_date=date(2019, 12, 31)),
        )
    fields = PlaceFields(name="P", place_type=PlaceType.PRISON, members_present=(member.id,))
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_place(session, other.id, fields)
    assert caught.value.field == "members_present[0]"


def test_add_to_unknown_or_deleted_visit(database: Database, visit: Visit) -> None:
    with pytest.raises(NotFoundError), database.begin() as session:
        add_place(session, UNKNOWN_ID, STATION)
    with database.begin() as session:
        delete_visit(session, visit.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_place(session, visit.id, STATION)


def test_update_bumps_version_once_per_edit(database: Database, place: Place) -> None:
    with database.begin() as session:
        updated = update_place(
            session,
            place.id,
            population=160,
            men=150,
            registers_checked=(Register.CUSTODY,),
        )
    assert (updated.population, updated.men, updated.version) == (160, 150, place.version + 1)
    with database.begin() as session:
        same = update_place(
            session,
            place.id,
            population=160,
            registers_checked=(Register.CUSTODY,),
            visited_on=place.visited_on,
        )
        nothing = update_place(session, place.id)
    assert same.version == nothing.version == place.version + 1
    with database.begin() as session:
        assert get_place(session, place.id) == same


def test_update_refuses_invalid_values(database: Database, place: Place) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_place(session, place.id, visited_on=date(2019, 3, 1))
    assert caught.value.field == "visited_on"
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_place(session, place.id, men=152)  # population is 151
    assert caught.value.field == "men"
    with database.begin() as session:
        assert get_place(session, place.id) == place


def test_unknown_place(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_place(session, UNKNOWN_ID),
            lambda: update_place(session, UNKNOWN_ID, name="X"),
            lambda: delete_place(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_hides_the_place_with_its_interviews(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        allegation = add_allegation(
            session, interview.id, AllegationFields(form=AllegationForm.BEATING)
        )
        set_identity(session, interview.id, "R. Example")
    with database.begin() as session:
        delete_place(session, place.id)
    with database.begin() as session:
        assert list_places_for_visit(session, visit.id) == []
        assert list_interviews_for_visit(session, visit.id) == []
        assert list_allegations_for_visit(session, visit.id) == []
        assert identities_for_visit(session, visit.id) == {}
        for call in (
            lambda: get_place(session, place.id),
            lambda: get_interview(session, interview.id),
            lambda: get_allegation(session, allegation.id),
            lambda: update_place(session, place.id, name="X"),
            lambda: delete_place(session, place.id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_is_refused_while_findings_refer_to_the_place(
    database: Database, visit: Visit, place: Place, finding: Finding
) -> None:
    with pytest.raises(UserError) as caught, database.begin() as session:
        delete_place(session, place.id)
    assert not isinstance(caught.value, NotFoundError)
    assert "finding" in str(caught.value)
    with database.begin() as session:
        assert get_place(session, place.id) == place
    with database.begin() as session:
        update_finding(session, finding.id, place_id=None, evidence=())
    with database.begin() as session:
        delete_place(session, place.id)
    with database.begin() as session:
        assert list_places_for_visit(session, visit.id) == []


def test_deleted_findings_do_not_hold_the_place(
    database: Database, visit: Visit, place: Place, finding: Finding
) -> None:
    with database.begin() as session:
        delete_finding(session, finding.id)
    with database.begin() as session:
        delete_place(session, place.id)
        assert list_places_for_visit(session, visit.id) == []


def test_delete_is_refused_while_its_interviews_are_evidence(
    database: Database, visit: Visit, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.TREATMENT, title="Ill-treatment", evidence=(interview.id,)
            ),
        )
    with pytest.raises(UserError), database.begin() as session:
        delete_place(session, place.id)


def test_list_holds_only_the_visits_live_places(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        station = add_place(session, visit.id, STATION)
        gone = add_place(session, visit.id, PlaceFields(name="Gone", place_type=PlaceType.OTHER))
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2019, 1, 1), end_date=date(2019, 1, 2)),
        )
        add_place(session, other.id, PlaceFields(name="Elsewhere", place_type=PlaceType.PRISON))
        delete_place(session, gone.id)
    with database.begin() as session:
        listed = list_places_for_visit(session, visit.id)
    assert sorted(p.id for p in listed) == sorted([place.id, station.id])
