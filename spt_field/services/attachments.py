"""Attachments of a place, an interview, an allegation or a finding: their bytes stay inside the
encrypted database (see spt_field.domain.attachments).

Services take a Session and never commit. Every change is in the audit trail like any record's
(the bytes themselves are withheld: the trail keeps their SHA-256); keeping a file's original
metadata is recorded there as `kept_original`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.base import SyncColumns
from spt_field.db.models import AllegationRow, AttachmentRow, FindingRow, InterviewRow, PlaceRow
from spt_field.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment, AttachmentOwner
from spt_field.domain.codes import ConsentScope
from spt_field.domain.limits import text_problem
from spt_field.domain.rules import raise_problems
from spt_field.errors import ValidationError
from spt_field.services.attachment_cleaning import clean
from spt_field.services.records import (
    add_row,
    get_live,
    to_value,
    tombstone_where,
    write_columns,
)

_OWNER_ROWS: dict[AttachmentOwner, type[SyncColumns]] = {
    AttachmentOwner.PLACE: PlaceRow,
    AttachmentOwner.INTERVIEW: InterviewRow,
    AttachmentOwner.ALLEGATION: AllegationRow,
    AttachmentOwner.FINDING: FindingRow,
}


def _default_consent(session: Session, owner: SyncColumns) -> ConsentScope:
    """The interview's consent for what belongs to an interview (or its allegation); delegation
    use only for a place's or a finding's photograph until somebody decides otherwise."""
    if isinstance(owner, AllegationRow):
        owner = get_live(session, InterviewRow, owner.interview_id)
    if isinstance(owner, InterviewRow):
        return owner.consent
    return ConsentScope.INTERNAL


def attach(
    session: Session,
    owner_kind: AttachmentOwner,
    owner_id: str,
    file_name: str,
    data: bytes,
    caption: str,
    member: str,
    now: datetime,
    *,
    keep_original: bool = False,
    max_bytes: int = MAX_ATTACHMENT_BYTES,
) -> Attachment:
    """Attach a file to a record. Its metadata that could betray people is removed unless
    `keep_original` (then the file must still be one we can read)."""
    owner = get_live(session, _OWNER_ROWS[owner_kind], owner_id)
    caption = caption.strip()
    _check_texts(caption=caption, file_name=file_name)
    if len(data) > max_bytes:
        raise ValidationError(
            "file",
            "is {size:,} bytes; at most {limit:,} are allowed",
            size=len(data),
            limit=max_bytes,
        )
    cleaned = clean(data, file_name)
    stored = data if keep_original else cleaned.data
    row = AttachmentRow(
        owner_kind=owner_kind,
        owner_id=owner_id,
        caption=caption,
        media_type=cleaned.media_type,
        file_name=file_name,
        size=len(stored),
        sha256=hashlib.sha256(stored).hexdigest(),
        added_by=member,
        added_at=now,
        consent=_default_consent(session, owner),
        metadata_removed=[] if keep_original else list(cleaned.removed),
        kept_original=keep_original,
        content=stored,
    )
    return _value(add_row(session, row))


def list_attachments(
    session: Session, owner_kind: AttachmentOwner, owner_id: str
) -> list[Attachment]:
    """A record's live attachments, oldest first, without their bytes."""
    rows = session.scalars(
        sa.select(AttachmentRow)
        .where(
            AttachmentRow.owner_kind == owner_kind,
            AttachmentRow.owner_id == owner_id,
            AttachmentRow.deleted_at.is_(None),
        )
        .order_by(AttachmentRow.added_at, AttachmentRow.id)
    )
    return [_value(row) for row in rows]


def list_attachments_for_visit(session: Session, visit_id: str) -> list[Attachment]:
    """The visit's live attachments of its live places, interviews, allegations and findings
    (a deleted record's stay with it, in the trash), without their bytes, oldest first."""
    rows = session.scalars(
        sa.select(AttachmentRow)
        .where(of_visit(visit_id, live_owners=True), AttachmentRow.deleted_at.is_(None))
        .order_by(AttachmentRow.added_at, AttachmentRow.id)
    )
    return [_value(row) for row in rows]


