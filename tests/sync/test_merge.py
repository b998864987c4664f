"""Merging bundles between two laptops: what changed on one side travels, what changed on both
sides is merged field by field, and nothing is overwritten silently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import DelegationRole, Gender, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    DelegationMemberFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
)
from spt_field.errors import ValidationError
from spt_field.services.conflicts import (
    conflicted_records,
    count_open_conflicts,
    open_conflict_counts,
    open_conflicts,
    resolve_conflict,
)
from spt_field.services.delegation import (
    add_member,
    add_person_met,
    get_member,
    get_person_met,
    update_member,
    update_person_met,
)
from spt_field.services.history import record_history
from spt_field.services.interviews import (
    delete_interview,
    get_interview,
    list_interviews_for_visit,
    record_interview,
    reveal_identity,
    set_identity,
    update_interview,
)
from spt_field.services.places import add_place, get_place, list_places_for_visit, update_place
from spt_field.sync import export_bundle, import_bundle
from tests.support.laptops import BUNDLE_PASSPHRASE, MEMBERS, canonical, first_visit, laptop, send


@dataclass
class Pair:
    ilse: Database
    tomas: Database
    visit_id: str
    place_id: str
    interview_id: str
    folder: Path


@pytest.fixture
def pair(tmp_path: Path, database: Database) -> Iterator[Pair]:
    """Ilse records a visit and sends it whole to Tomas (headquarters: a laptop, or the server)."""
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = database
    tomas.member = MEMBERS[1]
    visit_id, place_id, interview_id = first_visit(ilse)
    send(ilse, tomas, visit_id, tmp_path)
    yield Pair(ilse, tomas, visit_id, place_id, interview_id, tmp_path)
    ilse.close()


def test_headquarters_receives_a_visit_it_did_not_hold(pair: Pair) -> None:
    assert canonical(pair.tomas, pair.visit_id) == canonical(pair.ilse, pair.visit_id)


def test_a_change_made_on_one_side_only_is_taken(pair: Pair) -> None:
    with pair.tomas.begin() as session:
        update_place(session, pair.place_id, region="North")
    summary = send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    assert summary.counts[RecordKind.PLACE].updated == 1
    with pair.ilse.begin() as session:
        assert get_place(session, pair.place_id).region == "North"
        assert count_open_conflicts(session, pair.visit_id) == 0


def test_changes_to_different_fields_on_both_sides_are_both_kept(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        update_place(session, pair.place_id, region="North")
    with pair.tomas.begin() as session:
        update_place(session, pair.place_id, population=151)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        with database.begin() as session:
            place = get_place(session, pair.place_id)
            assert (place.region, place.population) == ("North", 151)
            assert count_open_conflicts(session, pair.visit_id) == 0


def test_the_same_field_changed_on_both_sides_is_a_conflict_resolved_once(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        update_interview(session, pair.interview_id, notes="Ilse's notes")
    with pair.tomas.begin() as session:
        update_interview(session, pair.interview_id, notes="Tomas's notes")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        (conflict,) = open_conflicts(session, pair.visit_id)
        assert conflicted_records(session, pair.visit_id) == {
            (RecordKind.INTERVIEW, pair.interview_id)
        }
        assert open_conflict_counts(session) == {pair.visit_id: 1}
        shown_on_ilse = get_interview(session, pair.interview_id).notes
    assert (conflict.kind, conflict.field, conflict.title) == (RecordKind.INTERVIEW, "notes", "A")
    assert {(side.value, side.member) for side in conflict.sides} == {
        ("Ilse's notes", MEMBERS[0]),
        ("Tomas's notes", MEMBERS[1]),
    }
    with pair.tomas.begin() as session:
        assert get_interview(session, pair.interview_id).notes == shown_on_ilse
        assert [c.id for c in open_conflicts(session, pair.visit_id)] == [conflict.id]
        resolve_conflict(session, conflict.id, "Both: Ilse's and Tomas's notes")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        with database.begin() as session:
            assert open_conflicts(session, pair.visit_id) == []
            notes = get_interview(session, pair.interview_id).notes
            assert notes == "Both: Ilse's and Tomas's notes"


def test_picking_the_value_already_shown_closes_the_conflict_everywhere(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        update_place(session, pair.place_id, name="Lorvik Central Prison")
    with pair.tomas.begin() as session:
        update_place(session, pair.place_id, name="Lorvik Prison No. 1")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        (conflict,) = open_conflicts(session, pair.visit_id)
        resolve_conflict(session, conflict.id, get_place(session, pair.place_id).name)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    assert canonical(pair.ilse, pair.visit_id) == canonical(pair.tomas, pair.visit_id)
    with pair.tomas.begin() as session:
        assert open_conflicts(session, pair.visit_id) == []


def test_a_resolution_that_breaks_a_rule_names_the_field(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        update_place(session, pair.place_id, capacity=100)
    with pair.tomas.begin() as session:
        update_place(session, pair.place_id, capacity=120)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        (conflict,) = open_conflicts(session, pair.visit_id)
        with pytest.raises(ValidationError) as raised:
            resolve_conflict(session, conflict.id, -5)
    assert raised.value.field == "capacity"


def test_a_deletion_that_crossed_an_edit_is_a_conflict_and_the_edit_survives(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        delete_interview(session, pair.interview_id)
    with pair.tomas.begin() as session:
        update_interview(session, pair.interview_id, notes="Seen again on the second day.")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        with database.begin() as session:
            (conflict,) = open_conflicts(session, pair.visit_id)
            assert conflict.field == "deleted"
            assert {(side.value, side.member) for side in conflict.sides} == {
                (True, MEMBERS[0]),
                (False, MEMBERS[1]),
            }
    with pair.tomas.begin() as session:
        resolve_conflict(session, conflict.id, False)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        assert open_conflicts(session, pair.visit_id) == []
        kept = get_interview(session, pair.interview_id)
    assert kept.notes == "Seen again on the second day."


def test_a_deletion_travels_as_a_tombstone(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        delete_interview(session, pair.interview_id)
    summary = send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    assert summary.counts[RecordKind.INTERVIEW].deleted == 1
    with pair.tomas.begin() as session:
        assert list_interviews_for_visit(session, pair.visit_id) == []
        assert count_open_conflicts(session, pair.visit_id) == 0


def test_importing_the_same_bundle_twice_changes_nothing(pair: Pair) -> None:
    with pair.tomas.begin() as session:
        place = add_place(
            session,
            pair.visit_id,
            PlaceFields(name="Police station 3", place_type=PlaceType.POLICE),
        )
        record_interview(session, place.id, InterviewFields(pseudonym="B"))
    path = pair.folder / "twice.sptbundle"
    export_bundle(pair.tomas, pair.visit_id, path, BUNDLE_PASSPHRASE)
    first = import_bundle(pair.ilse, path, BUNDLE_PASSPHRASE)
    after_first = canonical(pair.ilse, pair.visit_id)
    second = import_bundle(pair.ilse, path, BUNDLE_PASSPHRASE)
    assert first.total("added") == 2
    assert second.counts == {}
    assert canonical(pair.ilse, pair.visit_id) == after_first


def test_identities_created_on_both_laptops_merge_as_one(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        set_identity(session, pair.interview_id, "Jon Doe")
    with pair.tomas.begin() as session:
        set_identity(session, pair.interview_id, "John Doe")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        (conflict,) = open_conflicts(session, pair.visit_id)
        assert (conflict.kind, conflict.record_id, conflict.field) == (
            RecordKind.INTERVIEW,
            pair.interview_id,
            "identity",
        )
        resolve_conflict(session, conflict.id, "John Doe")
    with pair.ilse.begin() as session:
        assert reveal_identity(session, pair.interview_id) == "John Doe"
        assert open_conflicts(session, pair.visit_id) == []


def test_history_shows_who_recorded_what_on_the_other_laptop(pair: Pair) -> None:
    with pair.tomas.begin() as session:
        update_place(session, pair.place_id, region="North")
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        events = record_history(session, RecordKind.PLACE, pair.place_id)
        places = list_places_for_visit(session, pair.visit_id)
    assert [p.region for p in places] == ["North"]
    by_member = {(event.member, event.action.value) for event in events}
    assert (MEMBERS[1], "update") in by_member
    assert (MEMBERS[0], "create") in by_member
    (update,) = [event for event in events if event.member == MEMBERS[1]]
    assert update.device_id == pair.tomas.device_id
    assert [(c.field, c.new) for c in update.changes] == [("region", "North")]


def test_a_members_gender_and_a_protocol_rank_merge_like_other_fields(pair: Pair) -> None:
    with pair.ilse.begin() as session:
        member = add_member(session, pair.visit_id, DelegationMemberFields(name="Ada Lind"))
        person = add_person_met(session, pair.visit_id, PersonMetFields(name="Oskan Drevitz"))
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.tomas.begin() as session:
        update_member(session, member.id, gender=Gender.FEMALE)
        update_person_met(session, person.id, protocol_rank=1)
    with pair.ilse.begin() as session:
        update_member(session, member.id, role=DelegationRole.HEAD_OF_DELEGATION)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        with database.begin() as session:
            merged = get_member(session, member.id)
            assert merged.gender is Gender.FEMALE
            assert merged.role is DelegationRole.HEAD_OF_DELEGATION
            assert get_person_met(session, person.id).protocol_rank == 1
            assert count_open_conflicts(session, pair.visit_id) == 0
