"""What field sync hands to its callers: conflicts to resolve, and summaries of bundles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from spt_field.domain.kinds import RecordKind


@dataclass(frozen=True)
class ConflictSide:
    """One of the values written concurrently: a code-list member, a date, a text, a tuple of
    ids, or True for "deleted" (False: kept, with an edit the deletion had not seen)."""

    value: Any
    member: str
    device_id: str
    at: datetime


@dataclass(frozen=True)
class Conflict:
    """A field two laptops changed differently since their common version; nothing was
    overwritten: a person picks a side or types a merged value (services.conflicts)."""

    id: str
    kind: RecordKind
    record_id: str
    #: The field's name; "deleted" when a deletion crossed an edit.
    field: str
    #: What the record is (an interview's pseudonym, a finding's title, ...).
    title: str
    sides: tuple[ConflictSide, ...]


@dataclass(frozen=True)
class KindCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class MergeSummary:
    """What importing a bundle changed, per kind of record."""

    visit_id: str
    sender_member: str
    sender_device: str
    counts: Mapping[RecordKind, KindCounts] = field(default_factory=dict)
    #: The fingerprint of the key that signed the bundle, and whether this was the first
    #: bundle from that laptop (its key was pinned now: compare the fingerprint with the sender).
    sender_fingerprint: str = ""
    first_contact: bool = False

    def total(self, what: str) -> int:
        """The sum of one count ("added", "updated", "deleted", "conflicts") over all kinds."""
        return sum(int(getattr(counts, what)) for counts in self.counts.values())


@dataclass(frozen=True)
class BundleSummary:
    """What a written bundle holds."""

    path: Path
    visit_id: str
    #: Records per kind (tombstones included).
    counts: Mapping[RecordKind, int]
    #: True when only what changed since the last bundle for the recipient went in.
    since_last: bool = False

    @property
    def records(self) -> int:
        return sum(self.counts.values())
