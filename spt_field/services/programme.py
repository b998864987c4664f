"""The delegation's daily programme for a visit: which team goes to which place when, and the
meetings with the authorities. Internal to the delegation (printed for it, put on its phones)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import PlaceRow, ProgrammeEntryRow, RegisteredPlaceRow
from spt_field.domain.rules import problems_in_programme_entry, raise_problems
from spt_field.domain.values import ProgrammeEntry, ProgrammeEntryFields
from spt_field.errors import ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.places_register import check_register_link
from spt_field.services.records import get_live, tombstone_where

PROGRAMME = Entity(ProgrammeEntryRow, ProgrammeEntry, ProgrammeEntryFields)


@dataclass(frozen=True, kw_only=True)
class ProgrammeLine:
    """An entry as the programme shows it: what is done (the place's name or the authority met)
    and where (the place's region)."""

    entry: ProgrammeEntry
    what: str
    region: str


def _problems(
    session: Session, visit_id: str, fields: ProgrammeEntryFields
) -> Iterator[ValidationError]:
    yield from problems_in_programme_entry(fields, visit_context(session, visit_id))


def add_programme_entry(
    session: Session, visit_id: str, fields: ProgrammeEntryFields
) -> ProgrammeEntry:
    raise_problems(_problems(session, visit_id, fields))
    check_register_link(session, visit_id, fields.register_id)
    return PROGRAMME.add(session, fields, visit_id=visit_id)


def get_programme_entry(session: Session, entry_id: str) -> ProgrammeEntry:
    return PROGRAMME.get(session, entry_id)


def update_programme_entry(
    session: Session, entry_id: str, /, *, loaded: Any = None, **changes: Any
) -> ProgrammeEntry:
    def problems(fields: ProgrammeEntryFields, row: ProgrammeEntryRow) -> Iterator[ValidationError]:
        yield from _problems(session, row.visit_id, fields)
        if fields.register_id != row.register_id:
            check_register_link(session, row.visit_id, fields.register_id)

    return PROGRAMME.update(session, entry_id, changes, problems, loaded=loaded)


def delete_programme_entry(session: Session, entry_id: str) -> None:
    get_live(session, ProgrammeEntryRow, entry_id)
    tombstone_where(session, ProgrammeEntryRow, ProgrammeEntryRow.id == entry_id)


def programme_for_visit(session: Session, visit_id: str) -> list[ProgrammeEntry]:
    """The visit's entries by day and start time (entries without a time first)."""
    statement = PROGRAMME.select(
        ProgrammeEntryRow.visit_id == visit_id,
        order_by=[
            ProgrammeEntryRow.day,
            ProgrammeEntryRow.starts_at.is_not(None),
            ProgrammeEntryRow.starts_at,
            ProgrammeEntryRow.team,
        ],
    )
    return PROGRAMME.list(session, statement)


def programme_lines(session: Session, visit_id: str) -> list[ProgrammeLine]:
    """The programme with the names of its places (the visit's place before the register's)."""
    entries = programme_for_visit(session, visit_id)
    places = {
        row.id: (row.name, row.region)
        for row in session.execute(
            sa.select(PlaceRow.id, PlaceRow.name, PlaceRow.region).where(
                PlaceRow.visit_id == visit_id
            )
        )
    }
    register_ids = [entry.register_id for entry in entries if entry.register_id]
    registered = {
        row.id: (row.name, row.region)
        for row in session.execute(
            sa.select(
                RegisteredPlaceRow.id, RegisteredPlaceRow.name, RegisteredPlaceRow.region
            ).where(RegisteredPlaceRow.id.in_(register_ids))
        )
    }
    lines = []
    for entry in entries:
        name, region = (
            places.get(entry.place_id or "")
            or registered.get(entry.register_id or "")
            or (entry.meeting_with, "")
        )
        lines.append(ProgrammeLine(entry=entry, what=name, region=region))
    return lines
