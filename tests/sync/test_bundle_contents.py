"""What goes into a bundle: records imported from plain JSON travel too, --since-last holds
only what changed for that recipient, and a bundle that builds on one not imported is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import InterviewFields, PlaceFields
from spt_field.errors import UserError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.services.conflicts import count_open_conflicts
from spt_field.services.interviews import record_interview, set_identity
from spt_field.services.places import add_place, get_place, update_place
from spt_field.sync import export_bundle, has_exported_bundle, import_bundle
from tests.support.interchange_sample import valid_document
from tests.support.laptops import (
    BUNDLE_PASSPHRASE,
    MEMBERS,
    canonical,
    first_visit,
    laptop,
    receiving,
    send,
)


def test_records_from_a_json_import_travel_and_merge(tmp_path: Path, database: Database) -> None:
    office = laptop(tmp_path / "office.sptdb", MEMBERS[0])
    field = receiving(database, MEMBERS[1])
    with office.begin() as session:
        (visit_id,) = import_document(session, valid_document()).visit_ids
    send(office, field, visit_id, tmp_path)
    with field.begin() as session:
        place_id = export_document(session, visit_id)["visits"][0]["places"][0]["id"]
        update_place(session, place_id, region="North")
    summary = send(field, office, visit_id, tmp_path)
    assert summary.counts[RecordKind.PLACE].updated == 1
    assert canonical(office, visit_id) == canonical(field, visit_id)
    with office.begin() as session:
        assert get_place(session, place_id).region == "North"
        assert count_open_conflicts(session, visit_id) == 0
    office.close()


def test_since_last_holds_only_what_changed_for_that_recipient(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, place_id, _interview = first_visit(ilse)
    path = tmp_path / "to-tomas.sptbundle"
    assert not has_exported_bundle(ilse)
    first = export_bundle(
        ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas", since_last=True
    )
    assert has_exported_bundle(ilse)
    assert not first.since_last
    assert first.counts[RecordKind.PLACE] == 1
    import_bundle(tomas, path, BUNDLE_PASSPHRASE)
    with ilse.begin() as session:
        update_place(session, place_id, region="North")
    second = export_bundle(
        ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas", since_last=True
    )
    assert second.since_last
    assert dict(second.counts) == {RecordKind.PLACE: 1}
    import_bundle(tomas, path, BUNDLE_PASSPHRASE)
    assert canonical(tomas, visit_id) == canonical(ilse, visit_id)
    ilse.close()


def test_a_bundle_building_on_one_not_imported_is_refused_untouched(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, _place, _interview = first_visit(ilse)
    send(ilse, tomas, visit_id, tmp_path)
    path = tmp_path / "to-tomas.sptbundle"
    export_bundle(ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas")
    with ilse.begin() as session:
        place = add_place(
            session, visit_id, PlaceFields(name="Police 3", place_type=PlaceType.POLICE)
        )
    export_bundle(ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas", since_last=True)
    with ilse.begin() as session:
        record_interview(session, place.id, InterviewFields(pseudonym="B"))
    export_bundle(ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="Tomas", since_last=True)
    before = canonical(tomas, visit_id)
    with pytest.raises(UserError, match="import that one first"):
        import_bundle(tomas, path, BUNDLE_PASSPHRASE)
    assert canonical(tomas, visit_id) == before
    ilse.close()


def test_showing_an_identity_is_not_an_edit_that_travels(tmp_path: Path) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    visit_id, _place, interview_id = first_visit(ilse)
    with ilse.begin() as session:
        set_identity(session, interview_id, "Jon Doe")
    path = tmp_path / "b.sptbundle"
    export_bundle(ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="HQ")
    with ilse.begin() as session:
        export_document(session, visit_id)  # notes that identities were exported
    again = export_bundle(ilse, visit_id, path, BUNDLE_PASSPHRASE, recipient="HQ", since_last=True)
    assert again.records == 0
    ilse.close()
