"""The drafters' narrative of each report section, stored with the visit.

A section nobody has written yet reads as its standard wording; only what a drafter typed is
stored (and exported).
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import ReportNarrativeRow, VisitRow
from spt_field.domain.limits import text_problem
from spt_field.domain.report_sections import STANDARD_WORDING, ReportSection
from spt_field.services.records import add_row, get_live, live, write_columns


def stored_narratives(session: Session, visit_id: str) -> dict[ReportSection, str]:
    """Only the narratives a drafter wrote, in section order."""
    rows = session.scalars(
        sa.select(ReportNarrativeRow).where(
            ReportNarrativeRow.visit_id == visit_id, live(ReportNarrativeRow)
        )
    )
    stored = {row.section: row.text for row in rows}
    return {section: stored[section] for section in ReportSection if section in stored}


def report_narratives(
    session: Session,
    visit_id: str,
    standard: Mapping[ReportSection, str] = STANDARD_WORDING,
) -> dict[ReportSection, str]:
    """Every section's narrative: what was written, else the `standard` wording (English
    unless another language's is given)."""
    get_live(session, VisitRow, visit_id)
    stored = stored_narratives(session, visit_id)
    return {section: stored.get(section, standard[section]) for section in ReportSection}


def set_narrative(session: Session, visit_id: str, section: ReportSection, text: str) -> None:
    """Store a section's narrative (one versioned edit). An empty text leaves the section with
    no narrative of its own text: it is stored as empty, not as the standard wording."""
    problem = text_problem("narrative", text)
    if problem is not None:
        raise problem
    get_live(session, VisitRow, visit_id)
    row = session.scalar(
        sa.select(ReportNarrativeRow).where(
            ReportNarrativeRow.visit_id == visit_id, ReportNarrativeRow.section == section
        )
    )
    if row is None:
        add_row(session, ReportNarrativeRow(visit_id=visit_id, section=section, text=text))
    else:
        write_columns(session, row, {"text": text, "deleted_at": None})
