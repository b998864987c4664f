"""PDF pages as pictures, rendered by PDFium from bytes in memory: no file on disk, ever (a PDF
may be a confidential report or a document a detainee handed over)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPixmap


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_page(pdf: bytes, index: int, width: int) -> QImage:
    """Page `index` (from 0) of a PDF, `width` pixels wide."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        scale = width / page.get_width()
        picture = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    data = picture.tobytes()
    image = QImage(
        data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
    )
    return image.copy()  # the copy owns its pixels; `data` goes with this function


def first_page(pdf: bytes, size: QSize) -> QPixmap:
    """The first page of a PDF as a picture as wide as `size`."""
    return QPixmap.fromImage(render_page(pdf, 0, size.width()))
