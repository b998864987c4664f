"""Attachments: photographs and scanned documents kept inside the encrypted database.

A photograph of a cell, a register or (with consent) an injury, or a scanned document, belongs
to one record: a place, an interview, an allegation or a finding. Its bytes live in the database,
so they are encrypted, backed up, restored and erased with it; the metadata that could betray
people (GPS position, camera serial, authors) is removed on import unless the original is kept
on purpose.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from spt_field.domain.codes import ConsentScope

#: The largest file one attachment may hold (bytes).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class AttachmentOwner(enum.StrEnum):
    """The kind of record an attachment belongs to (stored as the record's table name)."""

    PLACE = "place"
    INTERVIEW = "interview"
    ALLEGATION = "allegation"
    FINDING = "finding"


@dataclass(frozen=True)
class Attachment:
    """An attachment's description, without its bytes (read those with read_attachment)."""

    id: str
    owner_kind: AttachmentOwner
    owner_id: str
    caption: str
    media_type: str
    file_name: str
    size: int
    #: SHA-256 of the stored bytes, hexadecimal.
    sha256: str
    added_by: str
    added_at: datetime
    consent: ConsentScope
    #: What was removed on import ("GPS position", "author", ...), in English.
    metadata_removed: tuple[str, ...]
    kept_original: bool
    #: Chosen for the delegation's internal notes (shown there if its consent allows any use).
    in_internal_notes: bool = False
