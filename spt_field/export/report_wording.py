"""The English wording of the confidential visit report: every standard text and label the
builder prints, in one catalogue.

A translation is another `ReportWording` instance passed to `build_report(wording=...)`; nothing
else in `export/` holds English text. Templates use `str.format` fields named in each comment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from spt_field.domain.codes import (
    DelegationRole,
    FindingArea,
    IntervieweeCategory,
    PersonMetCategory,
    PlaceType,
    ReportGroup,
)
from spt_field.domain.report_sections import ReportSection

#: (singular, plural) of a counted noun: "1 prison", "2 prisons".
Forms = tuple[str, str]


@dataclass(frozen=True, kw_only=True)
class ReportWording:
    language: str
    months: tuple[str, ...]
    #: {day} {month} {year}
    date_pattern: str
    #: {start_day} {end}: "10 to 21 March 2019"
    range_same_month: str
    #: {start_day} {start_month} {end}: "27 January to 7 February 2019"
    range_same_year: str
    #: {start} {end}: "28 December 2018 to 4 January 2019"
    range_any: str
    and_word: str

    # Front matter and page furniture.
    body: str
    #: {country}
    symbol_placeholder: str
    distribution: str
    original: str
    #: {country} {dates} {addressee}
    title: str
    addressee_in_title: Mapping[str, str]
    #: {addressee} {date}
    footnote_transmitted: str
    #: {addressee}
    footnote_not_transmitted: str
    addressee_in_text: Mapping[str, str]
    contents_heading: str
    running_header: str
    watermark: str
    page_label: str
    annex_label: str
    #: {country}: the country name, for a user-assigned code (XAA-XZZ)
    fictional_country: str

    # Sections and subsections.
    section_headings: Mapping[ReportSection, str]
    general_observations: str
    further_recommendations: str
    group_headings: Mapping[ReportGroup, str]
    area_headings: Mapping[FindingArea, str]

    # I. Introduction.
    #: {country} {dates}
    mandate: str
    #: {dates}
    visit_dates: str
    #: {names}
    members: str
    #: {name} {role}
    member_with_role: str
    role_in_text: Mapping[DelegationRole, str]
    #: {names}
    experts: str
    #: {names}
    secretariat: str
    #: {staff}
    supporting_staff: str
    support_forms: Mapping[DelegationRole, Forms]
    objectives_lead: str
    annex_pointer_both: str
    annex_pointer_persons: str
    annex_pointer_places: str
    #: {places} {types}
    places_visited: str
    place_forms: Forms
    place_type_forms: Mapping[PlaceType, Forms]
    #: {interviews} {persons} {categories}
    interviews_held: str
    interview_forms: Forms
    person_forms: Forms
    category_forms: Mapping[IntervieweeCategory, Forms]

    # II. Facilitation; findings.
    #: {place} {date} {text}
    obstruction: str
    #: {place} {text}
    obstruction_undated: str
    #: {refs}
    evidence: str
    individual_refs: Forms
    group_refs: Forms

    # VII. Next steps.
    #: {addressee} {date}
    reply_request_due: str
    #: {addressee}
    reply_request: str
    #: {addressee}
    publication: str
    npm_note: str

    # Annexes.
    annex_persons_heading: str
    annex_places_heading: str
    person_category_headings: Mapping[PersonMetCategory, str]

    def date(self, day: dt.date) -> str:
        return self.date_pattern.format(
            day=day.day, month=self.months[day.month - 1], year=day.year
        )

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """UN style: "10 to 21 March 2019", "27 January to 7 February 2019"."""
        end_text = self.date(end)
        if start == end:
            return end_text
        if (start.year, start.month) == (end.year, end.month):
            return self.range_same_month.format(start_day=start.day, end=end_text)
        if start.year == end.year:
            return self.range_same_year.format(
                start_day=start.day, start_month=self.months[start.month - 1], end=end_text
            )
        return self.range_any.format(start=self.date(start), end=end_text)

    def join(self, items: Sequence[str]) -> str:
        """ "a", "a and b", "a, b and c"."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.and_word} {items[-1]}"

    def counted(self, count: int, forms: Forms) -> str:
        """ "1 prison", "2 prisons", "1,200 persons"."""
        return f"{count:,} {forms[0] if count == 1 else forms[1]}"


