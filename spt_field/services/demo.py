"""The demo visit: an SPT regular country visit to a fictional State (code XRU), March 2019.

An `spt-field/1` document that the build copies into the package from
`resources/demo/demo-visit.json`, imported through the normal importer: every record is
validated like any file a delegation imports. Every name in it is invented. Its ids are
replaced by new ones at each import, as for a visit typed in.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.base import new_id
from spt_field.domain.values import Visit
from spt_field.interchange.import_json import import_document
from spt_field.services.visits import get_visit

DEMO_FILE = ("demo", "demo-visit.json")


def demo_document() -> dict[str, Any]:
    """The demo visit as an `spt-field/1` document, with new ids."""
    text = files("spt_field.resources").joinpath(*DEMO_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return _with_new_ids(document)


def create_demo_visit(session: Session) -> Visit:
    """Import the demo visit in the caller's unit of work."""
    summary = import_document(session, demo_document())
    return get_visit(session, summary.visit_ids[0])


def _with_new_ids(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with every record's id, and every reference to it, replaced by a new one."""
    renamed: dict[str, str] = {}

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            if "id" in value:
                renamed[value["id"]] = new_id()
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    def rename(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: rename(item) for key, item in value.items()}
        if isinstance(value, list):
            return [rename(item) for item in value]
        if isinstance(value, str):
            return renamed.get(value, value)
        return value

    collect(document)
    result: dict[str, Any] = rename(document)
    return result
