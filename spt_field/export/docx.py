"""The confidential visit report as a Word file (python-docx), for drafters to edit.

Same content in the same order as the PDF: the UN masthead, the body's name, the title and
"Report of the Subcommittee" with its footnotes (real Word footnotes with custom marks "*" and
"**"), the contents as a TOC field whose entries carry the paragraph ranges and PAGEREF page
numbers, the numbered sections, the annexes each on a new page. Numbers hang in a tab stop
("12.<tab>text" with a hanging indent), as in the UN's own Word templates, so that the paragraph
text a drafter edits stays one paragraph. The page geometry is the PDF's; the first page's
header carries the confidentiality marking, the others also the symbol on their outer side;
every header carries the DRAFT watermark.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import BinaryIO

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
from spt_field.export.contents import (
    annex_key,
    annex_label,
    contents_entries,
    heading_label,
    section_key,
    subheading_key,
)
from spt_field.export.docx_parts import (
    add_footnotes,
    bookmark,
    field,
    field_char,
    field_code,
    footnote_reference,
    watermark_run,
)
from spt_field.export.pdf import AUTHOR, masthead_lines, title_notes
from spt_field.export.pdf_styles import printable
from spt_field.export.report_model import Paragraph, Report, Section, Subheading, item_labels

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
    notes: list[tuple[str | None, str]] = []
    _titles(document, report, notes)
    bookmarks = _Bookmarks()
    _contents(document, report, bookmarks)
    for index, section in enumerate(report.sections):
        _section(document, section, index, bookmarks, notes, report.item_label)
    for index, annex in enumerate(report.annexes):
        label = document.add_paragraph(
            printable(annex_label(report.annex_label, annex)), "SPT Annex Label"
        )
        label.paragraph_format.page_break_before = True
        bookmarks.mark(label, annex_key(index))
        document.add_paragraph(printable(annex.heading), style="SPT Annex Heading")
        for group in annex.groups:
            document.add_paragraph(printable(group.heading), style="SPT Annex Group")
            for line in group.lines:
                document.add_paragraph(printable(line), style="SPT Annex Line")
    if notes:
        add_footnotes(document, notes, FONT)
    _properties(document, report)
    document.save(stream)


def _properties(document: WordDocument, report: Report) -> None:
    """The file's properties: the title, the symbol, the language and the report's date;
    nobody's name, and nothing of the template's ("python-docx", its 2013 dates)."""
    properties = document.core_properties
    properties.title = printable(report.title)
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.subject = printable(report.masthead.symbol)
    properties.language = report.language
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    if report.issued is not None:
        moment = dt.datetime.combine(report.issued, dt.time(), tzinfo=dt.UTC)
        properties.created = moment
        properties.modified = moment
    settings = document.settings.element
    # Word refreshes the fields (the contents' page numbers) when it opens the file.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


class _Bookmarks:
    """Names and numbers the bookmarks the contents' PAGEREF fields point to."""

    def __init__(self) -> None:
        self.count = 0

    @staticmethod
    def name(key: str) -> str:
        return "_Toc_" + key.replace("-", "_")  # Word's names: letters, digits, underscores

    def mark(self, paragraph: WordParagraph, key: str) -> None:
        self.count += 1
        bookmark(paragraph, self.name(key), self.count)


# --- Pages ----------------------------------------------------------------------------------


def _page_setup(document: WordDocument, report: Report) -> None:
    """A4 with the PDF's margins. The first page's header holds the confidentiality marking;
    the others' also the symbol, on the left of even pages and the right of odd ones, over a
    rule. Every header draws the watermark; every footer says "Page N of M"."""
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
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    symbol = printable(report.masthead.symbol)
    headers = (
        (section.first_page_header, ""),
        (section.header, "odd"),
        (section.even_page_header, "even"),
    )
    for header, side in headers:
        _header(header.paragraphs[0], report, symbol if side else "", side)
    for footer in (section.first_page_footer, section.footer, section.even_page_footer):
        _footer(footer.paragraphs[0], report)


