"""Attachments in what the delegation prints: chosen photographs with their captions in the
internal notes (never one whose consent forbids any use); never a caption nor an image in the
report to the State or to the NPM. Checked on the finished files."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.codes import ConsentScope
from spt_field.domain.values import Visit
from spt_field.export.internal_notes import build_internal_notes, render_internal_notes
from spt_field.export.report_export import final_text, report_bytes
from spt_field.services.attachments import attach, include_in_internal_notes, update_attachment
from spt_field.services.interviews import list_interviews_for_visit
from spt_field.services.places import list_places_for_visit
from tests.export.conftest import TODAY
from tests.services import attachment_files as files

NOW = datetime(2019, 1, 28, 14, 30)
SHOWN = "Quokkaville cell window"
FORBIDDEN = "Pelargonium bruise on the arm"
UNCHOSEN = "Zanzibarite corridor"


def _photographs(database: Database, visit: Visit) -> None:
    """Three photographs: one chosen and usable, one chosen whose consent forbids any use,
    one not chosen."""
    with database.begin() as session:
        place = list_places_for_visit(session, visit.id)[0]
        interview = list_interviews_for_visit(session, visit.id)[0]
        for owner, owner_id, caption, consent, chosen in (
            (AttachmentOwner.PLACE, place.id, SHOWN, ConsentScope.INTERNAL, True),
            (AttachmentOwner.INTERVIEW, interview.id, FORBIDDEN, ConsentScope.NONE, True),
            (AttachmentOwner.PLACE, place.id, UNCHOSEN, ConsentScope.TRANSMIT, False),
        ):
            item = attach(
                session, owner, owner_id, "photo.jpg", files.photograph(), caption, "I", NOW
            )
            update_attachment(session, item.id, consent=consent)
            include_in_internal_notes(session, item.id, chosen)


def test_the_internal_notes_show_the_chosen_photographs_consent_allowing(
    database: Database, demo_visit: Visit
) -> None:
    _photographs(database, demo_visit)
    with database.begin() as session:
        notes = build_internal_notes(session, demo_visit.id)
    stream = io.BytesIO()
    render_internal_notes(notes, stream)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert SHOWN in text
    assert FORBIDDEN not in text and UNCHOSEN not in text
    assert sum(len(page.images) for page in reader.pages) == 1


@pytest.mark.parametrize(
    ("addressee", "suffix"), [("state", ".pdf"), ("npm", ".pdf"), ("state", ".docx")]
)
def test_no_photograph_nor_caption_reaches_a_report(
    database: Database, demo_visit: Visit, addressee: str, suffix: str
) -> None:
    with database.begin() as session:
        before = report_bytes(session, demo_visit.id, suffix, addressee=addressee, today=TODAY)
    _photographs(database, demo_visit)
    with database.begin() as session:
        data = report_bytes(session, demo_visit.id, suffix, addressee=addressee, today=TODAY)
    text = "\n".join(text for _where, text in final_text(data, suffix)).casefold()
    for caption in (SHOWN, FORBIDDEN, UNCHOSEN):
        assert caption.casefold() not in text
    if suffix == ".pdf":
        assert sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages) == sum(
            len(page.images) for page in PdfReader(io.BytesIO(before)).pages
        )
    else:
        assert data.count(b"word/media/") == before.count(b"word/media/")


@pytest.mark.parametrize(
    ("addressee", "suffix"), [("state", ".pdf"), ("npm", ".pdf"), ("state", ".docx")]
)
def test_the_annex_lists_the_documents_received_whose_consent_allows(
    database: Database, demo_visit: Visit, addressee: str, suffix: str
) -> None:
    listed, kept_back = "Register of admissions 2018", "Letter from Marrowdale family"
    with database.begin() as session:
        place = list_places_for_visit(session, demo_visit.id)[0]
        for caption, consent in (
            (listed, ConsentScope.TRANSMIT),
            (kept_back, ConsentScope.INTERNAL),
        ):
            item = attach(
                session, AttachmentOwner.PLACE, place.id, "scan.pdf", files.pdf(), caption, "I", NOW
            )
            update_attachment(session, item.id, consent=consent)
        data = report_bytes(session, demo_visit.id, suffix, addressee=addressee, today=TODAY)
    text = "\n".join(text for _where, text in final_text(data, suffix))
    assert "List of documents received by the Subcommittee" in text
    assert listed in text
    assert kept_back not in text
