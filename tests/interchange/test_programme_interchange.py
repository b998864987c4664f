"""The register of places and the programme in `spt-field/1`: they round-trip, an entry already
here is kept, a link to another country's entry is refused, and older files still import."""

from __future__ import annotations

import copy
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.values import Place, ProgrammeEntryFields, Visit
from spt_field.errors import InvalidDataError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.services.places import list_places_for_visit, update_place
from spt_field.services.places_register import import_register_list, register_of_country
from spt_field.services.programme import add_programme_entry
from tests.support.interchange_sample import new_database


@pytest.fixture
def planned(database: Database, visit: Visit, place: Place) -> Database:
    with database.begin() as session:
        [lorvik, brask] = import_register_list(
            session,
            "XRU",
            [["name", "type", "capacity"], ["Lorvik", "prison", "120"], ["Brask", "police", ""]],
        )
        [visited] = list_places_for_visit(session, visit.id)
        update_place(session, visited.id, register_id=lorvik.id)
        add_programme_entry(
            session,
            visit.id,
            ProgrammeEntryFields(
                day=date(2019, 1, 28),
                starts_at=time(9, 0),
                ends_at=time(17, 30),
                team="Team A",
                place_id=visited.id,
            ),
        )
        add_programme_entry(
            session,
            visit.id,
            ProgrammeEntryFields(day=date(2019, 1, 29), team="Team B", register_id=brask.id),
        )
        add_programme_entry(
            session,
            visit.id,
            ProgrammeEntryFields(
                day=date(2019, 1, 27), starts_at=time(10, 0), meeting_with="Ministry of Justice"
            ),
        )
    return database


def _export(database: Database) -> dict[str, Any]:
    with database.begin() as session:
        return export_document(session)


def _import(database: Database, document: Any) -> None:
    with database.begin() as session:
        import_document(session, document)


def test_register_and_programme_round_trip(planned: Database, tmp_path: Path) -> None:
    document = _export(planned)
    assert [entry["name"] for entry in document["places_register"]] == ["Brask", "Lorvik"]
    programme = document["visits"][0]["programme"]
    assert [entry["day"] for entry in programme] == ["2019-01-27", "2019-01-28", "2019-01-29"]
    assert programme[1]["starts_at"] == "09:00"
    other = new_database(tmp_path, "other.sptdb")
    _import(other, document)
    assert _export(other) == document
    with other.begin() as session:
        [_, lorvik] = register_of_country(session, "XRU")
    assert (lorvik.last_visited, lorvik.times_visited) == (date(2019, 1, 28), 1)


def test_an_entry_already_here_is_kept(planned: Database, tmp_path: Path) -> None:
    document = _export(planned)
    other = new_database(tmp_path, "other.sptdb")
    only_register = {"format": "spt-field/1", "visits": [], "places_register": []}
    only_register["places_register"] = copy.deepcopy(document["places_register"])
    _import(other, only_register)
    with other.begin() as session:
        summary = import_document(session, document)
    assert "registered_place" not in summary.counts
    with other.begin() as session:
        assert len(register_of_country(session, "XRU")) == 2


def test_a_link_to_another_countrys_entry_is_refused(planned: Database, tmp_path: Path) -> None:
    document = _export(planned)
    document["places_register"][1]["country"] = "XAB"
    with pytest.raises(InvalidDataError) as raised:
        _import(new_database(tmp_path, "other.sptdb"), document)
    assert [problem.field for problem in raised.value.problems] == [
        "$.visits[0].places[0].register_id"
    ]


def test_a_programme_day_outside_the_visit_is_refused(planned: Database, tmp_path: Path) -> None:
    document = _export(planned)
    document["visits"][0]["programme"][0]["day"] = "2020-01-01"
    with pytest.raises(InvalidDataError) as raised:
        _import(new_database(tmp_path, "other.sptdb"), document)
    assert [problem.field for problem in raised.value.problems] == ["$.visits[0].programme[0].day"]


def test_a_file_from_before_the_register_imports(planned: Database, tmp_path: Path) -> None:
    document = _export(planned)
    del document["places_register"]
    del document["visits"][0]["programme"]
    for place in document["visits"][0]["places"]:
        del place["register_id"]
    other = new_database(tmp_path, "other.sptdb")
    _import(other, document)
    assert "places_register" not in _export(other)
