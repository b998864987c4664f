"""Every code list of SPT Field, each one enum with stable codes and English labels.

The codes are the contract (JSON, database, command line); labels are for people and get
translated at the edge. Forms, the JSON schema, statistics and the report all read the lists
from here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class CodeList(StrEnum):
    """A code with an English label: ``PRISON = "prison", "Prison"``."""

    label: str

    def __new__(cls, code: str, label: str = "") -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label or code.replace("_", " ").capitalize()
        return member

    @classmethod
    def codes(cls) -> list[str]:
        return [member.value for member in cls]


class VisitType(CodeList):
    REGULAR = "regular", "Regular country visit"
    FOLLOW_UP = "follow_up", "Follow-up visit"
    NPM_ADVISORY = "npm_advisory", "Advisory visit to the NPM"
    NPM_VISIT = "npm_visit", "NPM visit"
    OTHER = "other", "Other visit"


class VisitStatus(CodeList):
    PLANNED = "planned", "Planned"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


class DelegationRole(CodeList):
    HEAD_OF_DELEGATION = "head_of_delegation", "Head of delegation"
    MEMBER = "member", "Member"
    EXPERT = "expert", "Expert"
    MEDICAL_EXPERT = "medical_expert", "Medical expert"
    SECRETARIAT = "secretariat", "Secretariat"
    INTERPRETER = "interpreter", "Interpreter"
    SECURITY = "security", "Security officer"


class PersonMetCategory(CodeList):
    EXECUTIVE = "executive", "Executive authorities"
    JUDICIARY = "judiciary", "Judiciary"
    LEGISLATURE = "legislature", "Legislature"
    NPM = "npm", "National preventive mechanism"
    NHRI = "nhri", "National human rights institution"
    UN_AGENCY = "un_agency", "United Nations agencies"
    CIVIL_SOCIETY = "civil_society", "Civil society"
    OTHER = "other", "Other"


class ReportGroup(CodeList):
    """The groups in which the annual report counts places visited (domain.md section 2)."""

    PRISONS = "prisons", "Prisons"
    POLICE_STATIONS = "police_stations", "Police stations"
    JUVENILE_CENTRES = "juvenile_centres", "Juvenile detention centres"
    PSYCHIATRIC_HEALTH = "psychiatric_health", "Psychiatric and health-care institutions"
    MIGRANT_CENTRES = "migrant_centres", "Closed migrant centres"
    OTHER_PLACES = "other_places", "Other places"


class PlaceType(CodeList):
    POLICE = "police", "Police station"
    PRISON = "prison", "Prison"
    PRETRIAL = "pretrial", "Remand centre"
    COURT_CELLS = "court_cells", "Court cells"
    JUVENILE = "juvenile", "Juvenile detention centre"
    PSYCHIATRIC = "psychiatric", "Psychiatric institution"
    SOCIAL_CARE = "social_care", "Social care home"
    IMMIGRATION = "immigration", "Immigration detention centre"
    TRANSIT_ZONE = "transit_zone", "Transit zone"
    MILITARY = "military", "Military detention"
    REHABILITATION = "rehabilitation", "Closed rehabilitation centre"
    RELIGIOUS = "religious", "Religious institution"
    TRANSPORT = "transport", "Prisoner transport"
    OTHER = "other", "Other place"

    @property
    def report_group(self) -> ReportGroup:
        return _PLACE_GROUPS[self]


_PLACE_GROUPS: dict[PlaceType, ReportGroup] = {
    PlaceType.POLICE: ReportGroup.POLICE_STATIONS,
    PlaceType.PRISON: ReportGroup.PRISONS,
    PlaceType.PRETRIAL: ReportGroup.PRISONS,
    PlaceType.COURT_CELLS: ReportGroup.OTHER_PLACES,
    PlaceType.JUVENILE: ReportGroup.JUVENILE_CENTRES,
    PlaceType.PSYCHIATRIC: ReportGroup.PSYCHIATRIC_HEALTH,
    PlaceType.SOCIAL_CARE: ReportGroup.PSYCHIATRIC_HEALTH,
    PlaceType.IMMIGRATION: ReportGroup.MIGRANT_CENTRES,
    PlaceType.TRANSIT_ZONE: ReportGroup.MIGRANT_CENTRES,
    PlaceType.MILITARY: ReportGroup.OTHER_PLACES,
    PlaceType.REHABILITATION: ReportGroup.OTHER_PLACES,
    PlaceType.RELIGIOUS: ReportGroup.OTHER_PLACES,
    PlaceType.TRANSPORT: ReportGroup.OTHER_PLACES,
    PlaceType.OTHER: ReportGroup.OTHER_PLACES,
}


class Register(CodeList):
    """Registers a delegation checks at a place."""

    CUSTODY = "custody", "Custody register"
    ADMISSIONS = "admissions", "Admissions register"
    USE_OF_FORCE = "use_of_force", "Use of force"
    DISCIPLINARY = "disciplinary", "Disciplinary sanctions"
    SOLITARY = "solitary", "Solitary confinement"
    RESTRAINT = "restraint", "Restraint"
    MEDICAL = "medical", "Medical register"
    COMPLAINTS = "complaints", "Complaints"
    DEATHS_INCIDENTS = "deaths_incidents", "Deaths and incidents"


class InterviewKind(CodeList):
    INDIVIDUAL = "individual", "Individual"
    GROUP = "group", "Group"


class IntervieweeCategory(CodeList):
    DETAINEE = "detainee", "Person deprived of liberty"
    CUSTODIAL_STAFF = "custodial_staff", "Custodial staff"
    LAW_ENFORCEMENT = "law_enforcement", "Law enforcement officer"
    MANAGEMENT = "management", "Management"
    MEDICAL = "medical", "Medical personnel"
    OFFICIAL = "official", "Official"
    LAWYER = "lawyer", "Lawyer"
    FAMILY = "family", "Family member"
    NPM = "npm", "National preventive mechanism"
    CIVIL_SOCIETY = "civil_society", "Civil society"
    OTHER = "other", "Other"


class ConsentScope(CodeList):
    """How the interviewee allows their information to be used: the "do no harm" rule."""

    NONE = "none", "No use"
    INTERNAL = "internal", "Delegation use only"
    ANONYMOUS = "anonymous", "Anonymous use in the report"
    TRANSMIT = "transmit", "Anonymous use and transmission to the authorities"

    @property
    def allows_report(self) -> bool:
        return self in (ConsentScope.ANONYMOUS, ConsentScope.TRANSMIT)


class Gender(CodeList):
    FEMALE = "female", "Female"
    MALE = "male", "Male"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Not recorded"


class AgeBracket(CodeList):
    UNDER_18 = "under_18", "Under 18"
    AGE_18_25 = "18_25", "18 to 25"
    AGE_26_40 = "26_40", "26 to 40"
    AGE_41_60 = "41_60", "41 to 60"
    OVER_60 = "over_60", "Over 60"
    UNKNOWN = "unknown", "Not recorded"


class LegalStatus(CodeList):
    PRETRIAL = "pretrial", "Pre-trial"
    SENTENCED = "sentenced", "Sentenced"
    ADMINISTRATIVE = "administrative", "Administrative detention"
    NOT_APPLICABLE = "not_applicable", "Not applicable"
    UNKNOWN = "unknown", "Not recorded"


class AllegationForm(CodeList):
    BEATING = "beating", "Beating or blunt trauma"
    FALANGA = "falanga", "Falanga"
    POSITIONAL = "positional", "Suspension or positional torture"
    ELECTRIC_SHOCK = "electric_shock", "Electric shock"
    ASPHYXIATION = "asphyxiation", "Asphyxiation"
    BURNS = "burns", "Burns"
    SEXUAL = "sexual", "Sexual violence"
    THREATS = "threats", "Threats"
    HUMILIATION = "humiliation", "Humiliation"
    DEPRIVATION = "deprivation", "Deprivation of food, water or sleep"
    SOLITARY = "solitary", "Prolonged solitary confinement"
    OTHER = "other", "Other"


class Perpetrator(CodeList):
    POLICE = "police", "Police"
    CUSTODIAL_STAFF = "custodial_staff", "Custodial staff"
    MILITARY = "military", "Military"
    OTHER_DETAINEES = "other_detainees", "Other detainees"
    MEDICAL_STAFF = "medical_staff", "Medical staff"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


class AllegationSetting(CodeList):
    """Where in the chain of custody the alleged ill-treatment happened."""

    ARREST = "arrest", "At arrest"
    TRANSPORT = "transport", "In transport"
    INTERROGATION = "interrogation", "During interrogation"
    FACILITY = "facility", "In the facility"
    OTHER = "other", "Elsewhere"
    UNKNOWN = "unknown", "Not known"


class Consistency(CodeList):
    """The Istanbul Protocol scale for the doctor's opinion."""

    NOT_CONSISTENT = "not_consistent", "Not consistent with"
    CONSISTENT = "consistent", "Consistent with"
    HIGHLY_CONSISTENT = "highly_consistent", "Highly consistent with"
    TYPICAL = "typical", "Typical of"
    DIAGNOSTIC = "diagnostic", "Diagnostic of"


