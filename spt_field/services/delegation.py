"""The delegation's members and the persons it met."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.models import DelegationMemberRow, PersonMetRow, VisitRow
from spt_field.domain.codes import DelegationRole
from spt_field.domain.rules import problems_in_member, problems_in_person_met, raise_problems
from spt_field.domain.values import (
    DelegationMember,
    DelegationMemberFields,
    PersonMet,
    PersonMetFields,
)
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, tombstone_where

MEMBERS = Entity(DelegationMemberRow, DelegationMember, DelegationMemberFields)
PERSONS_MET = Entity(PersonMetRow, PersonMet, PersonMetFields)
_ROLE_ORDER = list(DelegationRole)


def add_member(session: Session, visit_id: str, fields: DelegationMemberFields) -> DelegationMember:
    get_live(session, VisitRow, visit_id)
    raise_problems(problems_in_member(fields))
    return MEMBERS.add(session, fields, visit_id=visit_id)


def get_member(session: Session, member_id: str) -> DelegationMember:
    return MEMBERS.get(session, member_id)


def update_member(
    session: Session, member_id: str, /, *, loaded: Any = None, **changes: Any
) -> DelegationMember:
    return MEMBERS.update(
        session, member_id, changes, lambda f, _row: problems_in_member(f), loaded=loaded
    )


def delete_member(session: Session, member_id: str) -> None:
    get_live(session, DelegationMemberRow, member_id)
    tombstone_where(session, DelegationMemberRow, DelegationMemberRow.id == member_id)


def list_delegation(session: Session, visit_id: str) -> list[DelegationMember]:
    """The delegation in the order a report lists it: head first, then by role and name."""
    statement = MEMBERS.select(
        DelegationMemberRow.visit_id == visit_id, order_by=[DelegationMemberRow.name]
    )
    members = MEMBERS.list(session, statement)
    return sorted(members, key=lambda member: _ROLE_ORDER.index(member.role))


def add_person_met(session: Session, visit_id: str, fields: PersonMetFields) -> PersonMet:
    get_live(session, VisitRow, visit_id)
    raise_problems(problems_in_person_met(fields))
    return PERSONS_MET.add(session, fields, visit_id=visit_id)


def get_person_met(session: Session, person_id: str) -> PersonMet:
    return PERSONS_MET.get(session, person_id)


def update_person_met(
    session: Session, person_id: str, /, *, loaded: Any = None, **changes: Any
) -> PersonMet:
    return PERSONS_MET.update(
        session, person_id, changes, lambda f, _row: problems_in_person_met(f), loaded=loaded
    )


def delete_person_met(session: Session, person_id: str) -> None:
    get_live(session, PersonMetRow, person_id)
    tombstone_where(session, PersonMetRow, PersonMetRow.id == person_id)


def list_persons_met(session: Session, visit_id: str) -> list[PersonMet]:
    statement = PERSONS_MET.select(
        PersonMetRow.visit_id == visit_id,
        order_by=[
            PersonMetRow.category,
            PersonMetRow.protocol_rank.is_(None),
            PersonMetRow.protocol_rank,
            PersonMetRow.institution,
            PersonMetRow.name,
        ],
    )
    return PERSONS_MET.list(session, statement)
