"""The register of places of a country: imported whole from the NPM's list, linked from the
visits' places, last visited and times visited counted from those visits."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import PlaceType, VisitStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import Place, PlaceFields, Visit, VisitFields
from spt_field.errors import InvalidDataError, UserError
from spt_field.interchange.export_json import export_document
from spt_field.services.history import record_history
from spt_field.services.places import add_place, delete_place, get_place, update_place
from spt_field.services.places_register import (
    delete_registered_place,
    import_register_list,
    matching_entry,
    register_of_country,
)
from spt_field.services.visits import create_visit

LIST = [
    ["Name", "Type", "Region", "Capacity"],
    ["Central Prison of Lorvik", "prison", "North", "120"],
    ["Brask police station", "police", "South", ""],
]


def _second_visit(database: Database) -> Visit:
    with database.begin() as session:
        return create_visit(
            session,
            VisitFields(
                country="XRU",
                status=VisitStatus.COMPLETED,
                start_date=date(2023, 5, 2),
                end_date=date(2023, 5, 9),
            ),
        )


def test_import_adds_the_list_and_updates_what_is_known(database: Database) -> None:
    with database.begin() as session:
        import_register_list(session, "XRU", LIST)
    with database.begin() as session:
        again = [LIST[0], ["Central Prison of Lorvik", "pretrial", "North", "140"]]
        import_register_list(session, "XRU", again)
        entries = register_of_country(session, "XRU")
    assert [(e.name, e.place_type, e.capacity) for e in entries] == [
        ("Central Prison of Lorvik", PlaceType.PRETRIAL, 140),
        ("Brask police station", PlaceType.POLICE, None),
    ]


def test_a_list_with_a_bad_row_imports_nothing(database: Database) -> None:
    bad = [*LIST, ["Harbour cells", "boat", "", ""]]
    with pytest.raises(InvalidDataError), database.begin() as session:
        import_register_list(session, "XRU", bad)
    with database.begin() as session:
        assert register_of_country(session, "XRU") == []


def test_visits_are_counted_from_the_linked_places(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        import_register_list(session, "XRU", LIST)
        lorvik = matching_entry(session, "XRU", "central prison of  LORVIK")
        assert lorvik is not None
        assert (lorvik.last_visited, lorvik.times_visited) == (None, 0)
        update_place(session, place.id, register_id=lorvik.id)
    later = _second_visit(database)
    with database.begin() as session:
        again = add_place(
            session,
            later.id,
            PlaceFields(name="Lorvik prison", place_type=PlaceType.PRISON, register_id=lorvik.id),
        )
        [entry, _] = register_of_country(session, "XRU")
    assert (entry.last_visited, entry.times_visited) == (date(2023, 5, 2), 2)
    with database.begin() as session:
        delete_place(session, again.id)
        [entry, _] = register_of_country(session, "XRU")
    assert (entry.last_visited, entry.times_visited) == (date(2019, 1, 28), 1)


def test_a_place_links_only_to_its_own_countrys_register(database: Database, place: Place) -> None:
    with database.begin() as session:
        [other] = import_register_list(session, "XAB", LIST[:2])
    with pytest.raises(UserError), database.begin() as session:
        update_place(session, place.id, register_id=other.id)


def test_a_deleted_entry_leaves_the_register_and_its_links_the_export(
    database: Database, visit: Visit, place: Place
) -> None:
    with database.begin() as session:
        [lorvik, _] = import_register_list(session, "XRU", LIST)
        update_place(session, place.id, register_id=lorvik.id)
    with database.begin() as session:
        delete_registered_place(session, lorvik.id)
        assert [e.name for e in register_of_country(session, "XRU")] == ["Brask police station"]
        # Kept, so that undoing the deletion brings the link back; never exported.
        assert get_place(session, place.id).register_id == lorvik.id
        document = export_document(session, visit.id)
    assert document["visits"][0]["places"][0]["register_id"] is None
    assert [e["name"] for e in document["places_register"]] == ["Brask police station"]


def test_register_changes_are_in_the_audit_trail(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        [lorvik, _] = import_register_list(session, "XRU", LIST)
    with database.begin() as session:
        history = record_history(session, RecordKind.REGISTERED_PLACE, lorvik.id)
    assert [event.action for event in history] == [AuditAction.CREATE]


def test_a_new_place_is_linked_to_the_entry_with_its_name(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        [_, brask] = import_register_list(session, "XRU", LIST)
        linked = add_place(
            session,
            visit.id,
            PlaceFields(name="brask  Police station", place_type=PlaceType.POLICE),
        )
        unknown = add_place(
            session, visit.id, PlaceFields(name="Harbour cells", place_type=PlaceType.OTHER)
        )
    assert (linked.register_id, unknown.register_id) == (brask.id, None)
