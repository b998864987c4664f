"""The register of places of deprivation of liberty of each country: the list the NPM keeps,
imported whole, and each entry's visits counted from the visits' places linked to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import PlaceRow, RegisteredPlaceRow, VisitRow
from spt_field.domain.countries import is_valid_country
from spt_field.domain.register_list import parse_register_list
from spt_field.domain.rules import problems_in_registered_place, raise_problems
from spt_field.domain.values import RegisteredPlace, RegisteredPlaceFields
from spt_field.errors import UserError, ValidationError
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, live, tombstone_where


def _visits_of(session: Session, rows: Sequence[Any]) -> Mapping[str, Mapping[str, Any]]:
    """Last visited and times visited, from the live places of live visits linked to each entry
    (a place without its day counts the visit's first day)."""
    ids = [row.id for row in rows]
    day = sa.func.coalesce(PlaceRow.visited_on, VisitRow.start_date)
    statement = (
        sa.select(PlaceRow.register_id, sa.func.max(day), sa.func.count(sa.distinct(VisitRow.id)))
        .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
        .where(PlaceRow.register_id.in_(ids), live(PlaceRow), live(VisitRow))
        .group_by(PlaceRow.register_id)
    )
    found: dict[str, Mapping[str, Any]] = {
        str(register_id): {"last_visited": last, "times_visited": times}
        for register_id, last, times in session.execute(statement)
    }
    never = {"last_visited": None, "times_visited": 0}
    return {record_id: found.get(record_id, never) for record_id in ids}


REGISTER = Entity(RegisteredPlaceRow, RegisteredPlace, RegisteredPlaceFields, extras=_visits_of)


def add_registered_place(
    session: Session, _parent_id: str, fields: RegisteredPlaceFields
) -> RegisteredPlace:
    """Add an entry (the register has no parent record: the parent id is ignored)."""
    raise_problems(problems_in_registered_place(fields))
    return REGISTER.add(session, fields)


def get_registered_place(session: Session, entry_id: str) -> RegisteredPlace:
    return REGISTER.get(session, entry_id)


def update_registered_place(
    session: Session, entry_id: str, /, *, loaded: Any = None, **changes: Any
) -> RegisteredPlace:
    if "country" in changes:
        raise ValidationError("country", "must not be changed")
    return REGISTER.update(
        session,
        entry_id,
        changes,
        lambda fields, _row: problems_in_registered_place(fields),
        loaded=loaded,
    )


def delete_registered_place(session: Session, entry_id: str) -> None:
    """Tombstone the entry. Places and programme entries keep their link (undoing the deletion
    brings it back); a link to a deleted entry is not exported, as for a deleted member."""
    get_live(session, RegisteredPlaceRow, entry_id)
    tombstone_where(session, RegisteredPlaceRow, RegisteredPlaceRow.id == entry_id)


def register_of_country(session: Session, country: str) -> list[RegisteredPlace]:
    statement = REGISTER.select(
        RegisteredPlaceRow.country == country,
        order_by=[RegisteredPlaceRow.region, RegisteredPlaceRow.name],
    )
    return REGISTER.list(session, statement)


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def matching_entry(session: Session, country: str, name: str) -> RegisteredPlace | None:
    """The one entry of the country's register with this name (spaces and case aside), if
    exactly one has it."""
    found = [
        entry
        for entry in register_of_country(session, country)
        if _same_name(entry.name) == _same_name(name)
    ]
    return found[0] if len(found) == 1 else None


def import_register_list(
    session: Session, country: str, rows: Sequence[Sequence[object]]
) -> list[RegisteredPlace]:
    """Add the entries of a list (spt_field.interchange.places_list reads the file), all or
    nothing: an entry already in the register (same name and region) is updated instead.
    Every problem of the list is reported at once, by row and column."""
    if not is_valid_country(country):
        raise ValidationError(
            "country", "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ", country=country
        )
    existing = {
        (_same_name(entry.name), _same_name(entry.region)): entry
        for entry in register_of_country(session, country)
    }
    result = []
    for fields in parse_register_list(rows, country):
        known = existing.get((_same_name(fields.name), _same_name(fields.region)))
        if known is None:
            result.append(REGISTER.add(session, fields))
        else:
            result.append(
                update_registered_place(
                    session, known.id, place_type=fields.place_type, capacity=fields.capacity
                )
            )
    return result


def check_register_link(session: Session, visit_id: str, register_id: str | None) -> None:
    """A visit's place links to an entry of its own country's register."""
    if register_id is None:
        return
    visit = get_live(session, VisitRow, visit_id)
    entry = session.get(RegisteredPlaceRow, register_id)
    if entry is None or entry.deleted_at is not None or entry.country != visit.country:
        raise UserError(f"no place {register_id} in the register of {visit.country}")
