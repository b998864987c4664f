"""The overdue recommendations as a table: a CSV file or an XLSX workbook.

The column headings come from the caller (translated in the interface); the cells name codes
by their label in the interface's language (domain.catalogue).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from spt_field.domain.catalogue import label
from spt_field.export.spreadsheet_cells import spreadsheet_cell
from spt_field.safe_files import write_atomically
from spt_field.services.overdue import OverdueRecommendation

Cell = str | int

#: The number of columns of overdue_rows (the caller gives as many headings).
COLUMN_COUNT = 10


def overdue_rows(items: Sequence[OverdueRecommendation], language: str) -> list[list[Cell]]:
    """Country, report, paragraph, recommendation, authority, priority, themes, due date, days
    overdue, status: one row per recommendation."""
    return [
        [
            item.country,
            item.restricted_symbol or item.visit_start.isoformat(),
            item.paragraph_number or "",
            item.text,
            item.authority or label(item.authority_kind, language),
            label(item.priority, language),
            "; ".join(label(theme, language) for theme in item.themes),
            item.due_on.isoformat(),
            item.days_overdue,
            label(item.status, language),
        ]
        for item in items
    ]


def write_csv(headings: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_cell(heading) for heading in headings])
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    # A byte-order mark: spreadsheets then read the file as UTF-8.
    write_atomically(("\ufeff" + buffer.getvalue()).encode("utf-8"), path)


def write_xlsx(
    title: str, headings: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(headings))
    for row in rows:
        # Text cells are written as text: openpyxl never turns them into formulas.
        sheet.append([cell if isinstance(cell, int) else spreadsheet_cell(cell) for cell in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(buffer.getvalue(), path)
