"""A member's gender and a person met's protocol rank in `spt-field/1`: optional keys, so a
file written before them still imports; written back on export; refused when out of range."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import Gender
from spt_field.errors import InvalidDataError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.services.delegation import list_delegation, list_persons_met
from spt_field.services.demo import demo_document


def _as_older_files_are(document: dict[str, Any]) -> dict[str, Any]:
    """The demo without the keys added for gender and rank, as an older file is."""
    older = copy.deepcopy(document)
    for visit in older["visits"]:
        for member in visit["delegation"]:
            member.pop("gender", None)
        for person in visit["persons_met"]:
            person.pop("protocol_rank", None)
    return older


def test_a_file_without_gender_or_rank_imports(database: Database) -> None:
    with database.begin() as session:
        (visit_id,) = import_document(session, _as_older_files_are(demo_document())).visit_ids
        assert {m.gender for m in list_delegation(session, visit_id)} == {Gender.UNKNOWN}
        assert {p.protocol_rank for p in list_persons_met(session, visit_id)} == {None}


def test_gender_and_rank_travel_both_ways(database: Database) -> None:
    with database.begin() as session:
        (visit_id,) = import_document(session, demo_document()).visit_ids
        exported = export_document(session, visit_id)
    (visit,) = exported["visits"]
    genders = {m["name"]: m["gender"] for m in visit["delegation"]}
    assert genders["Marguerite Alvendahl-Osei"] == "female"
    assert genders["Casimir Oyelaran-Vasko"] == "unknown"
    ranks = {p["name"]: p["protocol_rank"] for p in visit["persons_met"]}
    assert (ranks["Oskan Drevitz"], ranks["Arvid Kestrelow"]) == (1, None)


@pytest.mark.parametrize(
    ("key", "value", "record"),
    [("gender", "woman", "delegation"), ("protocol_rank", -1, "persons_met")],
)
def test_a_bad_gender_or_rank_is_refused_by_its_path(
    database: Database, key: str, value: Any, record: str
) -> None:
    document = demo_document()
    document["visits"][0][record][0][key] = value
    with database.begin() as session, pytest.raises(InvalidDataError) as refused:
        import_document(session, document)
    assert f"visits[0].{record}[0].{key}" in str(refused.value)
