"""Export visits as an `spt-field/1` document."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from spt_field.domain.country_profiles import profile_to_json
from spt_field.domain.json_values import REPORT_KEYS, fields_to_json
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
    StatusChangeFields,
    VisitFields,
)
from spt_field.interchange.attachment_files import attachment_records
from spt_field.interchange.schema import FORMAT
from spt_field.safe_files import write_atomically
from spt_field.services.allegations import list_allegations_for_visit
from spt_field.services.country_profiles import list_country_profiles
from spt_field.services.delegation import list_delegation, list_persons_met
from spt_field.services.findings import list_findings_for_visit
from spt_field.services.interviews import identities_for_export, list_interviews_for_visit
from spt_field.services.narratives import stored_narratives
from spt_field.services.places import list_places_for_visit
from spt_field.services.places_register import register_of_country
from spt_field.services.programme import programme_for_visit
from spt_field.services.recommendations import list_recommendations_for_visit
from spt_field.services.reprisals import cases_for_visit
from spt_field.services.status_history import status_history
from spt_field.services.visits import get_visit, list_visits


def _record(fields_class: type, value: Any, **overrides: Any) -> dict[str, Any]:
    return {"id": value.id, **fields_to_json(fields_class, value), **overrides}


def _visit(session: Session, visit_id: str, *, identities: bool) -> dict[str, Any]:
    visit = get_visit(session, visit_id)
    allegations = defaultdict(list)
    for allegation in list_allegations_for_visit(session, visit_id):
        allegations[allegation.interview_id].append(_record(AllegationFields, allegation))
    known = identities_for_export(session, visit_id) if identities else {}
    delegation = list_delegation(session, visit_id)
    members = {member.id for member in delegation}
    interviews = defaultdict(list)
    for interview in list_interviews_for_visit(session, visit_id):
        interviews[interview.place_id].append(
            {
                **_record(InterviewFields, interview),
                "interviewers": [id_ for id_ in interview.interviewers if id_ in members],
                "identity": known.get(interview.id),
                "allegations": allegations[interview.id],
            }
        )
    document = _record(VisitFields, visit)
    report = {key: document.pop(key) for key in REPORT_KEYS}
    report["narratives"] = {
        section.value: text for section, text in stored_narratives(session, visit_id).items()
    }
    places = list_places_for_visit(session, visit_id)
    live_places = {place.id for place in places}
    registered = {entry.id for entry in register_of_country(session, visit.country)}

    def registered_or_none(entry_id: str | None) -> str | None:
        return entry_id if entry_id in registered else None

    programme = [
        _record(
            ProgrammeEntryFields,
            entry,
            # Links to a deleted place or register entry no longer travel, as for a member.
            place_id=entry.place_id if entry.place_id in live_places else None,
            register_id=registered_or_none(entry.register_id),
        )
        for entry in programme_for_visit(session, visit_id)
    ]
    attachments = attachment_records(session, visit_id)
    return {
        **document,
        "report": report,
        "delegation": [_record(DelegationMemberFields, member) for member in delegation],
        "persons_met": [
            _record(PersonMetFields, person) for person in list_persons_met(session, visit_id)
        ],
        "places": [
            _record(
                PlaceFields,
                place,
                # A deleted member no longer travels: neither do references to them.
                members_present=[id_ for id_ in place.members_present if id_ in members],
                register_id=registered_or_none(place.register_id),
                interviews=interviews[place.id],
            )
            for place in places
        ],
        "findings": [
            _record(FindingFields, finding)
            for finding in list_findings_for_visit(session, visit_id)
        ],
        "recommendations": [
            _record(
                RecommendationFields,
                recommendation,
                status_history=[
                    _record(StatusChangeFields, change)
                    for change in status_history(session, recommendation.id)
                ],
            )
            for recommendation in list_recommendations_for_visit(session, visit_id)
        ],
        "reprisal_cases": [
            _record(ReprisalCaseFields, case) for case in cases_for_visit(session, visit_id)
        ],
        # Optional keys, left out when empty (documents from before them stay the same).
        **({"programme": programme} if programme else {}),
        # Only when there are any: a visit without attachments is written as before.
        **({"attachments": attachments} if attachments else {}),
    }


def export_document(
    session: Session, visit_id: str | None = None, *, identities: bool = True
) -> dict[str, Any]:
    """One visit, or every visit oldest first. `identities=False` leaves real identities out."""
    if visit_id is not None:
        visit_ids = [visit_id]
    else:
        visit_ids = [summary.id for summary in reversed(list_visits(session))]
    visits = [_visit(session, one, identities=identities) for one in visit_ids]
    countries = dict.fromkeys(visit["country"] for visit in visits)
    register = [
        _record(RegisteredPlaceFields, entry)
        for country in countries
        for entry in register_of_country(session, country)
    ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "visits": visits,
        **({"places_register": register} if register else {}),
    }
    profiles = list_country_profiles(session, list(countries) if visit_id else None)
    if profiles:
        document["country_profiles"] = [
            {"id": profile.id, **profile_to_json(profile)} for profile in profiles
        ]
    return document


def write_document(document: dict[str, Any], path: Path) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(text.encode("utf-8"), path)