def _frozen(mapping: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(mapping)


ENGLISH = ReportWording(
    language="en",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_pattern="{day} {month} {year}",
    range_same_month="{start_day} to {end}",
    range_same_year="{start_day} {start_month} to {end}",
    range_any="{start} to {end}",
    and_word="and",
    body=(
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading "
        "Treatment or Punishment"
    ),
    symbol_placeholder="CAT/OP/{country}/R.1",
    distribution="Distr.: Restricted",
    original="Original: English",
    title=(
        "Visit to {country} undertaken from {dates}: recommendations and observations "
        "addressed to {addressee}"
    ),
    addressee_in_title=_frozen(
        {"state": "the State party", "npm": "the national preventive mechanism"}
    ),
    footnote_transmitted=(
        "In accordance with article 16 (1) of the Optional Protocol, the present report was "
        "transmitted confidentially to {addressee} on {date}."
    ),
    footnote_not_transmitted=(
        "In accordance with article 16 (1) of the Optional Protocol, the present report will be "
        "transmitted confidentially to {addressee}."
    ),
    addressee_in_text=_frozen(
        {"state": "the State party", "npm": "the national preventive mechanism"}
    ),
    contents_heading="Contents",
    running_header="CONFIDENTIAL — DRAFT",
    watermark="DRAFT",
    page_label="Page {page} of {pages}",
    annex_label="Annex {numeral}",
    fictional_country="Fictional State {country}",
    section_headings=MappingProxyType({section: section.label for section in ReportSection}),
    general_observations="General observations",
    further_recommendations="Further recommendations",
    group_headings=MappingProxyType({group: group.label for group in ReportGroup}),
    area_headings=MappingProxyType(
        {area: area.label for area in FindingArea} | {FindingArea.OTHER: "Other issues"}
    ),
    mandate=(
        "In accordance with its mandate under articles 11 and 13 of the Optional Protocol, the "
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment "
        "or Punishment undertook a visit to {country} from {dates}."
    ),
    visit_dates="The visit took place from {dates}.",
    members="The visit was conducted by the following members of the Subcommittee: {names}.",
    member_with_role="{name} ({role})",
    role_in_text=MappingProxyType(
        {
            DelegationRole.HEAD_OF_DELEGATION: "head of delegation",
            DelegationRole.EXPERT: "expert",
            DelegationRole.MEDICAL_EXPERT: "medical expert",
        }
    ),
    experts="The delegation was accompanied by {names}.",
    secretariat="The delegation was supported by {names} of the secretariat of the Subcommittee.",
    supporting_staff="It was also assisted by {staff}.",
    support_forms=MappingProxyType(
        {
            DelegationRole.INTERPRETER: ("interpreter", "interpreters"),
            DelegationRole.SECURITY: ("security officer", "security officers"),
        }
    ),
    objectives_lead="The main objectives of the visit were:",
    annex_pointer_both=(
        "The delegation held meetings with the persons listed in annex I and visited the places "
        "of deprivation of liberty listed in annex II."
    ),
    annex_pointer_persons="The delegation held meetings with the persons listed in annex I.",
    annex_pointer_places=(
        "The delegation visited the places of deprivation of liberty listed in annex II."
    ),
    places_visited="In all, the delegation visited {places}: {types}.",
    place_forms=("place of deprivation of liberty", "places of deprivation of liberty"),
    place_type_forms=MappingProxyType(
        {
            PlaceType.POLICE: ("police station", "police stations"),
            PlaceType.PRISON: ("prison", "prisons"),
            PlaceType.PRETRIAL: ("remand centre", "remand centres"),
            PlaceType.COURT_CELLS: ("court holding facility", "court holding facilities"),
            PlaceType.JUVENILE: ("juvenile detention centre", "juvenile detention centres"),
            PlaceType.PSYCHIATRIC: ("psychiatric institution", "psychiatric institutions"),
            PlaceType.SOCIAL_CARE: ("social care home", "social care homes"),
            PlaceType.IMMIGRATION: (
                "immigration detention centre",
                "immigration detention centres",
            ),
            PlaceType.TRANSIT_ZONE: ("transit zone", "transit zones"),
            PlaceType.MILITARY: ("military detention facility", "military detention facilities"),
            PlaceType.REHABILITATION: (
                "closed rehabilitation centre",
                "closed rehabilitation centres",
            ),
            PlaceType.RELIGIOUS: ("religious institution", "religious institutions"),
            PlaceType.TRANSPORT: ("prisoner transport", "prisoner transports"),
            PlaceType.OTHER: ("other place", "other places"),
        }
    ),
    interviews_held="It conducted {interviews} with {persons}: {categories}.",
    interview_forms=(
        "individual or collective interview",
        "individual or collective interviews",
    ),
    person_forms=("person", "persons"),
    category_forms=MappingProxyType(
        {
            IntervieweeCategory.DETAINEE: (
                "person deprived of their liberty",
                "persons deprived of their liberty",
            ),
            IntervieweeCategory.CUSTODIAL_STAFF: (
                "member of custodial staff",
                "members of custodial staff",
            ),
            IntervieweeCategory.LAW_ENFORCEMENT: (
                "law enforcement officer",
                "law enforcement officers",
            ),
            IntervieweeCategory.MANAGEMENT: ("member of management", "members of management"),
            IntervieweeCategory.MEDICAL: (
                "member of medical personnel",
                "members of medical personnel",
            ),
            IntervieweeCategory.OFFICIAL: ("official", "officials"),
            IntervieweeCategory.LAWYER: ("lawyer", "lawyers"),
            IntervieweeCategory.FAMILY: ("family member", "family members"),
            IntervieweeCategory.NPM: (
                "member of the national preventive mechanism",
                "members of the national preventive mechanism",
            ),
            IntervieweeCategory.CIVIL_SOCIETY: (
                "representative of civil society",
                "representatives of civil society",
            ),
            IntervieweeCategory.OTHER: ("other person", "other persons"),
        }
    ),
    obstruction="{place} ({date}): {text}",
    obstruction_undated="{place}: {text}",
    evidence="(Interviews with {refs}.)",
    individual_refs=("person", "persons"),
    group_refs=("group", "groups"),
    reply_request_due=(
        "The Subcommittee requests that {addressee} provide a reply to the present report "
        "within six months of the date of its transmission, that is by {date}, giving a full "
        "account of the action taken to implement the recommendations and quoting their "
        "paragraph numbers."
    ),
    reply_request=(
        "The Subcommittee requests that {addressee} provide a reply to the present report "
        "within six months of the date of its transmission, giving a full account of the action "
        "taken to implement the recommendations and quoting their paragraph numbers."
    ),
    publication=(
        "The present report is confidential. The Subcommittee encourages {addressee} to request "
        "its publication, in accordance with article 16 (2) of the Optional Protocol."
    ),
    npm_note=(
        "The recommendations addressed to the State party and to other authorities are set out "
        "in the report transmitted to the State party."
    ),
    annex_persons_heading="List of persons with whom the Subcommittee met",
    annex_places_heading=("List of places of deprivation of liberty visited by the Subcommittee"),
    person_category_headings=MappingProxyType(
        {category: category.label for category in PersonMetCategory}
    ),
)
