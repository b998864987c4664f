"""What every entity's service shares: rows <-> values, versioned writes, tombstones.

Services take a Session and never commit; the caller's unit of work decides.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.base import SyncColumns, utcnow
from spt_field.domain.audit import AuditAction
from spt_field.errors import EditConflictError, NotFoundError

RowT = TypeVar("RowT", bound=SyncColumns)
ValueT = TypeVar("ValueT")

Converter = Callable[[Any], Any]


def _converter(hint: Any) -> Converter | None:
    """How to turn a stored column value into the value a dataclass field holds."""
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and issubclass(item, enum.Enum):
            return lambda stored: tuple(item(code) for code in stored or ())
        return lambda stored: tuple(stored or ())
    return None


@cache
def _field_converters(value_class: Any) -> tuple[tuple[str, Converter | None], ...]:
    hints = typing.get_type_hints(value_class)
    return tuple(
        (field.name, _converter(hints[field.name])) for field in dataclasses.fields(value_class)
    )


def to_value(value_class: type[ValueT], row: Any, **extra: Any) -> ValueT:
    """Build a frozen value from a row; `extra` supplies fields that are not columns."""
    kwargs: dict[str, Any] = {}
    for name, convert in _field_converters(value_class):  # type: ignore[arg-type]
        if name in extra:
            kwargs[name] = extra[name]
        else:
            stored = getattr(row, name)
            kwargs[name] = convert(stored) if convert else stored
    return value_class(**kwargs)


def to_columns(fields: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The column values for a Fields value: tuples become JSON lists of codes or ids."""
    columns: dict[str, Any] = {}
    skipped = set(skip)
    for field in dataclasses.fields(fields):
        if field.name in skipped:
            continue
        value = getattr(fields, field.name)
        columns[field.name] = [str(item) for item in value] if isinstance(value, tuple) else value
    return columns


def fields_part(fields_class: Any, value: Any) -> Any:
    """The editable part of a stored value (a Place is a PlaceFields with an id)."""
    return fields_class(
        **{field.name: getattr(value, field.name) for field in dataclasses.fields(fields_class)}
    )


def changed(fields_class: type[ValueT], value: Any, changes: Mapping[str, Any]) -> ValueT:
    """The Fields of `value` with `changes` applied; an unknown field name is a bug."""
    known = {field.name for field in dataclasses.fields(fields_class)}  # type: ignore[arg-type]
    unknown = set(changes) - known
    if unknown:
        raise TypeError(f"{fields_class.__name__} has no field {sorted(unknown)}")
    hints = typing.get_type_hints(fields_class)
    coerced = {name: _as_codes(hints[name], new) for name, new in changes.items()}
    result: ValueT = dataclasses.replace(fields_part(fields_class, value), **coerced)
    return result


def _as_codes(hint: Any, value: Any) -> Any:
    """A code given as its string (from a form or a script) becomes its code-list member."""
    if not isinstance(value, str | tuple | list):
        return value
    options = (
        typing.get_args(hint)
        if typing.get_origin(hint) in (types.UnionType, typing.Union)
        else (hint,)
    )
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum) and isinstance(value, str):
            return option(value)
        if typing.get_origin(option) is tuple and isinstance(value, tuple | list):
            item = typing.get_args(option)[0]
            if isinstance(item, type) and issubclass(item, enum.Enum):
                return tuple(item(code) for code in value)
            return tuple(value)
    return value


def refuse_lost_update(
    table: str, current: Any, loaded: Any, fields: Any, changes: Iterable[str]
) -> None:
    """Refuse an edit made on `loaded` (what the user saw) when the record has moved on
    (`current`, stored at a newer version) in a field the edit changes: EditConflictError
    naming those fields and the values the other saved. An edit of fields nobody else touched
    is applied over the newer version; so is one that makes the same change as the other."""
    if loaded.version == current.version:
        return
    theirs = {
        name: getattr(current, name)
        for name in changes
        if getattr(current, name) != getattr(loaded, name)
        and getattr(current, name) != getattr(fields, name)
    }
    if theirs:
        raise EditConflictError(
            table.replace("_", " "), theirs, record_id=current.id, version=current.version
        )


def device_of(session: Session) -> str:
    return str(session.info["device_id"])


def get_live(session: Session, row_class: type[RowT], record_id: str) -> RowT:
    row = session.get(row_class, record_id)
    if row is None or row.deleted_at is not None:
        what = row_class.__tablename__.replace("_", " ")
        raise NotFoundError(f"no {what} with id {record_id}")
    return row


def add_row(session: Session, row: RowT) -> RowT:
    row.device_id = device_of(session)
    session.add(row)
    session.flush()
    return row


def write_columns(session: Session, row: SyncColumns, columns: Mapping[str, Any]) -> None:
    """Set changed columns and, if anything changed, bump the version as one edit."""
    dirty = False
    for name, value in columns.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            dirty = True
    if dirty:
        touch(session, row)


def touch(session: Session, row: SyncColumns) -> None:
    row.version += 1
    row.updated_at = utcnow()
    row.device_id = device_of(session)
    session.flush()


def deletion_stamp(session: Session) -> datetime:
    """One tombstone time per unit of work, so that a deletion and its cascade can be undone
    together (see services.trash)."""
    stamp: datetime = session.info.setdefault("deletion_stamp", utcnow())
    return stamp


def tombstone_where(session: Session, row_class: type[SyncColumns], *where: Any) -> int:
    """Soft-delete every live row matching `where` (one statement, counted)."""
    stamp = deletion_stamp(session)
    ids = session.scalars(
        sa.update(row_class)
        .where(row_class.deleted_at.is_(None), *where)
        .values(
            deleted_at=stamp,
            updated_at=stamp,
            version=row_class.version + 1,
            device_id=device_of(session),
        )
        .returning(row_class.id)
        .execution_options(synchronize_session="fetch")
    ).all()
    note_each(session, row_class.__tablename__, ids, AuditAction.DELETE)
    return len(ids)


def note_each(session: Session, table: str, ids: Iterable[str], action: AuditAction) -> None:
    """Put rows changed by one bulk statement in the audit trail."""
    for record_id in ids:
        audit_log.note(session, table, record_id, action)


def live(row_class: type[SyncColumns]) -> Any:
    return row_class.deleted_at.is_(None)
