"""Merging a bundle's records into this database, in the caller's unit of work (all or nothing).

A record new here is added; one known here merges field by field (spt_field.domain.clock): a
field changed on one side takes that change, a field changed on both sides keeps both values
as a conflict, a deletion that crossed an edit is a conflict too. The rows show, for each
field, the value every laptop shows; the sender's audit events come along, so the history
names who recorded what. Merging the same bundle again changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.identity_hashes import identity_columns
from spt_field.db.models import AuditEventRow, IntervieweeIdentityRow
from spt_field.db.sync_state import (
    BYTES_COLUMNS,
    LINK_FIELDS,
    SYNCED_TABLES,
    batches,
    columns_of,
    core_table,
    fields_of,
    next_seq,
    record_columns,
    stored_row,
    stored_states,
    upsert_states,
)
from spt_field.domain.audit import AuditAction
from spt_field.domain.clock import (
    DELETED,
    RecordState,
    conflicting_fields,
    dominates,
    fallback_state_json,
    merge_states,
    shown,
    state_from_json,
    state_to_json,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.sync import KindCounts, MergeSummary
from spt_field.errors import UserError
from spt_field.services.record_kinds import KIND_OF_TABLE
from spt_field.services.sync_records import (
    NATURAL_KEYS,
    column_value,
    current_state,
    raw_links,
    row_values,
    write_links,
)
from spt_field.sync.checks import check_merged, check_texts


class BundleContentError(UserError):
    """The decrypted content is not what this version writes (a bug, or a newer format)."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"the bundle's content is not understood ({what}); was it written by a newer "
            "version of SPT Field? Nothing was imported"
        )


@dataclass
class _Tally:
    counts: dict[RecordKind, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, table: str, what: str, count: int = 1) -> None:
        if count:
            self.counts[KIND_OF_TABLE[table]][what] += count

    def summary(self, visit_id: str, member: str, device: str) -> MergeSummary:
        return MergeSummary(
            visit_id=visit_id,
            sender_member=member,
            sender_device=device,
            counts={kind: KindCounts(**counter) for kind, counter in self.counts.items()},
        )


def _checked_records(content: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The records per table, each with known fields only (anything else is refused)."""
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in content["records"]:
        table = record["t"]
        if table not in SYNCED_TABLES:
            raise BundleContentError(f"unknown kind of record {table!r}")
        state_fields = set(record["s"]["f"]) if record["s"] is not None else set()
        unknown = (set(record["f"]) | state_fields) - set(fields_of(table))
        if unknown:
            raise BundleContentError(f"unknown fields {sorted(unknown)} of {table}")
        by_table[table].append(record)
    return by_table


def merge_content(
    session: Session, content: Mapping[str, Any], member: str, device: str
) -> MergeSummary:
    """Merge a bundle's content; a bundle that does not fit this database changes nothing."""
    tally = _Tally()
    try:
        by_table = _checked_records(content)
        check_texts(content)
        seq = next_seq(session)
        for table in SYNCED_TABLES:
            if by_table.get(table):
                _merge_table(session, table, by_table[table], seq, tally)
        _insert_events(session, content["events"])
        check_merged(session, content)
    except sa.exc.IntegrityError:
        raise UserError(
            "this bundle refers to records this database does not hold: it builds on an "
            "earlier bundle from the same laptop; import that one first (or ask for a full "
            "bundle). Nothing was imported"
        ) from None
    except sa.exc.StatementError as error:
        # The driver's own words only: the statement's parameters hold the records' texts.
        raise BundleContentError(_shortened(f"a value of the wrong kind: {error.orig}")) from None
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, LookupError) as error:
        raise BundleContentError(_shortened(f"{type(error).__name__}: {error}")) from None
    return tally.summary(str(content["visit_id"]), member, device)


def _shortened(detail: str) -> str:
    return detail if len(detail) <= 200 else detail[:199] + "…"


