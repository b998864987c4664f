"""Country profiles: one per country, saved whole, checked field by field, audited."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.audit import AuditAction
from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit
from spt_field.domain.kinds import RecordKind
from spt_field.errors import InvalidDataError, ValidationError
from spt_field.services.country_profiles import (
    get_country_profile,
    list_country_profiles,
    save_country_profile,
)
from spt_field.services.history import record_history

BRAZIL = CountryProfileFields(
    country="BRA",
    convention_ratified_on=date(1989, 9, 28),
    protocol_ratified_on=date(2007, 1, 12),
    npm_body="the National Mechanism for the Prevention and Combating of Torture",
    npm_designated_on=date(2013, 8, 2),
    previous_visits=(
        PreviousVisit(2011, "CAT/OP/BRA/1"),
        PreviousVisit(2015, "CAT/OP/BRA/3"),
    ),
)


def test_a_saved_profile_reads_back_whole(database: Database) -> None:
    with database.begin() as session:
        saved = save_country_profile(session, BRAZIL)
    with database.begin() as session:
        read = get_country_profile(session, "BRA")
        assert get_country_profile(session, "CHE") is None
    assert read == saved
    assert read is not None and read.previous_visits == BRAZIL.previous_visits


def test_saving_again_replaces_the_country_s_profile(database: Database) -> None:
    with database.begin() as session:
        first = save_country_profile(session, BRAZIL)
    later = CountryProfileFields(country="BRA", protocol_ratified_on=date(2007, 1, 12))
    with database.begin() as session:
        second = save_country_profile(session, later)
        profiles = list_country_profiles(session)
    assert second.id == first.id
    assert second.version == first.version + 1
    assert [profile.npm_body for profile in profiles] == [""]


def test_saving_the_same_values_changes_nothing(database: Database) -> None:
    with database.begin() as session:
        first = save_country_profile(session, BRAZIL)
    with database.begin() as session:
        again = save_country_profile(session, BRAZIL)
    with database.begin() as session:
        events = record_history(session, RecordKind.VISIT, first.id)
    assert again.version == first.version
    assert [event.action for event in events] == [AuditAction.CREATE]


def test_an_edit_is_in_the_audit_trail(database: Database) -> None:
    with database.begin() as session:
        first = save_country_profile(session, BRAZIL)
    with database.begin() as session:
        save_country_profile(session, CountryProfileFields(country="BRA", npm_body="the NPM"))
    with database.begin() as session:
        events = record_history(session, RecordKind.VISIT, first.id)
    assert [event.action for event in events] == [AuditAction.UPDATE, AuditAction.CREATE]
    assert "npm_body" in [change.field for change in events[0].changes]


def test_profiles_are_listed_by_country(database: Database) -> None:
    with database.begin() as session:
        save_country_profile(session, BRAZIL)
        save_country_profile(session, CountryProfileFields(country="CHE"))
        assert [p.country for p in list_country_profiles(session)] == ["BRA", "CHE"]
        assert [p.country for p in list_country_profiles(session, ["CHE"])] == ["CHE"]


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        (CountryProfileFields(country="Brazil"), "country"),
        (
            CountryProfileFields(
                country="BRA",
                convention_ratified_on=date(2007, 1, 12),
                protocol_ratified_on=date(1989, 9, 28),
            ),
            "protocol_ratified_on",
        ),
        (CountryProfileFields(country="BRA", npm_designated_on=date(2013, 8, 2)), "npm_body"),
        (
            CountryProfileFields(country="BRA", previous_visits=(PreviousVisit(1999),)),
            "previous_visits[0].year",
        ),
        (
            CountryProfileFields(country="BRA", previous_visits=(PreviousVisit(2011, "bra 1"),)),
            "previous_visits[0].symbol",
        ),
        (CountryProfileFields(country="BRA", npm_body="x" * 1001), "npm_body"),
    ],
)
def test_a_wrong_value_names_its_field(
    database: Database, profile: CountryProfileFields, field: str
) -> None:
    with database.begin() as session, pytest.raises(ValidationError) as raised:
        save_country_profile(session, profile)
    assert raised.value.field == field
    with database.begin() as session:
        assert list_country_profiles(session) == []


def test_every_problem_is_reported_at_once(database: Database) -> None:
    profile = CountryProfileFields(
        country="BRA",
        npm_designated_on=date(2013, 8, 2),
        previous_visits=(PreviousVisit(2000, "?"),),
    )
    with database.begin() as session, pytest.raises(InvalidDataError) as raised:
        save_country_profile(session, profile)
    fields = [problem.field for problem in raised.value.problems]
    assert fields == ["npm_body", "previous_visits[0].year", "previous_visits[0].symbol"]