class FindingArea(CodeList):
    TREATMENT = "treatment", "Treatment"
    SAFEGUARDS = "safeguards", "Legal safeguards"
    MATERIAL_CONDITIONS = "material_conditions", "Material conditions"
    REGIME_ACTIVITIES = "regime_activities", "Regime and activities"
    HEALTH_CARE = "health_care", "Health care"
    PERSONNEL = "personnel", "Personnel"
    REPRISALS = "reprisals", "Reprisals"
    NPM = "npm", "National preventive mechanism"
    LEGAL_FRAMEWORK = "legal_framework", "Legal and institutional framework"
    OTHER = "other", "Other"


class Severity(CodeList):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    URGENT = "urgent", "Urgent"


class EvidenceSource(CodeList):
    """Sources besides interviews on which a finding rests (triangulation)."""

    OBSERVATION = "observation", "Direct observation"
    REGISTERS = "registers", "Registers"
    DOCUMENTS = "documents", "Documents"
    PHOTOGRAPHS = "photographs", "Photographs"
    MEDICAL_EXAMINATION = "medical_examination", "Medical examination"


class Addressee(CodeList):
    STATE = "state", "State party"
    NPM = "npm", "National preventive mechanism"
    AUTHORITY = "authority", "Named authority"


class RecommendationStatus(CodeList):
    NOT_ASSESSED = "not_assessed", "Not assessed"
    IMPLEMENTED = "implemented", "Implemented"
    PARTIALLY_IMPLEMENTED = "partially_implemented", "Partially implemented"
    IN_PROGRESS = "in_progress", "In progress"
    NOT_IMPLEMENTED = "not_implemented", "Not implemented"
    NO_INFORMATION = "no_information", "No information"
    SUPERSEDED = "superseded", "Superseded"


