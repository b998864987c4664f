"""An attachment leaves the database's protection only on purpose: the user writes it to a file
of their choosing (to open it in another program), and the audit trail says so."""

from __future__ import annotations

from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.models import AttachmentRow
from spt_field.domain.audit import AuditAction
from spt_field.services.attachments import read_attachment


def release_attachment(session: Session, attachment_id: str) -> bytes:
    """The attachment's bytes, for writing outside the database; recorded in its history (the
    trail keeps that it left, never where to: the path could name the user or the place)."""
    data = read_attachment(session, attachment_id)
    audit_log.note(session, AttachmentRow.__tablename__, attachment_id, AuditAction.EXPORT_FILE)
    return data
