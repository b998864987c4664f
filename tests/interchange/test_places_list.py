"""The NPM's list of places read from CSV (any delimiter, UTF-8 or Windows-1252) and Excel
workbooks, cell for cell."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from spt_field.errors import InvalidDataError, UserError
from spt_field.interchange.places_list import read_places_list

ROWS = [["Name", "Type", "Capacity"], ["Lorvik prison", "prison", "120"], ["Brask", "police", ""]]

cell = st.text(
    st.characters(categories=["L", "N", "P", "Zs"], exclude_characters="\r\n"), max_size=15
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
@given(
    st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_csv_cells_come_back_as_written(
    tmp_path: Path, rows: list[list[str]], delimiter: str
) -> None:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows([ROWS[0], *rows])
    assert read_places_list(path) == [ROWS[0], *rows]


def test_windows_1252_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Nom;Type\nPrison de Sélestat;prison\n".encode("cp1252"))
    assert read_places_list(path)[1] == ["Prison de Sélestat", "prison"]


def test_the_first_sheet_of_a_workbook_is_read(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in ROWS:
        sheet.append([int(c) if c.isdigit() else (c or None) for c in row])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    assert read_places_list(path) == [
        ["Name", "Type", "Capacity"],
        ["Lorvik prison", "prison", 120],
        ["Brask", "police", None],
    ]


def test_other_files_are_refused_by_name(tmp_path: Path) -> None:
    damaged = tmp_path / "list.xlsx"
    damaged.write_bytes(b"not a workbook")
    with pytest.raises(InvalidDataError) as raised:
        read_places_list(damaged)
    assert "'list.xlsx' cannot be read" in str(raised.value)
    with pytest.raises(InvalidDataError):
        read_places_list(tmp_path / "list.ods")
    with pytest.raises(UserError):
        read_places_list(tmp_path / "missing.csv")
