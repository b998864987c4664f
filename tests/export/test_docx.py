"""The report as a Word file, reopened with python-docx: the PDF's content in the PDF's order,
numbers in a hanging tab stop, bold recommendations, page furniture and properties."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Mm
from pypdf import PdfReader

from spt_field.export.docx import render_docx
from spt_field.export.pdf import render_pdf
from spt_field.export.report_model import Report
from tests.support.report_fixture import ESCAPE_PROBE, RUNNING_HEADER, SYMBOL, TITLE, sample_report

NUMBERED = re.compile(r"(\d+)\.\t")


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def document(report: Report) -> WordDocument:
    stream = io.BytesIO()
    render_docx(report, stream)
    return Document(io.BytesIO(stream.getvalue()))


@pytest.fixture(scope="module")
def texts(document: WordDocument) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


@pytest.fixture(scope="module")
def numbered(document: WordDocument) -> list[str]:
    """The texts of the numbered body paragraphs, number included."""
    return [
        p.text
        for p in document.paragraphs
        if p.style is not None and p.style.name == "SPT Paragraph" and NUMBERED.match(p.text)
    ]


def test_numbered_paragraphs_match_the_report_in_order(report: Report, numbered: list[str]) -> None:
    assert numbered == [f"{p.number}.\t{p.text}" for p in report.paragraphs() if p.number]


def test_numbered_paragraphs_come_in_the_pdf_order(report: Report, numbered: list[str]) -> None:
    stream = io.BytesIO()
    render_pdf(report, stream)
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(stream).pages)
    position = 0
    for text in numbered:
        number, words = text.split("\t")
        position = pdf_text.index(f"{number} {' '.join(words.split()[:8])}", position)


def test_numbers_hang_in_a_tab_stop(document: WordDocument) -> None:
    paragraph = next(p for p in document.paragraphs if p.text.startswith("1.\t"))
    layout = paragraph.style.paragraph_format  # type: ignore[union-attr]
    assert layout.left_indent is not None and layout.left_indent > 0
    assert layout.first_line_indent == -layout.left_indent
    assert [stop.position for stop in layout.tab_stops] == [layout.left_indent]


def test_sub_paragraphs_follow_their_paragraph(report: Report, texts: list[str]) -> None:
    with_items = [p for p in report.paragraphs() if p.items]
    assert len(with_items) == 2
    for paragraph in with_items:
        start = texts.index(f"{paragraph.number}.\t{paragraph.text}")
        letters = [f"({chr(ord('a') + i)})\t{item}" for i, item in enumerate(paragraph.items)]
        assert texts[start + 1 : start + 1 + len(letters)] == letters


def test_recommendations_are_bold_and_findings_are_not(
    report: Report, document: WordDocument
) -> None:
    by_text = {p.text: p for p in document.paragraphs}
    for paragraph in report.paragraphs():
        written = by_text[f"{paragraph.number}.\t{paragraph.text}"]
        assert written.runs
        assert all(bool(run.bold) == paragraph.bold for run in written.runs)
        for index, item in enumerate(paragraph.items):
            runs = by_text[f"({chr(ord('a') + index)})\t{item}"].runs
            assert all(bool(run.bold) == paragraph.bold for run in runs)
    assert any(p.bold for p in report.paragraphs())


def test_sections_contents_and_annexes_in_order(report: Report, texts: list[str]) -> None:
    expected = [report.title + "*", report.contents_heading]
    for section in report.sections:
        span = section.paragraph_range
        assert span is not None
        dash = str(span[0]) if span[0] == span[1] else f"{span[0]}\u2013{span[1]}"
        expected.append(f"{section.numeral}.\t{section.heading}\t{dash}")
    expected += [f"Annex {a.numeral}\t{a.heading}" for a in report.annexes]
    expected += [f"{section.numeral}.\t{section.heading}" for section in report.sections]
    for annex in report.annexes:
        expected += [f"Annex {annex.numeral}", annex.heading]
        for group in annex.groups:
            expected += [group.heading, *group.lines]
    positions = [texts.index(line) for line in expected]
    assert positions == sorted(positions)


def test_subheadings_hang_their_labels(texts: list[str]) -> None:
    assert "A.\tPolice custody" in texts
    assert "1.\tLegal safeguards" in texts


def test_annexes_start_on_a_new_page(report: Report, document: WordDocument) -> None:
    labels = [p for p in document.paragraphs if p.text.startswith("Annex ") and "\t" not in p.text]
    assert [p.text for p in labels] == [f"Annex {a.numeral}" for a in report.annexes]
    assert all(p.paragraph_format.page_break_before for p in labels)


def test_masthead_and_footnote(document: WordDocument, texts: list[str]) -> None:
    masthead = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert SYMBOL in masthead
    assert "Distr.: Restricted\n26 November 2026\n\nOriginal: English" in masthead
    title = next(p for p in document.paragraphs if p.text.startswith(TITLE))
    assert title.text == TITLE + "*"
    assert title.runs[-1].font.superscript
    assert any(text.startswith("*\tIn accordance with article 16 (1)") for text in texts)


def test_header_footer_page_size_and_properties(document: WordDocument) -> None:
    section = document.sections[0]
    assert section.header.paragraphs[0].text == RUNNING_HEADER
    footer = section.footer.paragraphs[0]
    instructions = [
        node.text.strip() for node in footer._p.iter() if node.tag.endswith("instrText")
    ]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text == "Page 1 of 1"  # the fields' placeholders, until Word lays it out
    assert section.page_width == pytest.approx(Mm(210), rel=1e-3)
    assert section.page_height == pytest.approx(Mm(297), rel=1e-3)
    assert document.core_properties.title == TITLE
    assert document.core_properties.author == "SPT Field"
    assert document.core_properties.subject == SYMBOL
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"


def test_markup_in_user_text_is_kept_as_text(texts: list[str]) -> None:
    assert any(ESCAPE_PROBE in text for text in texts)


def test_no_footnote_no_marker() -> None:
    stream = io.BytesIO()
    render_docx(sample_report(footnote=""), stream)
    texts = [p.text for p in Document(stream).paragraphs]
    assert TITLE in texts
    assert not any(text.startswith("*\t") for text in texts)


def test_control_characters_are_dropped() -> None:
    stream = io.BytesIO()
    render_docx(
        sample_report(title="Visit\x0b <b>&\x01", running_header="CONF\x0cIDENTIAL"), stream
    )
    document = Document(stream)
    assert document.paragraphs[0].text == "Visit <b>&*"
    assert document.sections[0].header.paragraphs[0].text == "CONFIDENTIAL"
