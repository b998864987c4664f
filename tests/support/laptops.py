"""Delegation laptops as real encrypted databases in tmp_path, and the ways they exchange work."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from spt_field.db.session import Database, create_database, open_database
from spt_field.domain.codes import PlaceType, VisitStatus
from spt_field.domain.values import InterviewFields, PlaceFields, VisitFields
from spt_field.interchange.export_json import export_document
from spt_field.services.conflicts import open_conflicts
from spt_field.services.interviews import record_interview
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit
from spt_field.sync import export_bundle, import_bundle
from spt_field.sync.export import bundle_content
from spt_field.sync.merge import merge_content
from tests.conftest import PASSPHRASE

BUNDLE_PASSPHRASE = "our delegation's bundle passphrase 2019"
MEMBERS = ("Ilse Varnava", "Tomas Reyes", "Amara Okafor")


def laptop(path: Path, member: str) -> Database:
    database = create_database(path, PASSPHRASE)
    database.member = member
    return database


def receiving(database: Database, member: str) -> Database:
    """The suite's `database` (a laptop's file, or the headquarters server) as `member`'s."""
    database.member = member
    return database


def reopen(path: Path, member: str) -> Database:
    database = open_database(path, PASSPHRASE)
    database.member = member
    return database


def first_visit(database: Database) -> tuple[str, str, str]:
    """A visit with one place and one interview: (visit, place, interview) ids."""
    with database.begin() as session:
        visit = create_visit(
            session,
            VisitFields(
                country="XRU",
                status=VisitStatus.IN_PROGRESS,
                start_date=date(2019, 1, 27),
                end_date=date(2019, 2, 7),
            ),
        )
        place = add_place(
            session,
            visit.id,
            PlaceFields(name="Central Prison of Lorvik", place_type=PlaceType.PRISON),
        )
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="A", notes="Cell 4 held 11 people.")
        )
    return visit.id, place.id, interview.id


def send(sender: Database, receiver: Database, visit_id: str, folder: Path) -> Any:
    """A whole bundle, through an encrypted file."""
    path = folder / f"{sender.device_id[:8]}-to-{receiver.device_id[:8]}.sptbundle"
    export_bundle(sender, visit_id, path, BUNDLE_PASSPHRASE)
    return import_bundle(receiver, path, BUNDLE_PASSPHRASE)


def pass_content(sender: Database, receiver: Database, visit_id: str) -> None:
    """A bundle's content without the file's encryption (the property tests exchange many)."""
    with sender.begin() as session:
        content, _counts = bundle_content(session, visit_id)
    travelled = json.loads(json.dumps(content))
    with receiver.begin() as session:
        merge_content(session, travelled, sender.member, sender.device_id)


def canonical(database: Database, visit_id: str) -> str:
    with database.begin() as session:
        return json.dumps(export_document(session, visit_id), sort_keys=True)


def conflict_view(database: Database, visit_id: str) -> list[tuple[Any, ...]]:
    with database.begin() as session:
        return [
            (
                conflict.id,
                conflict.field,
                sorted((repr(side.value), side.member, side.device_id) for side in conflict.sides),
            )
            for conflict in open_conflicts(session, visit_id)
        ]


def copy_laptops(templates: list[Path], folder: Path) -> list[Database]:
    """Fresh copies of closed template databases (each keeps its own device id)."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for template, member in zip(templates, MEMBERS, strict=False):
        target = folder / template.name
        shutil.copy(template, target)
        copies.append(reopen(target, member))
    return copies