def _header(paragraph: WordParagraph, report: Report, symbol: str, side: str) -> None:
    """The marking centred and the symbol right on odd pages, the symbol left on even
    ones, the marking alone on the first."""
    tabs = paragraph.paragraph_format.tab_stops
    tabs.add_tab_stop(Pt(geometry.FRAME_WIDTH / 2), WD_TAB_ALIGNMENT.CENTER)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    if report.watermark.strip():
        paragraph._p.append(watermark_run(printable(report.watermark), FONT))
    if side == "even":
        _symbol_run(paragraph, symbol)
    paragraph.add_run("\t")
    marking = paragraph.add_run(printable(report.running_header))
    marking.bold = True
    marking.font.size = Pt(geometry.HEADER_SIZE)
    marking.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if side == "odd":
        paragraph.add_run("\t")
        _symbol_run(paragraph, symbol)
    if side:
        _rule_under(paragraph)


def _symbol_run(paragraph: WordParagraph, symbol: str) -> None:
    run = paragraph.add_run(symbol)
    run.bold = True
    run.font.size = Pt(geometry.SYMBOL_SIZE)


def _rule_under(paragraph: WordParagraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _footer(paragraph: WordParagraph, report: Report) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "Page {page} of {pages}": the placeholders become Word's PAGE and NUMPAGES fields.
    for piece in re.split(r"(\{pages\}|\{page\})", printable(report.page_label)):
        if piece == "{page}":
            field(paragraph, "PAGE")
        elif piece == "{pages}":
            field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)
    for run in paragraph.runs:
        run.font.size = Pt(geometry.FOOTER_SIZE)


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
    normal.paragraph_format.line_spacing = Pt(geometry.BODY.leading)  # as in the PDF
    normal.paragraph_format.widow_control = True

    _style(document, "SPT Masthead", size=10)
    _style(document, "SPT Masthead Organization", size=16)
    _style(document, "SPT Masthead Body", bold=True, size=11)
    symbol = _style(document, "SPT Masthead Symbol", bold=True, size=14)
    symbol.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _style(document, "SPT Body Name", bold=True, size=12, indent=NUMBER, before=14)
    _style(document, "SPT Title", bold=True, size=14, indent=NUMBER, before=16, after=10)
    _style(document, "SPT Subtitle", bold=True, size=12, indent=NUMBER, after=18)
    heading = _style(document, "SPT Contents Heading", bold=True, size=12, after=10)
    heading.paragraph_format.keep_with_next = True
    columns = _style(document, "SPT Contents Columns", italic=True, size=8, after=2)
    _contents_tabs(columns, dots=False)
    for level, indent, hanging in ((1, NUMBER, NUMBER), (2, ITEM, ITEM - NUMBER)):
        entry = _style(document, f"toc {level}", indent=indent, hanging=hanging, after=3)
        _contents_tabs(entry, dots=True)
    annex = _style(document, "SPT Contents Annex", indent=2 * NUMBER, hanging=2 * NUMBER, after=3)
    _contents_tabs(annex, dots=True)

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


_PAGE_COLUMN = Pt(0.9 * geometry.NUMBER_COLUMN)


def _contents_tabs(style: ParagraphStyle, *, dots: bool) -> None:
    """Right tabs for the paragraph range (dot leaders up to it) and the page number."""
    tabs = style.paragraph_format.tab_stops
    leader = WD_TAB_LEADER.DOTS if dots else WD_TAB_LEADER.SPACES
    tabs.add_tab_stop(TEXT_WIDTH - _PAGE_COLUMN, WD_TAB_ALIGNMENT.RIGHT, leader)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


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
    """The PDF's top band: organization and symbol, instrument and distribution block."""
    head = report.masthead
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Pt(geometry.FRAME_WIDTH * 0.58), Pt(geometry.FRAME_WIDTH * 0.42))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # each cell's own width, which Word reads
    _cell_text(table.cell(0, 0), [head.organization], "SPT Masthead Organization")
    _cell_text(table.cell(0, 1), [head.symbol], "SPT Masthead Symbol")
    _cell_text(table.cell(1, 0), [head.instrument], "SPT Masthead Body")
    _cell_text(table.cell(1, 1), masthead_lines(report), "SPT Masthead")
    for column in (0, 1):
        _rule_below(table.cell(0, column), eighths=6)
        _rule_below(table.cell(1, column), eighths=16)


