"""The baseline our import is measured against: ``json.load`` and plain ``sqlcipher3``.

It writes the same rows (same tables, columns and stored values) as `import_document` into a
database created by `create_database` (so the schema, indexes and FTS5 triggers are identical),
in one transaction through a raw connection keyed as `spt_field.db.session` keys its own. It
checks nothing: it is the cost of moving the data, which our import cannot go below.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.clock import Clock
from spt_field.db import models  # noqa: F401 (the models fill Base.metadata)
from spt_field.db.base import Base
from spt_field.db.connection import connect as keyed_connection
from spt_field.db.search_index import register_search_function
from spt_field.domain.values import (
    AllegationFields,
    DelegationMemberFields,
    FindingFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
    RecommendationFields,
    VisitFields,
)

Converter = Callable[[Any], Any]
Row = tuple[Any, ...]
Json = dict[str, Any]

SYNC_COLUMNS = ("id", "created_at", "updated_at", "deleted_at", "device_id", "version")


def time_text(value: str | None) -> str | None:
    """'09:30' as SQLAlchemy stores a TIME in SQLite: '09:30:00.000000'."""
    if value is None:
        return None
    return f"{value}:00.000000" if len(value) == 5 else f"{value}.000000"


def _converter(column: sa.Column[Any]) -> Converter | None:
    if isinstance(column.type, sa.JSON):
        return json.dumps
    if isinstance(column.type, sa.Time):
        return time_text
    return None


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        value = field.default
    elif field.default_factory is not dataclasses.MISSING:
        value = field.default_factory()
    else:
        return None  # a required field: the document always has it
    if isinstance(value, enum.Enum):
        return value.value
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class TableSpec:
    """How to turn one JSON record into one row of `table`: (json key, default, converter)."""

    table: str
    parent: str | None
    fields: tuple[tuple[str, Any, Converter | None], ...]

    @property
    def columns(self) -> tuple[str, ...]:
        parent = (self.parent,) if self.parent else ()
        return SYNC_COLUMNS + parent + tuple(key for key, _default, _convert in self.fields)

    @property
    def statement(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})"


def table_spec(table_name: str, parent: str | None, fields_class: type) -> TableSpec:
    """The columns of a Fields value that the table stores, with their defaults."""
    table = Base.metadata.tables[table_name]
    return checked(
        TableSpec(
            table_name,
            parent,
            tuple(
                (field.name, _default(field), _converter(table.columns[field.name]))
                for field in dataclasses.fields(fields_class)
                if field.name in table.columns and field.name != parent
            ),
        )
    )


def checked(spec: TableSpec) -> TableSpec:
    """Same columns as the model, or the comparison would be unfair."""
    if set(spec.columns) != set(Base.metadata.tables[spec.table].columns.keys()):
        raise AssertionError(f"the baseline's columns of {spec.table} differ from the model")
    return spec


VISIT = table_spec("visit", None, VisitFields)
MEMBER = table_spec("delegation_member", "visit_id", DelegationMemberFields)
PERSON_MET = table_spec("person_met", "visit_id", PersonMetFields)
PLACE = table_spec("place", "visit_id", PlaceFields)
INTERVIEW = table_spec("interview", "place_id", InterviewFields)
IDENTITY = checked(TableSpec("interviewee_identity", "interview_id", (("identity", None, None),)))
ALLEGATION = table_spec("allegation", "interview_id", AllegationFields)
FINDING = table_spec("finding", "visit_id", FindingFields)
RECOMMENDATION = table_spec("recommendation", "visit_id", RecommendationFields)
EVIDENCE = "INSERT INTO finding_evidence (finding_id, interview_id, position) VALUES (?, ?, ?)"
ANSWERS = (
    "INSERT INTO recommendation_finding (recommendation_id, finding_id, position) VALUES (?, ?, ?)"
)
# Parents before children, in the order import_document writes them (so rowids agree).
INSERT_ORDER = (
    VISIT.statement,
    MEMBER.statement,
    PERSON_MET.statement,
    PLACE.statement,
    INTERVIEW.statement,
    IDENTITY.statement,
    ALLEGATION.statement,
    FINDING.statement,
    EVIDENCE,
    RECOMMENDATION.statement,
    ANSWERS,
)


class RowBuilder:
    """Every row of a document, grouped by INSERT statement."""

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        self.rows: dict[str, list[Row]] = {statement: [] for statement in INSERT_ORDER}

    def add(self, spec: TableSpec, record_id: str, parent: tuple[str, ...], record: Json) -> None:
        values = [
            record.get(key, default) if convert is None else convert(record.get(key, default))
            for key, default, convert in spec.fields
        ]
        sync = (record_id, self.now, self.now, None, self.device_id, 1)
        self.rows[spec.statement].append((*sync, *parent, *values))

    def links(self, statement: str, owner: str, targets: list[str]) -> None:
        self.rows[statement].extend(
            (owner, target, position) for position, target in enumerate(targets)
        )

    def visit(self, visit: Json) -> None:
        visit_id = visit["id"]
        self.add(VISIT, visit_id, (), {**visit, **visit.get("report", {})})
        for member in visit.get("delegation", []):
            self.add(MEMBER, member["id"], (visit_id,), member)
        for person in visit.get("persons_met", []):
            self.add(PERSON_MET, person["id"], (visit_id,), person)
        for place in visit.get("places", []):
            self.place(visit_id, place)
        for finding in visit.get("findings", []):
            self.add(FINDING, finding["id"], (visit_id,), finding)
            self.links(EVIDENCE, finding["id"], finding.get("evidence", []))
        for recommendation in visit.get("recommendations", []):
            self.add(RECOMMENDATION, recommendation["id"], (visit_id,), recommendation)
            self.links(ANSWERS, recommendation["id"], recommendation.get("finding_ids", []))

    def place(self, visit_id: str, place: Json) -> None:
        place_id = place["id"]
        self.add(PLACE, place_id, (visit_id,), place)
        for interview in place.get("interviews", []):
            interview_id = interview["id"]
            self.add(INTERVIEW, interview_id, (place_id,), interview)
            if interview.get("identity"):
                self.add(IDENTITY, str(uuid.uuid4()), (interview_id,), interview)
            for allegation in interview.get("allegations", []):
                self.add(ALLEGATION, allegation["id"], (interview_id,), allegation)


def connect(path: Path, passphrase: str) -> Any:
    """A raw connection keyed and set up as spt_field.db.session sets up its own."""
    connection = keyed_connection(path, passphrase)
    register_search_function(connection)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.isolation_level = None
    return connection


def device_id(connection: Any) -> str:
    row = connection.execute("SELECT value FROM database_info WHERE key = 'device_id'").fetchone()
    return str(row[0])


def build_rows(document: Json, device: str) -> dict[str, list[Row]]:
    builder = RowBuilder(device)
    for visit in document["visits"]:
        builder.visit(visit)
    return builder.rows


def insert_rows(connection: Any, rows: dict[str, list[Row]]) -> None:
    connection.execute("BEGIN")
    try:
        for statement, table_rows in rows.items():
            if table_rows:
                connection.executemany(statement, table_rows)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def baseline_import(document_path: Path, connection: Any, clock: Clock) -> None:
    """Load, build the rows and insert them, one lap of `clock` each."""
    with document_path.open("rb") as stream:
        document = json.load(stream)
    clock.lap("parse")
    rows = build_rows(document, device_id(connection))
    clock.lap("rows")
    insert_rows(connection, rows)
    clock.lap("insert")
