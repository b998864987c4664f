"""Attachments: stored inside the encrypted database, cleaned of metadata that betrays people,
backed up, restored and erased with it. Real files, real encrypted databases."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from spt_field.db.models import AuditEventRow
from spt_field.db.session import Database, open_database
from spt_field.domain.attachments import Attachment, AttachmentOwner
from spt_field.domain.audit import WITHHELD
from spt_field.domain.codes import ConsentScope
from spt_field.domain.values import Finding, Interview, Place
from spt_field.errors import NotFoundError, ValidationError
from spt_field.security.backups import backup_folder, restore_backup, take_backup
from spt_field.security.erase import erase_database
from spt_field.services.attachment_cleaning import clean
from spt_field.services.attachments import (
    attach,
    delete_attachment,
    list_attachments,
    read_attachment,
    update_attachment,
)
from tests.conftest import PASSPHRASE
from tests.services import attachment_files as files

NOW = datetime(2019, 1, 28, 14, 30)
MEMBER = "Ilse Varnava"


def _attach(
    database: Database,
    owner: AttachmentOwner,
    owner_id: str,
    name: str,
    data: bytes,
    **options: Any,
) -> Attachment:
    with database.begin() as session:
        return attach(session, owner, owner_id, name, data, " Cell 4 ", MEMBER, NOW, **options)


def _read(database: Database, attachment_id: str) -> bytes:
    with database.read() as session:
        return read_attachment(session, attachment_id)


def test_a_photograph_loses_its_gps_position_and_camera_serial(
    database: Database, place: Place
) -> None:
    original = files.photograph()
    assert files.SERIAL.encode() in original
    attachment = _attach(database, AttachmentOwner.PLACE, place.id, "cell.jpg", original)

    stored = _read(database, attachment.id)
    assert files.SERIAL.encode() not in stored
    with Image.open(io.BytesIO(stored)) as image:
        exif = image.getexif()
        assert files.GPS_IFD not in exif and not exif.get_ifd(files.GPS_IFD)
        assert files.BODY_SERIAL not in exif.get_ifd(files.EXIF_IFD)
        assert files.MAKE not in exif
        assert image.size == (40, 20)
    assert {"GPS position", "camera serial number", "EXIF"} <= set(attachment.metadata_removed)
    assert attachment.media_type == "image/jpeg"
    assert attachment.caption == "Cell 4"
    assert attachment.size == len(stored)
    assert attachment.added_by == MEMBER and attachment.added_at == NOW
    assert not attachment.kept_original


def test_the_orientation_is_applied_before_the_exif_goes(database: Database, place: Place) -> None:
    attachment = _attach(
        database, AttachmentOwner.PLACE, place.id, "cell.jpg", files.photograph(rotated=True)
    )
    with Image.open(io.BytesIO(_read(database, attachment.id))) as image:
        assert image.size == (20, 40)
        assert len(image.getexif()) == 0


def test_a_png_loses_its_text_chunks(database: Database, place: Place) -> None:
    attachment = _attach(
        database, AttachmentOwner.PLACE, place.id, "plan.png", files.png("taken by Ilse")
    )
    assert b"taken by Ilse" not in _read(database, attachment.id)
    assert "text fields" in attachment.metadata_removed


def test_a_pdf_loses_its_author(database: Database, finding: Finding) -> None:
    attachment = _attach(database, AttachmentOwner.FINDING, finding.id, "scan.pdf", files.pdf())
    reader = PdfReader(io.BytesIO(_read(database, attachment.id)))
    metadata = reader.metadata
    assert metadata is None or not (metadata.get("/Author") or metadata.get("/Producer"))
    contents = reader.pages[0].get_contents()
    assert contents is not None and b"Register of admissions" in contents.get_data()
    assert {"author", "producing program"} <= set(attachment.metadata_removed)
    assert attachment.consent is ConsentScope.INTERNAL


def test_a_word_document_loses_its_author(database: Database, interview: Interview) -> None:
    original = files.docx()
    assert files.AUTHOR in files.part(original, "docProps/core.xml")
    attachment = _attach(database, AttachmentOwner.INTERVIEW, interview.id, "notes.docx", original)

    stored = _read(database, attachment.id)
    assert files.AUTHOR not in files.part(stored, "docProps/core.xml")
    from docx import Document

    document = Document(io.BytesIO(stored))
    assert document.core_properties.author == ""
    assert document.paragraphs[0].text == "Notes of the visit."
    assert "author" in attachment.metadata_removed
    # Attached to an interview, it takes the interview's consent.
    assert attachment.consent is ConsentScope.TRANSMIT


def test_a_spreadsheet_loses_its_company(database: Database, place: Place) -> None:
    attachment = _attach(
        database, AttachmentOwner.PLACE, place.id, "register.xlsx", files.xlsx("Lorvik Prisons")
    )
    properties = files.part(_read(database, attachment.id), "docProps/app.xml")
    assert "Lorvik Prisons" not in properties
    assert "<Application>Microsoft Excel</Application>" in properties
    assert "<vt:lpstr>Sheet1</vt:lpstr>" in properties
    assert attachment.metadata_removed == ("company",)
    assert attachment.media_type.endswith("spreadsheetml.sheet")


def test_keeping_the_original_is_explicit_and_recorded(database: Database, place: Place) -> None:
    original = files.photograph()
    attachment = _attach(
        database, AttachmentOwner.PLACE, place.id, "cell.jpg", original, keep_original=True
    )
    assert _read(database, attachment.id) == original
    assert attachment.kept_original and attachment.metadata_removed == ()
    with database.read() as session:
        event = session.scalars(
            sa.select(AuditEventRow).where(AuditEventRow.record_id == attachment.id)
        ).one()
    assert event.changes["kept_original"] == [None, True]
    # The trail names the bytes by their hash, never copies them.
    assert event.changes["content"] == [None, WITHHELD]
    assert event.changes["sha256"] == [None, attachment.sha256]


def test_no_attachment_bytes_in_plaintext_on_disk(
    database: Database, place: Place, db_path: Path
) -> None:
    marker = "Distinctive-Marker-7c41e0"
    data = files.pdf(author="", text=marker)
    assert marker.encode() in data
    _attach(database, AttachmentOwner.PLACE, place.id, "scan.pdf", data)
    take_backup(database, PASSPHRASE)
    on_disk = [
        path
        for path in [
            db_path,
            db_path.with_name(db_path.name + "-wal"),
            *backup_folder(db_path).iterdir(),
        ]
        if path.exists()
    ]
    assert len(on_disk) >= 2
    for path in on_disk:
        assert marker.encode() not in path.read_bytes(), path.name


def test_an_attachment_survives_backup_and_restore_byte_identical(
    database: Database, place: Place, db_path: Path
) -> None:
    attachment = _attach(database, AttachmentOwner.PLACE, place.id, "cell.jpg", files.photograph())
    stored = _read(database, attachment.id)
    backup = take_backup(database, PASSPHRASE)
    with database.begin() as session:
        delete_attachment(session, attachment.id)
    database.close()

    restore_backup(db_path, backup, PASSPHRASE)

    restored = open_database(db_path, PASSPHRASE)
    try:
        assert _read(restored, attachment.id) == stored
        with restored.read() as session:
            [listed] = list_attachments(session, AttachmentOwner.PLACE, place.id)
        assert listed.sha256 == attachment.sha256
    finally:
        restored.close()


def test_emergency_erase_removes_the_attachments(
    database: Database, place: Place, db_path: Path
) -> None:
    _attach(database, AttachmentOwner.PLACE, place.id, "cell.jpg", files.photograph())
    take_backup(database, PASSPHRASE)
    database.close()
    erase_database(db_path)
    assert [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)] == []


def test_a_file_above_the_limit_is_refused_naming_the_field(
    database: Database, place: Place
) -> None:
    with pytest.raises(ValidationError) as raised:
        _attach(database, AttachmentOwner.PLACE, place.id, "big.png", files.png(), max_bytes=10)
    assert raised.value.field == "file"
    assert raised.value.params["limit"] == 10
    with database.read() as session:
        assert list_attachments(session, AttachmentOwner.PLACE, place.id) == []


def test_an_unsupported_file_is_refused(database: Database, place: Place) -> None:
    with pytest.raises(ValidationError) as raised:
        _attach(database, AttachmentOwner.PLACE, place.id, "tool.exe", b"MZ\x90\x00 program")
    assert raised.value.field == "file"
    assert "tool.exe" in raised.value.problem


def test_list_update_and_delete(database: Database, place: Place, interview: Interview) -> None:
    first = _attach(database, AttachmentOwner.PLACE, place.id, "a.png", files.png())
    second = _attach(database, AttachmentOwner.PLACE, place.id, "b.png", files.png())
    _attach(database, AttachmentOwner.INTERVIEW, interview.id, "c.png", files.png())
    with database.begin() as session:
        listed = list_attachments(session, AttachmentOwner.PLACE, place.id)
        assert [item.id for item in listed] == sorted([first.id, second.id], key=lambda i: (NOW, i))
        changed = update_attachment(
            session, first.id, caption="Cell 4, window", consent=ConsentScope.ANONYMOUS
        )
        assert changed.caption == "Cell 4, window" and changed.consent is ConsentScope.ANONYMOUS
        delete_attachment(session, second.id)
    with database.read() as session:
        assert [item.id for item in list_attachments(session, AttachmentOwner.PLACE, place.id)] == [
            first.id
        ]
        with pytest.raises(NotFoundError):
            read_attachment(session, second.id)
        actions = session.scalars(
            sa.select(AuditEventRow.action).where(AuditEventRow.record_id == second.id)
        ).all()
    assert sorted(actions) == ["create", "delete"]


def test_attaching_to_a_missing_record_is_refused(database: Database, place: Place) -> None:
    with pytest.raises(NotFoundError):
        _attach(database, AttachmentOwner.FINDING, place.id, "a.png", files.png())


@pytest.mark.allow_warnings  # pypdf logs what it finds wrong in a damaged PDF
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(
        [b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04"]
    ),
    body=st.binary(max_size=2000),
)
def test_the_cleaner_refuses_garbage_clearly(prefix: bytes, body: bytes) -> None:
    try:
        clean(prefix + body, "random.bin")
    except ValidationError as error:
        assert error.field == "file"


@pytest.mark.allow_warnings  # pypdf logs what it finds wrong in a damaged PDF
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_cleaner_refuses_damaged_real_files_clearly(data: st.DataObject) -> None:
    original = data.draw(
        st.sampled_from([files.photograph(), files.png(), files.pdf(), files.docx()])
    )
    cut = data.draw(st.integers(0, len(original) - 1))
    flips = data.draw(st.lists(st.integers(0, len(original) - 1), max_size=8))
    damaged = bytearray(original)
    for position in flips:
        damaged[position] ^= 0x5A
    try:
        clean(bytes(damaged[: cut or None]), "damaged")
    except ValidationError as error:
        assert error.field == "file"


def test_a_caption_with_a_control_character_is_refused(database: Database, place: Place) -> None:
    with database.begin() as session, pytest.raises(ValidationError) as raised:
        attach(session, AttachmentOwner.PLACE, place.id, "a.png", files.png(), "Cell\x00", "", NOW)
    assert raised.value.field == "caption"


def test_a_standard_colour_profile_is_kept() -> None:
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 10)).save(out, "JPEG", icc_profile=profile)
    cleaned = clean(out.getvalue(), "leaf.jpg")
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert image.info.get("icc_profile") == profile
    assert cleaned.removed == ()
