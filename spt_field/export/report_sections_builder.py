"""The seven sections of the visit report, built from a visit's records (no database here).

Paragraphs come out unnumbered and without recommendations: report_builder.py places the
recommendations after their findings, then numbers every paragraph. This is where the consent
and reprisal rules apply to the interviews a finding cites.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from string import ascii_uppercase

from spt_field.domain.codes import (
    DelegationRole,
    FindingArea,
    Gender,
    IntervieweeCategory,
    PlaceType,
    ReportGroup,
    Severity,
)
from spt_field.domain.country_profiles import CountryProfileFields
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import (
    DelegationMember,
    Finding,
    Interview,
    PersonMet,
    Place,
    Recommendation,
    Visit,
)
from spt_field.export.report_model import Addressee, Block, Paragraph, Section, Subheading
from spt_field.export.report_wording import ReportWording

#: Areas with a section of their own; every other area belongs to section VI.
AREA_SECTIONS: dict[FindingArea, ReportSection] = {
    FindingArea.REPRISALS: ReportSection.REPRISALS,
    FindingArea.NPM: ReportSection.NPM,
    FindingArea.LEGAL_FRAMEWORK: ReportSection.LEGAL_FRAMEWORK,
}
_AREA_ORDER = {area: index for index, area in enumerate(FindingArea)}
_URGENT_FIRST = {severity: -index for index, severity in enumerate(Severity)}
_TERMINAL = (".", "!", "?", ":", ";", "。", "！", "？", "：", "；")


@dataclass(frozen=True)
class VisitMaterial:
    """Everything of a visit the report may draw on (identities are not among it)."""

    visit: Visit
    country: str
    members: list[DelegationMember]
    persons_met: list[PersonMet]
    places: list[Place]
    interviews: list[Interview]
    findings: list[Finding]
    recommendations: list[Recommendation]
    #: Only what drafters wrote; an unwritten section reads as its standard wording.
    narratives: dict[ReportSection, str]
    #: What is recorded of the State visited (ratifications, NPM, earlier visits), if anything.
    profile: CountryProfileFields | None = None
    #: The titles of the documents received whose consent allows transmitting them (none in
    #: a report finalized before attachments were listed).
    documents_received: list[str] = field(default_factory=list)


#: The section of the report to the NPM holding the recommendations addressed to it.
NPM_RECOMMENDATIONS = "npm_recommendations"


def build_sections(
    material: VisitMaterial, addressee: Addressee, wording: ReportWording
) -> list[Section]:
    if addressee == "npm":
        return _npm_sections(material, wording)
    builders: dict[ReportSection, Callable[[], list[Block]]] = {
        ReportSection.INTRODUCTION: lambda: _introduction(material, wording),
        ReportSection.FACILITATION: lambda: _facilitation(material, wording),
        ReportSection.REPRISALS: lambda: _area_section(material, FindingArea.REPRISALS, wording),
        ReportSection.NPM: lambda: _area_section(material, FindingArea.NPM, wording),
        ReportSection.LEGAL_FRAMEWORK: lambda: _area_section(
            material, FindingArea.LEGAL_FRAMEWORK, wording
        ),
        ReportSection.SITUATION: lambda: _situation(material, wording),
        ReportSection.NEXT_STEPS: lambda: _next_steps(material, addressee, wording),
    }
    return [
        Section(
            code=section.value,
            numeral=wording.numerals[index],
            heading=wording.section_headings[section],
            blocks=tuple(builders[section]()),
        )
        for index, section in enumerate(ReportSection)
    ]


def _npm_sections(material: VisitMaterial, wording: ReportWording) -> list[Section]:
    """The report to the NPM, a document of its own (as the SPT's reports to NPMs are): the
    introduction, the mechanism, the recommendations to it, next steps. Nothing of the State
    party's report on places of detention is in it."""
    parts: list[tuple[str, str, list[Block]]] = [
        (
            ReportSection.INTRODUCTION.value,
            wording.section_headings[ReportSection.INTRODUCTION],
            _introduction(material, wording, npm=True),
        ),
        (
            ReportSection.NPM.value,
            wording.section_headings[ReportSection.NPM],
            _area_section(material, FindingArea.NPM, wording),
        ),
        (NPM_RECOMMENDATIONS, wording.npm_recommendations_heading, []),
        (
            ReportSection.NEXT_STEPS.value,
            wording.section_headings[ReportSection.NEXT_STEPS],
            _next_steps(material, "npm", wording),
        ),
    ]
    return [
        Section(code=code, numeral=wording.numerals[index], heading=heading, blocks=tuple(blocks))
        for index, (code, heading, blocks) in enumerate(parts)
    ]


def narrative_paragraphs(text: str, *, generated: bool = False) -> list[Block]:
    """A narrative as typed (or the `generated` standard wording), one paragraph per block of
    text between blank lines."""
    parts = (part.strip() for part in text.replace("\r\n", "\n").split("\n\n"))
    return [Paragraph(part, generated=generated) for part in parts if part]


def _narrative(
    material: VisitMaterial, section: ReportSection, wording: ReportWording
) -> list[Block]:
    """What the drafters wrote, as typed; else the section's standard wording in the report's
    language."""
    written = material.narratives.get(section)
    if written is None:
        return narrative_paragraphs(wording.standard_wording[section], generated=True)
    return narrative_paragraphs(written)


# I. Introduction ---------------------------------------------------------------------------


def _introduction(
    material: VisitMaterial, wording: ReportWording, *, npm: bool = False
) -> list[Block]:
    """The drafters' narrative if written, else the mandate sentence (the standard wording made
    specific; in the report to the NPM always its own mandate); then the delegation, the
    objectives, and what the delegation did."""
    visit = material.visit
    dates = wording.date_range(visit.start_date, visit.end_date)
    written = material.narratives.get(ReportSection.INTRODUCTION)
    blocks: list[Block]
    if npm:
        mandate = wording.npm_mandate.format(**wording.countries(material.country), dates=dates)
        blocks = [Paragraph(mandate, generated=True)]
    elif written is None:
        mandate = wording.mandate.format(**wording.countries(material.country), dates=dates)
        blocks = [Paragraph(mandate, generated=True)]
    else:
        blocks = narrative_paragraphs(written)
        blocks.append(Paragraph(wording.visit_dates.format(dates=dates), generated=True))
    blocks.extend(_country_profile(material.profile, wording))
    blocks.extend(_delegation(material.members, wording))
    if visit.objectives:
        items = _listed(visit.objectives, wording)
        blocks.append(Paragraph(wording.objectives_lead, items=items, generated=True))
    activities = _activities(material, wording)
    if activities:
        blocks.append(Paragraph(activities, generated=True))
    return blocks


def _country_profile(profile: CountryProfileFields | None, wording: ReportWording) -> list[Block]:
    """The State's ratifications, its mechanism's designation and the Subcommittee's earlier
    visits, as far as they are recorded; nothing when none is."""
    if profile is None:
        return []
    sentences = []
    convention, protocol = profile.convention_ratified_on, profile.protocol_ratified_on
    if convention is not None and protocol is not None:
        sentences.append(
            wording.ratified_both.format(
                convention=wording.date(convention), protocol=wording.date(protocol)
            )
        )
    elif convention is not None:
        sentences.append(wording.ratified_convention.format(convention=wording.date(convention)))
    elif protocol is not None:
        sentences.append(wording.ratified_protocol.format(protocol=wording.date(protocol)))
    body = profile.npm_body.strip()
    if body and profile.npm_designated_on is not None:
        sentences.append(
            wording.npm_designated.format(body=body, date=wording.date(profile.npm_designated_on))
        )
    elif body:
        sentences.append(wording.npm_designated_undated.format(body=body))
    if profile.previous_visits:
        visits = [
            wording.previous_visit_with_symbol.format(year=visit.year, symbol=visit.symbol)
            if visit.symbol
            else str(visit.year)
            for visit in sorted(profile.previous_visits, key=lambda visit: visit.year)
        ]
        sentences.append(wording.previous_visits.format(visits=wording.join(visits)))
    return [Paragraph(wording.sentence_gap.join(sentences))] if sentences else []


def _delegation(members: list[DelegationMember], wording: ReportWording) -> list[Block]:
    def named(*roles: DelegationRole) -> list[str]:
        return [_with_role(member, wording) for member in members if member.role in roles]

    sentences: list[tuple[str, list[str]]] = [
        (wording.members, named(DelegationRole.HEAD_OF_DELEGATION, DelegationRole.MEMBER)),
        (wording.experts, named(DelegationRole.EXPERT, DelegationRole.MEDICAL_EXPERT)),
        (wording.secretariat, [m.name for m in members if m.role is DelegationRole.SECRETARIAT]),
    ]
    text = [template.format(names=wording.join(names)) for template, names in sentences if names]
    roles = Counter(member.role for member in members)
    staff = [
        wording.counted(roles[role], forms)
        for role, forms in wording.support_forms.items()
        if roles[role]
    ]
    if staff:
        text.append(wording.supporting_staff.format(staff=wording.join(staff)))
    return [Paragraph(wording.sentence_gap.join(text))] if text else []


def _with_role(member: DelegationMember, wording: ReportWording) -> str:
    """The member's name and role, the role agreeing with the member's gender where it is
    recorded ("cheffe de la délégation", "jefa de la delegación")."""
    feminine = member.gender is Gender.FEMALE
    roles = wording.role_in_text_feminine if feminine else wording.role_in_text
    role = roles.get(member.role)
    return wording.member_with_role.format(name=member.name, role=role) if role else member.name


def _listed(items: Iterable[str], wording: ReportWording) -> tuple[str, ...]:
    """Sub-paragraphs punctuated the UN way: "...;" each, "..." with a full stop last."""
    texts = [item.strip() for item in items if item.strip()]
    last = len(texts) - 1
    return tuple(
        text if text.endswith(_TERMINAL) else text + _item_end(wording.fitting(text), index == last)
        for index, text in enumerate(texts)
    )


def _item_end(wording: ReportWording, last: bool) -> str:
    return wording.full_stop if last else wording.item_end


def _activities(material: VisitMaterial, wording: ReportWording) -> str:
    """Where the annexes are, then the places by type and the interviews by category: these
    are totals, so every interview counts whatever its consent."""
    sentences = []
    if material.persons_met and material.places:
        sentences.append(wording.annex_pointer_both)
    elif material.persons_met:
        sentences.append(wording.annex_pointer_persons)
    elif material.places:
        sentences.append(wording.annex_pointer_places)
    if material.places:
        types = Counter(place.place_type for place in material.places)
        sentences.append(
            wording.places_visited.format(
                places=wording.counted(len(material.places), wording.place_forms),
                types=wording.join(
                    [
                        wording.counted(types[t], wording.place_type_forms[t])
                        for t in PlaceType
                        if types[t]
                    ]
                ),
            )
        )
    if material.interviews:
        persons: Counter[IntervieweeCategory] = Counter()
        for interview in material.interviews:
            persons[interview.category] += interview.persons
        categories = [
            wording.counted(persons[c], wording.category_forms[c])
            for c in IntervieweeCategory
            if persons[c]
        ]
        sentences.append(
            wording.interviews_held.format(
                interviews=wording.counted(len(material.interviews), wording.interview_forms),
                persons=wording.counted(sum(persons.values()), wording.person_forms),
                categories=wording.join(categories),
            )
        )
    return wording.sentence_gap.join(sentences)


# II. Facilitation --------------------------------------------------------------------------


def _facilitation(material: VisitMaterial, wording: ReportWording) -> list[Block]:
    blocks = _narrative(material, ReportSection.FACILITATION, wording)
    for place in material.places:
        text = place.obstruction.strip()
        if not text:
            continue
        if place.visited_on is None:
            line = wording.obstruction_undated.format(place=place.name, text=text)
        else:
            day = wording.date(place.visited_on)
            line = wording.obstruction.format(place=place.name, date=day, text=text)
        blocks.append(Paragraph(line))
    return blocks


# Findings ----------------------------------------------------------------------------------


class _FindingWriter:
    """Turns findings into paragraphs. No pseudonym, interview code or interview count is
    printed: with the place and the day it would tell the authorities who said what (the
    evidence stays in the internal notes)."""

    def __init__(self, material: VisitMaterial, wording: ReportWording) -> None:
        self.wording = wording
        self.places = {place.id: place for place in material.places}
        self.place_order = {place.id: index for index, place in enumerate(material.places)}

    def sort_key(self, finding: Finding) -> tuple[int, int, str]:
        return (
            _URGENT_FIRST[finding.severity],
            self.place_order.get(finding.place_id or "", -1),
            finding.title.casefold(),
        )

    def place_type(self, finding: Finding) -> PlaceType | None:
        place = self.places.get(finding.place_id or "")
        return place.place_type if place else None

    def paragraph(self, finding: Finding) -> Paragraph:
        parts = [self._lead(finding)]
        if finding.text.strip():
            parts.append(finding.text.strip())
        gap = self.wording.fitting(finding.title).sentence_gap
        text = gap.join(part for part in parts if part)
        citations = tuple(self.wording.cite(reference) for reference in finding.standards)
        return Paragraph(text, finding_id=finding.id, citations=citations)

    def _lead(self, finding: Finding) -> str:
        title = finding.title.strip()
        place = self.places.get(finding.place_id or "")
        wording = self.wording.fitting(title)
        if place is not None and place.name.casefold() not in title.casefold():
            return wording.finding_lead.format(title=title, place=place.name) + wording.full_stop
        return title if title.endswith(_TERMINAL) else title + wording.full_stop


def _area_section(
    material: VisitMaterial, area: FindingArea, wording: ReportWording
) -> list[Block]:
    writer = _FindingWriter(material, wording)
    blocks = _narrative(material, AREA_SECTIONS[area], wording)
    findings = sorted((f for f in material.findings if f.area is area), key=writer.sort_key)
    blocks.extend(writer.paragraph(finding) for finding in findings)
    return blocks


# VI. Situation of persons deprived of their liberty ---------------------------------------


def _situation(material: VisitMaterial, wording: ReportWording) -> list[Block]:
    writer = _FindingWriter(material, wording)
    blocks = _narrative(material, ReportSection.SITUATION, wording)
    findings = [f for f in material.findings if f.area not in AREA_SECTIONS]
    subsections: list[tuple[str, list[Finding]]] = [
        (wording.general_observations, [f for f in findings if writer.place_type(f) is None])
    ]
    for group in ReportGroup:
        in_group = [f for f in findings if _group_of(writer.place_type(f)) is group]
        subsections.append((wording.group_headings[group], in_group))
    letters = iter(ascii_uppercase)
    for heading, in_subsection in subsections:
        if in_subsection:
            blocks.append(Subheading(f"{next(letters)}. {heading}", level=1))
            blocks.extend(_by_area(in_subsection, writer))
    return blocks


def _group_of(place_type: PlaceType | None) -> ReportGroup | None:
    return place_type.report_group if place_type is not None else None


def _by_area(findings: Iterable[Finding], writer: _FindingWriter) -> list[Block]:
    """Level-2 headings per area in FindingArea order, urgent findings first inside each."""
    ordered = sorted(findings, key=lambda f: (_AREA_ORDER[f.area], *writer.sort_key(f)))
    blocks: list[Block] = []
    area: FindingArea | None = None
    number = 0
    for finding in ordered:
        if finding.area is not area:
            area, number = finding.area, number + 1
            blocks.append(Subheading(f"{number}. {writer.wording.area_headings[area]}", level=2))
        blocks.append(writer.paragraph(finding))
    return blocks


# VII. Next steps ---------------------------------------------------------------------------


def _next_steps(
    material: VisitMaterial, addressee: Addressee, wording: ReportWording
) -> list[Block]:
    """The drafters' narrative if written (the standard wording is the reply request below,
    made specific), the reply request with its due date, publication, and for the NPM a note."""
    section = ReportSection.NEXT_STEPS
    blocks = narrative_paragraphs(material.narratives.get(section, ""))
    whom = wording.addressees(addressee)
    due = reply_due(material.visit)
    if due is None:
        blocks.append(Paragraph(wording.reply_request.format(**whom), generated=True))
    else:
        request = wording.reply_request_due.format(**whom, date=wording.date(due))
        blocks.append(Paragraph(request, generated=True))
    blocks.append(Paragraph(wording.publication.format(**whom), generated=True))
    if addressee == "npm":
        blocks.append(Paragraph(wording.npm_note, generated=True))
    return blocks


def reply_due(visit: Visit) -> date | None:
    """reply_due_on if set, else six months after transmission, else unknown."""
    if visit.reply_due_on is not None:
        return visit.reply_due_on
    if visit.transmitted_on is None:
        return None
    return add_months(visit.transmitted_on, 6)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day: 31 August + 6 = 28/29 February."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")  # pragma: no cover
