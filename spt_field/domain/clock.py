"""Version vectors and multi-value registers: how the writes of several laptops are ordered.

Each record carries a version vector (device -> the highest write number seen from it) and, per
field, the writes ("siblings") that set its current value. A write is named by its dot (device,
number). Merging two states keeps a sibling unless the other side has seen its dot and replaced
it; writes neither side saw from the other both stay: that is a conflict, shown to a person,
never settled silently. The merge is commutative, associative and idempotent, so laptops that
exchange bundles in any order end with the same state. Pure functions only: no storage here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Vector = Mapping[str, int]
Dot = tuple[str, int]

#: The pseudo-field a deletion (its tombstone time) or a restoration (None) writes.
DELETED = "deleted"


@dataclass(frozen=True)
class Sibling:
    """One write that set a field: who, where, when, the value (JSON), and for a deletion the
    vector it had seen (what it knowingly deleted)."""

    device: str
    number: int
    member: str
    at: str
    value: Any = None
    context: tuple[tuple[str, int], ...] | None = None

    @property
    def dot(self) -> Dot:
        return (self.device, self.number)

    @property
    def order(self) -> tuple[int, str]:
        """Later writes first; the device breaks ties so every laptop agrees."""
        return (self.number, self.device)


@dataclass(frozen=True)
class RecordState:
    """A record's vector and, per field, its siblings (greatest dot first)."""

    vector: tuple[tuple[str, int], ...]
    fields: tuple[tuple[str, tuple[Sibling, ...]], ...]

    @staticmethod
    def of(vector: Vector, fields: Mapping[str, Iterable[Sibling]]) -> RecordState:
        return RecordState(
            vector=tuple(sorted(vector.items())),
            fields=tuple(sorted((name, _ordered(siblings)) for name, siblings in fields.items())),
        )

    def vector_map(self) -> dict[str, int]:
        return dict(self.vector)

    def field_map(self) -> dict[str, tuple[Sibling, ...]]:
        return dict(self.fields)


def _ordered(siblings: Iterable[Sibling]) -> tuple[Sibling, ...]:
    return tuple(sorted(siblings, key=lambda sibling: sibling.order, reverse=True))


def covers(vector: Vector, dot: Dot) -> bool:
    """Has a replica with `vector` seen the write `dot`?"""
    device, number = dot
    return vector.get(device, 0) >= number


def join(*vectors: Vector) -> dict[str, int]:
    """The pointwise maximum: everything any of them has seen."""
    joined: dict[str, int] = {}
    for vector in vectors:
        for device, number in vector.items():
            joined[device] = max(joined.get(device, 0), number)
    return joined


def next_number(vector: Vector) -> int:
    """The number of a new write: above every write seen, so it supersedes all of them, and
    above this device's own earlier writes, so a device's dots only grow."""
    return max(vector.values(), default=0) + 1


def _same_write(one: Sibling, other: Sibling) -> Sibling:
    """Both sides hold the write `dot`: keep one, the same on every laptop."""
    return max(one, other, key=lambda sibling: repr(sibling))


def merge_field(
    local: Iterable[Sibling], local_vector: Vector, remote: Iterable[Sibling], remote_vector: Vector
) -> tuple[Sibling, ...]:
    """Siblings of one field after a merge: those both hold, and those the other side has not
    seen yet (a write it has seen but no longer holds was replaced by a later one)."""
    mine = {sibling.dot: sibling for sibling in local}
    theirs = {sibling.dot: sibling for sibling in remote}
    kept = [
        _same_write(sibling, theirs[dot]) if dot in theirs else sibling
        for dot, sibling in mine.items()
        if dot in theirs or not covers(remote_vector, dot)
    ]
    kept += [
        sibling
        for dot, sibling in theirs.items()
        if dot not in mine and not covers(local_vector, dot)
    ]
    return _ordered(kept)


def merge_states(local: RecordState, remote: RecordState) -> RecordState:
    """The state holding every write of both sides."""
    local_vector, remote_vector = local.vector_map(), remote.vector_map()
    mine, theirs = local.field_map(), remote.field_map()
    fields = {
        name: merge_field(mine.get(name, ()), local_vector, theirs.get(name, ()), remote_vector)
        for name in mine.keys() | theirs.keys()
    }
    return RecordState.of(join(local_vector, remote_vector), fields)


