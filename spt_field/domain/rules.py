"""The rules of a visit as plain functions.

Each `problems_in_...` function yields every ValidationError it finds, naming the field;
services raise them (`raise_problems`), the importer collects them all with their JSON paths.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spt_field.domain.codes import Addressee, ConsentScope, InterviewKind, VisitStatus
from spt_field.domain.countries import is_valid_country
from spt_field.domain.limits import problems_in_texts
from spt_field.domain.values import (
    AllegationFields,
    DelegationMemberFields,
    FindingFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
    ProgrammeEntryFields,
    RecommendationFields,
    RegisteredPlaceFields,
    ReprisalCaseFields,
    VisitFields,
)
from spt_field.errors import InvalidDataError, ValidationError

Problems = Iterator[ValidationError]


@dataclass(frozen=True)
class VisitContext:
    """What the rules of a record inside a visit need to know about that visit."""

    start_date: date
    end_date: date
    member_ids: Collection[str] = ()
    place_ids: Collection[str] = ()
    interview_ids: Collection[str] = ()
    finding_ids: Collection[str] = ()


def raise_problems(problems: Iterable[ValidationError]) -> None:
    found = list(problems)
    if len(found) == 1:
        raise found[0]
    if found:
        raise InvalidDataError(found)


def _required_text(field: str, value: str | None) -> Problems:
    if value is None or not value.strip():
        yield ValidationError(field, "must not be empty")


def _date_inside_visit(field: str, day: date | None, visit: VisitContext) -> Problems:
    if day is not None and not visit.start_date <= day <= visit.end_date:
        yield ValidationError(
            field,
            "{day} is outside the visit ({start} to {end})",
            day=day,
            start=visit.start_date,
            end=visit.end_date,
        )


# No place holds more people than this; a larger figure is a typing slip.
MAX_COUNT = 10_000_000


def _not_negative(field: str, value: int | None) -> Problems:
    if value is not None and value < 0:
        yield ValidationError(field, "must not be negative")
    if value is not None and value > MAX_COUNT:
        yield ValidationError(field, "must not be more than {maximum:,}", maximum=MAX_COUNT)


def _known_ids(field: str, ids: Iterable[str], known: Collection[str], what: str) -> Problems:
    for position, record_id in enumerate(ids):
        if record_id not in known:
            yield ValidationError(
                f"{field}[{position}]",
                "no {what} {record} in this visit",
                what=what,
                record=record_id,
            )


def problems_in_visit(visit: VisitFields) -> Problems:
    yield from problems_in_texts(visit)
    if not is_valid_country(visit.country):
        yield ValidationError(
            "country",
            "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ",
            country=visit.country,
        )
    if visit.end_date < visit.start_date:
        yield ValidationError("end_date", "must not be before the start date")
    if visit.status is VisitStatus.POSTPONED and not (visit.postponement_reason or "").strip():
        yield ValidationError("postponement_reason", "a postponed visit needs the reason")
    for field in ("reply_due_on", "reply_received_on", "publication_requested_on"):
        day = getattr(visit, field)
        if day is not None and visit.transmitted_on is not None and day < visit.transmitted_on:
            yield ValidationError(field, "must not be before the report's transmission date")
        if day is not None and visit.transmitted_on is None and field != "reply_due_on":
            yield ValidationError(field, "the report has not been transmitted yet")
    if visit.publication_requested_on is not None and visit.publication_requested_by is None:
        yield ValidationError("publication_requested_by", "say who requested publication")
    for position, objective in enumerate(visit.objectives):
        yield from _required_text(f"objectives[{position}]", objective)


def problems_in_member(member: DelegationMemberFields) -> Problems:
    yield from problems_in_texts(member)
    yield from _required_text("name", member.name)


def problems_in_person_met(person: PersonMetFields) -> Problems:
    yield from problems_in_texts(person)
    yield from _required_text("name", person.name)
    yield from _not_negative("protocol_rank", person.protocol_rank)


_HEADCOUNTS = (
    "men",
    "women",
    "children",
    "pretrial",
    "sentenced",
    "administrative",
    "foreign_nationals",
)


def problems_in_place(place: PlaceFields, visit: VisitContext) -> Problems:
    yield from problems_in_texts(place)
    yield from _required_text("name", place.name)
    yield from _date_inside_visit("visited_on", place.visited_on, visit)
    if place.arrived_at and place.left_at and place.left_at < place.arrived_at:
        yield ValidationError("left_at", "must not be before the arrival time")
    if place.latitude is not None and not -90 <= place.latitude <= 90:
        yield ValidationError("latitude", "must be between -90 and 90")
    if place.longitude is not None and not -180 <= place.longitude <= 180:
        yield ValidationError("longitude", "must be between -180 and 180")
    yield from _not_negative("capacity", place.capacity)
    yield from _not_negative("population", place.population)
    for field in _HEADCOUNTS:
        count = getattr(place, field)
        yield from _not_negative(field, count)
        if count is not None and place.population is not None and count > place.population:
            yield ValidationError(
                field,
                "{count} is more than the population ({population})",
                count=count,
                population=place.population,
            )
    if len(set(place.registers_checked)) != len(place.registers_checked):
        yield ValidationError("registers_checked", "lists a register twice")
    yield from _known_ids("members_present", place.members_present, visit.member_ids, "member")


def problems_in_interview(
    interview: InterviewFields, visit: VisitContext, pseudonyms_taken: Collection[str]
) -> Problems:
    """`pseudonyms_taken`: the pseudonyms of the visit's *other* interviews."""
    yield from problems_in_texts(interview)
    yield from _required_text("pseudonym", interview.pseudonym)
    if interview.pseudonym.strip() in pseudonyms_taken:
        yield ValidationError(
            "pseudonym",
            "{pseudonym!r} is already used in this visit",
            pseudonym=interview.pseudonym,
        )
    if interview.kind is InterviewKind.GROUP and interview.persons < 2:
        yield ValidationError("persons", "a group interview has at least 2 persons")
    if interview.kind is InterviewKind.INDIVIDUAL and interview.persons != 1:
        yield ValidationError("persons", "an individual interview has exactly 1 person")
    yield from _not_negative("persons", interview.persons)
    yield from _date_inside_visit("held_on", interview.held_on, visit)
    if interview.nationality is not None and not is_valid_country(interview.nationality):
        yield ValidationError(
            "nationality", "{country!r} is not a country code", country=interview.nationality
        )
    yield from _known_ids("interviewers", interview.interviewers, visit.member_ids, "member")


