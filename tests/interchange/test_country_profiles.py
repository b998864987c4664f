"""Country profiles in `spt-field/1`: they round-trip, replace the country's profile on import,
are checked like every record (all or nothing), and files without them import as before."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.domain.country_profiles import (
    FIRST_VISIT_YEAR,
    CountryProfileFields,
    PreviousVisit,
    profile_from_json,
    profile_to_json,
)
from spt_field.errors import InvalidDataError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.services.country_profiles import get_country_profile, list_country_profiles
from tests.support.interchange_sample import new_database, snapshot, valid_document

_DAYS = st.dates(min_value=date(1984, 12, 10), max_value=date(2100, 12, 31))
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=40)
_SYMBOLS = st.one_of(st.just(""), st.from_regex(r"CAT/OP/[A-Z]{3}/(R\.)?[1-9]", fullmatch=True))
_VISITS = st.builds(PreviousVisit, st.integers(FIRST_VISIT_YEAR, 2100), _SYMBOLS)


@st.composite
def _profiles(draw: st.DrawFn) -> CountryProfileFields:
    convention = draw(st.none() | _DAYS)
    protocol = draw(st.none() | _DAYS.filter(lambda day: convention is None or day >= convention))
    body = draw(_TEXT)
    return CountryProfileFields(
        country=draw(st.sampled_from(["XRU", "CHE", "BRA", "XAB"])),
        convention_ratified_on=convention,
        protocol_ratified_on=protocol,
        npm_body=body,
        npm_designated_on=draw(st.none() | _DAYS) if body.strip() else None,
        previous_visits=tuple(draw(st.lists(_VISITS, max_size=4))),
    )


@pytest.fixture(scope="module")
def profile_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = new_database(tmp_path_factory.mktemp("profiles"))
    yield database
    database.close()


def _document(*profiles: dict[str, Any]) -> dict[str, Any]:
    return {"format": "spt-field/1", "visits": [], "country_profiles": list(profiles)}


@settings(max_examples=40, deadline=None)
@given(profile=_profiles())
def test_a_profile_round_trips(profile_database: Database, profile: CountryProfileFields) -> None:
    assert profile_from_json(profile_to_json(profile)) == profile
    with profile_database.begin() as session:
        import_document(session, _document(profile_to_json(profile)))
    with profile_database.begin() as session:
        exported = export_document(session)
        stored = get_country_profile(session, profile.country)
    assert stored is not None and profile_to_json(stored) == profile_to_json(profile)
    written = {item["country"]: item for item in exported["country_profiles"]}
    assert {**written[profile.country], "id": None} == {**profile_to_json(profile), "id": None}


def test_export_import_export_gives_the_same_document(tmp_path: Any) -> None:
    source, target = new_database(tmp_path, "a.sptdb"), new_database(tmp_path, "b.sptdb")
    document = _document(
        {
            "country": "XRU",
            "protocol_ratified_on": "2008-06-03",
            "previous_visits": [{"year": 2011}],
        }
    )
    with source.begin() as session:
        import_document(session, document)
    with source.begin() as session:
        first = export_document(session)
    with target.begin() as session:
        import_document(session, first)
    with target.begin() as session:
        assert export_document(session) == first
    assert first["country_profiles"][0]["previous_visits"] == [{"year": 2011, "symbol": ""}]
    source.close()
    target.close()


def test_a_file_without_profiles_imports_as_before(profile_database: Database) -> None:
    document = valid_document()
    assert "country_profiles" not in document
    with profile_database.begin() as session:
        summary = import_document(session, document)
    assert "country_profile" not in summary.counts


def test_a_wrong_profile_refuses_the_whole_file(tmp_path: Any) -> None:
    database = new_database(tmp_path)
    document = valid_document()
    document["country_profiles"] = [
        {"country": "XRU", "npm_designated_on": "2010-01-15"},
        {"country": "XRU", "previous_visits": [{"year": 2011, "symbol": "no symbol"}]},
    ]
    before = snapshot(database)
    with pytest.raises(InvalidDataError) as raised, database.begin() as session:
        import_document(session, copy.deepcopy(document))
    assert [problem.field for problem in raised.value.problems] == [
        "$.country_profiles[0].npm_body",
        "$.country_profiles[1].previous_visits[0].symbol",
        "$.country_profiles[1].country",
    ]
    assert snapshot(database) == before
    with database.begin() as session:
        assert list_country_profiles(session) == []
    database.close()


def test_the_schema_refuses_an_unknown_key_or_an_early_year(tmp_path: Any) -> None:
    database = new_database(tmp_path)
    document = _document({"country": "XRU", "colour": "red", "previous_visits": [{"year": 1999}]})
    with pytest.raises(InvalidDataError) as raised, database.begin() as session:
        import_document(session, document)
    fields = sorted(problem.field for problem in raised.value.problems)
    assert fields == ["$.country_profiles[0]", "$.country_profiles[0].previous_visits[0].year"]
    database.close()
