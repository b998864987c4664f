"""A record's history from the audit trail: what changed, when, and by whom."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.base import Base
from spt_field.db.models import AuditEventRow, IntervieweeIdentityRow
from spt_field.domain.audit import AuditEvent, FieldChange
from spt_field.domain.kinds import RecordKind


def _typed(table: str, name: str, value: Any) -> Any:
    """A stored code as its code-list member, so the history can show its label."""
    column = Base.metadata.tables[table].c.get(name) if table in Base.metadata.tables else None
    enum_class = getattr(column.type, "enum_class", None) if column is not None else None
    if enum_class is not None and isinstance(value, str):
        try:
            return enum_class(value)
        except ValueError:
            return value
    return value


def _event(row: AuditEventRow) -> AuditEvent:
    table = row.table_name
    return AuditEvent(
        id=row.id,
        at=row.at,
        member=row.member,
        device_id=row.device_id,
        table=row.table_name,
        record_id=row.record_id,
        action=row.action,
        changes=tuple(
            FieldChange(name, _typed(table, name, old), _typed(table, name, new))
            for name, (old, new) in row.changes.items()
        ),
    )


def record_history(session: Session, kind: RecordKind, record_id: str) -> list[AuditEvent]:
    """Every event of the record, newest first; an interview's include its identity's."""
    ids = [record_id]
    if kind is RecordKind.INTERVIEW:
        ids += session.scalars(
            sa.select(IntervieweeIdentityRow.id).where(
                IntervieweeIdentityRow.interview_id == record_id
            )
        ).all()
    rows = session.scalars(
        sa.select(AuditEventRow)
        .where(AuditEventRow.record_id.in_(ids))
        .order_by(AuditEventRow.at.desc(), AuditEventRow.id)
    )
    return [_event(row) for row in rows]
