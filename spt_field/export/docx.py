"""The confidential visit report as a Word file (python-docx), for drafters to edit.

Same content in the same order as the PDF: masthead, title with its asterisked footnote, contents
with paragraph ranges, the numbered sections, the annexes each on a new page. Numbers hang in a
tab stop ("12.<tab>text" with a hanging indent), as in the UN's own Word templates, so that the
paragraph text a drafter edits stays one paragraph. The page geometry is the PDF's.
"""

from __future__ import annotations

import re
from typing import Any, BinaryIO

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from spt_field.export import pdf_styles as geometry
from spt_field.export.pdf import (
    AUTHOR,
    annex_label,
    heading_label,
    item_letter,
    masthead_lines,
    paragraph_range_text,
)
from spt_field.export.pdf_styles import printable
from spt_field.export.report_model import Paragraph, Report, Section, Subheading

FONT = "Times New Roman"  # the UN's; every Word installation has it
#: Chinese text: SimSun (宋体), the UN's for Chinese documents, on every Chinese Windows; Word
#: uses it for East Asian characters only, Times New Roman for the rest.
EAST_ASIAN_FONT = {"zh": "SimSun"}
#: The proofing language of Latin-script text in each report language: a Chinese report's
#: Latin text is what drafters typed in English (UN English spells the British way).
PROOFING = {"fr": "fr-FR", "es": "es-ES"}
NUMBER = Pt(geometry.NUMBER_COLUMN)
ITEM = Pt(geometry.NUMBER_COLUMN + geometry.ITEM_COLUMN)
TEXT_WIDTH = Pt(geometry.FRAME_WIDTH)


def render_docx(report: Report, stream: BinaryIO) -> None:
    """Write `report` as a .docx into `stream` (any writable binary stream)."""
    document = Document()
    _page_setup(document, report)
    _define_styles(document, report.language)
    _masthead(document, report)
    title = document.add_paragraph(printable(report.title), style="SPT Title")
    if report.footnote.strip():
        title.add_run("*").font.superscript = True
        document.add_paragraph(f"*\t{printable(report.footnote)}", style="SPT Footnote")
    _contents(document, report)
    for section in report.sections:
        _section(document, section)
    for annex in report.annexes:
        label = document.add_paragraph(
            printable(annex_label(report.annex_label, annex)), "SPT Annex Label"
        )
        label.paragraph_format.page_break_before = True
        document.add_paragraph(printable(annex.heading), style="SPT Annex Heading")
        for group in annex.groups:
            document.add_paragraph(printable(group.heading), style="SPT Annex Group")
            for line in group.lines:
                document.add_paragraph(printable(line), style="SPT Annex Line")
    properties = document.core_properties
    properties.title = printable(report.title)
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.subject = printable(report.masthead.symbol)
    properties.language = report.language
    document.save(stream)


# --- Pages ----------------------------------------------------------------------------------


def _page_setup(document: WordDocument, report: Report) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width = Pt(geometry.PAGE_WIDTH)
    section.page_height = Pt(geometry.PAGE_HEIGHT)
    section.left_margin = Pt(geometry.LEFT_MARGIN)
    section.right_margin = Pt(geometry.RIGHT_MARGIN)
    section.top_margin = Pt(geometry.TOP_MARGIN)
    section.bottom_margin = Pt(geometry.BOTTOM_MARGIN)
    section.header_distance = Pt(geometry.PAGE_HEIGHT - geometry.HEADER_Y - 6)
    section.footer_distance = Pt(geometry.FOOTER_Y)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(printable(report.running_header))
    run.bold = True
    run.font.size = Pt(geometry.HEADER_SIZE)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "Page {page} of {pages}": the placeholders become Word's PAGE and NUMPAGES fields.
    for piece in re.split(r"(\{pages\}|\{page\})", printable(report.page_label)):
        if piece == "{page}":
            _field(footer, "PAGE")
        elif piece == "{pages}":
            _field(footer, "NUMPAGES")
        elif piece:
            footer.add_run(piece)
    for run in footer.runs:
        run.font.size = Pt(geometry.FOOTER_SIZE)


