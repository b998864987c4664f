"""Exporting the confidential report draft: build, check for leaks, typeset, check the final
text again, protect, and only then write the file where the user chose.

Nothing is written when a check refuses the report; the file appears whole or not at all.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from spt_field.errors import UserError
from spt_field.export.docx import render_docx
from spt_field.export.internal_notes import build_internal_notes, render_internal_notes
from spt_field.export.leak_check import check_report
from spt_field.export.pdf import render_pdf
from spt_field.export.pdf_protect import protect_pdf
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Addressee, Report
from spt_field.safe_files import write_atomically

FORMATS = (".pdf", ".docx")
Progress = Callable[[int, str], None]


def _pdf_text(data: bytes) -> list[tuple[str, str]]:
    reader = PdfReader(io.BytesIO(data))
    return [(f"page {n}", page.extract_text() or "") for n, page in enumerate(reader.pages, 1)]


def _docx_text(data: bytes) -> list[tuple[str, str]]:
    from docx import Document

    document = Document(io.BytesIO(data))
    texts = [("document", paragraph.text) for paragraph in document.paragraphs]
    for section in document.sections:
        texts.extend(("page header", p.text) for p in section.header.paragraphs)
    return texts


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


def report_bytes(
    session: Session,
    visit_id: str,
    suffix: str,
    *,
    addressee: Addressee = "state",
    language: str = "en",
    password: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> bytes:
    """The finished file's bytes in `language` ("en", "fr", "es", "zh"), dated `today` (the
    day of the export when not given), after both leak checks; raises UserError on a refusal."""
    if suffix not in FORMATS:
        raise UserError("the report is written as .pdf or .docx: name the file accordingly")
    if password is not None and suffix != ".pdf":
        raise UserError("only a PDF report can be protected with a password")
    step = progress or (lambda _percent, _what: None)
    step(5, "Assembling the report")
    report = build_report(session, visit_id, addressee=addressee, language=language, today=today)
    check_report(session, visit_id, report.texts())
    step(30, "Typesetting")
    data = typeset(report, suffix)
    step(80, "Checking the final text for names")
    check_report(session, visit_id, final_text(data, suffix))
    if password is not None:
        step(90, "Protecting with the password")
        data = protect_pdf(data, password)
    step(100, "Done")
    return data


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
) -> None:
    data = report_bytes(
        session,
        visit_id,
        path.suffix.lower(),
        addressee=addressee,
        language=language,
        password=password,
        progress=progress,
        today=today,
    )
    write_atomically(data, path)


def export_internal_notes(session: Session, visit_id: str, path: Path) -> None:
    """The delegation's own notes, per place, under pseudonyms: never identities (checked)."""
    stream = io.BytesIO()
    render_internal_notes(build_internal_notes(session, visit_id), stream)
    data = stream.getvalue()
    check_report(session, visit_id, final_text(data, ".pdf"))
    write_atomically(data, path)
