"""Attachments travel in bundles: their bytes streamed in chunks after the records, checked
against the signed SHA-256, merged like any record, and never in clear on disk."""

from __future__ import annotations

import base64
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from spt_field.db.models import AttachmentRow
from spt_field.db.session import Database
from spt_field.domain.attachments import Attachment, AttachmentOwner
from spt_field.domain.codes import ConsentScope, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import PlaceFields
from spt_field.errors import NotFoundError, UserError
from spt_field.interchange.export_json import export_document
from spt_field.services.attachments import (
    attach,
    delete_attachment,
    list_attachments,
    read_attachment,
    update_attachment,
)
from spt_field.services.conflicts import open_conflicts
from spt_field.services.places import add_place, delete_place
from spt_field.sync import attachment_bytes, export_bundle, import_bundle
from spt_field.sync.attachment_stream import CHUNK
from spt_field.sync.bundle_format import MAGIC, _derive, read_header
from tests.services import attachment_files as files
from tests.support.laptops import BUNDLE_PASSPHRASE, MEMBERS, canonical, first_visit, laptop, send

NOW = datetime(2019, 1, 28, 14, 30)
MARKER = "Distinctive-Marker-5d02b9"


@dataclass
class Pair:
    ilse: Database
    tomas: Database
    visit_id: str
    place_id: str
    interview_id: str
    folder: Path


@pytest.fixture
def pair(tmp_path: Path, database: Database) -> Iterator[Pair]:
    ilse = laptop(tmp_path / "ilse.sptdb", MEMBERS[0])
    tomas = database
    tomas.member = MEMBERS[1]
    visit_id, place_id, interview_id = first_visit(ilse)
    yield Pair(ilse, tomas, visit_id, place_id, interview_id, tmp_path)
    ilse.close()


def _noise_png() -> bytes:
    """A photograph-like PNG larger than a chunk (noise does not compress)."""
    image = Image.frombytes("RGB", (800, 600), os.urandom(800 * 600 * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    assert len(out.getvalue()) > CHUNK
    return out.getvalue()


def _attach(database: Database, owner: AttachmentOwner, owner_id: str, data: bytes) -> Attachment:
    with database.begin() as session:
        return attach(session, owner, owner_id, "scan.pdf", data, "Cell 4", MEMBERS[0], NOW)


def _stored(
    database: Database, owner: AttachmentOwner, owner_id: str
) -> list[tuple[Attachment, bytes]]:
    with database.read() as session:
        return [
            (item, read_attachment(session, item.id))
            for item in list_attachments(session, owner, owner_id)
        ]


def test_attachments_travel_byte_identical(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachment_bytes, "READ_PIECE", 100_000)  # several reads per file
    _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, files.photograph())
    _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, _noise_png())
    _attach(pair.ilse, AttachmentOwner.INTERVIEW, pair.interview_id, files.pdf(text=MARKER))
    summary = send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    assert summary.counts[RecordKind.ATTACHMENT].added == 3
    for owner, owner_id in (
        (AttachmentOwner.PLACE, pair.place_id),
        (AttachmentOwner.INTERVIEW, pair.interview_id),
    ):
        assert _stored(pair.tomas, owner, owner_id) == _stored(pair.ilse, owner, owner_id)
    assert canonical(pair.tomas, pair.visit_id) == canonical(pair.ilse, pair.visit_id)
    # Sending again changes nothing.
    again = send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    assert RecordKind.ATTACHMENT not in again.counts


def test_captions_merge_field_by_field_and_the_bytes_stay(pair: Pair) -> None:
    photo = _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, files.photograph())
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        update_attachment(session, photo.id, caption="Cell 4, the window")
    with pair.tomas.begin() as session:
        update_attachment(session, photo.id, consent=ConsentScope.TRANSMIT)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        [(merged, data)] = _stored(database, AttachmentOwner.PLACE, pair.place_id)
        assert (merged.caption, merged.consent) == ("Cell 4, the window", ConsentScope.TRANSMIT)
        assert len(data) == merged.size
    # Both sides changing the caption is a conflict, like any field.
    for database, caption in ((pair.ilse, "Window"), (pair.tomas, "Door")):
        with database.begin() as session:
            update_attachment(session, photo.id, caption=caption)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.tomas.read() as session:
        assert [c.field for c in open_conflicts(session, pair.visit_id)] == ["caption"]


