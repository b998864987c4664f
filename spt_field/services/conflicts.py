"""Open conflicts of field sync, and their resolution by a person.

A conflict is a field two laptops changed differently since their common version, or a deletion
that crossed an edit (spt_field.domain.clock). Nothing was overwritten: every laptop shows the
same value meanwhile, and keeps the others. Resolving is a new local write of the chosen (or a
merged) value through the record's own service, so its rules are checked; once that write
travels in a bundle, the conflict closes on every laptop.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.models import InterviewRow, SyncStateRow
from spt_field.db.sync_state import SYNCED_TABLES, record_columns
from spt_field.domain.audit import AuditAction
from spt_field.domain.clock import DELETED, RecordState, Sibling, unseen_edits
from spt_field.domain.json_values import field_hints, from_json
from spt_field.domain.kinds import RecordKind
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.sync import Conflict, ConflictSide
from spt_field.errors import NotFoundError, UserError
from spt_field.services import (
    attachments,
    country_profiles,
    interviews,
    narratives,
)
from spt_field.services.record_kinds import KIND_OF_TABLE, RECORD_KINDS
from spt_field.services.records import tombstone_where, touch, write_columns
from spt_field.services.sync_records import (
    column_value,
    current_state,
    raw_links,
    row_values,
    visits_of,
)
from spt_field.services.trash import restore_deleted

_BY_TABLE = {entry.row.__tablename__: entry for entry in RECORD_KINDS.values()}
#: Identities and narratives are parts of their interview and visit, named by these fields.
_OWNER_FIELD = {"interviewee_identity": "interview_id", "report_narrative": "visit_id"}


def _open_rows(session: Session) -> list[SyncStateRow]:
    return list(session.scalars(sa.select(SyncStateRow).where(SyncStateRow.conflicts.is_not(None))))


def _in_visit(
    session: Session, rows: Sequence[SyncStateRow], visit_id: str | None
) -> dict[str, list[SyncStateRow]]:
    """The conflicted records per table, of one visit (or of all)."""
    by_table: dict[str, list[SyncStateRow]] = defaultdict(list)
    for row in rows:
        by_table[row.table_name].append(row)
    if visit_id is None:
        return by_table
    kept: dict[str, list[SyncStateRow]] = {}
    for table, table_rows in by_table.items():
        owners = visits_of(session, table, [row.record_id for row in table_rows])
        kept[table] = [row for row in table_rows if owners.get(row.record_id) == visit_id]
    return kept


def _owner(table: str, row: Any) -> tuple[RecordKind, str]:
    """The record a user knows this row as."""
    owner_field = _OWNER_FIELD.get(table)
    return KIND_OF_TABLE[table], getattr(row, owner_field) if owner_field else row.id


def conflicted_records(session: Session, visit_id: str) -> set[tuple[RecordKind, str]]:
    """Records of the visit with an open conflict, to mark them in every list."""
    marked: set[tuple[RecordKind, str]] = set()
    for table, rows in _in_visit(session, _open_rows(session), visit_id).items():
        row_class = SYNCED_TABLES[table]
        ids = [row.record_id for row in rows]
        for row in session.execute(sa.select(*record_columns(table)).where(row_class.id.in_(ids))):
            marked.add(_owner(table, row))
    return marked


def count_open_conflicts(session: Session, visit_id: str) -> int:
    return open_conflict_counts(session).get(visit_id, 0)


def open_conflict_counts(session: Session) -> dict[str, int]:
    """Visit id -> its open conflicts, for every visit that has any (one pass for a list)."""
    counts: dict[str, int] = defaultdict(int)
    for table, rows in _in_visit(session, _open_rows(session), None).items():
        owners = visits_of(session, table, [row.record_id for row in rows])
        for row in rows:
            visit_id = owners.get(row.record_id)
            if visit_id is not None:
                counts[visit_id] += len(row.conflicts or ())
    return dict(counts)


def open_conflicts(session: Session, visit_id: str | None = None) -> list[Conflict]:
    """Every open conflict (of one visit), in a stable order."""
    found: list[Conflict] = []
    for table, rows in _in_visit(session, _open_rows(session), visit_id).items():
        stored = {row.record_id: row for row in rows}
        row_class = SYNCED_TABLES[table]
        records = session.execute(
            sa.select(*record_columns(table)).where(row_class.id.in_(list(stored)))
        ).all()
        links = raw_links(session, table, list(stored))
        for record in records:
            state = current_state(
                table, record, row_values(table, record, links), stored[record.id]
            )
            for name in stored[record.id].conflicts or ():
                found.append(_conflict(session, table, record, state, name))
    return sorted(found, key=lambda conflict: (conflict.kind.value, conflict.title, conflict.id))


def conflicted_interviews(session: Session, visit_id: str | None) -> set[str]:
    """The ids of the interviews with open conflicts, in the visit (in every visit, with None)."""
    if visit_id is not None:
        marked = conflicted_records(session, visit_id)
    else:
        marked = {(conflict.kind, conflict.record_id) for conflict in open_conflicts(session)}
    return {record_id for kind, record_id in marked if kind is RecordKind.INTERVIEW}


def _conflict(session: Session, table: str, record: Any, state: RecordState, name: str) -> Conflict:
    kind, record_id = _owner(table, record)
    field = name
    if table == "report_narrative":
        field = f"narrative.{record.section.value}"
    siblings = state.field_map().get(name, ())
    if name == DELETED:
        sides = [_side(sibling, sibling.value is not None) for sibling in siblings]
        sides += [_side(sibling, False) for sibling in unseen_edits(state)]
    else:
        sides = [_side(sibling, _domain_value(table, name, sibling.value)) for sibling in siblings]
    return Conflict(
        id=f"{record.id}:{name}",
        kind=kind,
        record_id=record_id,
        field=field,
        title=_title(session, table, record),
        sides=tuple(sides),
    )


def _side(sibling: Sibling, value: Any) -> ConflictSide:
    return ConflictSide(
        value=value,
        member=sibling.member,
        device_id=sibling.device,
        at=datetime.fromisoformat(sibling.at),
    )


def _domain_value(table: str, name: str, value: Any) -> Any:
    """A sibling's JSON value as the domain value the forms show (a code-list member, a date,
    a tuple of ids...)."""
    hints: dict[str, Any] = {}
    if table in _BY_TABLE:
        fields: type = _BY_TABLE[table].fields
        hints = field_hints(fields)
    if name in hints:
        return from_json(hints[name], value)
    return column_value(table, name, value)


def _title(session: Session, table: str, record: Any) -> str:
    if table in ("visit",):
        return f"{record.country} {record.start_date.isoformat()}"
    if table in ("delegation_member", "person_met", "place"):
        return str(record.name)
    if table == "finding":
        return str(record.title)
    if table == "recommendation":
        text = str(record.text)
        return text if len(text) <= 80 else text[:79] + "…"
    if table == "report_narrative":
        return ReportSection(record.section).label
    if table == "attachments":
        return str(record.caption or record.file_name)
    if table == "country_profile":
        return str(record.country)
    interview_id = record.id if table == "interview" else record.interview_id
    pseudonym = str(
        session.scalar(sa.select(InterviewRow.pseudonym).where(InterviewRow.id == interview_id))
    )
    if table == "allegation":
        return f"{pseudonym}: {record.form.label}"
    return pseudonym


def resolve_conflict(session: Session, conflict_id: str, value: Any) -> None:
    """Make `value` (one side's, or a merged one) the field's value as a new local write that
    has seen every side; for `deleted`, True keeps the record deleted and False keeps it.
    A value that breaks a rule raises ValidationError naming the field."""
    record_id, _, name = conflict_id.partition(":")
    stored = session.get(SyncStateRow, record_id)
    if stored is None or name not in (stored.conflicts or ()):
        raise NotFoundError(f"no open conflict {conflict_id} (resolved meanwhile?)")
    table = stored.table_name
    row = session.get(SYNCED_TABLES[table], record_id)
    if row is None:
        raise NotFoundError(f"no record with id {record_id}")
    version = row.version
    if name == DELETED:
        _resolve_deletion(session, table, row, bool(value))
    else:
        _write_field(session, table, row, name, value)
    session.refresh(row)
    if row.version == version:
        # The chosen value is the one shown already: still a write, so the conflict closes.
        touch(session, row)
        action = AuditAction.UPDATE
        if name == DELETED:
            action = AuditAction.DELETE if value else AuditAction.RESTORE
        changes = {} if name == DELETED else {name: (value, value)}
        audit_log.note(session, table, row.id, action, changes)


def _write_field(session: Session, table: str, row: Any, name: str, value: Any) -> None:
    if table == "interviewee_identity":
        interviews.set_identity(session, row.interview_id, value)
    elif table == "report_narrative":
        narratives.set_narrative(session, row.visit_id, row.section, str(value or ""))
    elif table == "attachments":
        attachments.update_attachment(session, row.id, **{name: value})
    elif table == "country_profile":
        country_profiles.set_profile_field(session, row.country, name, value)
    else:
        _BY_TABLE[table].update(session, row.id, **{name: value})


def _resolve_deletion(session: Session, table: str, row: Any, deleted: bool) -> None:
    if table == "attachments":
        _resolve_attachment_deletion(session, row, deleted)
    elif deleted and row.deleted_at is None:
        if table in _BY_TABLE:
            _BY_TABLE[table].delete(session, row.id)
        else:
            row_class = SYNCED_TABLES[table]
            tombstone_where(session, row_class, row_class.id == row.id)
    elif not deleted and row.deleted_at is not None:
        if table in _BY_TABLE:
            restore_deleted(session, KIND_OF_TABLE[table], row.id)
        else:
            write_columns(session, row, {"deleted_at": None})


def _resolve_attachment_deletion(session: Session, row: Any, deleted: bool) -> None:
    """A deleted attachment kept no bytes: it cannot be brought back, only attached again."""
    if deleted and row.deleted_at is None:
        attachments.delete_attachment(session, row.id)
    elif not deleted and row.deleted_at is not None:
        raise UserError(
            f"the attachment {row.file_name!r} was deleted with its file on another laptop: "
            "attach the file again to keep it"
        )
