"""The country's register of places and the visit's programme travel in bundles and merge
field by field."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from spt_field.db.session import Database
from spt_field.domain.values import ProgrammeEntryFields
from spt_field.services.places_register import (
    import_register_list,
    register_of_country,
    update_registered_place,
)
from spt_field.services.programme import (
    add_programme_entry,
    programme_for_visit,
    update_programme_entry,
)
from spt_field.services.visits import get_visit
from tests.support.laptops import MEMBERS, canonical, first_visit, laptop, receiving, send


def test_register_and_programme_edits_on_both_laptops_merge(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, _place_id, _interview_id = first_visit(ilse)
    with ilse.begin() as session:
        visit = get_visit(session, visit_id)
        [lorvik] = import_register_list(
            session, visit.country, [["name", "type"], ["Lorvik prison", "prison"]]
        )
        entry = add_programme_entry(
            session,
            visit_id,
            ProgrammeEntryFields(day=visit.start_date, starts_at=time(9), register_id=lorvik.id),
        )
    send(ilse, tomas, visit_id, tmp_path)
    with tomas.begin() as session:
        update_programme_entry(session, entry.id, team="Team B")
        update_registered_place(session, lorvik.id, region="North")
    with ilse.begin() as session:
        update_programme_entry(session, entry.id, notes="Bring the register of arrivals.")
        update_registered_place(session, lorvik.id, capacity=300)
    send(tomas, ilse, visit_id, tmp_path)
    send(ilse, tomas, visit_id, tmp_path)
    for database in (ilse, tomas):
        with database.begin() as session:
            [merged] = programme_for_visit(session, visit_id)
            [registered] = register_of_country(session, visit.country)
        assert (merged.team, merged.notes) == ("Team B", "Bring the register of arrivals.")
        assert (registered.region, registered.capacity) == ("North", 300)
        assert merged.day == visit.start_date and isinstance(merged.day, date)
    assert canonical(ilse, visit_id) == canonical(tomas, visit_id)
    ilse.close()
