"""The wording of the confidential visit report: every standard text and label the builder
prints; this module holds its shape and the English one, the source of every translation.

The other languages' wordings are made from this one through their "report" catalogues
(report_translation.py, spt_field/locale/<language>/LC_MESSAGES/report.po) and
report_languages.py picks one by language code; nothing else in `export/` holds report text.
Templates use `str.format` fields named in each comment; dates, counts and lists follow each
language's conventions through the methods below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from types import MappingProxyType
from typing import TypeVar

from spt_field.domain.catalogue import label
from spt_field.domain.codes import (
    CodeList,
    DelegationRole,
    FindingArea,
    IntervieweeCategory,
    PersonMetCategory,
    PlaceType,
    ReportGroup,
)
from spt_field.domain.report_sections import STANDARD_WORDING, ReportSection
from spt_field.domain.standards import (
    INSTRUMENTS,
    PROVISIONS,
    ProvisionKind,
    StandardReference,
)
from spt_field.export.wide_text import has_wide

#: (singular, plural) of a counted noun: "1 prison", "2 prisons"; a language without plurals
#: gives the same form twice.
Forms = tuple[str, str]

NO_BREAK = "\u00a0"

ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def as_is(country: str) -> str:
    return country


def english_conjunction(_last: str) -> str:
    return " and "


class One(Enum):
    """The word "one" a counted noun takes: "un"/"une", or none before a noun that carries its
    own ("otro lugar", not "un otro lugar")."""

    MASCULINE = "masculine"
    FEMININE = "feminine"
    NONE = "none"


def masculine_one(_noun: str) -> One:
    return One.MASCULINE


@dataclass(frozen=True, kw_only=True)
class ReportWording:
    language: str
    months: tuple[str, ...]
    #: {day} {month} {year}
    date_pattern: str
    #: How the first day of a month is written ("1er" in French).
    day_one: str = "1"
    #: {date}: a visit of one day, where a range would stand ("le 2 mai 2019")
    single_day: str = "{date}"
    # Ranges: {start_day} {start_month} {start_year} {end_day} {end_month} {end_year}.
    #: "10 to 21 March 2019"
    range_same_month: str
    #: "27 January to 7 February 2019"
    range_same_year: str
    #: "28 December 2018 to 4 January 2019"
    range_any: str
    #: "1,500"
    thousands_separator: str = ","
    #: The smallest figure grouped by thousands (Spanish leaves "1500" whole).
    min_grouped: int = 1000
    #: {count} {noun}
    counted_pattern: str = "{count} {noun}"
    #: {letter}: a sub-paragraph's label, "(a)" in English, "a)" in French and Spanish.
    item_label: str = "({letter})"
    #: The counts under ten in words, as they stand before a noun ("nine places", "neuf lieux",
    #: "nueve lugares", "九个"); "one" before a masculine noun ("un", "un").
    number_words: tuple[str, ...] = (
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
    )
    #: "One" before a feminine noun ("une", "una").
    one_feminine: str = "one"
    #: Which "one" a counted noun (its singular) takes.
    one_before: Callable[[str], One] = masculine_one
    list_separator: str = ", "
    #: The separator before the last item of a list, which may depend on that item.
    conjunction: Callable[[str], str] = english_conjunction
    #: The country as the title and mandate name it ("en Suisse", "al Brasil").
    country_in_text: Callable[[str], str] = as_is
    #: Section and annex numerals.
    numerals: tuple[str, ...] = ROMAN_NUMERALS
    full_stop: str = "."
    #: What ends each sub-paragraph but the last.
    item_end: str = ";"
    #: {title} {place}: a finding's lead naming its place
    finding_lead: str = "{title} ({place})"
    #: Between the sentences of a generated paragraph (none in Chinese).
    sentence_gap: str = " "

    # Front matter and page furniture.
    body: str
    #: {country}
    symbol_placeholder: str = "CAT/OP/{country}/R.1"
    distribution: str
    #: The language of this version, under the date ("Français"); none for the original.
    version: str = ""
    original: str
    #: {country} {in_country} {dates} {addressee}
    title: str
    addressee_in_title: Mapping[str, str]
    #: {addressee} {to_addressee} {date}
    footnote_transmitted: str
    #: {addressee} {to_addressee}
    footnote_not_transmitted: str
    #: The addressee as subject or object ("the State party", "l'État partie").
    addressee_in_text: Mapping[str, str]
    #: The addressee after "to" ("to the State party", "à l'État partie", "al Estado parte").
    addressee_dative: Mapping[str, str]
    contents_heading: str
    running_header: str
    watermark: str
    page_label: str
    annex_label: str

    # Sections and subsections.
    section_headings: Mapping[ReportSection, str]
    #: What an unwritten section reads.
    standard_wording: Mapping[ReportSection, str]
    general_observations: str
    further_recommendations: str
    group_headings: Mapping[ReportGroup, str]
    area_headings: Mapping[FindingArea, str]

    # I. Introduction.
    #: {country} {in_country} {dates}
    mandate: str
    #: {country} {in_country} {dates}: the report to the NPM opens with its own mandate.
    npm_mandate: str
    #: {dates}
    visit_dates: str
    # The country's profile (spt_field.domain.country_profiles), each sentence when recorded.
    #: {convention} {protocol}: the dates the State ratified the Convention and the Protocol
    ratified_both: str
    #: {convention}
    ratified_convention: str
    #: {protocol}
    ratified_protocol: str
    #: {body} {date}: the body designated as national preventive mechanism, and when
    npm_designated: str
    #: {body}
    npm_designated_undated: str
    #: {visits}: the years of the Subcommittee's earlier visits, with their reports' symbols
    previous_visits: str
    #: {year} {symbol}
    previous_visit_with_symbol: str
    #: {names}
    members: str
    #: {name} {role}
    member_with_role: str
    role_in_text: Mapping[DelegationRole, str]
    #: The same roles for a member recorded as a woman ("cheffe de la délégation", "jefa de
    #: la delegación"); a member of unknown gender takes `role_in_text`.
    role_in_text_feminine: Mapping[DelegationRole, str]
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
    #: Annex II groups its places under these ("Police stations").
    place_type_headings: Mapping[PlaceType, str]
    #: {interviews} {persons} {categories}
    interviews_held: str
    interview_forms: Forms
    person_forms: Forms
    category_forms: Mapping[IntervieweeCategory, Forms]

    # II. Facilitation.
    #: {place} {date} {text}
    obstruction: str
    #: {place} {text}
    obstruction_undated: str

    # VII. Next steps.
    #: {addressee} {to_addressee} {date}
    reply_request_due: str
    #: {addressee} {to_addressee}
    reply_request: str
    #: {addressee} {to_addressee}
    publication: str
    npm_note: str
    #: The section of the report to the NPM that holds the recommendations addressed to it.
    npm_recommendations_heading: str

    # Annexes.
    annex_persons_heading: str
    annex_places_heading: str
    #: The annex listing, by title, the documents received whose consent allows it.
    annex_documents_heading: str
    annex_documents_group: str
    person_category_headings: Mapping[PersonMetCategory, str]

    # UN masthead and editorial wording
    #: "United Nations", top left of the first page.
    organization: str
    #: The instrument the document belongs to, under the organization's name.
    instrument: str
    #: Under the title, carrying the footnote markers ("Report of the Subcommittee").
    subtitle: str
    #: The "**" footnote: the draft is issued without formal editing.
    unedited_note: str
    #: The column headings of the contents: paragraph ranges and pages.
    contents_paragraphs: str
    contents_page: str
    #: {title} {symbol} {provision}: a standard cited in a footnote
    citation: str
    #: {numbers}: how each kind of provision is cited ("rule 43", "paras. 36–43")
    provisions: Mapping[ProvisionKind, str]
    #: The instruments' titles, by key (domain/standards.py), in the United Nations' wording
    instrument_titles: Mapping[str, str]

    def cite(self, reference: StandardReference) -> str:
        """The footnote citing `reference`: the instrument's title (from the report's
        catalogue, in English where it lacks one), its symbol, the provision."""
        provision = PROVISIONS[reference]
        return self.citation.format(
            title=self.instrument_titles[provision.instrument.key],
            symbol=provision.instrument.symbol,
            provision=self.provisions[provision.kind].format(numbers=provision.numbers),
        )

    def date(self, day: dt.date) -> str:
        return self._day_bound(self.date_pattern.format(**self._parts(day, "")))

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """UN style: "10 to 21 March 2019", "du 27 janvier au 7 février 2019"."""
        if start == end:
            return self.single_day.format(date=self.date(end))
        if (start.year, start.month) == (end.year, end.month):
            template = self.range_same_month
        elif start.year == end.year:
            template = self.range_same_year
        else:
            template = self.range_any
        text = template.format(**self._parts(start, "start_"), **self._parts(end, "end_"))
        return self._day_bound(text)

    def _day_bound(self, text: str) -> str:
        """A non-breaking space between a day and its month, as UN editors want it ("3 December",
        "1er janvier", "3 de diciembre"): a line never ends on the day."""
        months = "|".join(re.escape(month) for month in self.months)
        day_month = re.compile(rf"(\d(?:er)?)((?: de)?) (?={months})")
        return day_month.sub(
            lambda found: found[1] + found[2].replace(" ", NO_BREAK) + NO_BREAK, text
        )

    def _parts(self, day: dt.date, prefix: str) -> dict[str, str]:
        return {
            f"{prefix}day": self.day_one if day.day == 1 else str(day.day),
            f"{prefix}month": self.months[day.month - 1],
            f"{prefix}year": str(day.year),
        }

    def join(self, items: Sequence[str]) -> str:
        """ "a", "a and b", "a, b and c"."""
        if len(items) <= 1:
            return "".join(items)
        return self.list_separator.join(items[:-1]) + self.conjunction(items[-1]) + items[-1]

    def number(self, count: int) -> str:
        """ "1,500", "1 500", "12 500": grouped by thousands the language's way."""
        if abs(count) < self.min_grouped:
            return str(count)
        return f"{count:,}".replace(",", self.thousands_separator)

    def counted(self, count: int, forms: Forms) -> str:
        """ "one prison", "une prison", "nine prisons", "12 prisons", "1,500 persons", "三所监狱":
        counts under ten in words, as United Nations style writes them."""
        noun = forms[0] if count == 1 else forms[1]
        text = self.counted_pattern.format(count=self._count_in_text(count, noun), noun=noun)
        return text.strip()

    def _count_in_text(self, count: int, noun: str) -> str:
        one = self.one_before(noun) if count == 1 else None
        if one is One.NONE:
            return ""
        if one is One.FEMININE:
            return self.one_feminine
        if 0 <= count < len(self.number_words):
            return self.number_words[count]
        return self.number(count)

    def addressees(self, addressee: str) -> dict[str, str]:
        """The {addressee} and {to_addressee} fields of a template naming the addressee."""
        return {
            "addressee": self.addressee_in_text[addressee],
            "to_addressee": self.addressee_dative[addressee],
        }

    def fitting(self, typed: str) -> ReportWording:
        """The wording to punctuate `typed` text with: in a language of full-width punctuation,
        text typed without wide characters (an English finding in a Chinese report) is
        punctuated the Latin way ("...safeguards;" rather than "...safeguards；")."""
        if self.full_stop == "." or has_wide(typed):
            return self
        return replace(
            self, full_stop=".", item_end=";", finding_lead="{title} ({place})", sentence_gap=" "
        )

    def countries(self, country: str) -> dict[str, str]:
        """The {country} and {in_country} fields of a template naming the country."""
        return {"country": country, "in_country": self.country_in_text(country)}


