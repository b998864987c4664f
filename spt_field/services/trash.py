"""Undoing a deletion: a record comes back with everything its deletion took with it."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.base import SyncColumns, utcnow
from spt_field.db.models import IntervieweeIdentityRow, ReportNarrativeRow
from spt_field.domain.audit import AuditAction
from spt_field.domain.kinds import RecordKind
from spt_field.errors import NotFoundError
from spt_field.services.record_kinds import RECORD_KINDS
from spt_field.services.records import device_of, note_each

_CASCADE: tuple[type[SyncColumns], ...] = (
    *(entry.row for entry in RECORD_KINDS.values()),
    IntervieweeIdentityRow,
    ReportNarrativeRow,
)


def restore_deleted(session: Session, kind: RecordKind, record_id: str) -> int:
    """Bring back a deleted record and every row deleted in the same action; returns the count.

    A deletion stamps the record and its cascade with one time (records.deletion_stamp), so the
    rows to bring back are exactly those carrying that stamp.
    """
    row_class = RECORD_KINDS[kind].row
    row = session.get(row_class, record_id)
    if row is None or row.deleted_at is None:
        raise NotFoundError(f"no deleted {kind.label.lower()} with id {record_id}")
    stamp = row.deleted_at
    now = utcnow()
    restored = 0
    for table in _CASCADE:
        ids = session.scalars(
            sa.update(table)
            .where(table.deleted_at == stamp)
            .values(
                deleted_at=None,
                updated_at=now,
                version=table.version + 1,
                device_id=device_of(session),
            )
            .returning(table.id)
            .execution_options(synchronize_session="fetch")
        ).all()
        note_each(session, table.__tablename__, ids, AuditAction.RESTORE)
        restored += len(ids)
    return restored