def _field(paragraph: WordParagraph, instruction: str) -> None:
    """A field Word computes when it lays the pages out (shown as 1 until then)."""
    paragraph.add_run()._r.append(_fld_char("begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(_fld_char("separate"))
    paragraph.add_run("1")
    paragraph.add_run()._r.append(_fld_char("end"))


def _fld_char(kind: str) -> Any:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


# --- Styles ---------------------------------------------------------------------------------


def _define_styles(document: WordDocument, language: str) -> None:
    """One style per kind of paragraph, all based on Normal, so drafters restyle by kind."""
    normal = document.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = FONT
    normal.font.size = Pt(10)
    _fonts_and_language(normal, language)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(12)

    _style(document, "SPT Masthead", size=10)
    _style(document, "SPT Masthead Body", bold=True, size=11)
    symbol = _style(document, "SPT Masthead Symbol", bold=True, size=14)
    symbol.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _style(document, "SPT Title", bold=True, size=14, indent=NUMBER, before=22, after=20)
    _style(document, "SPT Footnote", size=8, indent=NUMBER, hanging=NUMBER, after=12)
    _style(document, "SPT Contents Heading", bold=True, size=12, after=10, outline=0)
    contents = _style(document, "SPT Contents", indent=NUMBER, hanging=NUMBER, after=3)
    contents.paragraph_format.tab_stops.add_tab_stop(
        TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    _style(document, "SPT Contents Annex", indent=2 * NUMBER, hanging=2 * NUMBER, after=3)

    _style(
        document,
        "SPT Heading 1",
        bold=True,
        size=12,
        indent=NUMBER,
        hanging=NUMBER,
        before=16,
        after=9,
        outline=0,
    )
    _style(
        document,
        "SPT Heading 2",
        bold=True,
        size=10.5,
        indent=NUMBER,
        hanging=NUMBER,
        before=10,
        after=7,
        outline=1,
    )
    _style(
        document,
        "SPT Heading 3",
        bold=True,
        indent=NUMBER,
        hanging=NUMBER,
        before=8,
        after=6,
        outline=2,
    )
    _style(
        document,
        "SPT Heading 4",
        italic=True,
        indent=NUMBER,
        hanging=NUMBER,
        before=8,
        after=6,
        outline=3,
    )
    paragraph = _style(document, "SPT Paragraph", indent=NUMBER, hanging=NUMBER, after=6)
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    item = _style(document, "SPT Sub-paragraph", indent=ITEM, hanging=ITEM - NUMBER, after=4)
    item.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    label = _style(document, "SPT Annex Label", bold=True, size=12, after=4, outline=0)
    label.paragraph_format.keep_with_next = True
    _style(document, "SPT Annex Heading", bold=True, size=12, after=14)
    _style(document, "SPT Annex Group", bold=True, indent=NUMBER, before=8, after=6)
    _style(document, "SPT Annex Line", indent=ITEM, after=2)


def _fonts_and_language(normal: ParagraphStyle, language: str) -> None:
    """Times New Roman for every script but East Asian text, which gets the language's own
    font (w:eastAsia); the proofing language of the report's language (w:lang)."""
    properties = normal.element.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    fonts.set(qn("w:cs"), FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT.get(language, FONT))
    if language in EAST_ASIAN_FONT:
        fonts.set(qn("w:hint"), "eastAsia")
    proofing = OxmlElement("w:lang")
    proofing.set(qn("w:val"), PROOFING.get(language, "en-GB"))
    if language == "zh":
        proofing.set(qn("w:eastAsia"), "zh-CN")
    properties.append(proofing)


def _style(
    document: WordDocument,
    name: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = 10,
    indent: int = 0,
    hanging: int = 0,
    before: float = 0,
    after: float = 0,
    outline: int | None = None,
) -> ParagraphStyle:
    """A paragraph style on Normal; `hanging` hangs its first line (the number) back by that
    much, with a tab stop where the text starts. Headings get an outline level, so that
    Word's navigation pane lists them."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    style.base_style = document.styles["Normal"]
    style.font.bold = bold
    style.font.italic = italic
    style.font.size = Pt(size)
    layout = style.paragraph_format
    layout.space_before = Pt(before)
    layout.space_after = Pt(after)
    if size > 10:
        layout.line_spacing = Pt(size * 1.25)
    if indent:
        layout.left_indent = indent
    if hanging:
        layout.first_line_indent = -hanging
        layout.tab_stops.add_tab_stop(indent)
    if outline is not None:
        layout.keep_with_next = True
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)
    return style


# --- Content --------------------------------------------------------------------------------


def _masthead(document: WordDocument, report: Report) -> None:
    head = report.masthead
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Pt(geometry.FRAME_WIDTH * 0.64), Pt(geometry.FRAME_WIDTH * 0.36))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # each cell's own width, which Word reads
    _cell_text(table.cell(0, 0), [head.body], "SPT Masthead Body")
    _cell_text(table.cell(0, 1), [head.symbol], "SPT Masthead Symbol")
    _cell_text(table.cell(1, 1), masthead_lines(report), "SPT Masthead")
    for column in (0, 1):
        _rule_below(table.cell(0, column), eighths=6)
        _rule_below(table.cell(1, column), eighths=16)


def _cell_text(cell: _Cell, lines: list[str], style: str) -> None:
    first, *rest = lines
    cell.paragraphs[0].style = style
    cell.paragraphs[0].add_run(printable(first))
    for line in rest:
        cell.add_paragraph(printable(line), style=style)


def _rule_below(cell: _Cell, *, eighths: int) -> None:
    """A bottom border on the cell, `eighths` eighths of a point thick."""
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(eighths)), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    cell._tc.get_or_add_tcPr().append(borders)


def _contents(document: WordDocument, report: Report) -> None:
    document.add_paragraph(printable(report.contents_heading), style="SPT Contents Heading")
    for section in report.sections:
        span = paragraph_range_text(section)
        line = f"{section.numeral}.\t{section.heading}" + (f"\t{span}" if span else "")
        document.add_paragraph(printable(line), style="SPT Contents")
    for index, annex in enumerate(report.annexes):
        line = f"{annex_label(report.annex_label, annex)}\t{annex.heading}"
        paragraph = document.add_paragraph(printable(line), style="SPT Contents Annex")
        if index == 0:
            paragraph.paragraph_format.space_before = Pt(6)


def _section(document: WordDocument, section: Section) -> None:
    heading = printable(f"{section.numeral}.\t{section.heading}")
    document.add_paragraph(heading, style="SPT Heading 1")
    for block in section.blocks:
        if isinstance(block, Subheading):
            level = min(max(block.level, 1), 3)
            label, text = heading_label(block.text)
            line = f"{label}\t{text}" if label else text
            document.add_paragraph(printable(line), style=f"SPT Heading {level + 1}")
        else:
            _paragraph(document, block)


def _paragraph(document: WordDocument, paragraph: Paragraph) -> None:
    """'12.<tab>text' in bold for a recommendation, then its '(a)<tab>...' sub-paragraphs."""
    number = "" if paragraph.number is None else f"{paragraph.number}."
    lines = [(number, paragraph.text, "SPT Paragraph")]
    lines += [
        (f"({item_letter(i)})", item, "SPT Sub-paragraph") for i, item in enumerate(paragraph.items)
    ]
    for label, text, style in lines:
        written = document.add_paragraph(style=style)
        if label:
            written.add_run(f"{label}\t").bold = paragraph.bold or None
        elif style == "SPT Paragraph":
            written.paragraph_format.first_line_indent = 0
        written.add_run(printable(text)).bold = paragraph.bold or None
