"""Places of deprivation of liberty visited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AllegationRow,
    FindingEvidenceRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PlaceRow,
    VisitRow,
)
from spt_field.domain.rules import problems_in_place, raise_problems
from spt_field.domain.values import Place, PlaceFields
from spt_field.errors import UserError, ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.places_register import check_register_link, matching_entry
from spt_field.services.records import get_live, live, tombstone_where

PLACES = Entity(PlaceRow, Place, PlaceFields)


def add_place(session: Session, visit_id: str, fields: PlaceFields) -> Place:
    """Add a place; one not linked to the register is linked to the entry of the visit's
    country that has its name, if exactly one has it."""
    raise_problems(problems_in_place(fields, visit_context(session, visit_id)))
    if fields.register_id is None and fields.name.strip():
        country = get_live(session, VisitRow, visit_id).country
        entry = matching_entry(session, country, fields.name)
        fields = replace(fields, register_id=entry.id if entry else None)
    check_register_link(session, visit_id, fields.register_id)
    return PLACES.add(session, fields, visit_id=visit_id)


def get_place(session: Session, place_id: str) -> Place:
    return PLACES.get(session, place_id)


def update_place(
    session: Session, place_id: str, /, *, loaded: Any = None, **changes: Any
) -> Place:
    def problems(fields: PlaceFields, row: PlaceRow) -> Iterator[ValidationError]:
        yield from problems_in_place(fields, visit_context(session, row.visit_id))
        if fields.register_id != row.register_id:
            check_register_link(session, row.visit_id, fields.register_id)

    return PLACES.update(session, place_id, changes, problems, loaded=loaded)


def delete_place(session: Session, place_id: str) -> None:
    """Tombstone the place with its interviews; refused while findings refer to it or cite
    its interviews."""
    get_live(session, PlaceRow, place_id)
    findings = session.scalar(
        sa.select(sa.func.count())
        .select_from(FindingRow)
        .where(FindingRow.place_id == place_id, live(FindingRow))
    )
    if findings:
        raise UserError(
            f"{findings} finding(s) refer to this place: link them elsewhere or delete them first"
        )
    interviews = sa.select(InterviewRow.id).where(
        InterviewRow.place_id == place_id, live(InterviewRow)
    )
    cited = session.scalar(
        sa.select(sa.func.count(sa.distinct(FindingRow.id)))
        .join(FindingEvidenceRow, FindingEvidenceRow.finding_id == FindingRow.id)
        .where(FindingEvidenceRow.interview_id.in_(interviews), live(FindingRow))
    )
    if cited:
        raise UserError(
            f"interviews at this place are evidence for {cited} finding(s): "
            "remove them from those findings' evidence first"
        )
    tombstone_where(session, AllegationRow, AllegationRow.interview_id.in_(interviews))
    tombstone_where(
        session, IntervieweeIdentityRow, IntervieweeIdentityRow.interview_id.in_(interviews)
    )
    tombstone_where(session, InterviewRow, InterviewRow.place_id == place_id)
    tombstone_where(session, PlaceRow, PlaceRow.id == place_id)


def list_places_for_visit(session: Session, visit_id: str) -> list[Place]:
    statement = PLACES.select(
        PlaceRow.visit_id == visit_id, order_by=[PlaceRow.visited_on, PlaceRow.name]
    )
    return PLACES.list(session, statement)