def test_a_deletion_travels_and_takes_the_bytes(pair: Pair) -> None:
    photo = _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, files.pdf(text=MARKER))
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.tomas.begin() as session:
        delete_attachment(session, photo.id)
    send(pair.tomas, pair.ilse, pair.visit_id, pair.folder)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    for database in (pair.ilse, pair.tomas):
        with database.read() as session:
            assert list_attachments(session, AttachmentOwner.PLACE, pair.place_id) == []
            with pytest.raises(NotFoundError):
                read_attachment(session, photo.id)
            content = session.scalar(
                sa.select(AttachmentRow.content).where(AttachmentRow.id == photo.id)
            )
            assert content == b""


def test_no_attachment_bytes_in_clear_after_a_bundle(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    temporary = pair.folder / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, files.pdf(author="", text=MARKER))
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    pair.ilse.close()
    pair.tomas.close()
    scanned = [path for path in pair.folder.rglob("*") if path.is_file()]
    assert any(path.suffix == ".sptbundle" for path in scanned)
    assert any(path.name.endswith("-wal") for path in scanned) or scanned
    for path in scanned:
        assert MARKER.encode() not in path.read_bytes(), path.name


def _flip(path: Path, offset_from_end: int) -> None:
    data = bytearray(path.read_bytes())
    data[-offset_from_end] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["altered", "cut"])
def test_a_damaged_attachment_stream_imports_nothing(pair: Pair, where: str) -> None:
    _attach(pair.ilse, AttachmentOwner.PLACE, pair.place_id, _noise_png())
    path = pair.folder / "visit.sptbundle"
    export_bundle(pair.ilse, pair.visit_id, path, BUNDLE_PASSPHRASE)
    if where == "altered":
        _flip(path, 100)
    else:
        path.write_bytes(path.read_bytes()[: -CHUNK // 2])
    with pytest.raises(UserError, match="nothing was imported"):
        import_bundle(pair.tomas, path, BUNDLE_PASSPHRASE)
    with pair.tomas.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(AttachmentRow)) == 0


def test_a_bundle_of_format_2_is_still_read(pair: Pair) -> None:
    """Format 2: the records' ciphertext right after the header, nothing after it."""
    path = pair.folder / "visit.sptbundle"
    export_bundle(pair.ilse, pair.visit_id, path, BUNDLE_PASSPHRASE)
    data = path.read_bytes()
    header, aad, rest = read_header(path, data)
    key, _check = _derive(BUNDLE_PASSPHRASE, base64.b64decode(header["salt"]))
    nonce = base64.b64decode(header["nonce"])
    length = int.from_bytes(rest[:8], "big")
    compressed = AESGCM(key).decrypt(nonce, rest[8 : 8 + length], aad)
    clear = json.dumps({**header, "format_version": 2}, sort_keys=True).encode("utf-8")
    old_aad = MAGIC + len(clear).to_bytes(4, "big") + clear
    old = pair.folder / "format-2.sptbundle"
    old.write_bytes(old_aad + AESGCM(key).encrypt(nonce, compressed, old_aad))
    import_bundle(pair.tomas, old, BUNDLE_PASSPHRASE)
    assert canonical(pair.tomas, pair.visit_id) == canonical(pair.ilse, pair.visit_id)


def test_the_attachments_of_a_deleted_place_stay_out_of_the_way(pair: Pair) -> None:
    """In the trash with their place: not exported, and no bundle is refused for them."""
    other = _other_place(pair)
    _attach(pair.ilse, AttachmentOwner.PLACE, other, files.photograph())
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.ilse.begin() as session:
        delete_place(session, other)
    send(pair.ilse, pair.tomas, pair.visit_id, pair.folder)
    with pair.tomas.read() as session:
        assert "attachments" not in export_document(session, pair.visit_id)["visits"][0]
    assert canonical(pair.tomas, pair.visit_id) == canonical(pair.ilse, pair.visit_id)


def _other_place(pair: Pair) -> str:
    with pair.ilse.begin() as session:
        return add_place(
            session, pair.visit_id, PlaceFields(name="Police station", place_type=PlaceType.POLICE)
        ).id
