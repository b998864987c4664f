"""For each kind of record, the services that read, change, delete and restore it.

The UI's generic machinery (undo commands, forms) looks the functions up here, so that one
`EditCommand` serves every kind of record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from spt_field.domain.kinds import RecordKind
from spt_field.services import (
    allegations,
    delegation,
    findings,
    interviews,
    places,
    recommendations,
    visits,
)


@dataclass(frozen=True)
class Operations:
    get: Callable[[Session, str], Any]
    update: Callable[..., Any]
    delete: Callable[[Session, str], None]
    create: Callable[[Session, str, Any], Any]


OPERATIONS: dict[RecordKind, Operations] = {
    RecordKind.VISIT: Operations(
        visits.get_visit,
        visits.update_visit,
        visits.delete_visit,
        lambda session, _parent, fields: visits.create_visit(session, fields),
    ),
    RecordKind.MEMBER: Operations(
        delegation.get_member,
        delegation.update_member,
        delegation.delete_member,
        delegation.add_member,
    ),
    RecordKind.PERSON_MET: Operations(
        delegation.get_person_met,
        delegation.update_person_met,
        delegation.delete_person_met,
        delegation.add_person_met,
    ),
    RecordKind.PLACE: Operations(
        places.get_place, places.update_place, places.delete_place, places.add_place
    ),
    RecordKind.INTERVIEW: Operations(
        interviews.get_interview,
        interviews.update_interview,
        interviews.delete_interview,
        interviews.record_interview,
    ),
    RecordKind.ALLEGATION: Operations(
        allegations.get_allegation,
        allegations.update_allegation,
        allegations.delete_allegation,
        allegations.add_allegation,
    ),
    RecordKind.FINDING: Operations(
        findings.get_finding,
        findings.update_finding,
        findings.delete_finding,
        findings.add_finding,
    ),
    RecordKind.RECOMMENDATION: Operations(
        recommendations.get_recommendation,
        recommendations.update_recommendation,
        recommendations.delete_recommendation,
        recommendations.add_recommendation,
    ),
}
