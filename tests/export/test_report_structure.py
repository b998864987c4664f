"""The report's sections, their order and content, and the numbering of its paragraphs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import pairwise

from spt_field.db.session import Database
from spt_field.domain.codes import FindingArea, ReportGroup, Severity
from spt_field.domain.report_sections import STANDARD_WORDING, ReportSection
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Paragraph, Report, Subheading
from spt_field.export.report_wording import ENGLISH
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.narratives import set_narrative
from spt_field.services.places import list_places_for_visit
from spt_field.services.visits import update_visit
from tests.export.conftest import TODAY
from tests.support.export import (
    as_typeset,
    finding_paragraphs,
    paragraphs,
    section,
    subheadings,
)


def test_the_seven_sections_come_in_order_with_their_numerals(demo_report: Report) -> None:
    assert [s.code for s in demo_report.sections] == [s.value for s in ReportSection]
    assert [s.numeral for s in demo_report.sections] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert demo_report.sections[5].heading == "Situation of persons deprived of their liberty"


def test_paragraphs_are_numbered_from_one_without_gaps(demo_report: Report) -> None:
    numbers = [p.number for p in demo_report.paragraphs()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_section_ranges_follow_each_other(demo_report: Report) -> None:
    ranges = [s.paragraph_range for s in demo_report.sections]
    assert all(r is not None for r in ranges)
    bounds = [r for r in ranges if r is not None]
    assert bounds[0][0] == 1
    for (_, end), (start, _) in pairwise(bounds):
        assert start == end + 1


def test_introduction_states_mandate_delegation_and_objectives(demo_report: Report) -> None:
    intro = paragraphs(section(demo_report, "introduction"))
    assert intro[0].text == (
        "In accordance with its mandate under articles 11 and 13 of the Optional Protocol, the "
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment "
        "or Punishment undertook a visit to Fictional State XRU from 10 to 21\u00a0March 2019."
    )
    profile = intro[1].text  # the country's profile, tested in test_report_country_profile.py
    assert profile.startswith("The State party ratified the Convention against Torture")
    delegation = intro[2].text
    assert "Marguerite Alvendahl-Osei (head of delegation) and Teodor Quispe-Lindqvist" in (
        delegation
    )
    assert "Ysolde Marangoni-Tveit (medical expert)" in delegation
    assert "Casimir Oyelaran-Vasko of the secretariat" in delegation
    assert "one interpreter and one security officer" in delegation
    objectives = next(p for p in intro if p.items)
    assert objectives.text == "The main objectives of the visit were:"
    assert len(objectives.items) == 4
    assert all(item.endswith(";") for item in objectives.items[:-1])
    assert objectives.items[-1].endswith(".")


def test_introduction_counts_places_and_interviews(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        interviews = list_interviews_for_visit(session, demo_visit.id)
        places = list_places_for_visit(session, demo_visit.id)
    text = paragraphs(section(demo_report, "introduction"))[-1].text
    assert text.startswith(
        "The delegation held meetings with the persons listed in annex I and visited the places "
        "of deprivation of liberty listed in annex II."
    )
    assert len(places) == 9
    assert "visited nine places of deprivation of liberty: two police stations, " in text
    persons = sum(interview.persons for interview in interviews)
    assert f"It conducted {len(interviews)} individual or collective interviews with " in text
    assert f"with {persons} persons: " in text
    detainees = sum(i.persons for i in interviews if i.category == "detainee")
    assert f": {detainees} persons deprived of their liberty, " in text


def test_a_written_introduction_comes_first_then_the_dates(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        set_narrative(
            session, demo_visit.id, ReportSection.INTRODUCTION, "First part.\n\nSecond part."
        )
        report = build_report(session, demo_visit.id, today=TODAY)
    texts = [p.text for p in paragraphs(section(report, "introduction"))]
    assert texts[:3] == [
        "First part.",
        "Second part.",
        "The visit took place from 10 to 21\u00a0March 2019.",
    ]
    assert not any("In accordance with its mandate" in text for text in texts)


def test_facilitation_names_each_place_with_an_obstruction(demo_report: Report) -> None:
    facilitation = paragraphs(section(demo_report, "facilitation"))
    assert facilitation[0].text == STANDARD_WORDING[ReportSection.FACILITATION]
    assert facilitation[1].text.startswith(
        "Saltmere Prison No. 4 (12\u00a0March 2019): The disciplinary"
    )
    assert facilitation[2].text.startswith("Police Station No. 2, Vessany (13\u00a0March 2019): ")
    assert len(facilitation) == 3


def test_every_finding_is_one_paragraph_in_the_section_of_its_area(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        findings = list_findings_for_visit(session, demo_visit.id)
    own_sections = {"reprisals": "reprisals", "npm": "npm", "legal_framework": "legal_framework"}
    placed = finding_paragraphs(demo_report)
    assert set(placed) == {f.id for f in findings}
    for finding in findings:
        expected = own_sections.get(finding.area.value, "situation")
        assert placed[finding.id] in paragraphs(section(demo_report, expected))
        assert placed[finding.id].text.startswith(finding.title)
        assert as_typeset(finding.text) in placed[finding.id].text
        assert not placed[finding.id].bold


def test_situation_has_general_observations_then_place_groups_in_order(
    demo_report: Report,
) -> None:
    headings = subheadings(section(demo_report, "situation"), level=1)
    assert headings[0] == "A. General observations"
    labels = [heading.split(". ", 1)[1] for heading in headings[1:]]
    assert labels == [group.label for group in ReportGroup if group.label in labels]
    assert labels[:2] == ["Prisons", "Police stations"]
    assert [heading[0] for heading in headings] == list("ABCDEFG"[: len(headings)])


def test_situation_findings_sit_under_their_group_by_area_then_severity(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    with database.begin() as session:
        findings = {f.id: f for f in list_findings_for_visit(session, demo_visit.id)}
        places = {p.id: p for p in list_places_for_visit(session, demo_visit.id)}
    group = area = ""
    areas: defaultdict[str, list[FindingArea]] = defaultdict(list)
    ranks: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for block in section(demo_report, "situation").blocks:
        if isinstance(block, Subheading):
            group, area = (block.text, "") if block.level == 1 else (group, block.text)
            continue
        if block.finding_id is None:
            continue
        finding = findings[block.finding_id]
        place = places.get(finding.place_id or "")
        assert group.endswith(
            place.place_type.report_group.label if place else "General observations"
        )
        assert area.split(". ", 1)[1] == ENGLISH.area_headings[finding.area]
        if finding.area not in areas[group]:
            areas[group].append(finding.area)
        ranks[(group, area)].append(list(Severity).index(finding.severity))
    for in_group in areas.values():
        assert in_group == sorted(in_group, key=list(FindingArea).index)
    for in_area in ranks.values():
        assert in_area == sorted(in_area, reverse=True)


def test_next_steps_ask_for_a_reply_without_a_date_before_transmission(
    demo_report: Report,
) -> None:
    steps = paragraphs(section(demo_report, "next_steps"))
    assert steps[0].text.startswith(
        "The Subcommittee requests that the State party provide a reply to the present report "
        "within six months of the date of its transmission, giving a full account"
    )
    assert "article 16 (2)" in steps[1].text


def test_next_steps_give_the_due_date_six_months_after_transmission(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        update_visit(session, demo_visit.id, transmitted_on=date(2019, 8, 31))
        report = build_report(session, demo_visit.id, today=TODAY)
    assert (
        "that is by 29\u00a0February 2020, giving"
        in paragraphs(section(report, "next_steps"))[0].text
    )


def test_a_set_reply_date_wins_over_six_months(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        update_visit(
            session,
            demo_visit.id,
            transmitted_on=date(2019, 5, 15),
            reply_due_on=date(2019, 12, 1),
        )
        report = build_report(session, demo_visit.id, today=TODAY)
    assert "that is by 1\u00a0December 2019," in paragraphs(section(report, "next_steps"))[0].text


def test_a_written_next_steps_narrative_comes_before_the_reply_request(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        set_narrative(session, demo_visit.id, ReportSection.NEXT_STEPS, "Our own words.")
        report = build_report(session, demo_visit.id, today=TODAY)
    steps = paragraphs(section(report, "next_steps"))
    assert steps[0].text == "Our own words."
    assert steps[1].text.startswith("The Subcommittee requests that the State party")


def test_an_empty_visit_gives_a_report_with_every_section(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    assert len(report.sections) == 7
    assert [p.number for p in report.paragraphs()] == list(range(1, len(report.paragraphs()) + 1))
    assert all(not annex.groups for annex in report.annexes)
    assert not subheadings(section(report, "situation"), level=1)
    intro = paragraphs(section(report, "introduction"))
    assert len(intro) == 1
    assert isinstance(intro[0], Paragraph)
