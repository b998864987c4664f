"""Internal visit notes: built from a real database, under pseudonyms only, headed as internal
on every page, reprisal risks marked, notes withheld where consent is "none"."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.codes import ConsentScope, IntervieweeCategory, PlaceType
from spt_field.domain.values import InterviewFields, Place, PlaceFields, Visit
from spt_field.export.internal_notes import (
    NOTES_TITLE,
    InternalNotes,
    InterviewNote,
    PlaceNotes,
    build_internal_notes,
    render_internal_notes,
)
from spt_field.services.interviews import record_interview, set_identity
from spt_field.services.places import add_place

IDENTITY = "Iskren Valmorow, born 1987"
RISK_NOTES = "Fears reprisals: staff said those who talk will stay in block 7."
WITHHELD_NOTES = "Named the officers of the night shift."
LONG_NOTES = "\n".join(
    f"Observation {n}: the register of the disciplinary unit showed no entry for that week."
    for n in range(1, 90)
)


@pytest.fixture
def notes(database: Database, visit: Visit, place: Place) -> InternalNotes:
    with database.begin() as session:
        add_place(
            session,
            visit.id,
            PlaceFields(
                name="Police station of Brevik",
                place_type=PlaceType.POLICE,
                visited_on=date(2019, 1, 30),
            ),
        )
        record_interview(
            session,
            place.id,
            InterviewFields(pseudonym="A", consent=ConsentScope.ANONYMOUS, notes=LONG_NOTES),
        )
        at_risk = record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="B",
                category=IntervieweeCategory.DETAINEE,
                consent=ConsentScope.INTERNAL,
                reprisal_risk=True,
                notes=RISK_NOTES,
            ),
        )
        set_identity(session, at_risk.id, IDENTITY)
        record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="C",
                category=IntervieweeCategory.CUSTODIAL_STAFF,
                consent=ConsentScope.NONE,
                notes=WITHHELD_NOTES,
            ),
        )
    with database.begin() as session:
        return build_internal_notes(session, visit.id)


def render(notes: InternalNotes) -> list[str]:
    stream = io.BytesIO()
    render_internal_notes(notes, stream)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    assert reader.metadata is not None and reader.metadata.title == NOTES_TITLE
    return [page.extract_text() for page in reader.pages]


def test_built_from_the_visit_under_pseudonyms(notes: InternalNotes) -> None:
    assert notes.visit_title == "Fictional State XRU, 27\u00a0January to 7\u00a0February 2019"
    assert [(p.name, p.place_type, p.date) for p in notes.places] == [
        ("Central Prison of Lorvik", "Prison", "28\u00a0January 2019"),
        ("Police station of Brevik", "Police station", "30\u00a0January 2019"),
    ]
    prison, station = notes.places
    assert station.interviews == ()
    assert [(i.pseudonym, i.category, i.reprisal_risk) for i in prison.interviews] == [
        ("A", "Person deprived of liberty", False),
        ("B", "Person deprived of liberty", True),
        ("C", "Custodial staff", False),
    ]
    assert prison.interviews[1].notes == RISK_NOTES
    assert prison.interviews[1].consent == "Delegation use only"
    assert IDENTITY not in repr(notes)


def test_notes_without_consent_are_withheld(notes: InternalNotes) -> None:
    withheld = notes.places[0].interviews[2]
    assert (withheld.withheld, withheld.notes) == (True, "")
    text = " ".join(render(notes))
    assert WITHHELD_NOTES not in text
    assert "Notes withheld" in text


def test_every_page_is_headed_internal(notes: InternalNotes) -> None:
    pages = render(notes)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert page.count(NOTES_TITLE) >= 1
        assert f"Page {number} of {len(pages)}" in page


def test_pseudonyms_and_places_but_never_the_identity(notes: InternalNotes) -> None:
    text = "\n".join(render(notes))
    for pseudonym in ("A", "B", "C"):
        assert f"Person {pseudonym} \u2014" in text
    assert "Central Prison of Lorvik" in text and "No interviews recorded." in text
    assert "Iskren" not in text and "Valmorow" not in text


def test_reprisal_risk_is_marked(notes: InternalNotes) -> None:
    lines = "\n".join(render(notes)).splitlines()
    marked = [line for line in lines if "AT RISK OF REPRISALS" in line]
    assert len(marked) == 1
    assert marked[0].startswith("AT RISK OF REPRISALS \u2014 Person B \u2014")


def test_escapes_user_text() -> None:
    notes = InternalNotes(
        visit_title="Visit <b>&",
        places=(
            PlaceNotes(
                name="Cell <block> & yard",
                place_type="Prison",
                date="",
                interviews=(InterviewNote("D&E", "Other", "No use", False, "a < b & c > d"),),
            ),
        ),
    )
    text = "\n".join(render(notes))
    for literal in ("Visit <b>&", "Cell <block> & yard", "Person D&E", "a < b & c > d"):
        assert literal in text


def test_findings_keep_their_evidence_and_withheld_ones_are_marked(
    database: Database, visit: Visit, place: Place, notes: InternalNotes
) -> None:
    from spt_field.domain.codes import EvidenceSource, FindingArea
    from spt_field.domain.values import FindingFields
    from spt_field.services.findings import add_finding
    from spt_field.services.interviews import list_interviews_for_visit

    with database.begin() as session:
        ids = {i.pseudonym: i.id for i in list_interviews_for_visit(session, visit.id)}
        add_finding(
            session,
            visit.id,
            FindingFields(
                place_id=place.id,
                area=FindingArea.TREATMENT,
                title="Beatings in the yard",
                evidence=(ids["A"], ids["B"]),
                sources=(EvidenceSource.REGISTERS,),
            ),
        )
        add_finding(
            session,
            visit.id,
            FindingFields(area=FindingArea.TREATMENT, title="Threats", evidence=(ids["C"],)),
        )
        built = build_internal_notes(session, visit.id)
    by_title = {f.title: f for f in built.findings}
    yard, threats = by_title["Beatings in the yard"], by_title["Threats"]
    assert (yard.place, yard.interviews, yard.other_sources, yard.withheld) == (
        "Central Prison of Lorvik",
        ("A", "B"),
        ("Registers",),
        False,
    )
    assert (threats.interviews, threats.withheld) == (("C",), True)
    text = " ".join(" ".join(page.split()) for page in render(built))
    assert "Interviews with persons A, B; Registers" in text
    assert "WITHHELD FROM THE REPORTS" in text
