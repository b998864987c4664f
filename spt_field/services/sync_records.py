"""A synced record's fields as JSON values, read from and written to its row.

The field values use the interchange format's conversion (spt_field.domain.json_values):
codes for code lists, ISO 8601 for dates and times. A record's fields are its row's columns,
its ordered links (a finding's evidence, a recommendation's findings) and `deleted` (the
tombstone's time, or None).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AttachmentRow,
    FindingEvidenceRow,
    InterviewRow,
    PlaceRow,
    RecommendationFindingRow,
    VisitRow,
)
from spt_field.db.sync_state import (
    LINK_FIELDS,
    SYNCED_TABLES,
    batches,
    columns_of,
    core_table,
    fallback_for,
    record_columns,
)
from spt_field.domain.clock import DELETED, RecordState, state_from_json
from spt_field.domain.json_values import from_json, to_json
from spt_field.services import attachments
from spt_field.services.links import LinkRow, replace_links

#: The link table of each owner table, with its owner and target columns.
LINK_TABLES: dict[str, tuple[LinkRow, str, str]] = {
    "finding": (FindingEvidenceRow, "finding_id", "interview_id"),
    "recommendation": (RecommendationFindingRow, "recommendation_id", "finding_id"),
}
#: Tables whose records two laptops may create separately for the same thing: one identity per
#: interview, one narrative per report section, one profile per country. They merge by these
#: columns, not by id.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "interviewee_identity": ("interview_id",),
    "report_narrative": ("visit_id", "section"),
    "country_profile": ("country",),
}


@cache
def _python_type(table: str, name: str) -> Any:
    column_type = core_table(table).columns[name].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class
    kinds: tuple[tuple[type[Any], type[Any]], ...] = (
        (sa.DateTime, datetime),
        (sa.Date, date),
        (sa.Time, time),
        (sa.Float, float),
    )
    return next((kind for sql_type, kind in kinds if isinstance(column_type, sql_type)), None)


@cache
def _conversions(table: str) -> tuple[tuple[str, bool], ...]:
    """Each field column, and whether its stored value needs converting to JSON (codes,
    dates and times do; texts, numbers and lists of ids do not)."""
    return tuple(
        (name, _python_type(table, name) not in (None, float)) for name in columns_of(table)
    )


def column_value(table: str, name: str, value: Any) -> Any:
    """A field's JSON value as its row column stores it."""
    if value is None:
        return None
    kind = _python_type(table, name)
    if kind is datetime:
        return datetime.fromisoformat(value)
    return from_json(kind, value) if kind is not None else value


