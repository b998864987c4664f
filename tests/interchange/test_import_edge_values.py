"""Values at the edges of what the schema accepts: huge integers, trailing newlines, seconds."""

from __future__ import annotations

from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.rules import MAX_COUNT
from spt_field.errors import InvalidDataError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from tests.support.interchange_sample import snapshot, valid_document


def _import_refused(database: Database, document: dict[str, Any], field: str) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        import_document(session, document)
    assert field in {problem.field for problem in caught.value.problems}
    assert snapshot(database) == before


def test_largest_count_round_trips(empty_database: Database) -> None:
    document = valid_document()
    place = document["visits"][0]["places"][1]
    place["capacity"] = MAX_COUNT
    with empty_database.begin() as session:
        import_document(session, document)
    with empty_database.begin() as session:
        exported = export_document(session)
    assert exported["visits"][0]["places"][1]["capacity"] == MAX_COUNT


def test_time_with_seconds_is_accepted_and_exported_as_minutes(empty_database: Database) -> None:
    document = valid_document()
    document["visits"][0]["places"][0]["arrived_at"] = "08:05:59"
    with empty_database.begin() as session:
        import_document(session, document)
    with empty_database.begin() as session:
        exported = export_document(session)
    assert exported["visits"][0]["places"][0]["arrived_at"] == "08:05"


@pytest.mark.parametrize(
    ("where", "key"),
    [(("places", 1), "capacity"), (("places", 0, "interviews", 1), "persons")],
    ids=["capacity", "persons"],
)
def test_count_beyond_the_largest_is_refused(
    shared_database: Database, where: tuple[str | int, ...], key: str
) -> None:
    document = valid_document()
    record: Any = document["visits"][0]
    for part in where:
        record = record[part]
    record[key] = MAX_COUNT + 1
    path = "$.visits[0]" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)
    _import_refused(shared_database, document, f"{path}.{key}")


def test_time_with_trailing_newline_is_refused(shared_database: Database) -> None:
    document = valid_document()
    document["visits"][0]["places"][0]["arrived_at"] = "08:05\n"
    _import_refused(shared_database, document, "$.visits[0].places[0].arrived_at")


def test_country_with_trailing_newline_is_refused(empty_database: Database) -> None:
    document = valid_document()
    document["visits"][0]["country"] = "XAB\n"
    _import_refused(empty_database, document, "$.visits[0].country")


def test_id_with_trailing_newline_is_refused(empty_database: Database) -> None:
    document = valid_document()
    document["visits"][0]["persons_met"][0]["id"] += "\n"
    _import_refused(empty_database, document, "$.visits[0].persons_met[0].id")
