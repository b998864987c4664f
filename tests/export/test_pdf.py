"""The report PDF, read back with pypdf: content and order, UN layout, page furniture, fonts,
metadata, escaping and password protection."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import DictionaryObject

from spt_field.export import pdf_styles
from spt_field.export.pdf import page_label_text, render_pdf
from spt_field.export.pdf_protect import protect_pdf
from spt_field.export.report_model import Paragraph, Report, item_letter
from tests.support.export import subheadings
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

A4 = (595.28, 841.89)


@dataclass(frozen=True)
class Chunk:
    """A run of text as pypdf reads it: its page, font and position."""

    page: int
    text: str
    font: str
    x: float


def render(report: Report) -> bytes:
    stream = io.BytesIO()
    render_pdf(report, stream)
    return stream.getvalue()


def chunks(data: bytes) -> list[Chunk]:
    found: list[Chunk] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, 1):

        def visit(text: str, cm: Any, tm: Any, font: Any, _size: Any, page: int = number) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""
                found.append(Chunk(page, text, name, tm[4] * cm[0] + cm[4]))

        page.extract_text(visitor_text=visit)
    return found


def squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def data(report: Report) -> bytes:
    return render(report)


@pytest.fixture(scope="module")
def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def text(reader: PdfReader) -> str:
    return squeeze(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def runs(data: bytes) -> list[Chunk]:
    return chunks(data)


def test_metadata(reader: PdfReader) -> None:
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.author == "SPT Field"
    assert reader.metadata.subject == SYMBOL


def test_every_page_is_a4(reader: PdfReader) -> None:
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)


def test_every_page_has_the_header_and_its_number(reader: PdfReader) -> None:
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, 1):
        page_text = page.extract_text()
        assert RUNNING_HEADER in page_text
        assert f"Page {number} of {total}" in page_text
        assert "DRAFT" in page_text.replace(RUNNING_HEADER, "")  # the watermark


def test_page_label_is_a_template() -> None:
    data = render(sample_report(page_label="{page}/{pages} {x}"))
    pages = PdfReader(io.BytesIO(data)).pages
    assert f"2/{len(pages)} {{x}}" in pages[1].extract_text()
    assert page_label_text("Seite {page} von {pages}", 3, 9) == "Seite 3 von 9"


def test_masthead_and_title_on_the_first_page(reader: PdfReader) -> None:
    first = squeeze(reader.pages[0].extract_text())
    for line in (
        "United Nations " + SYMBOL,
        squeeze(INSTRUMENT),
        "Distr.: Restricted",
        "26 November 2026",
        "Original: English",
    ):
        assert line in first
    assert first.index(SYMBOL) < first.index("Subcommittee on Prevention of Torture")
    assert squeeze(TITLE) + " " + SUBTITLE + "*, **" in first
    assert "* In accordance with article 16 (1) of the Optional Protocol" in first
    assert f"** {UNEDITED}" in first


def test_the_symbol_heads_pages_two_to_n_on_their_outer_side(data: bytes) -> None:
    by_page: dict[int, list[Chunk]] = {}
    for chunk in chunks(data):
        if chunk.text.strip() == SYMBOL:
            by_page.setdefault(chunk.page, []).append(chunk)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3
    (masthead,) = by_page[1]  # the masthead's, no header symbol on the first page
    assert masthead.x > A4[0] / 2
    for page in range(2, pages + 1):
        (header,) = by_page[page]
        if page % 2 == 0:
            assert header.x == pytest.approx(pdf_styles.LEFT_MARGIN, abs=0.5)
        else:
            assert header.x > A4[0] / 2


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number) of each bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None
                found.append((level, item.title, page + 1))

    walk(reader.outline, 0)
    return found


def test_bookmarks_for_every_section_subsection_and_annex(
    report: Report, reader: PdfReader
) -> None:
    marks = outline(reader)
    titles = [(level, title) for level, title, _page in marks]
    expected = [(0, "Contents")]
    for section in report.sections:
        expected.append((0, f"{section.numeral}. {section.heading}"))
        expected += [(1, text) for text in subheadings(section, 1)]
    expected += [(0, f"Annex {a.numeral}. {a.heading}") for a in report.annexes]
    assert titles == expected
    for _level, title, page in marks:
        words = squeeze(title.split(". ", 1)[-1])
        assert words in squeeze(reader.pages[page - 1].extract_text())
    root = reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    assert str(root["/Lang"]) == "en"
    assert str(root["/PageMode"]) == "/UseOutlines"


def test_contents_give_each_heading_its_true_page(data: bytes, reader: PdfReader) -> None:
    right = A4[0] - pdf_styles.RIGHT_MARGIN
    printed = [
        int(chunk.text)
        for chunk in chunks(data)
        if chunk.page == 1 and chunk.text.strip().isdigit() and chunk.x > right - 20
    ]
    pages = [page for _level, title, page in outline(reader) if title != "Contents"]
    assert printed == pages
    assert len(set(pages)) > 1


def test_contents_lists_each_section_with_its_paragraph_range(
    report: Report, reader: PdfReader
) -> None:
    first = squeeze(reader.pages[0].extract_text())
    contents = first[first.index("Contents") : first.index("I. Introduction 1.")]
    position = 0
    for section in report.sections:
        span = section.paragraph_range
        assert span is not None
        expected = f"{section.heading} . . ."
        position = contents.index(expected, position)
        last = str(span[0]) if span[0] == span[1] else f"{span[0]}\u2013{span[1]}"
        position = contents.index(last, position)
    assert "Annex I List of persons met by the Subcommittee" in contents
    assert "Annex II Places of deprivation of liberty visited" in contents


def test_sections_and_paragraphs_in_order_with_their_numbers(report: Report, text: str) -> None:
    body = text[text.index("I. Introduction 1.") :]
    position = 0
    for section in report.sections:
        position = body.index(f"{section.numeral}. {section.heading}", position)
        for paragraph in (b for b in section.blocks if isinstance(b, Paragraph)):
            opening = " ".join(paragraph.text.split()[:6])
            position = body.index(f"{paragraph.number}. {opening}", position)


def test_paragraph_numbers_hang_left_of_the_text(report: Report, runs: list[Chunk]) -> None:
    numbers = [c for c in runs if re.fullmatch(r"\d+\.", c.text.strip())]
    # Paragraph numbers, and the numbers of "1. Legal safeguards" subheadings, in one column.
    expected = [
        f"{block.number}." if isinstance(block, Paragraph) else block.text.split()[0]
        for section in report.sections
        for block in section.blocks
        if getattr(block, "number", None) or re.match(r"\d+\. ", block.text)
    ]
    assert [c.text.strip() for c in numbers] == expected
    for number in numbers:
        assert number.x == pytest.approx(pdf_styles.LEFT_MARGIN, abs=0.5)
    opening = next(c for c in runs if c.text.startswith("In accordance with its mandate"))
    assert opening.x == pytest.approx(pdf_styles.LEFT_MARGIN + pdf_styles.NUMBER_COLUMN, abs=0.5)


def test_sub_paragraphs_are_lettered_and_indented(runs: list[Chunk], text: str) -> None:
    assert "3. The main objectives of the visit were: (a) To visit places" in text
    assert "(b) To provide advice" in text and "(c) To assess the safeguards" in text
    letters = [c for c in runs if re.fullmatch(r"\([a-z]+\)", c.text.strip())]
    assert [c.text for c in letters] == ["(a)", "(b)", "(c)", "(a)", "(b)", "(c)"]
    for letter in letters:
        assert letter.x == pytest.approx(pdf_styles.LEFT_MARGIN + pdf_styles.NUMBER_COLUMN, abs=0.5)


def test_item_letters_go_on_after_z() -> None:
    assert [item_letter(i) for i in (0, 25, 26, 27, 52)] == ["a", "z", "aa", "bb", "aaa"]


def _text_in(runs: list[Chunk], *, bold: bool) -> str:
    furniture = {RUNNING_HEADER, "DRAFT"}
    return squeeze(
        " ".join(
            c.text
            for c in runs
            if c.text.strip() not in furniture and c.font.endswith("LiberationSerif-Bold") == bold
        )
    )


def test_recommendations_are_bold_and_findings_are_not(report: Report, runs: list[Chunk]) -> None:
    bold, regular = _text_in(runs, bold=True), _text_in(runs, bold=False)
    recommendations = [p for p in report.paragraphs() if p.recommendation_id]
    assert recommendations
    for paragraph in recommendations:
        assert f"{paragraph.number}. {squeeze(paragraph.text)}" in bold
        for item in paragraph.items:
            assert squeeze(item) in bold
    for paragraph in report.paragraphs():
        if not paragraph.bold:
            assert squeeze(paragraph.text) in regular
            assert squeeze(paragraph.text) not in bold


def test_only_embedded_liberation_fonts(reader: PdfReader) -> None:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"]
    assert names == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}


def test_signs_liberation_lacks_are_set_in_dejavu() -> None:
    data = render(sample_report(title="Visit \u2047 to the Fictional State"))
    found = {c.font.split("+")[-1] for c in chunks(data) if "\u2047" in c.text}
    assert found == {"DejaVuSerif-Bold"}  # the title is bold, so is its stand-in


def test_markup_in_user_text_prints_literally(text: str) -> None:
    assert ESCAPE_PROBE in text


def test_control_characters_and_markup_everywhere() -> None:
    report = sample_report(
        title="Title <i>&amp; \x0bmore",
        running_header="<b>HEADER & co</b>",
        contents_heading="<Contents>",
    )
    pages = PdfReader(io.BytesIO(render(report))).pages
    first = pages[0].extract_text()
    assert "Title <i>&amp; more" in first
    assert "<Contents>" in first
    assert all("<b>HEADER & co</b>" in page.extract_text() for page in pages)


def _without_furniture(page_text: str) -> str:
    return page_text.replace(RUNNING_HEADER, "").replace("DRAFT", "").replace(SYMBOL, "").strip()


def test_annexes_start_on_new_pages(report: Report, reader: PdfReader) -> None:
    for annex in report.annexes:
        opening = f"Annex {annex.numeral}\n{annex.heading}"
        starts = [
            page.extract_text()
            for page in reader.pages
            if _without_furniture(page.extract_text()).startswith(opening)
        ]
        assert len(starts) == 1
        for group in annex.groups:
            assert group.heading in starts[0]
            assert all(line in starts[0] for line in group.lines)


def test_without_footnote_or_watermark(reader: PdfReader) -> None:
    data = render(sample_report(footnote=" ", watermark=""))
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "In accordance with article 16 (1)" not in first
    assert squeeze(TITLE) + "*" not in squeeze(first)
    assert first.replace(RUNNING_HEADER, "").count("DRAFT") == 0


class WriteOnly:
    """A stream that can only be written to, like a pipe."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def test_writes_to_any_binary_stream(data: bytes) -> None:
    stream = WriteOnly()
    render_pdf(sample_report(), stream)  # type: ignore[arg-type]
    written = b"".join(stream.parts)
    assert written.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(written)).pages) == len(PdfReader(io.BytesIO(data)).pages)


def test_protected_pdf_opens_with_its_password_only(data: bytes) -> None:
    protected = protect_pdf(data, "s3cret pass")
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    encryption = reader.trailer["/Encrypt"].get_object()
    assert (encryption["/V"], encryption["/R"]) == (5, 6)  # type: ignore[index]  # AES-256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("wrong") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt("s3cret pass") != PasswordType.NOT_DECRYPTED
    assert RUNNING_HEADER in reader.pages[0].extract_text()
    assert reader.metadata is not None and reader.metadata.title == TITLE
    assert b"Subcommittee" not in protected


def test_protection_needs_a_password(data: bytes) -> None:
    with pytest.raises(ValueError, match="password"):
        protect_pdf(data, "")
