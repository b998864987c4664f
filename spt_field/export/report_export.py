"""Exporting the confidential report draft: build, check for leaks, typeset, check the final
text again, protect, and only then write the file where the user chose.

Nothing is written when a check refuses the report; the file appears whole or not at all.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy.orm import Session

from spt_field.errors import UserError
from spt_field.export.docx import render_docx
from spt_field.export.internal_notes import build_internal_notes, render_internal_notes
from spt_field.export.leak_check import check_report
from spt_field.export.pdf import render_pdf
from spt_field.export.protection import check_export_password, protect
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Addressee, Report
from spt_field.export.withholding import Withheld
from spt_field.safe_files import write_atomically

FORMATS = (".pdf", ".docx")
_DOCX_NUMBER = re.compile(r"(\d+)\.\t")
Progress = Callable[[int, str], None]


def _pdf_text(data: bytes) -> list[tuple[str, str]]:
    reader = PdfReader(io.BytesIO(data))
    return [(f"page {n}", page.extract_text() or "") for n, page in enumerate(reader.pages, 1)]


def _docx_text(data: bytes) -> list[tuple[str, str]]:
    from docx import Document

    from spt_field.export.docx_parts import footnote_texts

    document = Document(io.BytesIO(data))
    texts = [(_docx_where(paragraph.text), paragraph.text) for paragraph in document.paragraphs]
    for section in document.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            texts.extend(("page header", p.text) for p in header.paragraphs)
    texts.extend(("a footnote", text) for text in footnote_texts(document))
    return texts


def _docx_where(text: str) -> str:
    """ "paragraph 12 of the Word file" for a numbered paragraph ("12.<tab>...")."""
    number = _DOCX_NUMBER.match(text)
    return f"paragraph {number.group(1)} of the Word file" if number else "the Word file"


def typeset(report: Report, suffix: str) -> bytes:
    stream = io.BytesIO()
    if suffix == ".pdf":
        render_pdf(report, stream)
    else:
        render_docx(report, stream)
    return stream.getvalue()


def final_text(data: bytes, suffix: str) -> list[tuple[str, str]]:
    """The text a reader of the file would see, page by page or paragraph by paragraph."""
    return _pdf_text(data) if suffix == ".pdf" else _docx_text(data)


@dataclass(frozen=True)
class ReportFile:
    """A finished report: the file's bytes, and what the report withholds (to name to the
    drafter: never printed in the file)."""

    data: bytes
    withheld: tuple[Withheld, ...]


def render_report(
    session: Session,
    visit_id: str,
    suffix: str,
    *,
    addressee: Addressee = "state",
    language: str = "en",
    password: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ReportFile:
    """The finished file in `language` ("en", "fr", "es", "zh"), dated `today` (the day of the
    export when not given), after both leak checks, protected with `password` if given;
    raises UserError on a refusal."""
    if suffix not in FORMATS:
        raise UserError("the report is written as .pdf or .docx: name the file accordingly")
    if password is not None:
        check_export_password(password)
    step = progress or (lambda _percent, _what: None)
    step(5, "Assembling the report")
    report = build_report(session, visit_id, addressee=addressee, language=language, today=today)
    check_report(session, visit_id, report.typed_texts())
    step(30, "Typesetting")
    data = typeset(report, suffix)
    step(80, "Checking the final text for names")
    check_report(session, visit_id, final_text(data, suffix), standard=report.standard_texts())
    if password is not None:
        step(90, "Protecting with the password")
        data = protect(data, suffix, password)
    step(100, "Done")
    return ReportFile(data, report.withheld)


def report_bytes(session: Session, /, visit_id: str, suffix: str, **options: Any) -> bytes:
    """Only the bytes of render_report's file."""
    return render_report(session, visit_id, suffix, **options).data


def export_report(
    session: Session,
    visit_id: str,
    path: Path,
    *,
    addressee: Addressee = "state",
    language: str = "en",
    password: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> tuple[Withheld, ...]:
    """Write the report to `path`; return what it withholds."""
    exported = render_report(
        session,
        visit_id,
        path.suffix.lower(),
        addressee=addressee,
        language=language,
        password=password,
        progress=progress,
        today=today,
    )
    write_atomically(exported.data, path)
    return exported.withheld


def export_internal_notes(session: Session, visit_id: str, path: Path, password: str) -> None:
    """The delegation's own notes, per place, under pseudonyms: never identities (checked),
    and never unencrypted (every note, every allegation, the persons at risk are in it)."""
    check_export_password(password)
    stream = io.BytesIO()
    render_internal_notes(build_internal_notes(session, visit_id), stream)
    data = stream.getvalue()
    check_report(session, visit_id, final_text(data, ".pdf"))
    write_atomically(protect(data, ".pdf", password), path)
