"""The visit in figures: places, interviews, persons, allegations and findings, counted by code.

Each breakdown is one GROUP BY over live rows; a code with nothing recorded is absent, so callers
decide whether to show zeros.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import AllegationRow, FindingRow, InterviewRow, PlaceRow, VisitRow
from spt_field.domain.codes import (
    AllegationForm,
    CodeList,
    FindingArea,
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    Severity,
)
from spt_field.services.records import get_live, live

CodeT = TypeVar("CodeT", bound=CodeList)


@dataclass(frozen=True, kw_only=True)
class VisitOverview:
    """Counts per code (only codes with at least one record), in code-list order."""

    places_by_type: Mapping[PlaceType, int] = field(default_factory=dict)
    interviews_by_category: Mapping[IntervieweeCategory, int] = field(default_factory=dict)
    persons_by_category: Mapping[IntervieweeCategory, int] = field(default_factory=dict)
    allegations_by_form: Mapping[AllegationForm, int] = field(default_factory=dict)
    findings_by_area: Mapping[FindingArea, int] = field(default_factory=dict)
    findings_by_severity: Mapping[Severity, int] = field(default_factory=dict)

    @property
    def places(self) -> int:
        return sum(self.places_by_type.values())

    @property
    def interviews(self) -> int:
        return sum(self.interviews_by_category.values())

    @property
    def persons(self) -> int:
        return sum(self.persons_by_category.values())

    @property
    def allegations(self) -> int:
        return sum(self.allegations_by_form.values())

    @property
    def findings(self) -> int:
        return sum(self.findings_by_area.values())


def _counts(
    session: Session, codes: type[CodeT], statement: sa.Select[Any, Any]
) -> dict[CodeT, int]:
    """`statement` selects (code, count) pairs; the result follows the code list's order."""
    found = {codes(code): int(count) for code, count in session.execute(statement)}
    return {code: found[code] for code in codes if found.get(code)}


def _interviews(*columns: Any) -> sa.Select[Any, Any]:
    return (
        sa.select(*columns)
        .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
        .where(live(InterviewRow), live(PlaceRow))
        .group_by(InterviewRow.category)
    )


def visit_overview(session: Session, visit_id: str) -> VisitOverview:
    get_live(session, VisitRow, visit_id)
    in_visit = PlaceRow.visit_id == visit_id
    # An individual interview is one person whatever `persons` says; a group is its headcount.
    persons = sa.case((InterviewRow.kind == InterviewKind.GROUP, InterviewRow.persons), else_=1)
    return VisitOverview(
        places_by_type=_counts(
            session,
            PlaceType,
            sa.select(PlaceRow.place_type, sa.func.count())
            .where(in_visit, live(PlaceRow))
            .group_by(PlaceRow.place_type),
        ),
        interviews_by_category=_counts(
            session,
            IntervieweeCategory,
            _interviews(InterviewRow.category, sa.func.count()).where(in_visit),
        ),
        persons_by_category=_counts(
            session,
            IntervieweeCategory,
            _interviews(InterviewRow.category, sa.func.sum(persons)).where(in_visit),
        ),
        allegations_by_form=_counts(
            session,
            AllegationForm,
            sa.select(AllegationRow.form, sa.func.count())
            .join(InterviewRow, InterviewRow.id == AllegationRow.interview_id)
            .join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
            .where(in_visit, live(AllegationRow), live(InterviewRow), live(PlaceRow))
            .group_by(AllegationRow.form),
        ),
        findings_by_area=_counts(
            session,
            FindingArea,
            sa.select(FindingRow.area, sa.func.count())
            .where(FindingRow.visit_id == visit_id, live(FindingRow))
            .group_by(FindingRow.area),
        ),
        findings_by_severity=_counts(
            session,
            Severity,
            sa.select(FindingRow.severity, sa.func.count())
            .where(FindingRow.visit_id == visit_id, live(FindingRow))
            .group_by(FindingRow.severity),
        ),
    )
