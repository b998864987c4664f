"""The audit trail, written inside every unit of work whatever code does the writing.

After each flush the changes SQLAlchemy holds for the sync-ready rows (new rows, changed columns,
tombstones set or lifted) are gathered per record; writes the ORM does not see (bulk tombstones,
link tables, an identity shown) are added with `note`. Just before the commit they become one
`audit_event` row per record, so a save is one event, not one per flush; the same gathering
gives each written field its field-sync version (spt_field.db.sync_state). Successive saves of the
same record by the same member within a few minutes merge into one event (typing autosaves every
second; the trail shows "notes: old -> new", not a thousand keystrokes), until a bundle carries
the event away: from then on it is sealed, and every copy of it anywhere stays identical (field
sync refuses an event that arrives changed). A rollback forgets all.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from spt_field.db import sync_state
from spt_field.db.base import SYNC_COLUMN_NAMES, SyncColumns, new_id, utcnow
from spt_field.db.models import AuditEventRow, DatabaseInfoRow
from spt_field.domain.audit import WITHHELD, AuditAction

#: Values the trail never copies (see spt_field.domain.audit); an attachment's bytes neither:
#: its sha256 column says which bytes they were.
_WITHHELD = frozenset(
    {
        ("interviewee_identity", "identity"),
        ("interviewee_identity", "secret_hashes"),
        ("attachments", "content"),
    }
)
#: Saves of one record by one member closer together than this are one event.
MERGE_WINDOW = timedelta(minutes=5)
_CHANGE_ACTIONS = frozenset(
    {AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.RESTORE}
)
_PENDING = "audit_pending"
#: Each written record's sync columns before the unit of work first changed them.
_BEFORE = "audit_rows_before"
#: When a bundle last carried this laptop's events away (database_info): events up to then are
#: sealed, never folded into again.
_SEALED_AT = "events_sealed_at"


@dataclass
class _Pending:
    action: AuditAction
    changes: dict[str, list[Any]] = field(default_factory=dict)
    before: sync_state.RowBefore | None = None

    def absorb(self, action: AuditAction, changes: Mapping[str, list[Any]]) -> None:
        """A later change to the same record in the same unit of work."""
        if self.action is AuditAction.CREATE and action is AuditAction.UPDATE:
            action = AuditAction.CREATE
        self.action = action
        _merge_changes(self.changes, changes)


def _merge_changes(into: dict[str, list[Any]], later: Mapping[str, list[Any]]) -> None:
    for name, (old, new) in later.items():
        into[name] = [into[name][0], new] if name in into else [old, new]


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _remember_before)
    event.listen(factory, "after_flush", _gather)
    event.listen(factory, "before_commit", _write)
    event.listen(factory, "after_rollback", _forget)


def note(
    session: Session,
    table: str,
    record_id: str,
    action: AuditAction,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
) -> None:
    """Record a change the ORM does not see; it joins the record's event of this unit of work."""
    as_lists = {
        name: [_json(table, name, old), _json(table, name, new)]
        for name, (old, new) in (changes or {}).items()
    }
    _add(session, table, record_id, action, as_lists)


#: A random UUID (version 4 layout) made by SQLite itself, for rows written in bulk.
_SQL_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
    " || '-' || hex(randomblob(6)))"
)


def last_rowid(session: Session, table: str) -> int:
    """Where a bulk insert into `table` starts: the last rowid on SQLite; the server needs no
    mark (note_inserted is given the ids there)."""
    if _on_server(session):
        return 0
    return int(
        session.execute(sa.text(f'SELECT coalesce(max(rowid), 0) FROM "{table}"')).scalar_one()
    )


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def note_inserted(
    session: Session, table: str, after_rowid: int, ids: Sequence[str], action: AuditAction
) -> None:
    """One event per row a bulk insert added to `table`, written by the database in one
    statement (an import of 150,000 interviews should not build them in Python): on SQLite the
    rows above `after_rowid`, on the server (which has no rowid) the rows of `ids`."""
    if _on_server(session):
        source = "gen_random_uuid()::text", "unnest(CAST(:ids AS text[]))", ""
    else:
        source = _SQL_UUID, "id", f' FROM "{table}" WHERE rowid > :after'
    new_id, record_id, rows = source
    session.execute(
        sa.text(
            "INSERT INTO audit_event (id, at, member, device_id, table_name, record_id, action,"
            f" changes) SELECT {new_id}, :at, :member, :device, :table, {record_id}, :action,"
            f" '{{}}'{rows}"
        ),
        {
            "at": utcnow(),
            "member": str(session.info.get("member", "")),
            "device": str(session.info["device_id"]),
            "table": table,
            "action": action.value,
            "after": after_rowid,
            "ids": list(ids),
        },
    )


def _add(
    session: Session,
    table: str,
    record_id: str,
    action: AuditAction,
    changes: Mapping[str, list[Any]],
    before: sync_state.RowBefore | None = None,
) -> None:
    pending: dict[tuple[str, str, str], _Pending] = session.info.setdefault(_PENDING, {})
    group = "change" if action in _CHANGE_ACTIONS else action.value
    key = (table, record_id, group)
    if key in pending:
        pending[key].absorb(action, changes)
    else:
        pending[key] = _Pending(action, dict(changes), before)


