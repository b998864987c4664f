"""spt-field places import|list and programme export: the register from the NPM's list (all or
nothing, problems by row), the programme as PDF and iCalendar."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar
from openpyxl import Workbook
from pypdf import PdfReader

from tests.support.cli import Run, database_with_a_visit, write_json


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_places_import_from_xlsx_then_list(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    rows: list[list[object]] = [
        ["Name", "Type", "Region", "Capacity"],
        ["Lorvik prison", "Prison", "North", 120],
        ["Brask police station", "police", "South", None],
    ]
    result = run(
        "places", "import", "--db", db, "--country", "XAB", _xlsx(tmp_path / "l.xlsx", rows)
    )
    assert (result.code, result.out) == (0, "imported 2 place(s) into the register of XAB\n")
    listed = json.loads(run("places", "list", "--db", db, "--country", "XAB", "--json").out)
    assert [(e["name"], e["capacity"], e["times_visited"]) for e in listed] == [
        ("Lorvik prison", 120, 0),
        ("Brask police station", None, 0),
    ]


def test_a_bad_csv_row_imports_nothing(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    csv = tmp_path / "list.csv"
    csv.write_text("Nom;Type;Capacité\nLorvik;prison;120\nBrask;boat;x\n", encoding="utf-8")
    result = run("places", "import", "--db", db, "--country", "XAB", csv)
    assert result.code == 1
    assert "row 3: 'boat' is not a type of place" in result.err
    assert "row 3: 'x' is not a whole number" in result.err
    assert "Traceback" not in result.err
    assert run("places", "list", "--db", db, "--country", "XAB").out == ""


def test_programme_export_writes_pdf_and_calendar(run: Run, db: Path, tmp_path: Path) -> None:
    document = database_with_a_visit(run, db)
    visit = document["visits"][0]
    visit["programme"] = [
        {"day": visit["start_date"], "starts_at": "09:30", "meeting_with": "Ombudsperson"}
    ]
    other = tmp_path / "other.sptdb"
    assert run("init", "--db", other).code == 0
    assert run("import", "--db", other, write_json(tmp_path / "p.json", document)).code == 0
    pdf, ics = tmp_path / "programme.pdf", tmp_path / "programme.ics"
    result = run(
        "programme",
        "export",
        "--db",
        other,
        "--visit",
        visit["id"],
        "--pdf",
        pdf,
        "--ics",
        ics,
        "--tz",
        "Europe/Zurich",
    )
    assert result.code == 0, result.err
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "CONFIDENTIAL" in text and "Meeting: Ombudsperson" in text
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event.decoded("dtstart").tzinfo) == "Europe/Zurich"


def test_programme_export_needs_a_file_and_a_zone(run: Run, db: Path, tmp_path: Path) -> None:
    visit_id = database_with_a_visit(run, db)["visits"][0]["id"]
    assert run("programme", "export", "--db", db, "--visit", visit_id).code == 1
    result = run(
        "programme",
        "export",
        "--db",
        db,
        "--visit",
        visit_id,
        "--ics",
        tmp_path / "p.ics",
        "--tz",
        "Mars/Olympus",
    )
    assert result.code == 1 and "--tz" in result.err
