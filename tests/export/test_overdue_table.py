"""The overdue view as CSV and XLSX, read back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from spt_field.domain.codes import AuthorityKind, FindingArea, Priority, RecommendationStatus
from spt_field.export.overdue_table import COLUMN_COUNT, overdue_rows, write_csv, write_xlsx
from spt_field.services.overdue import OverdueRecommendation

HEADINGS = [f"Column {n}" for n in range(COLUMN_COUNT)]
LINE = OverdueRecommendation(
    id="r1",
    visit_id="v1",
    country="XAA",
    restricted_symbol="CAT/OP/XAA/R.1",
    visit_start=date(2023, 5, 1),
    paragraph_number=12,
    text='=HYPERLINK("http://example.org") every arrest is recorded',
    authority_kind=AuthorityKind.POLICE,
    authority="",
    priority=Priority.HIGH,
    themes=(FindingArea.SAFEGUARDS, FindingArea.TREATMENT),
    due_on=date(2024, 2, 29),
    status=RecommendationStatus.IN_PROGRESS,
    state_reply_on=None,
    days_overdue=10,
)


def test_rows_name_codes_in_the_language() -> None:
    [row] = overdue_rows([LINE], "fr")
    assert len(row) == COLUMN_COUNT
    assert row[4:10] == [
        "Police",
        "Élevée",
        "Garanties juridiques; Traitement",
        "2024-02-29",
        10,
        "En cours",
    ]


def test_xlsx_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "overdue.xlsx"
    write_xlsx("Overdue", HEADINGS, overdue_rows([LINE], "en"), path)
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADINGS)
    assert rows[1][0:3] == ("XAA", "CAT/OP/XAA/R.1", 12)
    assert str(rows[1][3]).startswith("'=HYPERLINK")  # text, never a formula
    assert rows[1][8] == 10
    assert rows[1][9] == "In progress"


def test_csv_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "overdue.csv"
    write_csv(HEADINGS, overdue_rows([LINE], "en"), path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == HEADINGS
    assert rows[1][3].startswith("'=HYPERLINK")
    assert rows[1][6] == "Legal safeguards; Treatment"
