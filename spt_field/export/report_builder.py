"""Build the confidential visit report (domain.md section 7) as a language-neutral `Report`.

    report = build_report(session, visit_id, addressee="state", language="fr")

Steps: gather the visit's records through the services, build the seven sections
(report_sections_builder.py), place each recommendation after the last finding it answers,
number every paragraph of the body from 1, add the annexes, set the language's quotation marks
(typography.py), and run the leak check: a report that would name an interviewee is never
returned. Every generated text, code label and country name is in the report's language; what
drafters typed is printed as typed, but for its quotation marks and apostrophes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from spt_field.domain.codes import Addressee as RecommendationAddressee
from spt_field.domain.codes import PersonMetCategory, PlaceType
from spt_field.domain.countries import country_name
from spt_field.domain.empty_records import is_empty_interview
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import PersonMet, Place, Recommendation, Visit
from spt_field.export.frozen_report import material_from_json
from spt_field.export.leak_check import check_report
from spt_field.export.report_languages import wording_for
from spt_field.export.report_model import (
    Addressee,
    Annex,
    AnnexGroup,
    Block,
    Masthead,
    Paragraph,
    Report,
    Section,
    Subheading,
)
from spt_field.export.report_sections_builder import (
    NPM_RECOMMENDATIONS,
    VisitMaterial,
    build_sections,
)
from spt_field.export.report_wording import ReportWording
from spt_field.export.typography import typeset
from spt_field.export.withholding import Withheld, split_printable
from spt_field.services.allegations import list_allegations_for_visit
from spt_field.services.attachments import received_document_titles
from spt_field.services.country_profiles import get_country_profile
from spt_field.services.delegation import list_delegation, list_persons_met
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.narratives import stored_narratives
from spt_field.services.places import list_places_for_visit
from spt_field.services.recommendations import list_recommendations_for_visit
from spt_field.services.report_freeze import frozen_material
from spt_field.services.visits import get_visit

#: Which recommendations each report carries. The report to the NPM carries only those addressed
#: to it, and says where the others are (a note in its "Next steps").
ADDRESSEES: dict[Addressee, frozenset[RecommendationAddressee]] = {
    "state": frozenset({RecommendationAddressee.STATE, RecommendationAddressee.AUTHORITY}),
    "npm": frozenset({RecommendationAddressee.NPM}),
}


def build_report(
    session: Session,
    visit_id: str,
    *,
    addressee: Addressee = "state",
    today: date | None = None,
    language: str = "en",
) -> Report:
    """The report on the visit, addressed to the State party or to the NPM, dated `today`,
    worded in `language` ("en", "fr", "es", "zh").

    Raises NotFoundError for an unknown visit and UserError for a language without wording or
    if the report would name a person who talked to the delegation."""
    wording = wording_for(language)
    today = today or date.today()
    gathered = report_material(session, visit_id, addressee, wording)
    material, withheld = printable_material(gathered)
    sections = build_sections(material, addressee, wording)
    wanted = [r for r in material.recommendations if r.addressee in ADDRESSEES[addressee]]
    sections = number_paragraphs(place_recommendations(sections, wanted, wording))
    report = Report(
        language=wording.language,
        addressee=addressee,
        masthead=_masthead(material, addressee, today, wording),
        title=report_title(material, addressee, wording),
        footnote=_footnote(material.visit, addressee, wording),
        contents_heading=wording.contents_heading,
        item_label=wording.item_label,
        sections=tuple(sections),
        annexes=(
            _persons_annex(material.persons_met, wording),
            _places_annex(material.places, wording),
            *_documents_annex(material.documents_received, wording),
        ),
        running_header=wording.running_header,
        watermark=wording.watermark,
        page_label=wording.page_label,
        annex_label=wording.annex_label,
        withheld=_withheld_for(withheld, gathered.recommendations, addressee),
        subtitle=wording.subtitle,
        unedited_note=wording.unedited_note,
        contents_columns=(wording.contents_paragraphs, wording.contents_page),
        issued=today,
    )
    report = typeset(report)  # the language's quotation marks, in every text at once
    check_report(session, visit_id, [*report.typed_texts(), ("the symbol", report.masthead.symbol)])
    return report


def report_material(
    session: Session, visit_id: str, addressee: Addressee, wording: ReportWording
) -> VisitMaterial:
    """What a finalized report was built from (frozen_report.py), else the visit's records."""
    frozen = frozen_material(session, visit_id, addressee)
    if frozen is not None:
        return material_from_json(frozen, wording)
    return gather_material(session, visit_id, wording)


