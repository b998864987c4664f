"""Frozen values that services hand to the UI, the report and the interchange format.

Each entity has a `...Fields` class (what a user edits) and a value class adding its identity
(`id`, the parent's id, the sync `version`). ORM rows never leave the services layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from spt_field.domain.codes import (
    Addressee,
    AgeBracket,
    AllegationForm,
    AllegationSetting,
    AuthorityKind,
    ConsentScope,
    Consistency,
    DelegationRole,
    EvidenceSource,
    FindingArea,
    Gender,
    IntervieweeCategory,
    InterviewKind,
    LegalStatus,
    Perpetrator,
    PersonMetCategory,
    PlaceType,
    Priority,
    PublicationRequester,
    RecommendationStatus,
    Register,
    ReprisalAction,
    ReprisalStatus,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.standards import StandardReference


@dataclass(frozen=True, kw_only=True)
class Record:
    """Identity and sync state shared by every stored value."""

    id: str
    version: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class VisitFields:
    country: str
    visit_type: VisitType = VisitType.REGULAR
    status: VisitStatus = VisitStatus.PLANNED
    start_date: date
    end_date: date
    postponement_reason: str | None = None
    objectives: tuple[str, ...] = ()
    # Report metadata: the confidential report's life after the visit.
    restricted_symbol: str | None = None
    transmitted_on: date | None = None
    reply_due_on: date | None = None
    reply_received_on: date | None = None
    publication_requested_by: PublicationRequester | None = None
    publication_requested_on: date | None = None
    public_symbol: str | None = None


@dataclass(frozen=True, kw_only=True)
class Visit(VisitFields, Record):
    pass


@dataclass(frozen=True, kw_only=True)
class DelegationMemberFields:
    name: str
    role: DelegationRole = DelegationRole.MEMBER
    #: For the report's agreement ("la cheffe de la délégation"); unknown keeps the wording
    #: that names no gender.
    gender: Gender = Gender.UNKNOWN


@dataclass(frozen=True, kw_only=True)
class DelegationMember(DelegationMemberFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class PersonMetFields:
    name: str
    title: str = ""
    institution: str = ""
    category: PersonMetCategory = PersonMetCategory.OTHER
    #: The person's place in the State's order of protocol within the category (1 first):
    #: annex I lists the ranked by rank, then the others as listed.
    protocol_rank: int | None = None


@dataclass(frozen=True, kw_only=True)
class PersonMet(PersonMetFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class PlaceFields:
    name: str
    place_type: PlaceType
    authority: str = ""
    region: str = ""
    town: str = ""
    latitude: float | None = None
    longitude: float | None = None
    visited_on: date | None = None
    arrived_at: time | None = None
    left_at: time | None = None
    announced: bool = False
    members_present: tuple[str, ...] = ()
    capacity: int | None = None
    population: int | None = None
    men: int | None = None
    women: int | None = None
    children: int | None = None
    pretrial: int | None = None
    sentenced: int | None = None
    administrative: int | None = None
    foreign_nationals: int | None = None
    registers_checked: tuple[Register, ...] = ()
    obstruction: str = ""
    #: The entry of the country's register of places this place is (None: not linked).
    register_id: str | None = None

    @property
    def occupancy_rate(self) -> float | None:
        """Population as a share of official capacity (1.26 means 126 %)."""
        if not self.capacity or self.population is None:
            return None
        return self.population / self.capacity


@dataclass(frozen=True, kw_only=True)
class Place(PlaceFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class InterviewFields:
    kind: InterviewKind = InterviewKind.INDIVIDUAL
    persons: int = 1
    category: IntervieweeCategory = IntervieweeCategory.DETAINEE
    pseudonym: str
    consent: ConsentScope = ConsentScope.NONE
    reprisal_risk: bool = False
    private: bool = True
    held_on: date | None = None
    held_at: time | None = None
    interviewers: tuple[str, ...] = ()
    interpreter: str = ""
    language: str = ""
    gender: Gender = Gender.UNKNOWN
    age_bracket: AgeBracket = AgeBracket.UNKNOWN
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    nationality: str | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Interview(InterviewFields, Record):
    place_id: str
    has_identity: bool = False


@dataclass(frozen=True, kw_only=True)
class InterviewLine:
    """What a list shows of an interview (no notes): cheap to read for thousands of them."""

    id: str
    place_id: str
    pseudonym: str
    persons: int
    category: IntervieweeCategory
    consent: ConsentScope
    reprisal_risk: bool


@dataclass(frozen=True, kw_only=True)
class AllegationFields:
    form: AllegationForm
    perpetrator: Perpetrator = Perpetrator.UNKNOWN
    setting: AllegationSetting = AllegationSetting.UNKNOWN
    occurred_on: date | None = None
    description: str = ""
    officials_involved: str = ""
    witnesses: str = ""
    injuries: str = ""
    medical_examination: bool = False
    consistency: Consistency | None = None
    part_of_pattern: bool = False
    consent_to_transmit: bool = False


@dataclass(frozen=True, kw_only=True)
class Allegation(AllegationFields, Record):
    interview_id: str


@dataclass(frozen=True, kw_only=True)
class FindingFields:
    place_id: str | None = None
    area: FindingArea
    severity: Severity = Severity.MEDIUM
    title: str
    text: str = ""
    evidence: tuple[str, ...] = ()
    sources: tuple[EvidenceSource, ...] = ()
    immediate_observation: bool = False
    #: The standards the finding cites, set as footnotes in the report.
    standards: tuple[StandardReference, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Finding(FindingFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class RecommendationFields:
    finding_ids: tuple[str, ...] = ()
    addressee: Addressee = Addressee.STATE
    authority: str = ""
    text: str
    status: RecommendationStatus = RecommendationStatus.NOT_ASSESSED
    paragraph_number: int | None = None
    state_reply: str = ""
    authority_kind: AuthorityKind = AuthorityKind.UNSPECIFIED
    priority: Priority = Priority.MEDIUM
    themes: tuple[FindingArea, ...] = ()
    #: None: six months after the report's transmission (domain.deadlines.reply_due).
    due_on: date | None = None
    state_reply_on: date | None = None
    #: The standards the recommendation cites, set as footnotes in the report.
    standards: tuple[StandardReference, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Recommendation(RecommendationFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class StatusChangeFields:
    """One implementation status a recommendation was given, with the State's reply then."""

    status: RecommendationStatus
    state_reply: str = ""
    state_reply_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class StatusChange(StatusChangeFields, Record):
    recommendation_id: str
    position: int


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    """One full-text search result, best first."""

    kind: str  # "interview", "finding" or "recommendation"
    record_id: str
    visit_id: str
    title: str
    snippet: str
    rank: float


