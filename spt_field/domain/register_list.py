"""A country's list of places of deprivation of liberty, as the NPM keeps it in a spreadsheet,
read into register entries: the headings mapped to fields, each cell checked.

Rows are numbered as the spreadsheet shows them (the headings are row 1). Every problem of every
row is reported at once, naming the row and the column; a list with any problem imports nothing.
The list's "last visited" column is recognised and left aside: when a place was visited comes
from the visits linked to it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spt_field.domain.codes import PlaceType
from spt_field.domain.rules import problems_in_registered_place
from spt_field.domain.values import RegisteredPlaceFields
from spt_field.errors import InvalidDataError, ValidationError

#: The headings understood for each field (compared without case, spaces or underscores).
HEADINGS: dict[str, tuple[str, ...]] = {
    "name": ("name", "place", "placename", "nom", "nombre", "名称"),
    "place_type": ("type", "placetype", "typeofplace", "category", "catégorie", "tipo", "类型"),
    "region": ("region", "région", "región", "province", "district", "地区"),
    "capacity": ("capacity", "capacité", "capacidad", "places", "容量"),
    "last_visited": ("lastvisited", "lastvisit", "dernièrevisite", "últimavisita", "上次访问"),
}
REQUIRED = ("name", "place_type")
_TYPE_NAMES = {
    key: member
    for member in PlaceType
    for key in (member.value, member.value.replace("_", ""), member.label.casefold())
}

Cell = object


def _key(text: str) -> str:
    return "".join(text.split()).replace("_", "").replace("-", "").casefold()


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def column_map(headings: Sequence[Cell]) -> dict[str, int]:
    """Field -> index of its column; a missing required column is an error."""
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        key = _key(_text(heading))
        for field, names in HEADINGS.items():
            if key in {_key(name) for name in names} and field not in found:
                found[field] = index
    shown = ", ".join(_text(heading) for heading in headings if _text(heading)) or "-"
    missing = [
        ValidationError(
            field, "the list has no column for this (its headings are: {headings})", headings=shown
        )
        for field in REQUIRED
        if field not in found
    ]
    if missing:
        raise InvalidDataError(missing)
    return found


@dataclass(frozen=True)
class _Row:
    number: int
    cells: Sequence[Cell]

    def get(self, columns: dict[str, int], field: str) -> str:
        index = columns.get(field)
        if index is None or index >= len(self.cells):
            return ""
        return _text(self.cells[index])


def _capacity(row: _Row, text: str, problems: list[ValidationError]) -> int | None:
    if not text:
        return None
    try:
        number = float(text.replace(" ", "").replace("\u202f", "").replace("\xa0", ""))
    except ValueError:
        number = float("nan")
    if not number.is_integer():
        problems.append(
            ValidationError(
                "capacity", "row {row}: {value!r} is not a whole number", row=row.number, value=text
            )
        )
        return None
    if number < 0:
        problems.append(
            ValidationError("capacity", "row {row}: must not be negative", row=row.number)
        )
        return None
    return int(number)


def _entry(
    row: _Row, columns: dict[str, int], country: str, problems: list[ValidationError]
) -> RegisteredPlaceFields | None:
    name = row.get(columns, "name")
    kind = row.get(columns, "place_type")
    before = len(problems)
    if not name:
        problems.append(ValidationError("name", "row {row}: must not be empty", row=row.number))
    place_type = _TYPE_NAMES.get(kind.casefold()) or _TYPE_NAMES.get(_key(kind))
    if place_type is None:
        problems.append(
            ValidationError(
                "place_type",
                "row {row}: {value!r} is not a type of place",
                row=row.number,
                value=kind,
            )
        )
    capacity = _capacity(row, row.get(columns, "capacity"), problems)
    if len(problems) > before or place_type is None:
        return None
    entry = RegisteredPlaceFields(
        country=country,
        name=name,
        place_type=place_type,
        region=row.get(columns, "region"),
        capacity=capacity,
    )
    for problem in problems_in_registered_place(entry):
        problems.append(
            ValidationError(
                problem.field, "row {row}: " + problem.template, row=row.number, **problem.params
            )
        )
    return entry


def _rows(rows: Sequence[Sequence[Cell]]) -> Iterator[_Row]:
    for number, cells in enumerate(rows[1:], start=2):
        if any(_text(cell) for cell in cells):
            yield _Row(number, cells)


def parse_register_list(
    rows: Sequence[Sequence[Cell]], country: str
) -> list[RegisteredPlaceFields]:
    """The entries of a list (its first row the headings); InvalidDataError names every
    problem by row and column."""
    if not rows or not any(_text(cell) for cell in rows[0]):
        raise InvalidDataError([ValidationError("file", "the list is empty")])
    columns = column_map(rows[0])
    problems: list[ValidationError] = []
    entries: list[RegisteredPlaceFields] = []
    first_row: dict[tuple[str, str], int] = {}
    for row in _rows(rows):
        entry = _entry(row, columns, country, problems)
        if entry is None:
            continue
        key = (_key(entry.name), _key(entry.region))
        if key in first_row:
            problems.append(
                ValidationError(
                    "name",
                    "row {row}: {name!r} is already listed in row {first}",
                    row=row.number,
                    name=entry.name,
                    first=first_row[key],
                )
            )
            continue
        first_row[key] = row.number
        entries.append(entry)
    if problems:
        raise InvalidDataError(problems)
    if not entries:
        raise InvalidDataError([ValidationError("file", "the list is empty")])
    return entries
