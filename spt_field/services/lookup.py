"""Which visit a record belongs to, whatever its kind."""

from __future__ import annotations

from sqlalchemy.orm import Session

from spt_field.domain.kinds import RecordKind
from spt_field.errors import NotFoundError
from spt_field.services.record_kinds import RECORD_KINDS


def visit_of_record(session: Session, kind: RecordKind, record_id: str) -> str:
    visit_id = session.scalar(RECORD_KINDS[kind].visit_of(record_id))
    if visit_id is None:
        raise NotFoundError(f"no {kind.label.lower()} with id {record_id}")
    return str(visit_id)
