"""Remove the metadata that could betray people from a file before it is attached.

A photograph's EXIF can hold where it was taken (GPS) and which camera took it (its serial
number); a PDF or an Office document names its author, its company and the program that made it.
`clean` recognises the file by its content (JPEG, PNG, PDF, Word, Excel, PowerPoint), returns the
cleaned bytes and, in words, what it removed. Anything else, or a damaged file, is refused with a
ValidationError on the field "file": never an unexplained exception.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from xml.etree import ElementTree

from PIL import Image, ImageCms, ImageOps

from spt_field.errors import ValidationError

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
_OFFICE = "application/vnd.openxmlformats-officedocument."
DOCX = _OFFICE + "wordprocessingml.document"
XLSX = _OFFICE + "spreadsheetml.sheet"
PPTX = _OFFICE + "presentationml.presentation"
#: An Office file's main part, by media type.
_OFFICE_PARTS = {DOCX: "word/", XLSX: "xl/", PPTX: "ppt/"}

# EXIF tags and sub-directories (TIFF/EXIF 2.3 numbers).
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_MAKE, _MODEL = 0x010F, 0x0110
_ARTIST = 0x013B
_BODY_SERIAL = 0xA431
_CAMERA_SERIAL = 0xC62F
_LENS_SERIAL = 0xA435
_OWNER_NAME = 0xA430
_MAKER_NOTE = 0x927C

#: ICC profiles whose description names a standard colour space: they say nothing of the camera.
_STANDARD_PROFILES = ("srgb", "display p3", "adobe rgb", "prophoto", "generic rgb", "gray gamma")

#: An Office document's properties that name people or their organisation.
_CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_OFFICE_PEOPLE = {
    "docProps/core.xml": {
        f"{{{_CORE_NS['dc']}}}creator": "author",
        f"{{{_CORE_NS['cp']}}}lastModifiedBy": "last modified by",
    },
    "docProps/app.xml": {
        f"{{{_APP_NS}}}Company": "company",
        f"{{{_APP_NS}}}Manager": "manager",
    },
}
#: A properties part larger than this is not a real one (a zip bomb, a damaged file).
_MAX_PROPERTIES_PART = 1024 * 1024


@dataclass(frozen=True)
class Cleaned:
    media_type: str
    data: bytes
    #: What was removed, in words ("GPS position", "author"); empty when nothing was.
    removed: tuple[str, ...]


def _unsupported(file_name: str) -> ValidationError:
    return ValidationError(
        "file",
        "{name!r} is not a photograph (JPEG, PNG) nor a PDF, Word, Excel or PowerPoint file",
        name=file_name,
    )


def _damaged(file_name: str) -> ValidationError:
    return ValidationError("file", "{name!r} is damaged and cannot be read", name=file_name)


def media_type_of(data: bytes, file_name: str) -> str:
    """The file's media type, recognised by its content; refused when not supported."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
            raise _damaged(file_name) from error
        if "[Content_Types].xml" in names:
            for media_type, folder in _OFFICE_PARTS.items():
                if any(name.startswith(folder) for name in names):
                    return media_type
    raise _unsupported(file_name)


def clean(data: bytes, file_name: str) -> Cleaned:
    """The file without the metadata that could betray people, and what was removed."""
    media_type = media_type_of(data, file_name)
    cleaner = _CLEANERS[media_type]
    try:
        cleaned, removed = cleaner(data)
    except ValidationError:
        raise
    except Exception as error:  # a damaged file can fail anywhere in Pillow, pypdf or zipfile
        raise _damaged(file_name) from error
    return Cleaned(media_type, cleaned, tuple(removed))


