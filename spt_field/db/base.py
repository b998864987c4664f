"""Declarative base, the naming convention, and the sync columns every row carries."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _codes(enum_class: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_class]


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        # Code lists are stored as their stable codes, not as Python member names.
        enum.Enum: sa.Enum(
            enum.Enum,
            native_enum=False,
            create_constraint=False,
            length=40,
            values_callable=_codes,
        ),
        list[str]: sa.JSON,
        date: sa.Date,
        time: sa.Time,
        datetime: sa.DateTime,
    }


#: The columns every SyncColumns row has: bookkeeping, not fields of the record (a change to them
#: is the event itself, in the audit trail and in field sync).
SYNC_COLUMN_NAMES = frozenset(
    {"id", "created_at", "updated_at", "deleted_at", "device_id", "version"}
)


class SyncColumns:
    """UUID key, timestamps, tombstone, last device and version: what field sync merges on.

    The version also guards against a lost update: every ORM UPDATE of a row says
    ``WHERE version = <the version this session read>``, so that when two units of work read
    version N and both write, the second finds no row (another connection committed N+1
    first) and fails with StaleDataError, which Database.begin() turns into
    EditConflictError. The services set the new version themselves (records.touch, field
    sync's merge): SQLAlchemy only checks it."""

    __tablename__: Any

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str] = mapped_column(sa.String(36))
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class-level directive)
        return {"version_id_col": cls.version, "version_id_generator": False}