def frozen(mapping: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(mapping)


CodeT = TypeVar("CodeT", bound=CodeList)


def capitalized_plurals(forms: Mapping[CodeT, Forms]) -> Mapping[CodeT, str]:
    """ "Police stations" from ("police station", "police stations")."""
    return MappingProxyType(
        {code: plural[:1].upper() + plural[1:] for code, (_, plural) in forms.items()}
    )


def catalogue_labels(codes: type[CodeT], language: str, **overrides: str) -> Mapping[CodeT, str]:
    """Each code's label from the catalogue, the one source of code-list wording; `overrides`
    (by code) where the report says it differently ("Other issues")."""
    labels = {code: overrides.get(code.value, label(code, language)) for code in codes}
    return MappingProxyType(labels)


_PLACE_TYPE_FORMS: Mapping[PlaceType, Forms] = MappingProxyType(
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
)


_ROLES_IN_TEXT: Mapping[DelegationRole, str] = MappingProxyType(
    {
        DelegationRole.HEAD_OF_DELEGATION: "head of delegation",
        DelegationRole.EXPERT: "expert",
        DelegationRole.MEDICAL_EXPERT: "medical expert",
    }
)


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
    range_same_month="{start_day} to {end_day} {end_month} {end_year}",
    range_same_year="{start_day} {start_month} to {end_day} {end_month} {end_year}",
    range_any="{start_day} {start_month} {start_year} to {end_day} {end_month} {end_year}",
    body=(
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading "
        "Treatment or Punishment"
    ),
    distribution="Distr.: Restricted",
    original="Original: English",
    title=(
        "Visit to {country} undertaken from {dates}: recommendations and observations "
        "addressed to {addressee}"
    ),
    addressee_in_title=frozen(
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
    addressee_in_text=frozen(
        {"state": "the State party", "npm": "the national preventive mechanism"}
    ),
    addressee_dative=frozen(
        {"state": "to the State party", "npm": "to the national preventive mechanism"}
    ),
    contents_heading="Contents",
    running_header="CONFIDENTIAL — DRAFT",
    watermark="DRAFT",
    page_label="Page {page} of {pages}",
    annex_label="Annex {numeral}",
    section_headings=catalogue_labels(ReportSection, "en"),
    standard_wording=MappingProxyType(STANDARD_WORDING),
    general_observations="General observations",
    further_recommendations="Further recommendations",
    group_headings=catalogue_labels(ReportGroup, "en"),
    area_headings=catalogue_labels(FindingArea, "en", other="Other issues"),
    mandate=(
        "In accordance with its mandate under articles 11 and 13 of the Optional Protocol, the "
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment "
        "or Punishment undertook a visit to {country} from {dates}."
    ),
    npm_mandate=(
        "In accordance with article 11 (1) (b) of the Optional Protocol, the Subcommittee on "
        "Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment "
        "undertook a visit to {country} from {dates}, during which it met the national "
        "preventive mechanism to advise and assist it. The present report sets out the "
        "Subcommittee's observations and recommendations addressed to the mechanism."
    ),
    visit_dates="The visit took place from {dates}.",
    ratified_both=(
        "The State party ratified the Convention against Torture and Other Cruel, Inhuman or "
        "Degrading Treatment or Punishment on {convention} and the Optional Protocol thereto on "
        "{protocol}."
    ),
    ratified_convention=(
        "The State party ratified the Convention against Torture and Other Cruel, Inhuman or "
        "Degrading Treatment or Punishment on {convention}."
    ),
    ratified_protocol="The State party ratified the Optional Protocol on {protocol}.",
    npm_designated=(
        "On {date}, the State party designated {body} as its national preventive mechanism."
    ),
    npm_designated_undated=(
        "The State party designated {body} as its national preventive mechanism."
    ),
    previous_visits="The Subcommittee had previously visited the State party in {visits}.",
    previous_visit_with_symbol="{year} (see {symbol})",
    members="The visit was conducted by the following members of the Subcommittee: {names}.",
    member_with_role="{name} ({role})",
    role_in_text=_ROLES_IN_TEXT,
    role_in_text_feminine=_ROLES_IN_TEXT,
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
    place_type_forms=_PLACE_TYPE_FORMS,
    place_type_headings=capitalized_plurals(_PLACE_TYPE_FORMS),
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
    npm_recommendations_heading="Recommendations to the national preventive mechanism",
    annex_persons_heading="List of persons with whom the Subcommittee met",
    annex_places_heading=("List of places of deprivation of liberty visited by the Subcommittee"),
    annex_documents_heading="List of documents received by the Subcommittee",
    annex_documents_group="Documents received during the visit",
    person_category_headings=catalogue_labels(PersonMetCategory, "en"),
    # UN masthead and editorial wording
    organization="United Nations",
    instrument=(
        "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or "
        "Degrading Treatment or Punishment"
    ),
    subtitle="Report of the Subcommittee",
    unedited_note="The present document is being issued without formal editing.",
    contents_paragraphs="Paragraphs",
    contents_page="Page",
    citation="{title} ({symbol}), {provision}.",
    provisions=MappingProxyType(
        {
            ProvisionKind.RULE: "rule {numbers}",
            ProvisionKind.RULES: "rules {numbers}",
            ProvisionKind.PARAGRAPH: "para. {numbers}",
            ProvisionKind.PARAGRAPHS: "paras. {numbers}",
            ProvisionKind.ANNEX: "annex {numbers}",
        }
    ),
    instrument_titles=MappingProxyType(
        {instrument.key: instrument.title for instrument in INSTRUMENTS}
    ),
)