def _clean_image(data: bytes) -> tuple[bytes, list[str]]:
    with Image.open(io.BytesIO(data)) as original:
        original.load()
        removed = _image_metadata(original)
        upright = ImageOps.exif_transpose(original)
        rotated = upright is not original
        keep_profile = _harmless_profile(original.info.get("icc_profile"))
        if original.info.get("icc_profile") and not keep_profile:
            removed.append("colour profile naming the device")
        options: dict[str, object] = {}
        if keep_profile:
            options["icc_profile"] = original.info["icc_profile"]
        image = upright.copy() if rotated else original.copy()
        image.info = {}
        out = io.BytesIO()
        if original.format == "JPEG":
            image.save(out, "JPEG", quality=95, **options)
        else:
            image.save(out, "PNG", **options)
    return out.getvalue(), removed


def _image_metadata(image: Image.Image) -> list[str]:
    removed: list[str] = []
    exif = image.getexif()
    if len(exif):
        details = exif.get_ifd(_EXIF_IFD)
        if exif.get_ifd(_GPS_IFD) or _GPS_IFD in exif:
            removed.append("GPS position")
        if any(tag in details or tag in exif for tag in (_BODY_SERIAL, _CAMERA_SERIAL)):
            removed.append("camera serial number")
        if _LENS_SERIAL in details:
            removed.append("lens serial number")
        if _OWNER_NAME in details or _ARTIST in exif:
            removed.append("owner's name")
        if _MAKER_NOTE in details:
            removed.append("maker notes")
        if _MAKE in exif or _MODEL in exif:
            removed.append("camera make and model")
        removed.append("EXIF")
    info = image.info
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        removed.append("XMP")
    if "photoshop" in info:
        removed.append("IPTC")
    if "comment" in info:
        removed.append("comment")
    texts = [
        key for key in info if isinstance(info[key], str) and key not in ("XML:com.adobe.xmp",)
    ]
    if texts:
        removed.append("text fields")
    return removed


def _harmless_profile(profile: object) -> bool:
    if not isinstance(profile, bytes) or not profile:
        return False
    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile)))
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return False
    return description.strip().lower().startswith(_STANDARD_PROFILES)


def _clean_pdf(data: bytes) -> tuple[bytes, list[str]]:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ValidationError("file", "a PDF protected by a password cannot be attached")
    removed: list[str] = []
    info: Mapping[str, object] = reader.metadata or {}
    for key, words in (
        ("/Author", "author"),
        ("/Creator", "creating program"),
        ("/Producer", "producing program"),
        ("/Title", "title"),
        ("/Subject", "subject"),
        ("/Keywords", "keywords"),
    ):
        if info.get(key):
            removed.append(words)
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None  # no /Info dictionary at all
    if NameObject("/Metadata") in writer.root_object:
        del writer.root_object[NameObject("/Metadata")]
        removed.append("XMP")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), removed


def _clean_office(data: bytes) -> tuple[bytes, list[str]]:
    # The parts are written back with the prefixes Office itself uses.
    for prefix, uri in {**_CORE_NS, "vt": _VT_NS, "": _APP_NS}.items():
        ElementTree.register_namespace(prefix, uri)
    removed: list[str] = []
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            part = source.read(item)
            people = _OFFICE_PEOPLE.get(item.filename)
            if people is not None:
                if item.file_size > _MAX_PROPERTIES_PART:
                    raise ValueError("properties part too large")
                part = _blank_people(part, people, removed)
            target.writestr(item, part)
    return out.getvalue(), removed


def _blank_people(part: bytes, people: dict[str, str], removed: list[str]) -> bytes:
    root = ElementTree.fromstring(part)
    blanked = False
    for element in root.iter():
        words = people.get(element.tag)
        if words is not None and (element.text or "").strip():
            element.text = ""
            removed.append(words)
            blanked = True
    if not blanked:
        return part
    cleaned: bytes = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return cleaned


_CLEANERS: dict[str, Callable[[bytes], tuple[bytes, list[str]]]] = {
    JPEG: _clean_image,
    PNG: _clean_image,
    PDF: _clean_pdf,
    DOCX: _clean_office,
    XLSX: _clean_office,
    PPTX: _clean_office,
}