def received_document_titles(session: Session, visit_id: str) -> list[str]:
    """The titles (captions) of the visit's documents, not photographs, whose consent allows
    transmitting them, in the order received: what a report's annex may list."""
    return [
        item.caption
        for item in list_attachments_for_visit(session, visit_id)
        if item.consent is ConsentScope.TRANSMIT
        and not item.media_type.startswith("image/")
        and item.caption
    ]


def of_visit(visit_id: str, *, live_owners: bool = False) -> sa.ColumnElement[bool]:
    """The condition an attachment of the visit meets (tombstones included); with
    `live_owners`, only one whose record is not deleted."""

    def ids(row: Any, *where: Any) -> sa.Select[Any]:
        kept = (row.deleted_at.is_(None),) if live_owners else ()
        return sa.select(row.id).where(*where, *kept)

    places = ids(PlaceRow, PlaceRow.visit_id == visit_id)
    interviews = ids(InterviewRow, InterviewRow.place_id.in_(places))
    owners = {
        AttachmentOwner.PLACE: places,
        AttachmentOwner.INTERVIEW: interviews,
        AttachmentOwner.ALLEGATION: ids(AllegationRow, AllegationRow.interview_id.in_(interviews)),
        AttachmentOwner.FINDING: ids(FindingRow, FindingRow.visit_id == visit_id),
    }
    return sa.or_(
        *(
            sa.and_(AttachmentRow.owner_kind == kind, AttachmentRow.owner_id.in_(owned))
            for kind, owned in owners.items()
        )
    )


def read_attachment(session: Session, attachment_id: str) -> bytes:
    """The stored bytes of an attachment."""
    get_live(session, AttachmentRow, attachment_id)
    return bytes(
        session.scalars(
            sa.select(AttachmentRow.content).where(AttachmentRow.id == attachment_id)
        ).one()
    )


def update_attachment(session: Session, attachment_id: str, **changes: Any) -> Attachment:
    """Change an attachment's caption or consent (its bytes never change)."""
    unknown = set(changes) - {"caption", "consent"}
    if unknown:
        raise TypeError(f"an attachment has no editable field {sorted(unknown)}")
    row = get_live(session, AttachmentRow, attachment_id)
    columns: dict[str, Any] = {}
    if "caption" in changes:
        columns["caption"] = str(changes["caption"]).strip()
        _check_texts(caption=columns["caption"])
    if "consent" in changes:
        columns["consent"] = ConsentScope(changes["consent"])
    write_columns(session, row, columns)
    return _value(row)


def include_in_internal_notes(session: Session, attachment_id: str, include: bool) -> Attachment:
    """Choose a photograph for the delegation's internal notes, or take it out of them. The
    notes leave out one whose consent forbids any use, chosen or not."""
    row = get_live(session, AttachmentRow, attachment_id)
    write_columns(session, row, {"in_internal_notes": include})
    return _value(row)


def delete_attachment(session: Session, attachment_id: str) -> None:
    """Delete an attachment and its bytes for good: its tombstone keeps no bytes (no photograph
    stays around) and tells the other laptops, whose bundles then leave it deleted too."""
    get_live(session, AttachmentRow, attachment_id)
    tombstone_where(session, AttachmentRow, AttachmentRow.id == attachment_id)
    session.execute(
        sa.update(AttachmentRow)
        .where(AttachmentRow.id == attachment_id)
        .values(content=b"")
        .execution_options(synchronize_session=False)
    )


def _check_texts(**texts: str) -> None:
    problems = (text_problem(field, text) for field, text in texts.items())
    raise_problems(problem for problem in problems if problem is not None)


def _value(row: AttachmentRow) -> Attachment:
    return to_value(Attachment, row, metadata_removed=tuple(row.metadata_removed))
