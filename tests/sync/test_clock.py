"""Version vectors and field registers: the merge every laptop runs must give one result
whatever the order bundles arrive in, and never drop a write nobody has seen."""

from __future__ import annotations

from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from spt_field.domain.clock import (
    DELETED,
    RecordState,
    conflicting_fields,
    covers,
    join,
    merge_states,
    shown,
    state_from_json,
    state_to_json,
    write,
)

DEVICES = ("a", "b", "c")
FIELDS = ("notes", "region", DELETED)


def _replay(history: list[tuple[int, str, int]]) -> list[RecordState]:
    """Three replicas of one record: step (replica, field, value) writes on that replica;
    value -1 makes the replica merge the next one's state instead."""
    replicas = [RecordState.of({}, {}) for _ in DEVICES]
    for step, (replica, field, value) in enumerate(history):
        if value < 0:
            other = replicas[(replica + 1) % len(replicas)]
            replicas[replica] = merge_states(replicas[replica], other)
        else:
            written = {field: (f"t{value}" if field == DELETED else value)}
            replicas[replica] = write(
                replicas[replica],
                DEVICES[replica],
                f"m{replica}",
                f"2019-01-{step % 28 + 1:02}",
                written,
            )
    return replicas


histories = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(FIELDS), st.integers(-2, 4)), max_size=25
)


@given(histories)
def test_merging_is_commutative_associative_and_idempotent(
    history: list[tuple[int, str, int]],
) -> None:
    a, b, c = _replay(history)
    assert merge_states(a, b) == merge_states(b, a)
    assert merge_states(merge_states(a, b), c) == merge_states(a, merge_states(b, c))
    assert merge_states(a, a) == a
    assert merge_states(merge_states(a, b), b) == merge_states(a, b)


@given(histories)
def test_every_order_of_arrival_converges(history: list[tuple[int, str, int]]) -> None:
    replicas = _replay(history)
    orders = ((0, 1, 2), (2, 1, 0), (1, 2, 0))
    results = [reduce(merge_states, (replicas[n] for n in order)) for order in orders]
    assert results[0] == results[1] == results[2]
    assert conflicting_fields(results[0]) == conflicting_fields(results[2])


@given(histories)
def test_a_write_is_dropped_only_where_a_later_write_replaced_it(
    history: list[tuple[int, str, int]],
) -> None:
    replicas = _replay(history)
    merged = reduce(merge_states, replicas)
    for replica in replicas:
        for field, siblings in replica.fields:
            kept = {sibling.dot for sibling in merged.field_map()[field]}
            for sibling in siblings:
                replaced = any(
                    covers(other.vector_map(), sibling.dot)
                    and sibling.dot not in {s.dot for s in other.field_map().get(field, ())}
                    for other in replicas
                )
                assert sibling.dot in kept or replaced


def test_a_later_write_replaces_the_one_it_has_seen() -> None:
    first = write(RecordState.of({}, {}), "a", "Ilse", "t1", {"notes": "first"})
    second = write(
        merge_states(RecordState.of({}, {}), first), "b", "Tomas", "t2", {"notes": "second"}
    )
    merged = merge_states(first, second)
    assert [s.value for s in merged.field_map()["notes"]] == ["second"]
    assert conflicting_fields(merged) == []


def test_concurrent_writes_of_one_field_are_a_conflict_shown_alike_everywhere() -> None:
    base = write(RecordState.of({}, {}), "a", "Ilse", "t1", {"notes": "base", "region": "North"})
    ilse = write(base, "a", "Ilse", "t2", {"notes": "Ilse's"})
    tomas = write(base, "b", "Tomas", "t3", {"notes": "Tomas's", "region": "South"})
    merged = merge_states(ilse, tomas)
    assert conflicting_fields(merged) == ["notes"]
    assert {s.value for s in merged.field_map()["notes"]} == {"Ilse's", "Tomas's"}
    assert shown(merged.field_map()["region"]).value == "South"
    assert shown(merge_states(tomas, ilse).field_map()["notes"]) == shown(
        merged.field_map()["notes"]
    )
    resolved = write(merged, "a", "Ilse", "t4", {"notes": "both"})
    assert conflicting_fields(merge_states(merge_states(tomas, ilse), resolved)) == []


def test_a_deletion_that_crossed_an_edit_is_a_conflict() -> None:
    base = write(RecordState.of({}, {}), "a", "Ilse", "t1", {"notes": "base", DELETED: None})
    deleted = write(base, "a", "Ilse", "t2", {DELETED: "2019-01-28T10:00:00"})
    edited = write(base, "b", "Tomas", "t3", {"notes": "more"})
    assert conflicting_fields(merge_states(deleted, edited)) == [DELETED]
    edited_then_deleted = write(merge_states(base, edited), "a", "Ilse", "t4", {DELETED: "x"})
    assert conflicting_fields(merge_states(edited, edited_then_deleted)) == []


@given(histories)
def test_the_stored_form_keeps_the_state(history: list[tuple[int, str, int]]) -> None:
    for state in _replay(history):
        shown_values = {name: shown(siblings).value for name, siblings in state.fields}
        assert state_from_json(state_to_json(state), shown_values) == state


@settings(max_examples=50)
@given(
    st.dictionaries(st.sampled_from(DEVICES), st.integers(0, 9)),
    st.dictionaries(st.sampled_from(DEVICES), st.integers(0, 9)),
)
def test_join_covers_both(one: dict[str, int], other: dict[str, int]) -> None:
    joined = join(one, other)
    for vector in (one, other):
        assert all(covers(joined, dot) for dot in vector.items())
