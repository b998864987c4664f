"""Export, import into an empty database, export again: the same document."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.errors import InvalidDataError
from spt_field.interchange.export_json import export_document, write_document
from spt_field.interchange.import_json import import_document
from spt_field.interchange.validate import read_document, schema_problems
from tests.support.interchange_sample import new_database

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

# Keys whose values are ids of other records of the same visit.
REFERENCES: dict[str, list[str]] = {
    "members_present": [],
    "interviewers": [],
    "evidence": [],
    "finding_ids": [],
}


def _export(database: Database, **options: Any) -> dict[str, Any]:
    with database.begin() as session:
        return export_document(session, **options)


def _import(database: Database, document: Any) -> None:
    with database.begin() as session:
        import_document(session, document)


def _records(document: Any) -> list[dict[str, Any]]:
    """Every object of the document that is a record (has or may have an id)."""
    found = []
    if isinstance(document, dict):
        if "format" not in document and "restricted_symbol" not in document:
            found.append(document)
        for key, value in document.items():
            # Section code -> text, a profile's earlier visits: not records.
            if key not in ("narratives", "previous_visits"):
                found.extend(_records(value))
    elif isinstance(document, list):
        for item in document:
            found.extend(_records(item))
    return found


def _without_ids(document: dict[str, Any]) -> dict[str, Any]:
    stripped = copy.deepcopy(document)
    for record in _records(stripped):
        record.pop("id", None)
        for key, empty in REFERENCES.items():
            if key in record:
                record[key] = list(empty)
        if "place_id" in record:
            record["place_id"] = None
        # A reprisal case cannot be without the id of its interview: it goes with the ids.
        if "reprisal_cases" in record:
            record["reprisal_cases"] = []
    return stripped


def test_rich_document_uses_every_entity_kind(rich_database: Database) -> None:
    document = _export(rich_database)
    assert schema_problems(document) == []
    visit = next(visit for visit in document["visits"] if visit["status"] == "completed")
    assert all(visit[key] for key in ("delegation", "persons_met", "places", "findings"))
    assert visit["recommendations"][0]["finding_ids"]
    assert visit["findings"][0]["evidence"]
    assert visit["report"]["transmitted_on"] == "2019-06-03"
    place = visit["places"][0]
    assert (place["arrived_at"], place["left_at"]) == ("09:30", "17:45")
    assert place["registers_checked"] and place["members_present"]
    interviews = [interview for place in visit["places"] for interview in place["interviews"]]
    assert [interview["identity"] for interview in interviews].count("Jon Doe, born 1990") == 1
    assert sum(len(interview["allegations"]) for interview in interviews) == 2


def test_round_trip_gives_the_same_document(
    rich_database: Database, empty_database: Database
) -> None:
    first = _export(rich_database)
    _import(empty_database, first)
    assert _export(empty_database) == first


def test_round_trip_through_a_file(
    rich_database: Database, empty_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "visits.json"
    write_document(_export(rich_database), path)
    _import(empty_database, read_document(path))
    assert _export(empty_database) == json.loads(path.read_text(encoding="utf-8"))


def test_round_trip_of_one_visit(rich_database: Database, empty_database: Database) -> None:
    visit_id = _export(rich_database)["visits"][1]["id"]
    first = _export(rich_database, visit_id=visit_id)
    assert [visit["id"] for visit in first["visits"]] == [visit_id]
    _import(empty_database, first)
    assert _export(empty_database) == first


def test_without_identities_leaves_every_identity_out(rich_database: Database) -> None:
    document = _export(rich_database, identities=False)
    identities = [
        interview["identity"]
        for visit in document["visits"]
        for place in visit["places"]
        for interview in place["interviews"]
    ]
    assert identities and all(identity is None for identity in identities)
    assert "Jon Doe" not in json.dumps(document)


def test_document_without_ids_imports_and_gets_uuids(
    rich_database: Database, empty_database: Database
) -> None:
    stripped = _without_ids(_export(rich_database))
    assert all("id" not in record for record in _records(stripped))
    _import(empty_database, stripped)
    exported = _export(empty_database)
    ids = [record["id"] for record in _records(exported)]
    assert ids and all(UUID.match(record_id) for record_id in ids)
    assert len(set(ids)) == len(ids)
    assert _without_ids(exported) == stripped


def test_importing_twice_into_the_same_database_is_refused(
    rich_database: Database, empty_database: Database
) -> None:
    document = _export(rich_database)
    _import(empty_database, document)
    with pytest.raises(InvalidDataError, match="already in this database"):
        _import(empty_database, document)


def test_empty_list_of_visits_imports(empty_database: Database) -> None:
    _import(empty_database, {"format": "spt-field/1", "visits": []})
    assert _export(empty_database) == {"format": "spt-field/1", "visits": []}


def test_demo_visit_round_trip(tmp_path: Path) -> None:
    demo = pytest.importorskip("spt_field.services.demo")
    source, target = new_database(tmp_path, "demo.sptdb"), new_database(tmp_path, "copy.sptdb")
    try:
        with source.begin() as session:
            demo.create_demo_visit(session)
        first = _export(source)
        _import(target, first)
        assert _export(target) == first
    finally:
        source.close()
        target.close()


def test_the_status_history_travels_in_order(rich_database: Database, tmp_path: Path) -> None:
    document = _export(rich_database)
    [followed] = [
        item for item in document["visits"][0]["recommendations"] if item["status_history"]
    ]
    assert [
        (change["status"], change["state_reply"], change["state_reply_on"])
        for change in followed["status_history"]
    ] == [
        ("in_progress", "An inquiry has been opened.", "2019-09-02"),
        ("partially_implemented", "Two officers were suspended.", "2020-01-15"),
    ]
    assert followed["themes"] == ["treatment", "safeguards"]
    assert followed["authority_kind"] == "interior" and followed["due_on"] == "2019-11-30"
    other = new_database(tmp_path, "other.sptdb")
    _import(other, document)
    assert _export(other) == document


def test_a_status_change_with_an_unknown_status_is_refused(rich_database: Database) -> None:
    document = _export(rich_database)
    for item in document["visits"][0]["recommendations"]:
        for change in item["status_history"]:
            change["status"] = "forgotten"
    assert any("status_history" in problem.field for problem in schema_problems(document))


def test_the_reprisals_register_travels(rich_database: Database, tmp_path: Path) -> None:
    document = _export(rich_database)
    visit = document["visits"][0]
    [case] = visit["reprisal_cases"]
    interviews = {
        interview["id"]: interview["pseudonym"]
        for place in visit["places"]
        for interview in place["interviews"]
    }
    assert interviews[case["interview_id"]] == "A"
    assert (case["status"], case["actions"]) == ("monitoring", ["letter", "next_visit"])
    other = new_database(tmp_path, "other.sptdb")
    _import(other, document)
    assert _export(other) == document


def test_a_reprisal_case_of_another_visits_interview_is_refused(
    rich_database: Database, tmp_path: Path
) -> None:
    document = _export(rich_database)
    document["visits"][0]["reprisal_cases"][0]["interview_id"] = (
        "00000000-0000-4000-8000-000000000000"
    )
    other = new_database(tmp_path, "other.sptdb")
    with pytest.raises(InvalidDataError) as error:
        _import(other, document)
    assert [problem.field for problem in error.value.problems] == [
        "$.visits[0].reprisal_cases[0].interview_id"
    ]
