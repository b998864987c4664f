"""Small pictures of attachments, made from their bytes in memory when a view first shows them.

Nothing is decoded before a row is on screen (a visit may hold hundreds of photographs), nothing
is written to disk, and each picture is made once: the cache keeps it until the list is reloaded
with other attachments.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from spt_field.domain.attachments import Attachment
from spt_field.services.attachment_cleaning import PDF
from spt_field.ui.pdf_pages import render_page

THUMBNAIL_SIZE = QSize(80, 60)


def decode_image(data: bytes, bound: QSize | None = None) -> QImage:
    """A picture from a file's bytes, turned upright by its orientation tag and, with `bound`,
    scaled down to fit inside it while decoding (a 4,000-pixel JPEG is never decoded whole)."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if bound is not None:
        size = reader.size()
        if size.isValid() and (size.width() > bound.width() or size.height() > bound.height()):
            reader.setScaledSize(size.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def thumbnail(attachment: Attachment, data: bytes) -> QImage:
    """The attachment's picture (an image, or a PDF's first page); a null image for others."""
    if attachment.media_type.startswith("image/"):
        return decode_image(data, THUMBNAIL_SIZE)
    if attachment.media_type == PDF:
        try:
            page = render_page(data, 0, THUMBNAIL_SIZE.width())
        except pdfium.PdfiumError:  # a PDF PDFium cannot draw is still listed, unpictured
            return QImage()
        return page.scaled(THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
    return QImage()


class ThumbnailCache:
    """Thumbnails by attachment id, each made on first request from the bytes `fetch` reads."""

    def __init__(self, fetch: Callable[[str], bytes]) -> None:
        self.fetch = fetch
        self._images: dict[str, QImage] = {}

    def get(self, attachment: Attachment) -> QImage:
        image = self._images.get(attachment.id)
        if image is None:
            image = thumbnail(attachment, self.fetch(attachment.id))
            self._images[attachment.id] = image
        return image

    def keep_only(self, ids: set[str]) -> None:
        """Forget the thumbnails of attachments no longer listed."""
        self._images = {key: image for key, image in self._images.items() if key in ids}

    def __len__(self) -> int:
        return len(self._images)
