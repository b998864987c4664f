"""The photographs the delegation chose for its internal notes, with their captions.

Only a photograph (JPEG, PNG) chosen for the notes (services.attachments.
include_in_internal_notes) is shown, and never one whose consent scope is "none": nothing of it
may be used, not even in a printout for the delegation. Each is scaled down in memory for the
page (no file is written), under it its caption and what it shows (a place, a person by
pseudonym, a finding). The reports to the State and to the NPM never show attachments.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PIL import Image
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.platypus import Image as PdfImage  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph
from sqlalchemy.orm import Session

from spt_field.domain.codes import ConsentScope
from spt_field.export import pdf_styles as st
from spt_field.services.attachment_cleaning import JPEG, PNG
from spt_field.services.attachments import list_attachments_for_visit, read_attachment

#: The longest side of a photograph as embedded (pixels): sharp on paper, small in the file.
_LARGEST_SIDE = 1200
_WIDTH, _HEIGHT = 15 * cm, 11 * cm


@dataclass(frozen=True)
class PhotoNote:
    caption: str
    owner: str  # the place, "person A", or the finding it shows
    #: The photograph as embedded: a JPEG at most _LARGEST_SIDE pixels wide or high.
    image: bytes
    width: int
    height: int

    @property
    def line(self) -> str:
        return " \u2014 ".join(part for part in (self.caption, self.owner) if part)


def selected_photos(
    session: Session, visit_id: str, owners: Mapping[str, str]
) -> tuple[PhotoNote, ...]:
    """The visit's photographs chosen for the notes whose consent allows any use; `owners`
    names each record they may belong to (one missing from it, deleted, is left out)."""
    photos = []
    for item in list_attachments_for_visit(session, visit_id):
        if (
            item.in_internal_notes
            and item.consent is not ConsentScope.NONE
            and item.media_type in (JPEG, PNG)
            and item.owner_id in owners
        ):
            image, width, height = _scaled(read_attachment(session, item.id))
            photos.append(PhotoNote(item.caption, owners[item.owner_id], image, width, height))
    return tuple(photos)


def _scaled(data: bytes) -> tuple[bytes, int, int]:
    with Image.open(io.BytesIO(data)) as original:
        image = original.convert("RGB")
    image.thumbnail((_LARGEST_SIDE, _LARGEST_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue(), image.width, image.height


def photo_flowables(photos: tuple[PhotoNote, ...]) -> list[Any]:
    """Each photograph fitted to the frame, its caption under it, kept on one page."""
    flowables = []
    for photo in photos:
        scale = min(_WIDTH / photo.width, _HEIGHT / photo.height)
        picture = PdfImage(
            io.BytesIO(photo.image), width=photo.width * scale, height=photo.height * scale
        )
        caption = Paragraph(st.markup(photo.line), st.NOTES_TEXT)
        flowables.append(KeepTogether([picture, caption]))
    return flowables
