"""The delegation's members: add, read, edit, delete, list in report order."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import DelegationRole
from spt_field.domain.values import (
    DelegationMember,
    DelegationMemberFields,
    Interview,
    Place,
    Visit,
)
from spt_field.errors import NotFoundError, ValidationError
from spt_field.services.delegation import (
    add_member,
    delete_member,
    get_member,
    list_delegation,
    update_member,
)
from spt_field.services.interviews import update_interview
from spt_field.services.places import update_place
from spt_field.services.visits import delete_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def test_add_and_get(database: Database, visit: Visit) -> None:
    fields = DelegationMemberFields(name="Ana Ruiz", role=DelegationRole.MEDICAL_EXPERT)
    with database.begin() as session:
        added = add_member(session, visit.id, fields)
    assert (added.name, added.role, added.visit_id, added.version) == (
        "Ana Ruiz",
        DelegationRole.MEDICAL_EXPERT,
        visit.id,
        1,
    )
    with database.begin() as session:
        assert get_member(session, added.id) == added


@pytest.mark.parametrize("name", ["", "   "])
def test_add_needs_a_name(database: Database, visit: Visit, name: str) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_member(session, visit.id, DelegationMemberFields(name=name))
    assert caught.value.field == "name"
    with database.begin() as session:
        assert list_delegation(session, visit.id) == []


def test_add_to_unknown_or_deleted_visit(database: Database, visit: Visit) -> None:
    fields = DelegationMemberFields(name="Ana Ruiz")
    with pytest.raises(NotFoundError), database.begin() as session:
        add_member(session, UNKNOWN_ID, fields)
    with database.begin() as session:
        delete_visit(session, visit.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_member(session, visit.id, fields)


def test_update_bumps_version_once_per_edit(database: Database, member: DelegationMember) -> None:
    with database.begin() as session:
        updated = update_member(session, member.id, role=DelegationRole.EXPERT, name="I. V.")
    assert (updated.role, updated.name, updated.version) == (
        DelegationRole.EXPERT,
        "I. V.",
        member.version + 1,
    )
    with database.begin() as session:
        again = update_member(session, member.id, role=DelegationRole.EXPERT)
    assert again.version == member.version + 1
    with database.begin() as session:
        assert get_member(session, member.id) == again


def test_update_refuses_a_blank_name(database: Database, member: DelegationMember) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_member(session, member.id, name=" ")
    assert caught.value.field == "name"
    with database.begin() as session:
        assert get_member(session, member.id) == member


def test_delete_hides_the_member(
    database: Database, visit: Visit, member: DelegationMember
) -> None:
    with database.begin() as session:
        delete_member(session, member.id)
    with database.begin() as session:
        assert list_delegation(session, visit.id) == []
        with pytest.raises(NotFoundError):
            get_member(session, member.id)
        with pytest.raises(NotFoundError):
            update_member(session, member.id, name="Back")
        with pytest.raises(NotFoundError):
            delete_member(session, member.id)


@pytest.mark.parametrize("member_id", [UNKNOWN_ID, "x"])
def test_unknown_member(database: Database, member_id: str) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_member(session, member_id),
            lambda: update_member(session, member_id, name="X"),
            lambda: delete_member(session, member_id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_list_in_report_order(database: Database, visit: Visit) -> None:
    people = [
        ("Zoe", DelegationRole.INTERPRETER),
        ("Bea", DelegationRole.MEMBER),
        ("Yan", DelegationRole.HEAD_OF_DELEGATION),
        ("Abe", DelegationRole.MEMBER),
        ("Cem", DelegationRole.SECURITY),
        ("Dan", DelegationRole.EXPERT),
    ]
    with database.begin() as session:
        for name, role in people:
            add_member(session, visit.id, DelegationMemberFields(name=name, role=role))
        other = add_member(session, visit.id, DelegationMemberFields(name="Gone"))
        delete_member(session, other.id)
    with database.begin() as session:
        names = [m.name for m in list_delegation(session, visit.id)]
    assert names == ["Yan", "Abe", "Bea", "Dan", "Zoe", "Cem"]


def test_list_only_holds_the_visits_own_members(
    database: Database, visit: Visit, member: DelegationMember
) -> None:
    with database.begin() as session:
        assert list_delegation(session, UNKNOWN_ID) == []
        assert list_delegation(session, visit.id) == [member]


def test_deleting_a_member_does_not_block_editing_their_interviews_and_places(
    database: Database, member: DelegationMember, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        update_place(session, place.id, members_present=(member.id,))
    with database.begin() as session:
        delete_member(session, member.id)
    with database.begin() as session:
        update_interview(session, interview.id, notes="Corrected notes.")
        update_place(session, place.id, name="Central Prison (new wing)")
