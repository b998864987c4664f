"""Real files to attach: a photograph with GPS and a camera serial, a PDF and a Word document
with an author."""

from __future__ import annotations

import io
import zipfile

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
ORIENTATION, MAKE, BODY_SERIAL = 0x0112, 0x010F, 0xA431
SERIAL = "SN-4471-93820"
AUTHOR = "Ilse Varnava"


def photograph(*, rotated: bool = False) -> bytes:
    """A 40x20 JPEG taken somewhere (GPS), by a camera with a serial number."""
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[MAKE] = "Lorvik Optics"
    if rotated:
        exif[ORIENTATION] = 6  # to be turned 90 degrees clockwise
    exif.get_ifd(EXIF_IFD)[BODY_SERIAL] = SERIAL
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (59.0, 54.0, 10.5), 3: "E", 4: (10.0, 45.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png(marker: str = "") -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    if marker:
        info.add_text("Comment", marker)
    out = io.BytesIO()
    Image.new("L", (8, 8), 128).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def pdf(*, author: str = AUTHOR, text: str = "Register of admissions") -> bytes:
    """A one-page PDF whose content stream (uncompressed) shows `text`."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject()
    writer.add_metadata({"/Author": author, "/Producer": "Lorvik Scanner 2.1"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx(author: str = AUTHOR) -> bytes:
    """A Word document (python-docx) whose core properties name its author."""
    from docx import Document

    document = Document()
    document.add_paragraph("Notes of the visit.")
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Microsoft Excel</Application><Company>{company}</Company>"
    '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Sheet1</vt:lpstr>'
    "</vt:vector></TitlesOfParts></Properties>"
)


def xlsx(company: str) -> bytes:
    """A spreadsheet's package whose extended properties name the company."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("docProps/app.xml", APP.format(company=company))
    return out.getvalue()


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")
