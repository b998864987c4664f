"""A visit from one open database straight into another: headquarters' server and a laptop.

Checking a visit out of the server onto a laptop, and back in, is what a bundle from one to
the other does (the same content, the same field-by-field merge, the same pinning of the
sender's key), without a file in between: both databases are open here, and the receiving one
is written in one unit of work (all or nothing).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from spt_field.db.session import Database
from spt_field.domain.sync import MergeSummary
from spt_field.services.visits import list_visits
from spt_field.sync import attachment_bytes
from spt_field.sync.bundle_format import Bundle
from spt_field.sync.export import bundle_content
from spt_field.sync.merge import merge_content
from spt_field.sync.signing import check_signer, fingerprint, own_signing_key, public_bytes

__all__ = ["transfer_visits"]


@dataclass(frozen=True)
class _Direct(Bundle):
    """A bundle that never was a file: its attachments' bytes are read from the sender."""

    sender: Session | None = None

    def attachment_bytes(self) -> Iterator[tuple[Mapping[str, Any], bytes]]:
        assert self.sender is not None
        for entry in self.content["attachments"]:
            yield entry, b"".join(attachment_bytes.pieces(self.sender, entry))


def transfer_visits(
    source: Database, target: Database, visit_ids: Sequence[str] | None = None
) -> list[MergeSummary]:
    """Merge the visits `visit_ids` (all of the source's when None) as `source` holds them into
    `target`, as their bundles from `source` would merge; one unit of work on each side."""
    with source.begin() as reading, target.begin() as writing:
        ids = [visit.id for visit in list_visits(reading)] if visit_ids is None else visit_ids
        signer = public_bytes(own_signing_key(reading))
        member, device = source.member, source.device_id
        first = check_signer(writing, target.device_id, device, member, signer)
        summaries = []
        for visit_id in ids:
            content, _counts = bundle_content(reading, visit_id)
            summary = merge_content(writing, content, member, device)
            attachment_bytes.store(writing, _Direct({}, content, signer, sender=reading))
            summaries.append(
                replace(summary, sender_fingerprint=fingerprint(signer), first_contact=first)
            )
    return summaries