def problems_in_allegation(
    allegation: AllegationFields, consent: ConsentScope, visit: VisitContext
) -> Problems:
    """`consent`: the consent scope of the interview the allegation was made in."""
    yield from problems_in_texts(allegation)
    if allegation.consent_to_transmit and consent is not ConsentScope.TRANSMIT:
        yield ValidationError(
            "consent_to_transmit",
            "the interview's consent is {consent!r}: transmission needs 'transmit'",
            consent=consent.value,
        )
    if allegation.consistency is not None and not allegation.medical_examination:
        yield ValidationError("consistency", "a consistency opinion needs a medical examination")
    if allegation.occurred_on is not None and allegation.occurred_on > visit.end_date:
        yield ValidationError("occurred_on", "must not be after the visit")


def problems_in_finding(finding: FindingFields, visit: VisitContext) -> Problems:
    yield from problems_in_texts(finding)
    yield from _required_text("title", finding.title)
    if finding.place_id is not None and finding.place_id not in visit.place_ids:
        yield ValidationError(
            "place_id", "no {what} {record} in this visit", what="place", record=finding.place_id
        )
    yield from _known_ids("evidence", finding.evidence, visit.interview_ids, "interview")
    if len(set(finding.evidence)) != len(finding.evidence):
        yield ValidationError("evidence", "lists an interview twice")


def problems_in_recommendation(
    recommendation: RecommendationFields, visit: VisitContext
) -> Problems:
    yield from problems_in_texts(recommendation)
    yield from _required_text("text", recommendation.text)
    if recommendation.addressee is Addressee.AUTHORITY:
        yield from _required_text("authority", recommendation.authority)
    yield from _known_ids("finding_ids", recommendation.finding_ids, visit.finding_ids, "finding")
    if len(set(recommendation.finding_ids)) != len(recommendation.finding_ids):
        yield ValidationError("finding_ids", "lists a finding twice")
    if recommendation.paragraph_number is not None and recommendation.paragraph_number < 1:
        yield ValidationError("paragraph_number", "must be 1 or more")


def problems_in_reprisal_case(case: ReprisalCaseFields) -> Problems:
    yield from problems_in_texts(case)
    if len(set(case.actions)) != len(case.actions):
        yield ValidationError("actions", "lists an action twice")


def problems_in_registered_place(place: RegisteredPlaceFields) -> Problems:
    yield from problems_in_texts(place)
    if not is_valid_country(place.country):
        yield ValidationError(
            "country",
            "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ",
            country=place.country,
        )
    yield from _required_text("name", place.name)
    yield from _not_negative("capacity", place.capacity)


def problems_in_programme_entry(entry: ProgrammeEntryFields, visit: VisitContext) -> Problems:
    yield from problems_in_texts(entry)
    yield from _date_inside_visit("day", entry.day, visit)
    if entry.starts_at and entry.ends_at and entry.ends_at < entry.starts_at:
        yield ValidationError("ends_at", "must not be before the start time")
    if entry.place_id is not None:
        yield from _known_ids("place_id", (entry.place_id,), visit.place_ids, "place")
