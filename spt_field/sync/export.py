"""What goes into a bundle: every record of a visit with its sync metadata, tombstones included
(or only what changed since the last bundle for the same recipient), and the audit events of
those records, so the receiver's history shows who recorded what."""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.base import utcnow
from spt_field.db.models import (
    AuditEventRow,
    BundleSentRow,
    IntervieweeIdentityRow,
    SyncStateRow,
)
from spt_field.db.sync_state import batches, next_seq, stored_states
from spt_field.errors import UserError
from spt_field.services.interviews import may_read_identities
from spt_field.services.sync_records import raw_links, row_values, visit_records
from spt_field.services.visits import get_visit
from spt_field.sync import attachment_bytes


def last_sent(session: Session, recipient: str, visit_id: str) -> int | None:
    """This database's change counter when the last bundle of the visit for `recipient` was
    written, or None if none was."""
    return session.scalar(
        sa.select(BundleSentRow.seq).where(
            BundleSentRow.recipient == recipient, BundleSentRow.visit_id == visit_id
        )
    )


def _changed_since(session: Session, seq: int) -> set[str]:
    return set(session.scalars(sa.select(SyncStateRow.record_id).where(SyncStateRow.seq > seq)))


def bundle_content(
    session: Session, visit_id: str, since: int | None = None
) -> tuple[dict[str, Any], Counter[str]]:
    """The content of a bundle of the visit (records changed after `since` only, if given)
    and the number of records per table."""
    get_visit(session, visit_id)
    changed = _changed_since(session, since) if since is not None else None
    records: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for table, statement in visit_records(session, visit_id).items():
        if table == IntervieweeIdentityRow.__tablename__ and not may_read_identities(session):
            continue  # a role on a server that may not read them may not carry them off either
        rows = [row for row in session.execute(statement) if changed is None or row.id in changed]
        ids = [row.id for row in rows]
        links = raw_links(session, table, ids)
        states = stored_states(session, ids)
        for row in rows:
            stored = states.get(row.id)
            records.append(
                {
                    "t": table,
                    "id": row.id,
                    "created_at": row.created_at.isoformat(),
                    "updated_at": row.updated_at.isoformat(),
                    "version": row.version,
                    "device_id": row.device_id,
                    "f": row_values(table, row, links),
                    # The stored form leaves single values to the row: they travel in "f".
                    # None: the record's fallback state, which the receiver derives.
                    "s": stored.state if stored is not None else None,
                    # The sender's open conflicts: a function of the state, so the receiver
                    # taking the state whole takes them too.
                    "x": (stored.conflicts or []) if stored is not None else [],
                }
            )
        if rows:
            counts[table] += len(rows)
    events = _events(session, [record["id"] for record in records])
    audit_log.seal_events(session)
    content = {
        "visit_id": visit_id,
        "records": records,
        "events": events,
        "attachments": attachment_bytes.listed(session, records),
    }
    return content, counts


def _events(session: Session, ids: list[str]) -> list[dict[str, Any]]:
    events = []
    table = AuditEventRow.__table__
    for batch in batches(ids):
        for row in session.execute(sa.select(table).where(table.c.record_id.in_(batch))):
            events.append(
                {
                    "id": row.id,
                    "at": row.at.isoformat(),
                    "member": row.member,
                    "device_id": row.device_id,
                    "table_name": row.table_name,
                    "record_id": row.record_id,
                    "action": row.action.value,
                    "changes": row.changes,
                }
            )
    return events


def remember_sent(session: Session, recipient: str, visit_id: str) -> None:
    """The next bundle for `recipient` with --since-last holds what changes after this one."""
    if not recipient.strip():
        raise UserError("recipient: name who the bundle is for (for example their name)")
    seq = next_seq(session) - 1
    row = session.get(BundleSentRow, (recipient, visit_id))
    if row is None:
        session.add(BundleSentRow(recipient=recipient, visit_id=visit_id, seq=seq, at=utcnow()))
    else:
        row.seq, row.at = seq, utcnow()
