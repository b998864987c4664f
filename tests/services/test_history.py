"""The audit trail: every create, update, deletion, restore and identity reveal is recorded with
who, when, and each field's old and new value; identities themselves never enter it."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from spt_field.db import audit_log
from spt_field.db.base import utcnow
from spt_field.db.session import Database
from spt_field.domain.audit import WITHHELD, AuditAction, AuditEvent
from spt_field.domain.codes import FindingArea, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import FindingFields, Interview, InterviewFields, Place
from spt_field.interchange.export_json import export_document
from spt_field.services.findings import add_finding, update_finding
from spt_field.services.history import record_history
from spt_field.services.interviews import (
    delete_interview,
    record_interview,
    reveal_identity,
    set_identity,
    update_interview,
)
from spt_field.services.places import update_place
from spt_field.services.trash import restore_deleted


def history(database: Database, kind: RecordKind, record_id: str) -> list[AuditEvent]:
    with database.begin() as session:
        return record_history(session, kind, record_id)


def changes(event: AuditEvent) -> dict[str, tuple[object, object]]:
    return {change.field: (change.old, change.new) for change in event.changes}


def test_a_new_record_is_recorded_with_its_values_and_who_made_it(
    database: Database, place: Place
) -> None:
    database.member = "Ilse Varnava"
    with database.begin() as session:
        interview = record_interview(
            session, place.id, InterviewFields(pseudonym="K", notes="Beaten on arrival.")
        )
    [event] = history(database, RecordKind.INTERVIEW, interview.id)
    assert event.action is AuditAction.CREATE
    assert event.member == "Ilse Varnava"
    assert event.device_id == database.device_id
    assert changes(event)["pseudonym"] == (None, "K")
    assert changes(event)["notes"] == (None, "Beaten on arrival.")
    assert changes(event)["consent"] == (None, "none")


def test_an_edit_records_old_and_new_values_of_the_changed_fields_only(
    database: Database, place: Place
) -> None:
    database.member = "Ana"
    with database.begin() as session:
        update_place(session, place.id, population=160, authority="Ministry of Justice")
    latest = history(database, RecordKind.PLACE, place.id)[0]
    assert latest.action is AuditAction.UPDATE
    assert changes(latest) == {"population": (151, 160), "authority": ("", "Ministry of Justice")}


def test_saves_a_moment_apart_by_the_same_member_are_one_event(
    database: Database, interview: Interview
) -> None:
    for notes in ("He said", "He said the guards", "He said the guards hit him"):
        with database.begin() as session:
            update_interview(session, interview.id, notes=notes)
    events = history(database, RecordKind.INTERVIEW, interview.id)
    assert [event.action for event in events] == [AuditAction.UPDATE, AuditAction.CREATE]
    assert changes(events[0]) == {"notes": (interview.notes, "He said the guards hit him")}


def test_another_member_or_a_later_edit_starts_a_new_event(
    database: Database, interview: Interview
) -> None:
    database.member = "Ana"
    with database.begin() as session:
        update_interview(session, interview.id, notes="first")
    with database.begin() as session:
        session.execute(
            sa.text("UPDATE audit_event SET at = :at"),
            {"at": utcnow() - audit_log.MERGE_WINDOW - timedelta(seconds=1)},
        )
        update_interview(session, interview.id, notes="second")
    database.member = "Ben"
    with database.begin() as session:
        update_interview(session, interview.id, notes="third")
    events = history(database, RecordKind.INTERVIEW, interview.id)
    updates = [e for e in events if e.action is AuditAction.UPDATE]
    assert [(e.member, changes(e)["notes"]) for e in updates] == [
        ("Ben", ("second", "third")),
        ("Ana", ("first", "second")),
        ("Ana", (interview.notes, "first")),
    ]


def test_an_edit_undone_within_the_moment_leaves_no_event(
    database: Database, interview: Interview
) -> None:
    with database.begin() as session:
        update_interview(session, interview.id, notes="typo")
    with database.begin() as session:
        update_interview(session, interview.id, notes=interview.notes)
    assert [e.action for e in history(database, RecordKind.INTERVIEW, interview.id)] == [
        AuditAction.CREATE
    ]


def test_deletion_and_restore_are_recorded_for_the_record_and_its_cascade(
    database: Database, interview: Interview
) -> None:
    with database.begin() as session:
        set_identity(session, interview.id, "Jonas Petrauskas")
    with database.begin() as session:
        delete_interview(session, interview.id)
    with database.begin() as session:
        restore_deleted(session, RecordKind.INTERVIEW, interview.id)
    actions = [(e.table, e.action) for e in history(database, RecordKind.INTERVIEW, interview.id)]
    for table in ("interview", "interviewee_identity"):
        assert (table, AuditAction.DELETE) in actions
        assert (table, AuditAction.RESTORE) in actions


def test_linked_evidence_is_part_of_the_finding_history(
    database: Database, place: Place, interview: Interview
) -> None:
    with database.begin() as session:
        finding = add_finding(
            session,
            place.visit_id,
            FindingFields(area=FindingArea.TREATMENT, title="Beatings"),
        )
    with database.begin() as session:
        update_finding(session, finding.id, evidence=(interview.id,))
    latest = history(database, RecordKind.FINDING, finding.id)[0]
    assert changes(latest)["evidence"] == ([], [interview.id])


def test_identity_values_never_enter_the_trail_but_each_reveal_does(
    database: Database, place: Place, interview: Interview
) -> None:
    database.member = "Ana"
    with database.begin() as session:
        set_identity(session, interview.id, "Jonas Petrauskas")
    with database.begin() as session:
        set_identity(session, interview.id, "Jonas P. Petrauskas")
    with database.begin() as session:
        assert reveal_identity(session, interview.id) == "Jonas P. Petrauskas"
    with database.begin() as session:
        export_document(session, place.visit_id, identities=True)
    events = history(database, RecordKind.INTERVIEW, interview.id)
    reveals = [changes(e)["identity"] for e in events if e.action is AuditAction.REVEAL_IDENTITY]
    assert reveals == [("", "exported"), ("", "shown")]
    identity_edits = [changes(e)["identity"] for e in events if e.table == "interviewee_identity"]
    assert identity_edits == [(WITHHELD, WITHHELD), (None, WITHHELD)]
    with database.begin() as session:
        stored = session.execute(sa.text("SELECT changes FROM audit_event")).scalars().all()
    assert not any("Petrauskas" in text for text in stored)


def test_a_failed_write_leaves_no_event(database: Database, interview: Interview) -> None:
    before = history(database, RecordKind.INTERVIEW, interview.id)
    try:
        with database.begin() as session:
            update_interview(session, interview.id, notes="lost")
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert history(database, RecordKind.INTERVIEW, interview.id) == before


def test_imported_records_say_so(
    database: Database, place: Place, interview: Interview, tmp_path: Path
) -> None:
    from spt_field.db.session import create_database
    from spt_field.interchange.import_json import import_document

    with database.begin() as session:
        document = json.loads(json.dumps(export_document(session, place.visit_id)))
    other = create_database(tmp_path / "hq.sptdb", "another long passphrase")
    try:
        with other.begin() as session:
            import_document(session, document)
        [event] = history(other, RecordKind.INTERVIEW, interview.id)
        assert event.action is AuditAction.IMPORT
        assert event.device_id == other.device_id
        assert uuid.UUID(event.id).version == 4 and str(uuid.UUID(event.id)) == event.id
    finally:
        other.close()


def test_codes_come_back_as_their_code_list_members(database: Database, place: Place) -> None:
    with database.begin() as session:
        update_place(session, place.id, place_type=PlaceType.POLICE)
    latest = history(database, RecordKind.PLACE, place.id)[0]
    assert changes(latest)["place_type"] == (PlaceType.PRISON, PlaceType.POLICE)