@dataclass(frozen=True, kw_only=True)
class ReprisalCaseFields:
    """The follow-up after the visit of a person at risk of reprisals, known by the pseudonym of
    their interview only. Internal: never part of a report."""

    interview_id: str
    status: ReprisalStatus = ReprisalStatus.OPEN
    opened_on: date | None = None
    contacts: str = ""
    incidents: str = ""
    actions: tuple[ReprisalAction, ...] = ()
    actions_taken: str = ""


@dataclass(frozen=True, kw_only=True)
class ReprisalCase(ReprisalCaseFields, Record):
    visit_id: str


@dataclass(frozen=True, kw_only=True)
class RegisteredPlaceFields:
    """A place of deprivation of liberty in a country's register (the list the NPM keeps)."""

    country: str
    name: str
    place_type: PlaceType
    region: str = ""
    capacity: int | None = None


@dataclass(frozen=True, kw_only=True)
class RegisteredPlace(RegisteredPlaceFields, Record):
    #: Computed from the visits' places linked to it, never typed.
    last_visited: date | None = None
    times_visited: int = 0


@dataclass(frozen=True, kw_only=True)
class ProgrammeEntryFields:
    """One item of the delegation's daily programme: a team visits a place (of the register or
    of the visit) or meets an authority. Internal to the delegation."""

    day: date
    starts_at: time | None = None
    ends_at: time | None = None
    team: str = ""
    register_id: str | None = None
    place_id: str | None = None
    #: The authority met, when the entry is a meeting.
    meeting_with: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class ProgrammeEntry(ProgrammeEntryFields, Record):
    visit_id: str