def write(
    state: RecordState,
    device: str,
    member: str,
    at: str,
    values: Mapping[str, Any],
) -> RecordState:
    """A local write of `values` (field -> JSON value): one new dot that has seen everything
    this laptop holds, so it closes any conflict on the fields it writes."""
    vector = state.vector_map()
    vector[device] = next_number(vector)
    fields = state.field_map()
    context = tuple(sorted(vector.items()))
    for name, value in values.items():
        deletion = name == DELETED and value is not None
        fields[name] = (
            Sibling(device, vector[device], member, at, value, context if deletion else None),
        )
    return RecordState.of(vector, fields)


def shown(siblings: tuple[Sibling, ...]) -> Sibling:
    """The sibling every laptop shows while a conflict is open: the greatest dot."""
    return siblings[0]


def conflicting_fields(state: RecordState) -> list[str]:
    """Fields whose concurrent writes hold different values, and `deleted` when a deletion
    did not see an edit made meanwhile (or a deletion and a restoration crossed)."""
    fields = state.field_map()
    found = [
        name
        for name, siblings in fields.items()
        if len({_key(sibling.value) for sibling in siblings}) > 1
    ]
    if DELETED not in found and unseen_edits(state):
        found.append(DELETED)
    return sorted(found)


def unseen_edits(state: RecordState) -> list[Sibling]:
    """Writes of other fields that no deletion of the record had seen (one per dot). A deletion
    is the write of `deleted` that carries what it had seen (a restoration carries nothing)."""
    fields = state.field_map()
    deletions = [sibling for sibling in fields.get(DELETED, ()) if sibling.context is not None]
    if not deletions:
        return []
    seen = join(*(dict(sibling.context or ()) for sibling in deletions))
    unseen: dict[Dot, Sibling] = {}
    for name, siblings in fields.items():
        if name == DELETED:
            continue
        for sibling in siblings:
            if not covers(seen, sibling.dot):
                unseen.setdefault(sibling.dot, sibling)
    return list(_ordered(unseen.values()))


def _key(value: Any) -> str:
    return repr(value)


def state_to_json(state: RecordState) -> dict[str, Any]:
    """The stored form: the vector, the writes ("w": device, number, member, time) once each,
    and per field the index of its write: just that number for the usual single write whose
    value is the row's (no second copy of every text); else a list of siblings, each
    [write, value] (the values of a conflict), plus what a deletion had seen."""
    writes: dict[Dot, int] = {}
    stored_writes: list[list[Any]] = []
    fields: dict[str, Any] = {}
    for name, siblings in state.fields:
        with_value = len(siblings) > 1
        stored: list[list[Any]] = []
        for sibling in siblings:
            if sibling.dot not in writes:
                writes[sibling.dot] = len(stored_writes)
                stored_writes.append([sibling.device, sibling.number, sibling.member, sibling.at])
            item: list[Any] = [writes[sibling.dot]]
            if with_value or sibling.context is not None:
                item.append(sibling.value if with_value else None)
            if sibling.context is not None:
                item.append(dict(sibling.context))
            stored.append(item)
        fields[name] = stored[0][0] if len(stored[0]) == 1 and not with_value else stored
    return {"v": dict(state.vector), "w": stored_writes, "f": fields}


def state_from_json(stored: Mapping[str, Any], values: Mapping[str, Any]) -> RecordState:
    """The state from its stored form; `values` are the row's values (field -> JSON value)."""
    writes = stored["w"]
    fields: dict[str, list[Sibling]] = {}
    for name, siblings in stored["f"].items():
        if isinstance(siblings, int):
            siblings = ((siblings,),)
        single = len(siblings) == 1
        fields[name] = []
        for item in siblings:
            device, number, member, at = writes[item[0]]
            fields[name].append(
                Sibling(
                    device=str(device),
                    number=int(number),
                    member=str(member),
                    at=str(at),
                    value=values.get(name) if single else item[1],
                    context=tuple(sorted(item[2].items())) if len(item) > 2 else None,
                )
            )
    return RecordState.of({str(k): int(n) for k, n in stored["v"].items()}, fields)


def fallback_state_json(
    device: str, number: int, at: str, fields: Iterable[str], deleted: bool
) -> dict[str, Any]:
    """The stored form of a record with no sync metadata (not written since it was imported
    from a plain JSON file, or since sync was added): one write by the device that last
    changed it, at its version; a tombstone is a deletion that saw just that."""
    vector = {device: number}
    stored: dict[str, Any] = dict.fromkeys(fields, 0)
    if deleted:
        stored[DELETED] = [[0, None, dict(vector)]]
    return {"v": vector, "w": [[device, number, "", at]], "f": stored}


def dominates(vector: Vector, other: Vector) -> bool:
    """Has `vector` seen every write `other` has? Then merging `other` into it changes nothing
    (and the other way round, the merge is `other` itself)."""
    return all(covers(vector, dot) for dot in other.items())
