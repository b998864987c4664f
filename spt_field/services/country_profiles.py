"""Country profiles: read and write what the introduction of a report says of the State.

One profile per country, written whole (the editor saves every field at once); saving the
same values again changes nothing, so the audit trail records real edits only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import CountryProfileRow
from spt_field.domain.country_profiles import (
    CountryProfile,
    CountryProfileFields,
    PreviousVisit,
    problems_in_country_profile,
    profile_from_json,
    profile_to_json,
)
from spt_field.domain.json_values import to_json
from spt_field.domain.rules import raise_problems
from spt_field.services.records import add_row, live, write_columns

_COLUMNS = tuple(field.name for field in fields(CountryProfileFields))


def _columns(profile: CountryProfileFields) -> dict[str, Any]:
    columns = {name: getattr(profile, name) for name in _COLUMNS}
    columns["previous_visits"] = [asdict(visit) for visit in profile.previous_visits]
    return columns


def _value(row: CountryProfileRow) -> CountryProfile:
    visits = tuple(PreviousVisit(**stored) for stored in row.previous_visits or ())
    columns = {name: getattr(row, name) for name in _COLUMNS if name != "previous_visits"}
    return CountryProfile(
        id=row.id,
        version=row.version,
        updated_at=row.updated_at,
        previous_visits=visits,
        **columns,
    )


def _row(session: Session, country: str) -> CountryProfileRow | None:
    """The country's row, deleted or not (one per country)."""
    statement = sa.select(CountryProfileRow).where(CountryProfileRow.country == country)
    return session.scalars(statement).one_or_none()


def get_country_profile(session: Session, country: str) -> CountryProfile | None:
    """The country's profile, or None if none is recorded."""
    row = _row(session, country)
    return _value(row) if row is not None and row.deleted_at is None else None


def list_country_profiles(
    session: Session, countries: Iterable[str] | None = None
) -> list[CountryProfile]:
    """Every profile (or the profiles of `countries`), by country code."""
    statement = sa.select(CountryProfileRow).where(live(CountryProfileRow))
    if countries is not None:
        statement = statement.where(CountryProfileRow.country.in_(sorted(set(countries))))
    rows: Sequence[CountryProfileRow] = session.scalars(
        statement.order_by(CountryProfileRow.country)
    ).all()
    return [_value(row) for row in rows]


def save_country_profile(
    session: Session, profile: CountryProfileFields, *, record_id: str | None = None
) -> CountryProfile:
    """Record the country's profile, replacing what was recorded for that country (`record_id`
    names a new profile's id, as an import keeps the file's ids, unless another profile has it)."""
    raise_problems(problems_in_country_profile(profile))
    row = _row(session, profile.country)
    if row is None:
        row = CountryProfileRow(**_columns(profile))
        if record_id is not None and session.get(CountryProfileRow, record_id) is None:
            row.id = record_id
        add_row(session, row)
    else:
        # A profile deleted (by a resolved conflict) comes back with what was typed.
        write_columns(session, row, {**_columns(profile), "deleted_at": None})
    return _value(row)


def set_profile_field(session: Session, country: str, name: str, value: Any) -> CountryProfile:
    """Set one field of the country's profile to `value` as a conflict shows it (a date, a
    text, the earlier visits as JSON objects); a value that breaks a rule raises
    ValidationError naming the field."""
    current = get_country_profile(session, country) or CountryProfileFields(country=country)
    changed = {**profile_to_json(current), name: to_json(value) if value is not None else None}
    return save_country_profile(session, profile_from_json(changed))
