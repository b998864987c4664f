"""Reading the list of places an NPM keeps, from a CSV file or an Excel workbook (.xlsx), as
rows of cells (spt_field.domain.register_list makes register entries of them)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import load_workbook

from spt_field.errors import InvalidDataError, UserError, ValidationError

Rows = list[Sequence[object]]


def _unreadable(path: Path) -> InvalidDataError:
    return InvalidDataError(
        [ValidationError("file", "{name!r} cannot be read as a list of places", name=path.name)]
    )


def _csv_text(data: bytes) -> str:
    """UTF-8 (with or without its byte-order mark), else Windows-1252, as older spreadsheet
    programs save CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _csv_rows(data: bytes) -> Rows:
    text = _csv_text(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _xlsx_rows(data: bytes) -> Rows:
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_places_list(path: Path) -> Rows:
    """The rows of the list at `path` (its first sheet, for a workbook)."""
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidDataError(
            [ValidationError("file", "{name!r} is not a CSV or Excel (.xlsx) file", name=path.name)]
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    try:
        return _csv_rows(data) if suffix == ".csv" else _xlsx_rows(data)
    except (UnicodeDecodeError, csv.Error, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise _unreadable(path) from None
