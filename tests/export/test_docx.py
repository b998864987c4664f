"""The report as a Word file, reopened with python-docx: the PDF's content in the PDF's order,
numbers in a hanging tab stop, bold recommendations, page furniture and properties."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from spt_field.export.docx import render_docx
from spt_field.export.pdf import render_pdf
from spt_field.export.report_model import Report
from tests.support.export import docx_footnotes
from tests.support.report_fixture import (
    ESCAPE_PROBE,
    INSTRUMENT,
    RUNNING_HEADER,
    SUBTITLE,
    SYMBOL,
    TITLE,
    UNEDITED,
    sample_report,
)

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
    expected = [report.title, report.subtitle + "*, **", report.contents_heading]
    for section in report.sections:
        span = section.paragraph_range
        assert span is not None
        dash = str(span[0]) if span[0] == span[1] else f"{span[0]}\u2013{span[1]}"
        expected.append(f"{section.numeral}.\t{section.heading}\t{dash}\t")
    expected += [f"Annex {a.numeral}\t{a.heading}\t\t" for a in report.annexes]
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


def test_masthead_and_footnotes(document: WordDocument, texts: list[str]) -> None:
    masthead = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert masthead[:3] == ["United Nations", SYMBOL, INSTRUMENT]
    assert "Distr.: Restricted\n26 November 2026\n\nOriginal: English" in masthead
    title = next(p for p in document.paragraphs if p.text.startswith(TITLE))
    assert title.text == TITLE
    subtitle = next(p for p in document.paragraphs if p.text.startswith(SUBTITLE))
    assert subtitle.text == SUBTITLE + "*, **"
    references = subtitle._p.findall(f".//{qn('w:footnoteReference')}")
    assert [r.get(qn("w:id")) for r in references] == ["1", "2"]
    assert all(r.get(qn("w:customMarkFollows")) == "1" for r in references)
    assert all(run.font.superscript for run in subtitle.runs[1:])
    notes = docx_footnotes(document)
    assert notes["1"].startswith("*\tIn accordance with article 16 (1)")
    assert notes["2"] == f"**\t{UNEDITED}"
    assert not any(text.startswith("*\t") for text in texts)  # footnotes, not paragraphs


def test_header_footer_page_size_and_properties(document: WordDocument) -> None:
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert document.settings.odd_and_even_pages_header_footer
    assert section.first_page_header.paragraphs[0].text == "\t" + RUNNING_HEADER
    assert section.header.paragraphs[0].text == f"\t{RUNNING_HEADER}\t{SYMBOL}"
    assert section.even_page_header.paragraphs[0].text == f"{SYMBOL}\t{RUNNING_HEADER}"
    for footer in (section.first_page_footer, section.footer, section.even_page_footer):
        paragraph = footer.paragraphs[0]
        instructions = [
            node.text.strip() for node in paragraph._p.iter() if node.tag.endswith("instrText")
        ]
        assert instructions == ["PAGE", "NUMPAGES"]
        assert paragraph.text == "Page 1 of 1"  # the fields' placeholders, until laid out
    assert section.page_width == pytest.approx(Mm(210), rel=1e-3)
    assert section.page_height == pytest.approx(Mm(297), rel=1e-3)
    properties = document.core_properties
    assert properties.title == TITLE
    assert properties.author == "SPT Field"
    assert properties.last_modified_by == "SPT Field"
    assert properties.subject == SYMBOL
    assert properties.comments == ""
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.paragraph_format.widow_control


def test_the_file_is_dated_the_day_of_the_report() -> None:
    stream = io.BytesIO()
    render_docx(sample_report(issued=date(2026, 11, 26)), stream)
    document = Document(stream)
    properties = document.core_properties
    assert properties.created == datetime(2026, 11, 26, tzinfo=UTC)
    assert properties.modified == properties.created
    core = document.part.package.part_related_by(RT.CORE_PROPERTIES).blob.decode()
    assert "python-docx" not in core and "2013" not in core


def test_every_header_carries_the_watermark(document: WordDocument) -> None:
    section = document.sections[0]
    for header in (section.first_page_header, section.header, section.even_page_header):
        paths = header._element.findall(".//{urn:schemas-microsoft-com:vml}textpath")
        assert [path.get("string") for path in paths if path.get("string")] == ["DRAFT"]


def test_contents_is_a_toc_field_with_page_references(
    report: Report, document: WordDocument
) -> None:
    body = document.element.body
    codes = [node.text.strip() for node in body.iter(qn("w:instrText"))]
    assert codes[0] == 'TOC \\o "1-2" \\h \\z \\u'
    references = [code.split()[1] for code in codes[1:] if code.startswith("PAGEREF")]
    bookmarks = {node.get(qn("w:name")) for node in body.iter(qn("w:bookmarkStart"))}
    assert len(references) == len(set(references)) >= len(report.sections) + len(report.annexes)
    assert set(references) <= bookmarks
    texts = [p.text for p in document.paragraphs]
    assert "\tParagraphs\tPage" in texts
    assert any(t.startswith("A.\tPolice custody\t") for t in texts)  # a subsection


def test_markup_in_user_text_is_kept_as_text(texts: list[str]) -> None:
    assert any(ESCAPE_PROBE in text for text in texts)


def test_no_footnote_no_marker() -> None:
    stream = io.BytesIO()
    render_docx(sample_report(footnote="", unedited_note=""), stream)
    document = Document(stream)
    texts = [p.text for p in document.paragraphs]
    assert TITLE in texts
    assert SUBTITLE in texts
    assert not document.element.body.findall(f".//{qn('w:footnoteReference')}")


def test_without_subtitle_the_title_carries_the_marks() -> None:
    stream = io.BytesIO()
    render_docx(sample_report(subtitle=""), stream)
    assert TITLE + "*, **" in [p.text for p in Document(stream).paragraphs]


def test_control_characters_are_dropped() -> None:
    stream = io.BytesIO()
    render_docx(
        sample_report(title="Visit\x0b <b>&\x01", running_header="CONF\x0cIDENTIAL"), stream
    )
    document = Document(stream)
    assert "Visit <b>&" in [p.text for p in document.paragraphs]
    assert document.sections[0].header.paragraphs[0].text == f"\tCONFIDENTIAL\t{SYMBOL}"