def _json(table: str, name: str, value: Any) -> Any:
    if (table, name) in _WITHHELD:
        return WITHHELD if value else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(table, name, item) for item in value]
    return value


def _gather(session: Session, _flush_context: Any) -> None:
    for row in session.new:
        if isinstance(row, SyncColumns):
            table = sa.inspect(row).mapper.local_table.name
            columns = {
                attr.key: [None, _json(table, attr.key, getattr(row, attr.key))]
                for attr in sa.inspect(row).mapper.column_attrs
                if attr.key not in SYNC_COLUMN_NAMES
            }
            _add(session, table, row.id, AuditAction.CREATE, columns)
    for row in session.dirty:
        if isinstance(row, SyncColumns):
            _gather_update(session, row)


def _gather_update(session: Session, row: SyncColumns) -> None:
    state = sa.inspect(row)
    table = state.mapper.local_table.name
    action = AuditAction.UPDATE
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if attr.key == "deleted_at":
            if (old is None) != (new is None):
                action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
        elif attr.key not in SYNC_COLUMN_NAMES and old != new:
            changes[attr.key] = [_json(table, attr.key, old), _json(table, attr.key, new)]
    if changes or action is not AuditAction.UPDATE:
        before = session.info.get(_BEFORE, {}).get(row.id)
        _add(session, table, row.id, action, changes, before)


def _remember_before(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Before a flush (after it, the version column's history is gone): the sync columns of
    each changed record, the first time the unit of work changes it."""
    before: dict[str, sync_state.RowBefore] = session.info.setdefault(_BEFORE, {})
    for row in session.dirty:
        if isinstance(row, SyncColumns) and row.id not in before:
            state = sa.inspect(row)

            def old(name: str, state: Any = state) -> Any:
                history = state.attrs[name].history
                return history.deleted[0] if history.deleted else getattr(state.object, name)

            before[row.id] = sync_state.RowBefore(
                old("device_id"), old("version"), old("updated_at"), old("deleted_at")
            )


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_BEFORE, None)


def _write(session: Session) -> None:
    session.flush()
    session.info.pop(_BEFORE, None)
    pending: dict[tuple[str, str, str], _Pending] = session.info.pop(_PENDING, {})
    if not pending:
        return
    now = utcnow()
    member = str(session.info.get("member", ""))
    device = str(session.info["device_id"])
    # One gathering serves both: the field-sync metadata takes the same per-record changes.
    sync_state.record_local_writes(
        session,
        [
            sync_state.LocalWrite(
                table, record_id, change.action, tuple(change.changes), change.before
            )
            for (table, record_id, _group), change in pending.items()
        ],
        member,
        device,
        now,
    )
    rows = []
    for (table, record_id, _group), change in pending.items():
        if change.action is AuditAction.UPDATE and _merged_into_recent(
            session, record_id, member, device, change.changes, now
        ):
            continue
        rows.append(
            {
                "id": new_id(),
                "at": now,
                "member": member,
                "device_id": device,
                "table_name": table,
                "record_id": record_id,
                "action": change.action,
                "changes": change.changes,
            }
        )
    if rows:
        session.execute(sa.insert(AuditEventRow), rows)


def seal_events(session: Session) -> None:
    """The events written so far are leaving in a bundle: later saves start new events, so
    that what was sent is never changed afterwards."""
    session.merge(DatabaseInfoRow(key=_SEALED_AT, value=utcnow().isoformat()))


def _is_sealed(session: Session, at: datetime) -> bool:
    sealed = session.get(DatabaseInfoRow, _SEALED_AT)
    return sealed is not None and at <= datetime.fromisoformat(sealed.value)


def _merged_into_recent(
    session: Session,
    record_id: str,
    member: str,
    device: str,
    changes: Mapping[str, list[Any]],
    now: datetime,
) -> bool:
    """Fold an update into this member's own update of the same record a moment ago."""
    latest = session.execute(
        sa.select(AuditEventRow.__table__)
        .where(AuditEventRow.record_id == record_id)
        .order_by(AuditEventRow.at.desc())
        .limit(1)
    ).first()
    if (
        latest is None
        or latest.action != AuditAction.UPDATE
        or latest.member != member
        or latest.device_id != device
        or now - latest.at > MERGE_WINDOW
        or _is_sealed(session, latest.at)
    ):
        return False
    merged = {name: list(values) for name, values in latest.changes.items()}
    _merge_changes(merged, changes)
    merged = {name: values for name, values in merged.items() if values[0] != values[1]}
    if merged:
        session.execute(
            sa.update(AuditEventRow)
            .where(AuditEventRow.id == latest.id)
            .values(at=now, changes=merged)
        )
    else:
        session.execute(sa.delete(AuditEventRow).where(AuditEventRow.id == latest.id))
    return True