def row_values(table: str, row: Any, links: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Field -> JSON value of one row (a Core row from `select(table)`)."""
    values = {
        name: to_json(value) if convert and value is not None else value
        for name, convert in _conversions(table)
        for value in (getattr(row, name),)
    }
    if table in LINK_FIELDS:
        values[LINK_FIELDS[table]] = list(links.get(row.id, ()))
    values[DELETED] = to_json(row.deleted_at)
    return values


def raw_links(session: Session, table: str, owner_ids: Sequence[str]) -> dict[str, list[str]]:
    """Every link of the owners, in order, deleted targets included (they are part of the
    owner's value: a restored interview is evidence again)."""
    if table not in LINK_TABLES:
        return {}
    link, owner_key, target_key = LINK_TABLES[table]
    owner, target = getattr(link, owner_key), getattr(link, target_key)
    found: dict[str, list[str]] = defaultdict(list)
    for batch in batches(owner_ids):
        statement = sa.select(owner, target).where(owner.in_(batch)).order_by(owner, link.position)
        for owner_id, target_id in session.execute(statement):
            found[owner_id].append(target_id)
    return found


def write_links(session: Session, table: str, owner_id: str, targets: Sequence[str]) -> None:
    replace_links(session, LINK_TABLES[table][0], owner_id, targets)


def visit_records(session: Session, visit_id: str) -> dict[str, sa.Select[Any]]:
    """Per synced table, the statement selecting every row of the visit, tombstones included
    (without an attachment's bytes). The register of places of the visit's country travels
    with each of its visits."""
    places = sa.select(PlaceRow.id).where(PlaceRow.visit_id == visit_id)
    country = sa.select(VisitRow.country).where(VisitRow.id == visit_id).scalar_subquery()
    interviews = sa.select(InterviewRow.id).where(InterviewRow.place_id.in_(places))
    statements: dict[str, sa.Select[Any]] = {}
    for table in SYNCED_TABLES:
        columns = core_table(table).columns
        if table == "visit":
            where = columns["id"] == visit_id
        elif table in ("registered_place", "country_profile"):
            # The country's register and profile travel with each visit to it.
            where = columns["country"] == country
        elif table == AttachmentRow.__tablename__:
            where = attachments.of_visit(visit_id)
        elif "visit_id" in columns:
            where = columns["visit_id"] == visit_id
        elif table == "interview":
            where = columns["place_id"].in_(places)
        else:
            where = columns["interview_id"].in_(interviews)
        statements[table] = sa.select(*record_columns(table)).where(where)
    return statements


def current_state(table: str, row: Any, values: Mapping[str, Any], stored: Any) -> RecordState:
    """The record's sync state with its values: the stored metadata (a SyncStateRow or None),
    else the fallback of a record never written since sync metadata was kept."""
    if stored is not None and stored.state is not None:
        return state_from_json(stored.state, values)
    return fallback_for(table, row, values)


def visits_of(session: Session, table: str, ids: Sequence[str]) -> dict[str, str]:
    """Record id -> the id of the visit the record belongs to."""
    columns = core_table(table).columns
    if table == "visit":
        return {record_id: record_id for record_id in ids}
    if table in ("registered_place", "country_profile"):
        return _latest_visits_of_country(session, columns, ids)
    if table == AttachmentRow.__tablename__:
        return _visits_of_attachments(session, ids)
    if "visit_id" in columns:
        statement = sa.select(columns["id"], columns["visit_id"])
    elif table == "interview":
        statement = sa.select(InterviewRow.id, PlaceRow.visit_id).join(
            PlaceRow, PlaceRow.id == InterviewRow.place_id
        )
    else:
        statement = (
            sa.select(columns["id"], PlaceRow.visit_id)
            .join(InterviewRow, InterviewRow.id == columns["interview_id"])
            .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        )
    found: dict[str, str] = {}
    for batch in batches(ids):
        for record_id, visit_id in session.execute(statement.where(columns["id"].in_(batch))):
            found[record_id] = visit_id
    return found


def _latest_visits_of_country(session: Session, columns: Any, ids: Sequence[str]) -> dict[str, str]:
    """Record id -> the latest live visit to its country, for the records that are a
    country's, not a visit's (its register of places, its profile): their conflicts are shown
    with that visit."""
    latest = (
        sa.select(VisitRow.id)
        .where(VisitRow.country == columns["country"], VisitRow.deleted_at.is_(None))
        .order_by(VisitRow.start_date.desc(), VisitRow.id)
        .limit(1)
        .scalar_subquery()
    )
    found: dict[str, str] = {}
    for batch in batches(ids):
        statement = sa.select(columns["id"], latest).where(columns["id"].in_(batch))
        for record_id, visit_id in session.execute(statement):
            if visit_id is not None:
                found[record_id] = visit_id
    return found


def _visits_of_attachments(session: Session, ids: Sequence[str]) -> dict[str, str]:
    """An attachment is of its owner's visit (the owner's kind names its table)."""
    owners: dict[str, dict[str, str]] = defaultdict(dict)
    for batch in batches(ids):
        statement = sa.select(
            AttachmentRow.id, AttachmentRow.owner_kind, AttachmentRow.owner_id
        ).where(AttachmentRow.id.in_(batch))
        for record_id, owner_kind, owner_id in session.execute(statement):
            owners[str(owner_kind)][record_id] = owner_id
    found: dict[str, str] = {}
    for table, owned in owners.items():
        visits = visits_of(session, table, list(set(owned.values())))
        found.update({record_id: visits[owner] for record_id, owner in owned.items()})
    return found