def gather_material(session: Session, visit_id: str, wording: ReportWording) -> VisitMaterial:
    """The records the report draws on, without empty interviews (domain.empty_records);
    identities are not read here (only the leak check reads them, to look for them)."""
    visit = get_visit(session, visit_id)
    narratives: dict[ReportSection, str] = stored_narratives(session, visit_id)
    alleged = {
        allegation.interview_id for allegation in list_allegations_for_visit(session, visit_id)
    }
    interviews = [
        interview
        for interview in list_interviews_for_visit(session, visit_id)
        if not is_empty_interview(interview, has_allegations=interview.id in alleged)
    ]
    return VisitMaterial(
        visit=visit,
        country=country_name(visit.country, wording.language),
        members=list_delegation(session, visit_id),
        persons_met=list_persons_met(session, visit_id),
        places=list_places_for_visit(session, visit_id),
        interviews=interviews,
        findings=list_findings_for_visit(session, visit_id),
        recommendations=list_recommendations_for_visit(session, visit_id),
        narratives=narratives,
        profile=get_country_profile(session, visit.country),
        documents_received=received_document_titles(session, visit_id),
    )


def printable_material(material: VisitMaterial) -> tuple[VisitMaterial, tuple[Withheld, ...]]:
    """`material` without the findings and recommendations the report may not print, and
    those it leaves out (withholding.py)."""
    printable = split_printable(material.findings, material.recommendations, material.interviews)
    kept = replace(material, findings=printable.findings, recommendations=printable.recommendations)
    return kept, printable.withheld


def withheld_from_report(
    session: Session, visit_id: str, addressee: Addressee = "state"
) -> tuple[Withheld, ...]:
    """What the report to `addressee` withholds, without building it (the export dialog lists
    it before anything is written)."""
    gathered = report_material(session, visit_id, addressee, wording_for("en"))
    _material, withheld = printable_material(gathered)
    return _withheld_for(withheld, gathered.recommendations, addressee)


def _withheld_for(
    withheld: tuple[Withheld, ...], recommendations: list[Recommendation], addressee: Addressee
) -> tuple[Withheld, ...]:
    """What the report to `addressee` would have carried: every withheld finding, and the
    withheld recommendations addressed to it."""
    wanted = ADDRESSEES[addressee]
    addressed = {r.id for r in recommendations if r.addressee in wanted}
    return tuple(w for w in withheld if w.kind != "recommendation" or w.record_id in addressed)


# Front matter ------------------------------------------------------------------------------


def report_symbol(visit: Visit, addressee: Addressee, wording: ReportWording) -> str:
    """The State party's report carries the visit's restricted symbol ("CAT/OP/XRU/R.1", a
    placeholder until one is set); the report to the NPM, a document of its own, the same with
    "NPM" before its last part ("CAT/OP/XRU/NPM/R.1"), so the two never share one."""
    symbol = (visit.restricted_symbol or "").strip()
    symbol = symbol or wording.symbol_placeholder.format(country=visit.country)
    if addressee == "state":
        return symbol
    head, slash, last = symbol.rpartition("/")
    return f"{head}/NPM/{last}" if slash else f"{symbol}/NPM"


def _masthead(
    material: VisitMaterial, addressee: Addressee, today: date, wording: ReportWording
) -> Masthead:
    return Masthead(
        body=wording.body,
        symbol=report_symbol(material.visit, addressee, wording),
        distribution=wording.distribution,
        date=wording.date(today),
        version=wording.version,
        original=wording.original,
        organization=wording.organization,
        instrument=wording.instrument,
    )


def report_title(material: VisitMaterial, addressee: Addressee, wording: ReportWording) -> str:
    visit = material.visit
    return wording.title.format(
        **wording.countries(material.country),
        dates=wording.date_range(visit.start_date, visit.end_date),
        addressee=wording.addressee_in_title[addressee],
    )


def _footnote(visit: Visit, addressee: Addressee, wording: ReportWording) -> str:
    whom = wording.addressees(addressee)
    if visit.transmitted_on is None:
        return wording.footnote_not_transmitted.format(**whom)
    return wording.footnote_transmitted.format(**whom, date=wording.date(visit.transmitted_on))


# Recommendations and numbering -------------------------------------------------------------