class AuthorityKind(CodeList):
    """The kind of authority a recommendation is addressed to; its name in the country is the
    recommendation's free-text authority."""

    UNSPECIFIED = "unspecified", "Not specified"
    GOVERNMENT = "government", "Government"
    JUSTICE = "justice", "Ministry of justice"
    PRISON_ADMINISTRATION = "prison_administration", "Prison administration"
    INTERIOR = "interior", "Ministry of the interior"
    POLICE = "police", "Police"
    HEALTH = "health", "Ministry of health"
    SOCIAL_AFFAIRS = "social_affairs", "Ministry of social affairs"
    MIGRATION = "migration", "Migration authority"
    DEFENCE = "defence", "Ministry of defence"
    PROSECUTION = "prosecution", "Prosecution service"
    JUDICIARY = "judiciary", "Judiciary"
    LEGISLATURE = "legislature", "Legislature"
    NPM = "npm", "National preventive mechanism"
    OTHER = "other", "Other authority"


class Priority(CodeList):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class PublicationRequester(CodeList):
    STATE = "state", "State party"
    NPM = "npm", "National preventive mechanism"


class ReprisalStatus(CodeList):
    """Where the follow-up of a person at risk of reprisals stands."""

    OPEN = "open", "Open"
    MONITORING = "monitoring", "Monitoring"
    CLOSED = "closed", "Closed"


class ReprisalAction(CodeList):
    """What the Subcommittee did for a person at risk of reprisals."""

    LETTER = "letter", "Letter to the authorities"
    ARTICLE_15 = "article_15", "Article 15 intervention"
    NEXT_VISIT = "next_visit", "Raised at the next visit"
    OTHER = "other", "Other action"
