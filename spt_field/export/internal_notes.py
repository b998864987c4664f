"""Internal visit notes: the delegation's interview notes per place, a document that never leaves
the delegation (domain.md section 7) and so is headed as such on every page.

Persons appear under their pseudonyms only: identities are never read here. Interviews whose
person is at risk of reprisals are marked. The findings are listed first with the evidence the
reports never cite (the interviews by pseudonym, the delegation's own sources), those withheld
from the reports marked. Notes of an interview whose consent scope is "none"
are withheld: nothing from them may be used, not even in a printout for the delegation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from spt_field.domain.catalogue import label
from spt_field.domain.codes import ConsentScope
from spt_field.domain.countries import country_name
from spt_field.domain.values import Finding, Interview, Place
from spt_field.export import pdf_styles as st
from spt_field.export.glyph_check import check_drawable
from spt_field.export.notes_photos import PhotoNote, photo_flowables, selected_photos
from spt_field.export.pdf import DocumentInfo, PageFurniture, typeset
from spt_field.export.report_wording import ENGLISH, ReportWording
from spt_field.export.withholding import finding_withholding
from spt_field.services.allegations import list_allegations_for_visit
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.places import list_places_for_visit
from spt_field.services.visits import get_visit

NOTES_TITLE = "Internal visit notes \u2014 not for transmission"


@dataclass(frozen=True)
class InterviewNote:
    pseudonym: str
    category: str  # the interviewee category's label
    consent: str  # the consent scope's label
    reprisal_risk: bool
    notes: str  # "" when none were recorded, or when they are withheld
    withheld: bool = False  # consent "none": the notes may not be used at all


@dataclass(frozen=True)
class PlaceNotes:
    name: str
    place_type: str  # the place type's label
    date: str  # "28 January 2019", or ""
    interviews: tuple[InterviewNote, ...]


@dataclass(frozen=True)
class FindingSources:
    """A finding with the evidence the reports never cite: interviews by pseudonym, and the
    delegation's own sources; `withheld` when no source of it may be used in a report."""

    title: str
    place: str  # "" for a finding on no particular place
    interviews: tuple[str, ...]  # pseudonyms
    other_sources: tuple[str, ...]  # labels ("Direct observation")
    withheld: bool


@dataclass(frozen=True)
class NotesLabels:
    """The document's own wording, for a translation to replace."""

    title: str = NOTES_TITLE
    watermark: str = "INTERNAL"
    page_label: str = "Page {page} of {pages}"
    person: str = "Person {pseudonym}"
    consent: str = "consent: {consent}"
    reprisal_risk: str = "AT RISK OF REPRISALS"
    no_notes: str = "No notes recorded."
    withheld: str = "Notes withheld: the person did not consent to any use."
    no_interviews: str = "No interviews recorded."
    findings: str = "Findings and their sources"
    interviews: str = "Interviews with persons {pseudonyms}"
    no_sources: str = "No source recorded."
    withheld_finding: str = "WITHHELD FROM THE REPORTS: no source may be used"
    photos: str = "Photographs"
    person_owner: str = "person {pseudonym}"


@dataclass(frozen=True)
class InternalNotes:
    visit_title: str
    places: tuple[PlaceNotes, ...]
    findings: tuple[FindingSources, ...] = ()
    #: The photographs chosen for the notes whose consent allows any use.
    photos: tuple[PhotoNote, ...] = ()
    labels: NotesLabels = NotesLabels()
    language: str = "en"


def build_internal_notes(
    session: Session, visit_id: str, wording: ReportWording = ENGLISH
) -> InternalNotes:
    """The visit's places in visiting order, each with its interviews under pseudonyms."""
    visit = get_visit(session, visit_id)
    language = wording.language
    country = country_name(visit.country, language)
    dates = wording.date_range(visit.start_date, visit.end_date)
    by_place: dict[str, list[InterviewNote]] = defaultdict(list)
    interviews = list_interviews_for_visit(session, visit_id)
    for interview in interviews:
        by_place[interview.place_id].append(_interview_note(interview, language))
    visit_places = list_places_for_visit(session, visit_id)
    places = tuple(
        PlaceNotes(
            name=place.name,
            place_type=label(place.place_type, language),
            date=wording.date(place.visited_on) if place.visited_on else "",
            interviews=tuple(by_place[place.id]),
        )
        for place in visit_places
    )
    names = {place.id: place.name for place in visit_places}
    visit_findings = list_findings_for_visit(session, visit_id)
    findings = tuple(
        _finding_sources(finding, interviews, names, language) for finding in visit_findings
    )
    owners = _owner_names(visit_places, interviews, visit_findings)
    by_interview = {interview.id: owners[interview.id] for interview in interviews}
    owners.update(
        (allegation.id, by_interview[allegation.interview_id])
        for allegation in list_allegations_for_visit(session, visit_id)
        if allegation.interview_id in by_interview
    )
    photos = selected_photos(session, visit_id, owners)
    return InternalNotes(
        visit_title=f"{country}, {dates}",
        places=places,
        findings=findings,
        photos=photos,
        language=language,
    )


