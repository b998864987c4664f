"""Field-sync metadata of local writes, kept by the same capture that feeds the audit trail.

spt_field.db.audit_log gathers, per record, what a unit of work changed; just before the commit
it hands the same gathering here, and each written field gets a new dot (spt_field.domain.clock)
that has seen everything this laptop holds. Records merged from a bundle are written by
spt_field.sync.merge with the sender's metadata instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from spt_field.db.base import SYNC_COLUMN_NAMES, Base, SyncColumns
from spt_field.db.models import (
    AllegationRow,
    AttachmentRow,
    CountryProfileRow,
    DelegationMemberRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    ProgrammeEntryRow,
    RecommendationRow,
    RecommendationStatusChangeRow,
    RegisteredPlaceRow,
    ReportNarrativeRow,
    ReprisalCaseRow,
    SyncStateRow,
    VisitRow,
)
from spt_field.domain.audit import AuditAction
from spt_field.domain.clock import (
    DELETED,
    RecordState,
    conflicting_fields,
    fallback_state_json,
    state_from_json,
    state_to_json,
    write,
)

#: Every synced table, parents before children (the order rows are inserted in).
SYNCED_ROWS: tuple[type[SyncColumns], ...] = (
    VisitRow,
    CountryProfileRow,
    DelegationMemberRow,
    PersonMetRow,
    RegisteredPlaceRow,
    PlaceRow,
    InterviewRow,
    IntervieweeIdentityRow,
    AllegationRow,
    FindingRow,
    RecommendationRow,
    RecommendationStatusChangeRow,
    ReportNarrativeRow,
    ReprisalCaseRow,
    ProgrammeEntryRow,
    AttachmentRow,
)
SYNCED_TABLES: dict[str, type[SyncColumns]] = {row.__tablename__: row for row in SYNCED_ROWS}
#: Columns whose bytes travel beside the records (a bundle's attachments), not as a field.
BYTES_COLUMNS = {AttachmentRow.__tablename__: "content"}
#: Columns each database computes from the others with its own key (db/identity_hashes.py):
#: not fields, never synced; a merge computes them again.
DERIVED_COLUMNS = {IntervieweeIdentityRow.__tablename__: "secret_hashes"}
#: Ordered links kept in a link table but synced as a field of their owner.
LINK_FIELDS = {"finding": "evidence", "recommendation": "finding_ids"}
#: What changes a record (showing an identity does not).
_SYNCED_ACTIONS = frozenset(
    {
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
        AuditAction.RESTORE,
    }
)
# Largest number of ids in one IN (...) query (SQLite's variable limit).
ID_BATCH = 900


def core_table(table: str) -> sa.Table:
    """The synced table `table` for Core statements (bulk reads and writes)."""
    return Base.metadata.tables[table]


@cache
def columns_of(table: str) -> tuple[str, ...]:
    """The columns of `table` that are fields of its records."""
    return tuple(
        column.name
        for column in core_table(table).columns
        if column.name not in SYNC_COLUMN_NAMES
        and column.name != BYTES_COLUMNS.get(table)
        and column.name != DERIVED_COLUMNS.get(table)
    )


def record_columns(table: str) -> list[sa.Column[Any]]:
    """The columns to read of a synced row: all but its bytes (read apart, piece by piece)."""
    return [
        column for column in core_table(table).columns if column.name != BYTES_COLUMNS.get(table)
    ]


@cache
def fields_of(table: str) -> tuple[str, ...]:
    """Every synced field of a record of `table`: columns, its link field, and `deleted`."""
    link = (LINK_FIELDS[table],) if table in LINK_FIELDS else ()
    return (*columns_of(table), *link, DELETED)


@dataclass(frozen=True)
class RowBefore:
    """A record's sync columns as they were before the unit of work first wrote it."""

    device_id: str
    version: int
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class LocalWrite:
    """What one unit of work did to one record (from the audit trail's gathering)."""

    table: str
    record_id: str
    action: AuditAction
    fields: tuple[str, ...]
    #: A record without metadata descends from its last write before this one: the state it
    #: falls back to is read from these (None: read from the row, as a bulk update leaves it).
    before: RowBefore | None = None


def batches(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), ID_BATCH):
        yield ids[start : start + ID_BATCH]


def stored_states(session: Session, ids: Sequence[str]) -> dict[str, SyncStateRow]:
    found: dict[str, SyncStateRow] = {}
    for batch in batches(ids):
        for row in session.scalars(
            sa.select(SyncStateRow).where(SyncStateRow.record_id.in_(batch))
        ):
            found[row.record_id] = row
    return found