def _local_rows(
    session: Session, table: str, records: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """Record id in the bundle -> this database's row for that record (if any)."""
    columns = core_table(table).columns
    select = sa.select(*record_columns(table))
    found: dict[str, Any] = {}
    ids = [record["id"] for record in records]
    for batch in batches(ids):
        for row in session.execute(select.where(columns["id"].in_(batch))):
            found[row.id] = row
    for record in records:
        if record["id"] not in found and table in NATURAL_KEYS:
            key = [
                columns[name] == column_value(table, name, record["f"][name])
                for name in NATURAL_KEYS[table]
            ]
            same = session.execute(select.where(*key)).first()
            if same is not None:
                found[record["id"]] = same
    return found


@dataclass
class _Writes:
    """What merging one table writes, gathered so it goes in a few statements."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    #: Updated rows, grouped by the columns they change (one executemany per group).
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    links: list[tuple[str, list[str]]] = field(default_factory=list)
    states: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session, table: str) -> None:
        core = core_table(table)
        if table == IntervieweeIdentityRow.__tablename__:
            for row in chain(self.inserts, *self.updates.values()):
                if "identity" in row:
                    row.update(identity_columns(session, row["identity"]))
        if self.inserts:
            session.execute(sa.insert(core), self.inserts)
        for rows in self.updates.values():
            session.execute(sa.update(core).where(core.c.id == sa.bindparam("merged_id")), rows)
        for owner_id, targets in self.links:
            write_links(session, table, owner_id, targets)
        upsert_states(session, self.states)


def _merge_table(
    session: Session, table: str, records: Sequence[dict[str, Any]], seq: int, tally: _Tally
) -> None:
    local = _local_rows(session, table, records)
    local_ids = [row.id for row in local.values()]
    links = raw_links(session, table, local_ids)
    states = stored_states(session, local_ids)
    writes = _Writes()
    link_field = LINK_FIELDS.get(table)
    for record in records:
        record["s"] = record["s"] or _fallback(table, record)
        row = local.get(record["id"])
        if row is None:
            writes.inserts.append(_new_row(table, record))
            writes.states.append(stored_row(table, record["id"], record["s"], record["x"], seq))
            if link_field and record["f"].get(link_field):
                writes.links.append((record["id"], record["f"][link_field]))
            tally.add(table, "added", record["f"][DELETED] is None)
            tally.add(table, "conflicts", len(record["x"]))
            continue
        stored = states.get(row.id)
        local_json = stored.state if stored is not None else None
        local_vector = local_json["v"] if local_json is not None else {row.device_id: row.version}
        if dominates(local_vector, record["s"]["v"]):
            continue  # nothing this laptop has not seen
        values = row_values(table, row, links)
        before = list(stored.conflicts or ()) if stored is not None else []
        if dominates(record["s"]["v"], local_vector):
            # The sender has seen everything here: its record is the merge.
            shown_values, state, conflicts = record["f"], record["s"], list(record["x"])
        else:
            merged = merge_states(current_state(table, row, values, stored), _remote(record))
            shown_values = {name: shown(siblings).value for name, siblings in merged.fields}
            state, conflicts = state_to_json(merged), conflicting_fields(merged)
        changes = {name: new for name, new in shown_values.items() if values.get(name) != new}
        _update(table, row, record, changes, writes)
        writes.states.append(stored_row(table, row.id, state, conflicts, seq))
        _count(tally, table, changes, before, conflicts)
    writes.flush(session, table)


def _fallback(table: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The state of a record the sender holds no metadata for (see clock.fallback_state_json)."""
    return fallback_state_json(
        str(record["device_id"]),
        int(record["version"]),
        str(record["updated_at"]),
        fields_of(table),
        record["f"][DELETED] is not None,
    )


def _remote(record: Mapping[str, Any]) -> RecordState:
    return state_from_json(record["s"], record["f"])


def _count(
    tally: _Tally,
    table: str,
    changes: Mapping[str, Any],
    before: Sequence[str],
    after: Sequence[str],
) -> None:
    deleted_now = DELETED in changes and changes[DELETED] is not None
    tally.add(table, "deleted", deleted_now)
    tally.add(table, "updated", not deleted_now and bool(changes))
    tally.add(table, "conflicts", len(set(after) - set(before)))


def _new_row(table: str, record: Mapping[str, Any]) -> dict[str, Any]:
    fields = record["f"]
    return {
        "id": record["id"],
        "created_at": datetime.fromisoformat(record["created_at"]),
        "updated_at": datetime.fromisoformat(record["updated_at"]),
        "version": int(record["version"]),
        "device_id": str(record["device_id"]),
        "deleted_at": column_value(table, "deleted_at", fields[DELETED]),
        **{name: column_value(table, name, fields.get(name)) for name in columns_of(table)},
        # The bytes come after the records (see spt_field.sync.attachment_bytes).
        **{name: b"" for name in (BYTES_COLUMNS.get(table),) if name},
    }


def _update(
    table: str, row: Any, record: Mapping[str, Any], changes: Mapping[str, Any], writes: _Writes
) -> None:
    """Write the merged record's shown values over the row (the fields that changed)."""
    columns = {
        name: column_value(table, name, new)
        for name, new in changes.items()
        if name in columns_of(table)
    }
    if DELETED in changes:
        columns["deleted_at"] = column_value(table, "deleted_at", changes[DELETED])
    remote_version = int(record["version"])
    columns["version"] = max(row.version, remote_version)
    columns["updated_at"] = max(row.updated_at, datetime.fromisoformat(record["updated_at"]))
    columns["device_id"] = (
        str(record["device_id"]) if remote_version > row.version else row.device_id
    )
    writes.updates[tuple(sorted(columns))].append({"merged_id": row.id, **columns})
    link_field = LINK_FIELDS.get(table)
    if link_field and link_field in changes:
        writes.links.append((row.id, list(changes[link_field])))


class HistoryRewriteError(UserError):
    """The bundle changes an audit event this database holds: the trail only grows."""

    def __init__(self, event: Mapping[str, Any]) -> None:
        super().__init__(
            f"the bundle rewrites the history: the event {str(event['id'])[:8]} "
            f"({event['action']} of a {event['table_name']} by "
            f"{event['member'] or 'an unnamed member'}) is already recorded here differently. "
            "Nothing was imported"
        )


_EVENT_FIELDS = ("at", "member", "device_id", "table_name", "record_id", "action", "changes")


def _event_row(event: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": str(event["id"]),
        "at": datetime.fromisoformat(event["at"]),
        "member": str(event["member"]),
        "device_id": str(event["device_id"]),
        "table_name": str(event["table_name"]),
        "record_id": str(event["record_id"]),
        "action": AuditAction(event["action"]),
        "changes": dict(event["changes"]),
    }


def _insert_events(session: Session, events: Sequence[Mapping[str, Any]]) -> None:
    """The sender's audit events, append-only: a new event is added; one already here must
    arrive identical (a laptop seals its events when a bundle carries them away, see
    audit_log.seal_events); anything else (a rewritten event, an event in this laptop's name)
    refuses the bundle."""
    rows = [_event_row(event) for event in events]
    if not rows:
        return
    own = str(session.info.get("device_id", ""))
    table = core_table(AuditEventRow.__tablename__)
    held: dict[str, Any] = {}
    for batch in batches([row["id"] for row in rows]):
        for found in session.execute(sa.select(table).where(table.c.id.in_(batch))):
            held[found.id] = found
    new: list[dict[str, Any]] = []
    for row, event in zip(rows, events, strict=True):
        existing = held.get(row["id"])
        if existing is None:
            if row["device_id"] == own:
                raise HistoryRewriteError(event)
            new.append(row)
        elif any(row[name] != getattr(existing, name) for name in _EVENT_FIELDS):
            raise HistoryRewriteError(event)
    if new:
        session.execute(sa.insert(AuditEventRow), new)