def _titles(document: WordDocument, report: Report, notes: list[tuple[str | None, str]]) -> None:
    """The body's name, the title, and "Report of the Subcommittee" carrying the footnote
    references "*" and "**" (the title carries them when there is no subtitle); the notes
    are added to `notes`."""
    if report.masthead.body.strip():
        document.add_paragraph(printable(report.masthead.body), style="SPT Body Name")
    marked = document.add_paragraph(printable(report.title), style="SPT Title")
    if report.subtitle.strip():
        marked = document.add_paragraph(printable(report.subtitle), style="SPT Subtitle")
    for index, (mark, text) in enumerate(title_notes(report)):
        if index:
            marked.add_run(", ").font.superscript = True
        notes.append((mark, printable(text)))
        footnote_reference(marked, len(notes), mark)


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


def _contents(document: WordDocument, report: Report, bookmarks: _Bookmarks) -> None:
    """ "Contents" over "Paragraphs" and "Page", then a TOC field: Word rebuilds it from the
    headings' outline levels; until then it shows each entry with its paragraph range and a
    PAGEREF field to the heading's bookmark, which Word and LibreOffice compute."""
    document.add_paragraph(printable(report.contents_heading), style="SPT Contents Heading")
    if any(report.contents_columns):
        paragraphs, page = (printable(text) for text in report.contents_columns)
        document.add_paragraph(f"\t{paragraphs}\t{page}", style="SPT Contents Columns")
    entries = contents_entries(report)
    for index, entry in enumerate(entries):
        style = "SPT Contents Annex" if entry.annex else f"toc {entry.level + 1}"
        line = document.add_paragraph(style=style)
        if index == 0:
            field_char(line, "begin")
            field_code(line, 'TOC \\o "1-2" \\h \\z \\u')
            field_char(line, "separate")
        label = f"{entry.label}\t" if entry.label else ""
        line.add_run(printable(f"{label}{entry.text}\t{entry.span}\t"))
        field(line, f"PAGEREF {bookmarks.name(entry.key)} \\h", shown="")
        if index == len(entries) - 1:
            field_char(line, "end")


def _section(
    document: WordDocument,
    section: Section,
    index: int,
    bookmarks: _Bookmarks,
    notes: list[tuple[str | None, str]],
    item_label: str,
) -> None:
    heading = printable(f"{section.numeral}.\t{section.heading}")
    bookmarks.mark(document.add_paragraph(heading, style="SPT Heading 1"), section_key(index))
    for b, block in enumerate(section.blocks):
        if isinstance(block, Subheading):
            level = min(max(block.level, 1), 3)
            label, text = heading_label(block.text)
            line = f"{label}\t{text}" if label else text
            written = document.add_paragraph(printable(line), style=f"SPT Heading {level + 1}")
            if block.level == 1:
                bookmarks.mark(written, subheading_key(index, b))
        else:
            _paragraph(document, block, notes, item_label)


def _paragraph(
    document: WordDocument,
    paragraph: Paragraph,
    notes: list[tuple[str | None, str]],
    item_label: str,
) -> None:
    """'12.<tab>text' in bold for a recommendation with the references to the footnotes
    citing its standards (added to `notes`), then its '(a)<tab>...' sub-paragraphs, labelled
    by `item_label`."""
    number = "" if paragraph.number is None else f"{paragraph.number}."
    lines = [(number, paragraph.text, "SPT Paragraph")]
    labels = item_labels(item_label, len(paragraph.items))
    lines += [
        (label, item, "SPT Sub-paragraph")
        for label, item in zip(labels, paragraph.items, strict=True)
    ]
    for label, text, style in lines:
        written = document.add_paragraph(style=style)
        if label:
            written.add_run(f"{label}\t").bold = paragraph.bold or None
        elif style == "SPT Paragraph":
            written.paragraph_format.first_line_indent = 0
        written.add_run(printable(text)).bold = paragraph.bold or None
        if style == "SPT Paragraph":
            for index, citation in enumerate(paragraph.citations):
                if index:
                    written.add_run(", ").font.superscript = True
                notes.append((None, printable(citation)))
                footnote_reference(written, len(notes), None, bold=paragraph.bold)