def next_seq(session: Session) -> int:
    return (
        int(session.scalar(sa.select(sa.func.coalesce(sa.func.max(SyncStateRow.seq), 0))) or 0) + 1
    )


def fallback_json(table: str, row: Any) -> dict[str, Any]:
    """The stored form of the state of a row without metadata (see clock.fallback_state_json)."""
    return fallback_state_json(
        row.device_id,
        row.version,
        row.updated_at.isoformat(),
        fields_of(table),
        row.deleted_at is not None,
    )


def fallback_for(table: str, row: Any, values: Mapping[str, Any] | None = None) -> RecordState:
    """The state of a row without metadata; `values` (field -> JSON value) fill its siblings
    (without them only `deleted` is known)."""
    deleted = None if row.deleted_at is None else row.deleted_at.isoformat()
    return state_from_json(fallback_json(table, row), {**(values or {}), DELETED: deleted})


def _fallbacks(session: Session, table: str, ids: Sequence[str]) -> dict[str, RecordState]:
    row_class = SYNCED_TABLES[table]
    found = {}
    for batch in batches(ids):
        statement = sa.select(
            row_class.id,
            row_class.device_id,
            row_class.version,
            row_class.updated_at,
            row_class.deleted_at,
        ).where(row_class.id.in_(batch))
        for row in session.execute(statement):
            found[row.id] = fallback_for(table, row)
    return found


def _written_fields(write_: LocalWrite) -> dict[str, Any]:
    """Field -> value the new dot sets. Values of single writes live in the row, so only a
    deletion's marker matters here (it makes the write carry what it had seen)."""
    if write_.action is AuditAction.CREATE:
        names: Iterable[str] = fields_of(write_.table)
    else:
        names = [name for name in write_.fields if name in fields_of(write_.table)]
    values: dict[str, Any] = dict.fromkeys(names)
    if write_.action is AuditAction.DELETE:
        values[DELETED] = True
    elif write_.action is AuditAction.RESTORE:
        values[DELETED] = None
    return values


def record_local_writes(
    session: Session, writes: Sequence[LocalWrite], member: str, device: str, now: datetime
) -> None:
    """Give each written field of each record a new dot. (Imported records get no metadata:
    they keep their fallback state, see SyncStateRow.)"""
    writes = [one for one in writes if one.table in SYNCED_TABLES and one.action in _SYNCED_ACTIONS]
    if not writes:
        return
    ids = [one.record_id for one in writes]
    stored = stored_states(session, ids)
    missing: dict[str, list[str]] = {}
    fallbacks: dict[str, RecordState] = {}
    for one in writes:
        known = one.record_id in stored and stored[one.record_id].state is not None
        if one.action is AuditAction.CREATE or known:
            continue
        if one.before is not None:
            fallbacks[one.record_id] = fallback_for(one.table, one.before)
        else:
            missing.setdefault(one.table, []).append(one.record_id)
    for table, table_ids in missing.items():
        fallbacks.update(_fallbacks(session, table, table_ids))
    seq = next_seq(session)
    at = now.isoformat()
    rows = []
    for one in writes:
        existing = stored.get(one.record_id)
        if one.action is AuditAction.CREATE:
            state = RecordState.of({}, {})
        elif existing is not None and existing.state is not None:
            state = state_from_json(existing.state, {})
        elif one.record_id in fallbacks:
            state = fallbacks[one.record_id]
        else:
            continue  # written and purged in the same unit of work
        written = _written_fields(one)
        if written:
            rows.append(
                state_row(one.table, one.record_id, write(state, device, member, at, written), seq)
            )
    upsert_states(session, rows)


def state_row(table: str, record_id: str, state: RecordState, seq: int) -> dict[str, Any]:
    """The sync_state row of a record."""
    return stored_row(table, record_id, state_to_json(state), conflicting_fields(state), seq)


def stored_row(
    table: str, record_id: str, state: dict[str, Any] | None, conflicts: Sequence[str], seq: int
) -> dict[str, Any]:
    return {
        "record_id": record_id,
        "table_name": table,
        "state": state,
        "conflicts": list(conflicts) or None,
        "seq": seq,
    }


def upsert_states(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    # The one upsert: both dialects spell it ON CONFLICT ... DO UPDATE, each in its own class.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(SyncStateRow)
    statement = statement.on_conflict_do_update(
        index_elements=[SyncStateRow.record_id],
        set_={
            "state": statement.excluded.state,
            "conflicts": statement.excluded.conflicts,
            "seq": statement.excluded.seq,
        },
    )
    session.execute(statement, list(rows))
