"""The report's Word file read by a real word processor: LibreOffice converts it to PDF
(headless, with a profile of its own) and the converted text is checked with pypdf: the
masthead, the headings, the paragraph numbers, the bold recommendations, the footnotes, the
header with the symbol on pages 2 to n, and the page fields, in the four languages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_export import report_bytes
from spt_field.export.report_model import Report
from tests.export.conftest import TODAY

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)

#: "Page 2 of 9" in each language, as a pattern for the page and the count.
PAGE_LABEL = {
    "en": r"Page {page} of (\d+)",
    "fr": r"Page {page} sur (\d+)",
    "es": r"Página {page} de (\d+)",
    "zh": r"第{page}页，共(\d+)页",
}


def converted(docx: bytes, folder: Path) -> bytes:
    """`docx` converted to PDF by LibreOffice."""
    assert SOFFICE is not None
    source = folder / "report.docx"
    source.write_bytes(docx)
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (folder / "report.pdf").read_bytes()


def squeeze(text: str, language: str) -> str:
    """Whitespace made single spaces, or gone in Chinese (lines break between characters)."""
    return re.sub(r"\s+", "" if language == "zh" else " ", text).strip()


def bold_text(page: Any) -> str:
    """The text of `page` set in a bold face."""
    found: list[str] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if font and "Bold" in str(font.get("/BaseFont", "")):
            found.append(text)

    page.extract_text(visitor_text=visit)
    return " ".join("".join(found).split())


def _has_chinese_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    listed = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


@pytest.mark.parametrize("language", ["en", "fr", "es", "zh"])
def test_libreoffice_reads_the_word_file(
    database: Database, demo_visit: Visit, tmp_path: Path, language: str
) -> None:
    if language == "zh" and not _has_chinese_font():
        pytest.skip("LibreOffice has no Chinese font: apt-get install fonts-droid-fallback")
    with database.begin() as session:
        report = build_report(session, demo_visit.id, today=TODAY, language=language)
        docx = report_bytes(session, demo_visit.id, ".docx", language=language, today=TODAY)
    reader = PdfReader(io.BytesIO(converted(docx, tmp_path)))
    pages = [page.extract_text() for page in reader.pages]
    text = squeeze(" ".join(pages), language)
    first = squeeze(pages[0], language)
    head = report.masthead
    for line in (head.organization, head.symbol, head.instrument, head.body, head.distribution):
        assert squeeze(line, language) in first
    assert squeeze(report.subtitle, language) in first
    # The footnotes, at the foot of the first page.
    assert squeeze(report.footnote, language) in first
    assert squeeze(report.unedited_note, language) in first
    _headings_and_numbers(report, text, language)
    _bold_recommendations(report, reader, language)
    _headers_and_page_fields(report, pages, language)


def _headings_and_numbers(report: Report, text: str, language: str) -> None:
    position = 0
    for section in report.sections:
        heading = squeeze(f"{section.numeral}. {section.heading}", language)
        position = text.index(heading, text.index(heading) + 1)  # after the contents' line
        for paragraph in (b for b in section.blocks if getattr(b, "number", None)):
            opening = " ".join(paragraph.text.split()[:5])
            expected = squeeze(f"{paragraph.number}. {opening}", language)  # type: ignore[union-attr]
            position = text.index(expected, position)


def _bold_recommendations(report: Report, reader: PdfReader, language: str) -> None:
    bold = squeeze(" ".join(bold_text(page) for page in reader.pages), language)
    recommendations = [p for p in report.paragraphs() if p.bold]
    findings = [p for p in report.paragraphs() if p.finding_id]
    assert recommendations and findings
    for paragraph in recommendations:
        assert squeeze(" ".join(paragraph.text.split()[:6]), language) in bold
    for paragraph in findings:
        assert squeeze(" ".join(paragraph.text.split()[:6]), language) not in bold


def _headers_and_page_fields(report: Report, pages: list[str], language: str) -> None:
    # Without its dashes, which a Chinese marking has in another font, read apart.
    marking = squeeze(report.running_header.replace("\u2014", ""), language)
    symbol = report.masthead.symbol
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, 1):
        page_text = squeeze(page, language)
        assert marking in squeeze(page.replace("\u2014", ""), language)
        label = PAGE_LABEL[language].format(page=number)
        found = re.search(squeeze(label, language), page_text)
        assert found is not None and int(found.group(1)) == total
        if number > 1:
            assert symbol in page_text
    assert squeeze(pages[0], language).count(symbol) == 1  # the masthead's alone
