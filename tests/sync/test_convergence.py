"""Three laptops edit the same visit offline, then exchange bundles in random orders: all
three end with the same content and the same open conflicts, and no edit is lost."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from spt_field.db.models import InterviewRow, PlaceRow
from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import InterviewFields, PlaceFields
from spt_field.errors import UserError
from spt_field.services.conflicts import open_conflicts
from spt_field.services.interviews import (
    delete_interview,
    list_interviews_for_visit,
    record_interview,
    update_interview,
)
from spt_field.services.places import (
    add_place,
    delete_place,
    list_places_for_visit,
    update_place,
)
from tests.support.laptops import (
    MEMBERS,
    canonical,
    conflict_view,
    copy_laptops,
    first_visit,
    laptop,
    pass_content,
)

PLACE_FIELDS = {"name": ("Block A", "Block B", "Annex"), "region": ("North", "South", "")}
INTERVIEW_FIELDS = {"notes": ("cold", "crowded", "no water"), "language": ("ru", "en", "fr")}

operations = st.one_of(
    st.tuples(st.just("add_place"), st.integers(0, 9)),
    st.tuples(
        st.just("edit_place"),
        st.integers(0, 9),
        st.sampled_from(sorted(PLACE_FIELDS)),
        st.integers(0, 2),
    ),
    st.tuples(st.just("delete_place"), st.integers(0, 9)),
    st.tuples(st.just("add_interview"), st.integers(0, 9)),
    st.tuples(
        st.just("edit_interview"),
        st.integers(0, 9),
        st.sampled_from(sorted(INTERVIEW_FIELDS)),
        st.integers(0, 2),
    ),
    st.tuples(st.just("delete_interview"), st.integers(0, 9)),
)
rounds = st.lists(
    st.lists(st.lists(operations, max_size=4), min_size=3, max_size=3), min_size=1, max_size=2
)
Written = dict[tuple[str, str], Any]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[Path], str]]:
    """Three laptops holding the same first visit, closed so each example copies them."""
    folder = tmp_path_factory.mktemp("laptops")
    paths = [folder / f"laptop{n}.sptdb" for n in range(3)]
    databases = [laptop(path, member) for path, member in zip(paths, MEMBERS, strict=True)]
    visit_id, _place, _interview = first_visit(databases[0])
    for other in databases[1:]:
        pass_content(databases[0], other, visit_id)
    for database in databases:
        database.close()
    yield paths, visit_id


def _note_written(written: Written, record: Any, field: str, value: Any) -> None:
    """Setting a field to the value it already holds is no edit: nothing to keep."""
    if getattr(record, field) != value:
        written[(record.id, field)] = value


def _apply(
    database: Database, visit_id: str, operation: tuple[Any, ...], tag: str, written: Written
) -> None:
    """One person's action; one the services refuse (a rule) is simply not done."""
    kind, index = operation[0], operation[1]
    try:
        with database.begin() as session:
            places = list_places_for_visit(session, visit_id)
            interviews = list_interviews_for_visit(session, visit_id)
            if kind == "add_place":
                add_place(
                    session, visit_id, PlaceFields(name=f"{tag} place", place_type=PlaceType.POLICE)
                )
            elif kind == "add_interview" and places:
                place = places[index % len(places)]
                record_interview(session, place.id, InterviewFields(pseudonym=f"{tag}"))
            elif kind == "edit_place" and places:
                place = places[index % len(places)]
                value = PLACE_FIELDS[operation[2]][operation[3]]
                update_place(session, place.id, **{operation[2]: value})
                _note_written(written, place, operation[2], value)
            elif kind == "edit_interview" and interviews:
                interview = interviews[index % len(interviews)]
                value = INTERVIEW_FIELDS[operation[2]][operation[3]]
                update_interview(session, interview.id, **{operation[2]: value})
                _note_written(written, interview, operation[2], value)
            elif kind == "delete_place" and places:
                delete_place(session, places[index % len(places)].id)
            elif kind == "delete_interview" and interviews:
                delete_interview(session, interviews[index % len(interviews)].id)
    except UserError:
        pass


def _kept_values(database: Database, record_id: str, field: str) -> set[Any]:
    """The value a record shows (deleted or not) and every side of its open conflict."""
    with database.begin() as session:
        row = session.get(PlaceRow, record_id) or session.get(InterviewRow, record_id)
        assert row is not None
        values = {getattr(row, field)}
        for conflict in open_conflicts(session):
            if conflict.record_id == record_id and conflict.field == field:
                values |= {side.value for side in conflict.sides}
    return values


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rounds=rounds, order=st.randoms(use_true_random=False))
def test_three_laptops_converge_without_losing_an_edit(
    templates: tuple[list[Path], str], rounds: list[list[list[tuple[Any, ...]]]], order: Any
) -> None:
    paths, visit_id = templates
    with tempfile.TemporaryDirectory() as folder:
        laptops = copy_laptops(paths, Path(folder))
        try:
            for number, plans in enumerate(rounds):
                last_written: list[Written] = [{}, {}, {}]
                for n, (database, plan) in enumerate(zip(laptops, plans, strict=True)):
                    for step, operation in enumerate(plan):
                        _apply(
                            database, visit_id, operation, f"R{number}L{n}S{step}", last_written[n]
                        )
                deliveries = [(s, r) for s in range(3) for r in range(3) if s != r]
                for _pass in range(2):
                    order.shuffle(deliveries)
                    for sender, receiver in deliveries:
                        pass_content(laptops[sender], laptops[receiver], visit_id)
                documents = {canonical(database, visit_id) for database in laptops}
                assert len(documents) == 1
                views = [conflict_view(database, visit_id) for database in laptops]
                assert views[0] == views[1] == views[2]
                event(f"open conflicts after a round: {bool(views[0])}")
                for written in last_written:
                    for (record_id, field), value in written.items():
                        assert value in _kept_values(laptops[0], record_id, field)
        finally:
            for database in laptops:
                database.close()
