"""Reading the NPM's list of places: headings mapped, every bad cell named by row and column,
nothing kept from a list with a problem."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spt_field.domain.codes import PlaceType
from spt_field.domain.register_list import parse_register_list
from spt_field.errors import InvalidDataError


def test_headings_in_any_order_case_and_language() -> None:
    rows: list[list[object]] = [
        ["Région", "Capacité", "NOM", "Type of place", "Last visited"],
        ["North", "120", "Lorvik prison", "Prison", "2015-03-01"],
        ["South", None, "Brask police", "police", None],
        [None, None, None, None, None],
    ]
    entries = parse_register_list(rows, "XRU")
    assert [(e.name, e.place_type, e.region, e.capacity) for e in entries] == [
        ("Lorvik prison", PlaceType.PRISON, "North", 120),
        ("Brask police", PlaceType.POLICE, "South", None),
    ]
    assert {e.country for e in entries} == {"XRU"}


def test_every_problem_is_named_by_row_and_column() -> None:
    rows = [
        ["name", "type", "capacity"],
        ["", "prison", "12"],
        ["Lorvik", "castle", "twelve"],
        ["Brask", "police", "-3"],
        ["Lorvik", "prison", "4"],
    ]
    with pytest.raises(InvalidDataError) as raised:
        parse_register_list(rows, "XRU")
    found = [(p.field, p.params.get("row")) for p in raised.value.problems]
    assert found == [
        ("name", 2),
        ("place_type", 3),
        ("capacity", 3),
        ("capacity", 4),
    ]
    assert "row 3: 'castle' is not a type of place" in str(raised.value)


def test_a_duplicate_names_its_first_row() -> None:
    rows = [["name", "type"], ["Lorvik", "prison"], [" lorvik ", "Prison"]]
    with pytest.raises(InvalidDataError) as raised:
        parse_register_list(rows, "XRU")
    [problem] = raised.value.problems
    assert (problem.params["row"], problem.params["first"]) == (3, 2)


def test_a_missing_column_lists_the_headings_found() -> None:
    with pytest.raises(InvalidDataError) as raised:
        parse_register_list([["Nom", "Région"], ["Lorvik", "North"]], "XRU")
    [problem] = raised.value.problems
    assert problem.field == "place_type"
    assert "Nom, Région" in problem.problem


def test_an_empty_list_is_refused() -> None:
    with pytest.raises(InvalidDataError):
        parse_register_list([], "XRU")
    with pytest.raises(InvalidDataError):
        parse_register_list([["name", "type"]], "XRU")


cells = st.one_of(
    st.none(), st.text(max_size=12), st.integers(-5, 10**6), st.floats(allow_nan=True)
)


@given(st.lists(st.lists(cells, max_size=6), max_size=8))
def test_any_cells_give_entries_or_a_list_of_problems(rows: list[list[object]]) -> None:
    try:
        entries = parse_register_list([["name", "type", "region", "capacity"], *rows], "XRU")
    except InvalidDataError as error:
        assert error.problems
    else:
        assert all(entry.name.strip() for entry in entries)
        assert all(entry.capacity is None or entry.capacity >= 0 for entry in entries)


@given(
    st.lists(
        st.tuples(
            st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=20),
            st.sampled_from(list(PlaceType)),
            st.one_of(st.none(), st.integers(0, 100_000)),
        ),
        min_size=1,
        max_size=10,
        unique_by=lambda row: row[0].casefold(),
    )
)
def test_good_rows_come_back_as_written(rows: list[tuple[str, PlaceType, int | None]]) -> None:
    table = [["Name", "Type", "Capacity"]] + [
        [name, kind.label, "" if capacity is None else str(capacity)]
        for name, kind, capacity in rows
    ]
    entries = parse_register_list(table, "XRU")
    assert [(e.name, e.place_type, e.capacity) for e in entries] == [
        (name.strip(), kind, capacity) for name, kind, capacity in rows
    ]
