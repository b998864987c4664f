"""The demo visit comes from a shipped spt-field/1 document through the normal importer, and
holds exactly what the demo held when it was built in Python (data/demo-visit-before.json: its
export, made comparable)."""

from __future__ import annotations

import json
from pathlib import Path

from spt_field.db.session import Database
from spt_field.interchange.export_json import export_document
from spt_field.services.demo import create_demo_visit, demo_document
from tests.services.demo_comparable import comparable

BEFORE = Path(__file__).parent / "data" / "demo-visit-before.json"


def test_the_demo_exports_as_it_did_before(database: Database) -> None:
    with database.begin() as session:
        visit = create_demo_visit(session)
    with database.begin() as session:
        exported = export_document(session, visit.id)
    assert comparable(exported) == json.loads(BEFORE.read_text(encoding="utf-8"))


def test_each_import_gets_new_ids_and_the_same_references() -> None:
    first, second = demo_document(), demo_document()
    assert first["visits"][0]["id"] != second["visits"][0]["id"]
    assert comparable(first) == comparable(second)


def test_the_demo_can_be_built_twice_in_one_database(database: Database) -> None:
    with database.begin() as session:
        ids = {create_demo_visit(session).id, create_demo_visit(session).id}
    assert len(ids) == 2
