"""One line of the visit list: the value the window's first paint shows.

Apart from `values` because the window paints the visit list before the many values the
rest of the application uses are loaded (see ui/launch.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spt_field.domain.codes import VisitStatus, VisitType


@dataclass(frozen=True, kw_only=True)
class VisitSummary:
    """One line of the visit list."""

    id: str
    country: str
    visit_type: VisitType
    status: VisitStatus
    start_date: date
    end_date: date
    places: int
    interviews: int