def _owner_names(
    places: list[Place], interviews: list[Interview], findings: list[Finding]
) -> dict[str, str]:
    """Record id -> how the notes name it under a photograph (persons by pseudonym)."""
    labels = NotesLabels()
    names = {place.id: place.name for place in places}
    names.update(
        (interview.id, labels.person_owner.format(pseudonym=interview.pseudonym))
        for interview in interviews
    )
    names.update((finding.id, finding.title) for finding in findings)
    return names


def _finding_sources(
    finding: Finding, interviews: list[Interview], places: dict[str, str], language: str
) -> FindingSources:
    by_id = {interview.id: interview for interview in interviews}
    return FindingSources(
        title=finding.title,
        place=places.get(finding.place_id or "", ""),
        interviews=tuple(by_id[i].pseudonym for i in finding.evidence if i in by_id),
        other_sources=tuple(label(source, language) for source in finding.sources),
        withheld=bool(finding_withholding(finding, by_id)),
    )


def _interview_note(interview: Interview, language: str) -> InterviewNote:
    withheld = interview.consent is ConsentScope.NONE
    return InterviewNote(
        pseudonym=interview.pseudonym,
        category=label(interview.category, language),
        consent=label(interview.consent, language),
        reprisal_risk=interview.reprisal_risk,
        notes="" if withheld else interview.notes,
        withheld=withheld,
    )


def render_internal_notes(notes: InternalNotes, stream: BinaryIO) -> None:
    """Typeset `notes` as an A4 PDF into `stream`, its title as the header of every page;
    UserError if a text holds characters no embedded font draws."""
    st.register_fonts()
    check_drawable(_texts(notes))
    labels = notes.labels
    story: list[Any] = [
        Paragraph(st.markup(labels.title), st.NOTES_TITLE),
        Paragraph(st.markup(notes.visit_title), st.NOTES_SUBTITLE),
    ]
    story.extend(_findings_story(notes.findings, labels))
    for place in notes.places:
        story.append(Paragraph(st.markup(place.name), st.NOTES_PLACE))
        details = " \u2014 ".join(part for part in (place.place_type, place.date) if part)
        story.append(Paragraph(st.markup(details), st.NOTES_PLACE_DETAILS))
        if not place.interviews:
            story.append(Paragraph(st.markup(labels.no_interviews), st.NOTES_TEXT))
        for interview in place.interviews:
            story.extend(_interview_story(interview, labels))
    if notes.photos:
        story.append(Paragraph(st.markup(labels.photos), st.NOTES_PLACE))
        story.extend(photo_flowables(notes.photos))
    typeset(
        stream,
        story,
        PageFurniture(labels.title, labels.watermark, labels.page_label),
        DocumentInfo(title=labels.title, subject=notes.visit_title, language=notes.language),
    )


def _findings_story(findings: tuple[FindingSources, ...], labels: NotesLabels) -> list[Any]:
    if not findings:
        return []
    story: list[Any] = [Paragraph(st.markup(labels.findings), st.NOTES_PLACE)]
    for finding in findings:
        title = " \u2014 ".join(part for part in (finding.title, finding.place) if part)
        style = st.NOTES_RISK if finding.withheld else st.NOTES_INTERVIEW
        heading = [f"<b>{st.markup(title)}</b>"]
        if finding.withheld:
            heading.insert(0, st.markup(labels.withheld_finding))
        story.append(Paragraph(" \u2014 ".join(heading), style))
        sources = list(finding.other_sources)
        if finding.interviews:
            pseudonyms = ", ".join(finding.interviews)
            sources.insert(0, labels.interviews.format(pseudonyms=pseudonyms))
        line = "; ".join(sources) or labels.no_sources
        story.append(Paragraph(st.markup(line), st.NOTES_TEXT))
    return story


def _texts(notes: InternalNotes) -> list[tuple[str, str]]:
    found = [("the notes' title", notes.visit_title)]
    found.extend((f"the finding '{f.title}'", f.title) for f in notes.findings)
    found.extend(("a photograph's caption", photo.line) for photo in notes.photos)
    for place in notes.places:
        found.append((f"the notes on {place.name}", place.name))
        for interview in place.interviews:
            where = f"the notes of person {interview.pseudonym} at {place.name}"
            found.extend((where, text) for text in (interview.pseudonym, interview.notes))
    return found


def _interview_story(interview: InterviewNote, labels: NotesLabels) -> list[Any]:
    heading = [
        f"<b>{st.markup(labels.person.format(pseudonym=interview.pseudonym))}</b>",
        st.markup(interview.category),
        st.markup(labels.consent.format(consent=interview.consent)),
    ]
    style = st.NOTES_INTERVIEW
    if interview.reprisal_risk:
        heading.insert(0, st.markup(labels.reprisal_risk))
        style = st.NOTES_RISK
    story = [Paragraph(" \u2014 ".join(heading), style)]
    lines = [line for line in interview.notes.splitlines() if line.strip()]
    if not lines:
        lines = [labels.withheld if interview.withheld else labels.no_notes]
    story.extend(Paragraph(st.markup(line), st.NOTES_TEXT) for line in lines)
    return story
