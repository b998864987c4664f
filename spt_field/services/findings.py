"""Findings: what the delegation observed, where, and on what evidence."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.models import FindingEvidenceRow, FindingRow
from spt_field.domain.rules import problems_in_finding, raise_problems
from spt_field.domain.values import Finding, FindingFields
from spt_field.errors import ValidationError
from spt_field.services.context import visit_context
from spt_field.services.entity import Entity
from spt_field.services.records import get_live, tombstone_where
from spt_field.services.report_freeze import ensure_draft

FINDINGS = Entity(
    FindingRow, Finding, FindingFields, link=FindingEvidenceRow, link_field="evidence"
)


def add_finding(session: Session, visit_id: str, fields: FindingFields) -> Finding:
    ensure_draft(session, visit_id)
    raise_problems(problems_in_finding(fields, visit_context(session, visit_id)))
    return FINDINGS.add(session, fields, visit_id=visit_id)


def get_finding(session: Session, finding_id: str) -> Finding:
    return FINDINGS.get(session, finding_id)


def update_finding(
    session: Session, finding_id: str, /, *, loaded: Any = None, **changes: Any
) -> Finding:
    return FINDINGS.update(
        session,
        finding_id,
        changes,
        lambda fields, row: _problems(session, fields, row),
        loaded=loaded,
    )


def _problems(session: Session, fields: FindingFields, row: FindingRow) -> list[ValidationError]:
    ensure_draft(session, row.visit_id)
    return list(problems_in_finding(fields, visit_context(session, row.visit_id)))


def delete_finding(session: Session, finding_id: str) -> None:
    """Tombstone the finding; recommendations stop listing it (and list it again if restored)."""
    ensure_draft(session, get_live(session, FindingRow, finding_id).visit_id)
    tombstone_where(session, FindingRow, FindingRow.id == finding_id)


def list_findings_for_visit(session: Session, visit_id: str) -> list[Finding]:
    statement = FINDINGS.select(
        FindingRow.visit_id == visit_id, order_by=[FindingRow.area, FindingRow.title]
    )
    return FINDINGS.list(session, statement)
