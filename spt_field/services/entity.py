"""One description per kind of record, and the create/read/update that every kind shares.

A service module declares its `Entity` and keeps only what is its own: the rules it checks,
what a deletion takes along, how its lists are ordered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.domain.audit import AuditAction
from spt_field.domain.rules import raise_problems
from spt_field.errors import ValidationError
from spt_field.services.links import LinkRow, links_of, replace_links
from spt_field.services.records import (
    add_row,
    changed,
    get_live,
    live,
    refuse_lost_update,
    to_columns,
    to_value,
    touch,
    write_columns,
)

V = TypeVar("V")
Check = Callable[[Any, Any], Iterable[ValidationError]]
Extras = Callable[[Session, Sequence[Any]], Mapping[str, Mapping[str, Any]]]


@dataclass(frozen=True)
class Entity(Generic[V]):
    row: type[Any]
    value: type[V]
    fields: type[Any]
    #: Ordered links kept in a link table and shown as the field `link_field` (a tuple of ids).
    link: LinkRow | None = None
    link_field: str = ""
    #: Values computed per row besides the columns (record id -> field -> value).
    extras: Extras | None = None

    @property
    def _skip(self) -> tuple[str, ...]:
        return (self.link_field,) if self.link else ()

    def values(self, session: Session, rows: Sequence[Any]) -> list[V]:
        ids = [row.id for row in rows]
        links = links_of(session, self.link, ids) if self.link else {}
        extras = self.extras(session, rows) if self.extras else {}
        values = []
        for row in rows:
            extra = dict(extras.get(row.id, {}))
            if self.link:
                extra[self.link_field] = links.get(row.id, ())
            values.append(to_value(self.value, row, **extra))
        return values

    def get(self, session: Session, record_id: str) -> V:
        return self.values(session, [get_live(session, self.row, record_id)])[0]

    def add(self, session: Session, fields: Any, **parent_ids: str) -> V:
        """Insert a record whose rules were already checked by the caller."""
        row = add_row(session, self.row(**parent_ids, **to_columns(fields, skip=self._skip)))
        if self.link:
            self._link(session, row, (), getattr(fields, self.link_field))
        return self.values(session, [row])[0]

    def _link(self, session: Session, row: Any, old: Sequence[str], new: Sequence[str]) -> None:
        assert self.link is not None
        replace_links(session, self.link, row.id, new)
        audit_log.note(
            session, row.__tablename__, row.id, AuditAction.UPDATE, {self.link_field: (old, new)}
        )

    def update(
        self,
        session: Session,
        record_id: str,
        changes: Mapping[str, Any],
        check: Check,
        *,
        loaded: Any = None,
    ) -> V:
        """Apply `changes`, check the whole new value with `check(fields, row)`, write it as one
        versioned edit.

        `loaded` is the value the user started from (its `version` and fields): if someone else
        saved the record since and changed a field this edit changes, EditConflictError and
        nothing written (records.refuse_lost_update). None for an edit that is no user's
        typing (a script, a merge)."""
        row = get_live(session, self.row, record_id)
        current = self.values(session, [row])[0]
        fields = changed(self.fields, current, changes)
        if loaded is not None:
            refuse_lost_update(row.__tablename__, current, loaded, fields, changes)
        raise_problems(check(fields, row))
        version = row.version
        write_columns(session, row, to_columns(fields, skip=self._skip))
        if self.link and getattr(fields, self.link_field) != getattr(current, self.link_field):
            self._link(
                session, row, getattr(current, self.link_field), getattr(fields, self.link_field)
            )
            if row.version == version:
                touch(session, row)
        return self.values(session, [row])[0]

    def select(self, *where: Any, order_by: Sequence[Any]) -> sa.Select[Any]:
        return sa.select(self.row).where(live(self.row), *where).order_by(*order_by, self.row.id)

    def list(self, session: Session, statement: sa.Select[Any]) -> list[V]:
        return self.values(session, session.scalars(statement).all())
