"""The profile of a visit's country travels in the visit's bundles, merges field by field (by
country, whichever laptop recorded it first) and a field changed on both laptops is a conflict
to resolve."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spt_field.db.session import Database
from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit, profile_to_json
from spt_field.services.conflicts import open_conflicts, resolve_conflict
from spt_field.services.country_profiles import get_country_profile, save_country_profile
from tests.support.laptops import MEMBERS, canonical, first_visit, laptop, receiving, send

PROFILE = CountryProfileFields(
    country="XRU",
    protocol_ratified_on=date(2008, 6, 3),
    previous_visits=(PreviousVisit(2011, "CAT/OP/XRU/1"),),
)


def test_the_profile_reaches_the_other_laptop_and_edits_merge(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, _place_id, _interview_id = first_visit(ilse)
    with ilse.begin() as session:
        save_country_profile(session, PROFILE)
        # Another country's profile stays home.
        save_country_profile(session, CountryProfileFields(country="CHE", npm_body="the NCPT"))
    send(ilse, tomas, visit_id, tmp_path)
    with tomas.begin() as session:
        assert get_country_profile(session, "CHE") is None
        received = get_country_profile(session, "XRU")
        assert received is not None and received.previous_visits == PROFILE.previous_visits
        save_country_profile(
            session, CountryProfileFields(**{**vars(PROFILE), "npm_body": "the NPM"})
        )
    with ilse.begin() as session:
        save_country_profile(
            session,
            CountryProfileFields(**{**vars(PROFILE), "convention_ratified_on": date(1996, 3, 12)}),
        )
    send(tomas, ilse, visit_id, tmp_path)
    send(ilse, tomas, visit_id, tmp_path)
    for database in (ilse, tomas):
        with database.begin() as session:
            merged = get_country_profile(session, "XRU")
            assert open_conflicts(session, visit_id) == []
        assert merged is not None
        assert (merged.npm_body, merged.convention_ratified_on) == ("the NPM", date(1996, 3, 12))
    assert canonical(ilse, visit_id) == canonical(tomas, visit_id)
    ilse.close()


def test_profiles_recorded_apart_merge_by_country_and_conflict_field_by_field(
    tmp_path: Path, database: Database
) -> None:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = receiving(database, MEMBERS[1])
    visit_id, _place_id, _interview_id = first_visit(ilse)
    send(ilse, tomas, visit_id, tmp_path)
    with ilse.begin() as session:
        save_country_profile(
            session, CountryProfileFields(country="XRU", npm_body="the Ombudsperson")
        )
    with tomas.begin() as session:
        save_country_profile(
            session, CountryProfileFields(country="XRU", npm_body="the Commission")
        )
    send(tomas, ilse, visit_id, tmp_path)
    with ilse.begin() as session:
        conflicts = open_conflicts(session, visit_id)
        assert [conflict.field for conflict in conflicts] == ["npm_body"]
        assert sorted(side.value for side in conflicts[0].sides) == [
            "the Commission",
            "the Ombudsperson",
        ]
        assert conflicts[0].title == "XRU"
        resolve_conflict(session, conflicts[0].id, "the Commission")
    with ilse.begin() as session:
        assert open_conflicts(session, visit_id) == []
        resolved = get_country_profile(session, "XRU")
    assert resolved is not None and resolved.npm_body == "the Commission"
    send(ilse, tomas, visit_id, tmp_path)
    # Each laptop keeps its own record of the country (merged by country, not by id).
    with tomas.begin() as session:
        theirs = get_country_profile(session, "XRU")
        assert open_conflicts(session, visit_id) == []
    assert theirs is not None and profile_to_json(theirs) == profile_to_json(resolved)
    ilse.close()