def place_recommendations(
    sections: list[Section], recommendations: list[Recommendation], wording: ReportWording
) -> list[Section]:
    """Each recommendation as a bold paragraph right after the last (in report order) of the
    findings it answers; those answering none, or only findings not in the report, close
    section VI under a heading of their own. The report to the NPM gathers all of them in its
    section of recommendations to the mechanism. Recommendations after the same finding keep the
    services' order (their stored paragraph numbers first), so numbering is stable."""
    # The report to the NPM gathers every recommendation in a section of its own.
    own_section = any(section.code == NPM_RECOMMENDATIONS for section in sections)
    position = {
        block.finding_id: (s, b)
        for s, section in enumerate(sections)
        for b, block in enumerate(section.blocks)
        if isinstance(block, Paragraph) and block.finding_id
    }
    after: defaultdict[tuple[int, int], list[Block]] = defaultdict(list)
    loose: list[Block] = []
    for recommendation in recommendations:
        paragraph = Paragraph(
            recommendation.text.strip(),
            bold=True,
            recommendation_id=recommendation.id,
            citations=tuple(wording.cite(reference) for reference in recommendation.standards),
        )
        anchors = [position[f] for f in recommendation.finding_ids if f in position]
        (after[max(anchors)] if anchors and not own_section else loose).append(paragraph)
    placed = []
    for s, section in enumerate(sections):
        blocks: list[Block] = []
        for b, block in enumerate(section.blocks):
            blocks.append(block)
            blocks.extend(after[(s, b)])
        if section.code == NPM_RECOMMENDATIONS:
            blocks.extend(loose)
        elif section.code == ReportSection.SITUATION.value and loose:
            letter = chr(ord("A") + sum(_is_subsection(block) for block in section.blocks))
            blocks.append(Subheading(f"{letter}. {wording.further_recommendations}", level=1))
            blocks.extend(loose)
        placed.append(replace(section, blocks=tuple(blocks)))
    return placed


def _is_subsection(block: Block) -> bool:
    return isinstance(block, Subheading) and block.level == 1


def number_paragraphs(sections: list[Section]) -> list[Section]:
    """Number every paragraph of the body consecutively from 1 (UN editorial rules)."""
    number = 0
    numbered = []
    for section in sections:
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                number += 1
                block = replace(block, number=number)
            blocks.append(block)
        numbered.append(replace(section, blocks=tuple(blocks)))
    return numbered


# Annexes -----------------------------------------------------------------------------------


def _persons_annex(persons: list[PersonMet], wording: ReportWording) -> Annex:
    """The persons met by category (executive authorities first, as PersonMetCategory lists
    them), each category in protocol order (protocol_order)."""
    groups = []
    for category in PersonMetCategory:
        lines = tuple(
            ", ".join(part for part in (p.name, p.title, p.institution) if part.strip())
            for p in protocol_order(p for p in persons if p.category is category)
        )
        if lines:
            groups.append(AnnexGroup(wording.person_category_headings[category], lines))
    return Annex(wording.numerals[0], wording.annex_persons_heading, tuple(groups))


def protocol_order(persons: Iterable[PersonMet]) -> list[PersonMet]:
    """The State's order of protocol as the drafters record it: the persons with a protocol
    rank by rank (1 first: the head of State or government, then the ministers in the order the
    State's protocol lists their ministries), then the others as the services list them (by
    institution, then name)."""
    return sorted(persons, key=lambda p: (p.protocol_rank is None, p.protocol_rank or 0))


def _places_annex(places: list[Place], wording: ReportWording) -> Annex:
    groups = []
    for place_type in PlaceType:
        lines = tuple(_place_line(p) for p in places if p.place_type is place_type)
        if lines:
            groups.append(AnnexGroup(wording.place_type_headings[place_type], lines))
    return Annex(wording.numerals[1], wording.annex_places_heading, tuple(groups))


def _documents_annex(titles: list[str], wording: ReportWording) -> tuple[Annex, ...]:
    """The documents received, by title, when there are any the report may list."""
    if not titles:
        return ()
    group = AnnexGroup(wording.annex_documents_group, tuple(titles))
    return (Annex(wording.numerals[2], wording.annex_documents_heading, (group,)),)


def _place_line(place: Place) -> str:
    """Name and region, never the day: with the day a reader could date each interview."""
    return ", ".join(part for part in (place.name, place.region) if part.strip())
