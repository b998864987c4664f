"""The attachments' bytes around a bundle: which go with it, read from the database piece by
piece on the way out, and stored on the way in once the records are merged.

An attachment's bytes never change (only its caption and consent do), so its SHA-256 names
them: a receiver already holding an attachment keeps its bytes, a new one takes them from the
bundle, checked against the signed SHA-256 and size. A deleted attachment keeps no bytes on
any laptop (spt_field.services.attachments.delete_attachment): a bundle carries only the live
ones' bytes, and a deletion it brings removes them here too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import AttachmentRow
from spt_field.db.sync_state import batches
from spt_field.errors import UserError
from spt_field.sync.bundle_format import Bundle

_TABLE = AttachmentRow.__tablename__
#: How much of an attachment one read takes from the database. SQLite reads a whole value to
#: cut a piece of it, so a photograph (a few MB) is one read; a 50 MB scan, seven.
READ_PIECE = 8 << 20


def listed(session: Session, records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The attachments whose bytes go with these records: each live one, by id, SHA-256 and size."""
    ids = [record["id"] for record in records if record["t"] == _TABLE]
    entries: list[dict[str, Any]] = []
    for batch in batches(ids):
        statement = (
            sa.select(AttachmentRow.id, AttachmentRow.sha256, AttachmentRow.size)
            .where(AttachmentRow.id.in_(batch), AttachmentRow.deleted_at.is_(None))
            .order_by(AttachmentRow.id)
        )
        entries.extend(
            {"id": row.id, "sha256": row.sha256, "size": row.size}
            for row in session.execute(statement)
        )
    return entries


def pieces(session: Session, entry: Mapping[str, Any]) -> Iterator[bytes]:
    """An attachment's bytes, READ_PIECE bytes at a time."""
    for start in range(0, int(entry["size"]), READ_PIECE):
        piece = session.scalar(
            sa.select(sa.func.substr(AttachmentRow.content, start + 1, READ_PIECE)).where(
                AttachmentRow.id == entry["id"]
            )
        )
        yield bytes(piece or b"")


def store(session: Session, bundle: Bundle) -> None:
    """Give the attachments the bundle brought their bytes, remove those of the ones it
    deleted, and refuse a bundle leaving an attachment of this database without its bytes."""
    for entry, data in bundle.attachment_bytes():
        session.execute(
            sa.update(AttachmentRow)
            .where(
                AttachmentRow.id == entry["id"],
                AttachmentRow.sha256 == entry["sha256"],
                AttachmentRow.size == len(data),
                sa.func.length(AttachmentRow.content) == 0,
            )
            .values(content=data)
            .execution_options(synchronize_session=False)
        )
    session.execute(
        sa.update(AttachmentRow)
        .where(AttachmentRow.deleted_at.is_not(None), sa.func.length(AttachmentRow.content) > 0)
        .values(content=b"")
        .execution_options(synchronize_session=False)
    )
    missing = session.scalars(
        sa.select(AttachmentRow.file_name).where(
            AttachmentRow.deleted_at.is_(None),
            sa.func.length(AttachmentRow.content) != AttachmentRow.size,
        )
    ).first()
    if missing is not None:
        raise UserError(
            f"the bundle lacks the bytes of the attachment {missing!r} (or they differ from "
            "what its record says); nothing was imported"
        )
