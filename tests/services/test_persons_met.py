"""Persons and officials met during the visit (annex I of the report)."""

from __future__ import annotations

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import PersonMetCategory
from spt_field.domain.values import PersonMet, PersonMetFields, Visit
from spt_field.errors import NotFoundError, ValidationError
from spt_field.services.delegation import (
    add_person_met,
    delete_person_met,
    get_person_met,
    list_persons_met,
    update_person_met,
)
from spt_field.services.visits import delete_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"

MINISTER = PersonMetFields(
    name="J. Doe",
    title="Minister of Justice",
    institution="Ministry of Justice",
    category=PersonMetCategory.EXECUTIVE,
)


@pytest.fixture
def person(database: Database, visit: Visit) -> PersonMet:
    with database.begin() as session:
        return add_person_met(session, visit.id, MINISTER)


def test_add_and_get(database: Database, visit: Visit, person: PersonMet) -> None:
    assert (person.name, person.title, person.institution, person.category) == (
        "J. Doe",
        "Minister of Justice",
        "Ministry of Justice",
        PersonMetCategory.EXECUTIVE,
    )
    assert (person.visit_id, person.version) == (visit.id, 1)
    with database.begin() as session:
        assert get_person_met(session, person.id) == person


@pytest.mark.parametrize("name", ["", "\t"])
def test_add_needs_a_name(database: Database, visit: Visit, name: str) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_person_met(session, visit.id, PersonMetFields(name=name, title="Judge"))
    assert caught.value.field == "name"
    with database.begin() as session:
        assert list_persons_met(session, visit.id) == []


def test_add_to_unknown_or_deleted_visit(database: Database, visit: Visit) -> None:
    with pytest.raises(NotFoundError), database.begin() as session:
        add_person_met(session, UNKNOWN_ID, MINISTER)
    with database.begin() as session:
        delete_visit(session, visit.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_person_met(session, visit.id, MINISTER)


def test_update_bumps_version_once_per_edit(database: Database, person: PersonMet) -> None:
    with database.begin() as session:
        updated = update_person_met(session, person.id, title="Former minister", name="J. Doe")
    assert (updated.title, updated.version) == ("Former minister", person.version + 1)
    with database.begin() as session:
        same = update_person_met(session, person.id, title="Former minister")
    assert same.version == person.version + 1
    with database.begin() as session:
        assert get_person_met(session, person.id) == same


def test_update_refuses_a_blank_name(database: Database, person: PersonMet) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_person_met(session, person.id, name="")
    assert caught.value.field == "name"
    with database.begin() as session:
        assert get_person_met(session, person.id) == person


def test_delete_hides_the_person(database: Database, visit: Visit, person: PersonMet) -> None:
    with database.begin() as session:
        delete_person_met(session, person.id)
    with database.begin() as session:
        assert list_persons_met(session, visit.id) == []
        with pytest.raises(NotFoundError):
            get_person_met(session, person.id)
        with pytest.raises(NotFoundError):
            update_person_met(session, person.id, name="X")
        with pytest.raises(NotFoundError):
            delete_person_met(session, person.id)


def test_unknown_person(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_person_met(session, UNKNOWN_ID),
            lambda: update_person_met(session, UNKNOWN_ID, name="X"),
            lambda: delete_person_met(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_list_holds_every_live_person_of_the_visit(
    database: Database, visit: Visit, person: PersonMet
) -> None:
    with database.begin() as session:
        judge = add_person_met(
            session,
            visit.id,
            PersonMetFields(name="A. Judge", category=PersonMetCategory.JUDICIARY),
        )
        npm = add_person_met(
            session, visit.id, PersonMetFields(name="NPM head", category=PersonMetCategory.NPM)
        )
        delete_person_met(session, npm.id)
    with database.begin() as session:
        listed = list_persons_met(session, visit.id)
        assert list_persons_met(session, UNKNOWN_ID) == []
    assert sorted(p.id for p in listed) == sorted([person.id, judge.id])
