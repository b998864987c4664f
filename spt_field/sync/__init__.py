"""Field bundles: merge the work of several delegation laptops, offline.

`export_bundle` writes a visit's records (or what changed since the last bundle for the same
recipient) into one encrypted file; `import_bundle` merges such a file into this database in one
unit of work. See docs/sync.md for the model users see.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from spt_field.db.base import utcnow
from spt_field.db.models import DatabaseInfoRow
from spt_field.db.session import Database
from spt_field.domain.kinds import RecordKind
from spt_field.domain.sync import BundleSummary, MergeSummary
from spt_field.errors import UserError
from spt_field.security.passphrase import check_new_passphrase
from spt_field.services.record_kinds import KIND_OF_TABLE
from spt_field.sync import attachment_bytes
from spt_field.sync.bundle_format import read_bundle, write_bundle
from spt_field.sync.export import bundle_content, last_sent, remember_sent
from spt_field.sync.merge import BundleContentError, merge_content
from spt_field.sync.signing import check_signer, fingerprint, own_signing_key

__all__ = ["export_bundle", "has_exported_bundle", "import_bundle"]

#: database_info key: when this database last wrote a bundle.
_LAST_EXPORT = "last_bundle_export"


def export_bundle(
    database: Database,
    visit_id: str,
    out: Path,
    passphrase: str,
    *,
    recipient: str | None = None,
    since_last: bool = False,
) -> BundleSummary:
    """Write the visit's bundle to `out`, encrypted under the delegation `passphrase`. With a
    `recipient`, remember what it held, so that `since_last` next time holds only what changed
    since (everything, the first time)."""
    check_new_passphrase(passphrase)
    if since_last and not recipient:
        raise UserError("recipient: --since-last needs to know who the bundle is for (--to NAME)")
    with database.begin() as session:
        since = last_sent(session, recipient, visit_id) if recipient and since_last else None
        content, counts = bundle_content(session, visit_id, since)
        header = {
            "device_id": database.device_id,
            "member": database.member,
            "created_at": utcnow().isoformat(),
            "visit_id": visit_id,
            "recipient": recipient,
            "since_last": since is not None,
            "manifest": {"records": dict(counts), "events": len(content["events"])},
        }
        write_bundle(
            out,
            header,
            content,
            passphrase,
            own_signing_key(session),
            lambda entry: attachment_bytes.pieces(session, entry),
        )
        # Without the identities it lacks, the bundle is not remembered: the next one for
        # the same recipient, from someone who may read them, holds them too.
        if recipient and database.may_read_identities:
            remember_sent(session, recipient, visit_id)
        session.merge(DatabaseInfoRow(key=_LAST_EXPORT, value=header["created_at"]))
    kinds: Counter[RecordKind] = Counter()
    for table, count in counts.items():
        kinds[KIND_OF_TABLE[table]] += count
    return BundleSummary(path=out, visit_id=visit_id, counts=kinds, since_last=since is not None)


def import_bundle(database: Database, path: Path, passphrase: str) -> MergeSummary:
    """Merge the bundle at `path` into the database, in one unit of work. A wrong passphrase,
    a damaged, altered or unsigned file, a sender whose pinned key differs, a record that
    breaks the rules, a rewritten audit event or a newer format is refused before anything is
    written."""
    bundle = read_bundle(path, passphrase)
    header = bundle.header
    if header.get("visit_id") != bundle.content.get("visit_id"):
        raise BundleContentError("its header and its content name different visits")
    member, device = str(header.get("member", "")), str(header.get("device_id", ""))
    with database.begin() as session:
        first = check_signer(session, database.device_id, device, member, bundle.signer)
        summary = merge_content(session, bundle.content, member, device)
        attachment_bytes.store(session, bundle)
    return replace(summary, sender_fingerprint=fingerprint(bundle.signer), first_contact=first)


def has_exported_bundle(database: Database) -> bool:
    """Has this database written a bundle before? (The first time, users get more advice.)"""
    with database.begin() as session:
        return (
            session.scalar(
                sa.select(DatabaseInfoRow.value).where(DatabaseInfoRow.key == _LAST_EXPORT)
            )
            is not None
        )
