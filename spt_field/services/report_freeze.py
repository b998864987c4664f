"""Finalized reports: the content a report was built from when it was finalized, kept so that
it prints the same paragraphs under the same numbers whatever is edited since (the State
party's reply quotes them). Editing what a final report rests on needs the draft reopened first,
and both acts are in the audit trail."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.base import utcnow
from spt_field.db.models import ReportFreezeRow
from spt_field.domain.audit import AuditAction
from spt_field.errors import ReportFinalizedError


def frozen_material(session: Session, visit_id: str, addressee: str) -> str | None:
    """The JSON of the finalized report to `addressee`, None while it is a draft."""
    row = session.get(ReportFreezeRow, (visit_id, addressee))
    return row.material if row is not None else None


def freeze(session: Session, visit_id: str, addressee: str, material: str) -> None:
    """Keep `material` as the finalized report's content (unless it is final already)."""
    if session.get(ReportFreezeRow, (visit_id, addressee)) is not None:
        return
    session.add(
        ReportFreezeRow(
            visit_id=visit_id, addressee=addressee, material=material, frozen_at=utcnow()
        )
    )
    _note(session, visit_id, AuditAction.FINALIZE_REPORT, addressee)


def is_finalized(session: Session, visit_id: str) -> bool:
    found = sa.select(ReportFreezeRow.visit_id).where(ReportFreezeRow.visit_id == visit_id)
    return session.scalar(found.limit(1)) is not None


def ensure_draft(session: Session, visit_id: str) -> None:
    """Refuse (ReportFinalizedError) an edit of what a finalized report of the visit rests on."""
    if is_finalized(session, visit_id):
        raise ReportFinalizedError(visit_id)


def reopen_report(session: Session, visit_id: str) -> None:
    """Make the visit's reports drafts again (every addressee); the audit trail records it."""
    rows = session.scalars(sa.select(ReportFreezeRow).where(ReportFreezeRow.visit_id == visit_id))
    for row in rows:
        _note(session, visit_id, AuditAction.REOPEN_REPORT, row.addressee)
        session.delete(row)
    session.flush()


def _note(session: Session, visit_id: str, action: AuditAction, addressee: str) -> None:
    """An event of its own in the visit's history (not a field change: field sync ignores it),
    naming the report's addressee."""
    audit_log.note(session, "visit", visit_id, action, {"report": (None, addressee)})
