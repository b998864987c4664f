"""A record started and never used leaves no trace: an interview begun with Ctrl+N and left
without a single field changed is deleted outright, not tombstoned, so that neither the trash,
the history nor the next bundle carries an empty interview."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AllegationRow,
    AuditEventRow,
    BundleSentRow,
    IntervieweeIdentityRow,
    InterviewRow,
    SyncStateRow,
)

#: A record no edit has touched since it was created.
FIRST_VERSION = 1


def discard_unused_interview(session: Session, interview_id: str) -> bool:
    """Delete the interview if nothing was ever changed in it, nothing hangs from it and no
    bundle has taken it to another laptop; True if it was deleted."""
    row = session.get(InterviewRow, interview_id)
    if row is None or row.deleted_at is not None or row.version != FIRST_VERSION:
        return False
    for child in (AllegationRow, IntervieweeIdentityRow):
        held = sa.select(child.id).where(child.interview_id == interview_id).limit(1)
        if session.scalar(held) is not None:
            return False
    state = session.get(SyncStateRow, interview_id)
    if state is not None:
        sent = sa.select(BundleSentRow.visit_id).where(BundleSentRow.seq >= state.seq)
        if session.scalar(sent.limit(1)) is not None:
            return False
    session.execute(sa.delete(AuditEventRow).where(AuditEventRow.record_id == interview_id))
    session.execute(sa.delete(SyncStateRow).where(SyncStateRow.record_id == interview_id))
    session.execute(sa.delete(InterviewRow).where(InterviewRow.id == interview_id))
    return True
