"""Attachments in `spt-field/1`: the document refers to each by its SHA-256 with its
description; the bytes, when an export includes them, are files named by that hash in a
companion folder beside the JSON file (`visit.json` -> `visit.attachments/`).

An import checks every referred file before anything is written: a missing file or one whose
hash differs is named in the refusal.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from spt_field.domain.attachments import Attachment
from spt_field.errors import UserError
from spt_field.safe_files import private_folder, write_atomically
from spt_field.services.attachments import list_attachments_for_visit, read_attachment

#: The suffix of the folder holding an export's attachment files.
FOLDER_SUFFIX = ".attachments"
_PIECE = 1 << 20


def companion_folder(document_path: Path) -> Path:
    """The folder of the attachment files of the JSON file `document_path`."""
    return document_path.with_name(document_path.stem + FOLDER_SUFFIX)


def attachment_records(session: Session, visit_id: str) -> list[dict[str, Any]]:
    """The visit's attachments as the document describes them (without their bytes)."""
    return [_record(item) for item in list_attachments_for_visit(session, visit_id)]


def _record(item: Attachment) -> dict[str, Any]:
    return {
        "id": item.id,
        "owner_kind": item.owner_kind.value,
        "owner_id": item.owner_id,
        "caption": item.caption,
        "consent": item.consent.value,
        "media_type": item.media_type,
        "file_name": item.file_name,
        "size": item.size,
        "sha256": item.sha256,
        "added_by": item.added_by,
        "added_at": item.added_at.isoformat(),
        "metadata_removed": list(item.metadata_removed),
        "kept_original": item.kept_original,
        "in_internal_notes": item.in_internal_notes,
    }


def write_attachment_files(session: Session, document: dict[str, Any], folder: Path) -> int:
    """Write the bytes of every attachment `document` refers to into `folder`, one file per
    hash; returns how many files were written."""
    private_folder(folder)
    written: set[str] = set()
    for visit in document["visits"]:
        for item in visit.get("attachments", []):
            if item["sha256"] not in written:
                write_atomically(read_attachment(session, item["id"]), folder / item["sha256"])
                written.add(item["sha256"])
    return len(written)


def file_problem(folder: Path | None, sha256: str, size: int) -> str | None:
    """What is wrong with the file of the attachment `sha256` in `folder`, or None."""
    if folder is None:
        return f"its file {sha256} is not there: the document has no {FOLDER_SUFFIX} folder"
    path = folder / sha256
    if not path.is_file():
        return f"its file {path} is missing"
    if path.stat().st_size != size:
        return f"its file {path} holds {path.stat().st_size:,} bytes, not {size:,}"
    if _hash_of(path) != sha256:
        return f"its file {path} differs from the attachment (its SHA-256 does not match)"
    return None


def _hash_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while piece := source.read(_PIECE):
            digest.update(piece)
    return digest.hexdigest()


def read_checked(folder: Path, sha256: str) -> bytes:
    """The bytes of the attachment file `sha256`, checked once more as they are read."""
    data = (folder / sha256).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UserError(f"{folder / sha256} changed during the import; nothing was imported")
    return data
