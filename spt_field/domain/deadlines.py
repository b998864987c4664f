"""Due dates after a visit: the State party's reply and each recommendation.

Both are due six months after the report's transmission (OPCAT art. 16, domain.md section 8)
unless another date is recorded.
"""

from __future__ import annotations

import calendar
from datetime import date

REPLY_MONTHS = 6


def months_after(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def reply_due(transmitted_on: date | None, recorded: date | None) -> date | None:
    """The due date: the one recorded, else six months after transmission, else none."""
    if recorded is not None:
        return recorded
    return None if transmitted_on is None else months_after(transmitted_on, REPLY_MONTHS)
