"""Annex I (persons met, by category) and annex II (places visited, by type)."""

from __future__ import annotations

from spt_field.db.session import Database
from spt_field.domain.codes import PersonMetCategory, PlaceType
from spt_field.domain.values import PersonMetFields, PlaceFields, Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Report
from spt_field.export.report_wording import ENGLISH
from spt_field.services.delegation import add_person_met, list_persons_met
from spt_field.services.places import add_place, list_places_for_visit
from tests.support.export import as_typeset


def test_annex_one_lists_every_person_met_under_their_category(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        persons = list_persons_met(session, demo_visit.id)
    annex = demo_report.annexes[0]
    assert annex.numeral == "I"
    assert annex.heading == "List of persons with whom the Subcommittee met"
    headings = [group.heading for group in annex.groups]
    assert headings == [c.label for c in PersonMetCategory if any(p.category is c for p in persons)]
    lines = {group.heading: group.lines for group in annex.groups}
    for person in persons:
        line = as_typeset(f"{person.name}, {person.title}, {person.institution}")
        assert lines[person.category.label].count(line) == 1
    assert sum(len(group.lines) for group in annex.groups) == len(persons)


def test_annex_two_lists_every_place_visited_under_its_type(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        places = list_places_for_visit(session, demo_visit.id)
    annex = demo_report.annexes[1]
    assert annex.numeral == "II"
    assert annex.heading == "List of places of deprivation of liberty visited by the Subcommittee"
    used = [t for t in PlaceType if any(p.place_type is t for p in places)]
    assert [g.heading for g in annex.groups] == [
        ENGLISH.place_type_forms[t][1].capitalize() for t in used
    ]
    lines = [line for group in annex.groups for line in group.lines]
    assert len(lines) == len(places)
    for place in places:
        assert place.visited_on is not None
        # Never the day: it would date each interview at the place.
        assert f"{place.name}, {place.region}" in lines
        assert ENGLISH.date(place.visited_on) not in " ".join(lines)
    assert annex.groups[0].lines == (
        "Central District Police Station, Lorvik, Capital District",
        "Police Station No. 2, Vessany, Northern Province",
    )


def test_annex_lines_skip_empty_parts(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        add_person_met(session, visit.id, PersonMetFields(name="Ada Quorn"))
        add_place(session, visit.id, PlaceFields(name="Cell block", place_type=PlaceType.OTHER))
        report = build_report(session, visit.id)
    assert report.annexes[0].groups[0].heading == "Other"
    assert report.annexes[0].groups[0].lines == ("Ada Quorn",)
    assert report.annexes[1].groups[0].lines == ("Cell block",)
