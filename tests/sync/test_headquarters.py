"""Headquarters and the field: a laptop's bundle merges into the headquarters database (a laptop's
file, or the PostgreSQL server: `database` runs on both) as into another laptop, and a visit is
checked out from headquarters to a laptop as a bundle and comes back with the field's work."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from spt_field.db.session import Database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.codes import PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import InterviewFields, PlaceFields
from spt_field.interchange.export_json import export_document
from spt_field.services.attachments import (
    attach,
    delete_attachment,
    list_attachments,
    read_attachment,
)
from spt_field.services.conflicts import open_conflicts, resolve_conflict
from spt_field.services.demo import create_demo_visit
from spt_field.services.interviews import get_interview, record_interview, update_interview
from spt_field.services.places import add_place, get_place, update_place
from spt_field.sync import export_bundle, import_bundle
from tests.services import attachment_files as files
from tests.support.laptops import BUNDLE_PASSPHRASE, MEMBERS, canonical, first_visit, laptop, send

NOW = datetime(2019, 1, 28, 14, 30)
HEADQUARTERS = "Secretariat drafter"


def _attachments(database: Database, place_id: str) -> list[tuple[str, str, bytes]]:
    with database.read() as session:
        return [
            (item.id, item.caption, read_attachment(session, item.id))
            for item in list_attachments(session, AttachmentOwner.PLACE, place_id)
        ]


def test_a_laptops_bundle_merges_into_headquarters(database: Database, tmp_path: Path) -> None:
    database.member = HEADQUARTERS
    field = laptop(tmp_path / "field.sptdb", MEMBERS[0])
    with field.begin() as session:
        visit_id = create_demo_visit(session).id
        place_id = export_document(session, visit_id)["visits"][0]["places"][0]["id"]
        attach(
            session,
            AttachmentOwner.PLACE,
            place_id,
            "scan.pdf",
            files.pdf(),
            "Cell 4",
            MEMBERS[0],
            NOW,
        )
    summary = send(field, database, visit_id, tmp_path)
    assert summary.counts[RecordKind.ATTACHMENT].added == 1
    assert canonical(database, visit_id) == canonical(field, visit_id)
    assert _attachments(database, place_id) == _attachments(field, place_id)
    # The same bundle again changes nothing; a later change on the laptop is taken.
    assert not send(field, database, visit_id, tmp_path).counts
    with field.begin() as session:
        update_place(session, place_id, region="North")
    assert send(field, database, visit_id, tmp_path).counts[RecordKind.PLACE].updated == 1
    assert canonical(database, visit_id) == canonical(field, visit_id)
    field.close()


def test_a_visit_checked_out_from_headquarters_comes_back(
    database: Database, tmp_path: Path
) -> None:
    database.member = HEADQUARTERS
    visit_id, place_id, interview_id = first_visit(database)
    with database.begin() as session:
        scan = attach(
            session,
            AttachmentOwner.PLACE,
            place_id,
            "scan.pdf",
            files.pdf(),
            "Cell 4",
            HEADQUARTERS,
            NOW,
        )
    field = laptop(tmp_path / "field.sptdb", MEMBERS[1])
    out = tmp_path / "checkout.sptbundle"
    export_bundle(database, visit_id, out, BUNDLE_PASSPHRASE, recipient=MEMBERS[1])
    import_bundle(field, out, BUNDLE_PASSPHRASE)
    assert canonical(field, visit_id) == canonical(database, visit_id)
    assert _attachments(field, place_id) == _attachments(database, place_id)
    # The field adds, edits and deletes; headquarters edits too, once the same field.
    with field.begin() as session:
        police = PlaceFields(name="Police station 3", place_type=PlaceType.POLICE)
        new_place = add_place(session, visit_id, police)
        record_interview(session, new_place.id, InterviewFields(pseudonym="B", notes="At night."))
        update_place(session, place_id, region="North", population=151)
        update_interview(session, interview_id, notes="The field's notes")
        delete_attachment(session, scan.id)
    with database.begin() as session:
        update_place(session, place_id, capacity=140)
        update_interview(session, interview_id, notes="Headquarters' notes")
    summary = send(field, database, visit_id, tmp_path)
    assert summary.counts[RecordKind.PLACE].added == 1
    assert summary.counts[RecordKind.ATTACHMENT].deleted == 1
    assert _attachments(database, place_id) == []
    with database.begin() as session:
        (conflict,) = open_conflicts(session, visit_id)
        assert conflict.field == "notes"
        place = get_place(session, place_id)
        assert (place.region, place.population, place.capacity) == ("North", 151, 140)
        resolve_conflict(session, conflict.id, "Both notes")
    again = export_bundle(
        database, visit_id, out, BUNDLE_PASSPHRASE, recipient=MEMBERS[1], since_last=True
    )
    assert again.since_last
    import_bundle(field, out, BUNDLE_PASSPHRASE)
    assert canonical(field, visit_id) == canonical(database, visit_id)
    with field.read() as session:
        assert open_conflicts(session, visit_id) == []
        assert get_interview(session, interview_id).notes == "Both notes"
    field.close()


def test_imported_records_edited_on_both_sides_on_different_fields_merge_without_conflict(
    database: Database, tmp_path: Path
) -> None:
    """A visit loaded at headquarters (the demo: its records carry no field-sync history yet)
    is checked out to a laptop; each side then changes a different field of the same place.
    Both changes arrive, and nothing is reported as a conflict: each side's edit descends from
    the record as it was loaded, not from its own write."""
    database.member = HEADQUARTERS
    with database.begin() as session:
        visit_id = create_demo_visit(session).id
        place_id = export_document(session, visit_id)["visits"][0]["places"][0]["id"]
    field = laptop(tmp_path / "field.sptdb", MEMBERS[0])
    send(database, field, visit_id, tmp_path)
    with field.begin() as session:
        update_place(session, place_id, region="North", population=140)
    with database.begin() as session:
        update_place(session, place_id, capacity=130)
    send(field, database, visit_id, tmp_path)
    with database.read() as session:
        assert open_conflicts(session, visit_id) == []
        merged = get_place(session, place_id)
    assert (merged.region, merged.population, merged.capacity) == ("North", 140, 130)
