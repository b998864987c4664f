"""Property tests: whatever JSON comes in, import either succeeds or refuses it cleanly.

Refusing cleanly means a UserError (InvalidDataError) naming the problems, never another
exception, and a database left exactly as it was.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spt_field.db.session import Database
from spt_field.errors import InvalidDataError, UserError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import ImportSummary, import_document
from spt_field.interchange.validate import json_path, schema_problems
from tests.support.interchange_sample import (
    FORMAT,
    build_rich_visit,
    new_database,
    snapshot,
    valid_document,
)

Path = tuple[str | int, ...]

# Values a document really holds, so that mutations also reach the rules behind the schema.
PLAUSIBLE = st.sampled_from(
    ["", "A", "XAA", "CHE", "2021-05-04", "2021-05-09", "2019-02-30", "12:00", "prison",
     "group", "transmit", "anonymous", "00000000-0000-4000-8000-000000000000"]
)  # fmt: skip
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | PLAUSIBLE
)
JSON = st.recursive(
    LEAVES,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=10,
)
VISIT_KEYS = ["id", "country", "start_date", "end_date", "status", "places", "findings"]
DOCUMENTS = (
    JSON
    | st.builds(lambda visit: {"format": FORMAT, "visits": [visit]}, JSON)
    | st.builds(
        lambda visits: {"format": FORMAT, "visits": visits},
        st.lists(st.dictionaries(st.sampled_from(VISIT_KEYS), JSON), max_size=2),
    )
)


def _walk(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


# Every document from valid_document() has this shape; only its ids differ.
_TEMPLATE = list(_walk(valid_document()))
OBJECTS = [path for path, value in _TEMPLATE if isinstance(value, dict)]
VALUES = [path for path, _value in _TEMPLATE if path]
KEYS = [path for path in VALUES if isinstance(path[-1], str)]

Mutation = tuple[str, Path, Any]
MUTATIONS = (
    st.tuples(st.just("delete"), st.sampled_from(KEYS), st.none())
    | st.tuples(st.just("replace"), st.sampled_from(VALUES), JSON)
    | st.tuples(
        st.just("add"),
        st.builds(lambda path, key: (*path, f"unknown_{key}"), st.sampled_from(OBJECTS), st.text()),
        JSON,
    )
)


def _mutated(mutation: Mutation) -> dict[str, Any]:
    operation, path, value = mutation
    document = valid_document()
    parent: Any = document
    for part in path[:-1]:
        parent = parent[part]
    if operation == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return document


def _fuzz_database(factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = new_database(factory.mktemp("fuzz"))
    with database.begin() as session:
        build_rich_visit(session)
    yield database
    database.close()


@pytest.fixture(scope="module")
def json_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from _fuzz_database(tmp_path_factory)


@pytest.fixture(scope="module")
def mutation_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from _fuzz_database(tmp_path_factory)


def _import(database: Database, document: Any) -> ImportSummary | InvalidDataError:
    """What the import gave: its summary, or the error that refused it (database unchanged)."""
    before = snapshot(database)
    try:
        with database.begin() as session:
            return import_document(session, document)
    except UserError as error:
        assert isinstance(error, InvalidDataError)
        assert error.problems and all(p.field.startswith("$") for p in error.problems)
        assert snapshot(database) == before
        return error


@settings(max_examples=60, deadline=None)
@given(document=DOCUMENTS)
def test_arbitrary_json_is_refused_cleanly(json_database: Database, document: Any) -> None:
    _import(json_database, document)


@settings(max_examples=60, deadline=None)
@given(mutation=MUTATIONS)
def test_mutated_document_imports_or_is_refused_cleanly(
    mutation_database: Database, mutation: Mutation
) -> None:
    result = _import(mutation_database, _mutated(mutation))
    operation, path, _value = mutation
    if operation == "add":
        assert isinstance(result, InvalidDataError)
        assert {problem.field for problem in result.problems} == {json_path(path[:-1])}
    elif isinstance(result, ImportSummary):
        for visit_id in result.visit_ids:
            with mutation_database.begin() as session:
                exported = export_document(session, visit_id)
            assert schema_problems(exported) == []
