"""The lines of the visit list, read with one SQL statement over a plain sqlcipher3 connection.

Plain SQL rather than the ORM because the window's start-up reads them on a thread before
SQLAlchemy is loaded, to paint the visit list while Qt is still starting;
`services.visits.list_visits` runs the same statement inside a unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from spt_field.db.connection import RawConnection
from spt_field.domain.codes import VisitStatus, VisitType
from spt_field.domain.visit_summary import VisitSummary

# Interviews are counted per place first, from the partial index of live interviews, then per
# visit: joining every interview to its place would look a place up 150,000 times on L.
VISIT_SUMMARIES = """
WITH interviews_by_place AS (
    SELECT place_id, count(*) AS interviews
    FROM interview WHERE deleted_at IS NULL GROUP BY place_id
), counts AS (
    SELECT place.visit_id AS visit_id, count(*) AS places,
           sum(coalesce(interviews_by_place.interviews, 0)) AS interviews
    FROM place LEFT JOIN interviews_by_place ON interviews_by_place.place_id = place.id
    WHERE place.deleted_at IS NULL GROUP BY place.visit_id
)
SELECT visit.id, visit.country, visit.visit_type, visit.status, visit.start_date,
       visit.end_date, coalesce(counts.places, 0), coalesce(counts.interviews, 0)
FROM visit LEFT JOIN counts ON counts.visit_id = visit.id
WHERE visit.deleted_at IS NULL
ORDER BY visit.start_date DESC, visit.country, visit.id
"""


def visit_summaries(rows: Iterable[Sequence[Any]]) -> list[VisitSummary]:
    """The rows of VISIT_SUMMARIES as values: every live visit, newest first, with its counts
    of live places and of their live interviews."""
    return [
        VisitSummary(
            id=visit_id,
            country=country,
            visit_type=VisitType(visit_type),
            status=VisitStatus(status),
            start_date=_day(start),
            end_date=_day(end),
            places=int(places),
            interviews=int(interviews),  # PostgreSQL's sum of counts is a numeric
        )
        for visit_id, country, visit_type, status, start, end, places, interviews in rows
    ]


def _day(stored: date | str) -> date:
    """A date as the driver gives it: text from sqlcipher3, a date from PostgreSQL."""
    return stored if isinstance(stored, date) else date.fromisoformat(stored)


def read_visit_summaries(connection: RawConnection) -> list[VisitSummary]:
    return visit_summaries(connection.execute(VISIT_SUMMARIES))
