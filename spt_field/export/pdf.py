"""The confidential visit report as a PDF in the UN layout (reportlab Platypus).

The story is: masthead, title with its asterisked footnote at the foot of the first page,
contents with paragraph ranges, the numbered sections, then each annex on a new page. Every
page carries the running header, a diagonal watermark and "Page N of M": the header and the
watermark are drawn by the page template, the page number by a canvas that holds the pages
back until it knows how many there are. Paragraph numbers hang in the left column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from spt_field.export import pdf_styles as st
from spt_field.export.glyph_check import check_drawable
from spt_field.export.pdf_scripts import draw_centred, paragraph, prepare, text_width
from spt_field.export.report_model import Annex, Report, Section, Subheading
from spt_field.export.report_model import Paragraph as BodyParagraph

Flowable = Any  # reportlab ships no type information

AUTHOR = "SPT Field"


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides the story."""

    running_header: str
    watermark: str
    page_label: str  # "Page {page} of {pages}"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    language: str


def render_pdf(report: Report, stream: BinaryIO) -> None:
    """Typeset `report` as an A4 PDF into `stream` (any writable binary stream); UserError if
    a text holds characters no embedded font draws (never a page with empty boxes)."""
    prepare()  # before any Paragraph: parsing its markup looks the fonts up
    check_drawable(report.texts())
    footnote = None
    if report.footnote.strip():
        footnote = paragraph(report.footnote, st.FOOTNOTE, bullet="*")
    story = [
        masthead(report),
        _title(report.title, footnoted=footnote is not None),
        *contents(report),
        *(flowable for section in report.sections for flowable in section_story(section)),
        *(flowable for annex in report.annexes for flowable in annex_story(report, annex)),
    ]
    typeset(
        stream,
        story,
        PageFurniture(report.running_header, report.watermark, report.page_label),
        DocumentInfo(report.title, report.masthead.symbol, report.language),
        first_page_footnote=footnote,
    )


# --- The document and its pages -------------------------------------------------------------


def typeset(
    stream: BinaryIO,
    story: Sequence[Flowable],
    furniture: PageFurniture,
    info: DocumentInfo,
    *,
    first_page_footnote: Flowable | None = None,
) -> None:
    """Build `story` on A4 pages carrying `furniture`; an optional footnote sits at the foot
    of the first page, whose frame is shortened to make room for it."""
    prepare()
    footnote_room = 0.0
    if first_page_footnote is not None:
        _, height = first_page_footnote.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
        footnote_room = height + _FOOTNOTE_GAP
    decorate = partial(_decorate_page, furniture)
    first = PageTemplate(
        id="first",
        frames=[_frame(st.BOTTOM_MARGIN + footnote_room)],
        onPage=decorate,
        # After the page's text, so that the footnote also comes after it when read out.
        onPageEnd=lambda canvas, _doc: _footnote(first_page_footnote, canvas),
        autoNextPageTemplate="later",
    )
    later = PageTemplate(id="later", frames=[_frame(st.BOTTOM_MARGIN)], onPage=decorate)
    document = BaseDocTemplate(
        stream,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        pageTemplates=[first, later],
        leftMargin=st.LEFT_MARGIN,
        rightMargin=st.RIGHT_MARGIN,
        topMargin=st.TOP_MARGIN,
        bottomMargin=st.BOTTOM_MARGIN,
        title=info.title,
        author=AUTHOR,
        subject=info.subject,
        creator=AUTHOR,
        lang=info.language,
        displayDocTitle=True,
        # Otherwise each page names Helvetica, a font the PDF does not embed.
        initialFontName=st.SERIF,
        initialFontSize=10,
    )
    document.build(list(story), canvasmaker=partial(_NumberedCanvas, furniture.page_label))


_FOOTNOTE_GAP = 14.0  # points between the last line of text and the footnote separator


def _frame(bottom: float) -> Flowable:
    top = st.PAGE_HEIGHT - st.TOP_MARGIN
    return Frame(
        st.LEFT_MARGIN,
        bottom,
        st.FRAME_WIDTH,
        top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _decorate_page(furniture: PageFurniture, canvas: Any, _doc: Any) -> None:
    """The running header and the watermark: drawn before the page's text, so under it."""
    if furniture.watermark.strip():
        _watermark(canvas, furniture.watermark)
    canvas.saveState()
    header = furniture.running_header
    x, y = st.PAGE_WIDTH / 2, st.HEADER_Y
    draw_centred(canvas, x, y, header, st.HEADER_FONT, st.HEADER_SIZE, grey=st.RULE_GREY)
    canvas.restoreState()


def _watermark(canvas: Any, text: str) -> None:
    diagonal = math.hypot(st.PAGE_WIDTH, st.PAGE_HEIGHT)
    size = min(110.0, 0.62 * diagonal / max(text_width(text, st.WATERMARK_FONT, 1), 0.01))
    canvas.saveState()
    canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(st.PAGE_HEIGHT, st.PAGE_WIDTH)))
    draw_centred(canvas, 0, -size / 3, text, st.WATERMARK_FONT, size, grey=st.WATERMARK_GREY)
    canvas.restoreState()


def _footnote(footnote: Flowable | None, canvas: Any) -> None:
    """The first page's footnote at the foot of the page, under a short rule."""
    if footnote is None:
        return
    _, height = footnote.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
    canvas.saveState()
    rule_y = st.BOTTOM_MARGIN + height + 5
    canvas.setLineWidth(0.5)
    canvas.line(st.LEFT_MARGIN, rule_y, st.LEFT_MARGIN + 4 * st.NUMBER_COLUMN, rule_y)
    footnote.drawOn(canvas, st.LEFT_MARGIN, st.BOTTOM_MARGIN)
    canvas.restoreState()


def page_label_text(label: str, page: int, pages: int) -> str:
    """`label` with {page} and {pages} filled in; other braces are printed as they are."""
    return label.replace("{pages}", str(pages)).replace("{page}", str(page))


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each finished page aside and draws "Page N of M" on all of them at save time,
    when M is known: one pass over the story instead of two builds."""

    def __init__(self, page_label: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            text = page_label_text(self._page_label, number, total)
            draw_centred(self, st.PAGE_WIDTH / 2, st.FOOTER_Y, text, st.FOOTER_FONT, st.FOOTER_SIZE)
            super().showPage()
        super().save()


# --- Front matter ---------------------------------------------------------------------------


def masthead(report: Report) -> Flowable:
    """Body name left and symbol right over a thin rule; the distribution block below on the
    right, closed by a thick rule: the UN document's top band."""
    head = report.masthead
    rows: list[list[Any]] = [
        [paragraph(head.body, st.MASTHEAD_BODY), paragraph(head.symbol, st.MASTHEAD_SYMBOL)],
        ["", paragraph(masthead_lines(report), st.MASTHEAD_DISTRIBUTION)],
    ]
    return layout_table(
        rows,
        [st.FRAME_WIDTH * 0.58, st.FRAME_WIDTH * 0.42],
        [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (1, 1), (1, 1), 0.6 * st.NUMBER_COLUMN),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ("TOPPADDING", (0, 1), (-1, 1), 7),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, "black"),
            ("LINEBELOW", (0, 1), (-1, 1), 2.0, "black"),
        ],
    )


def masthead_lines(report: Report) -> list[str]:
    """The distribution block: "Distr.: Restricted", the date, a blank line, the language of a
    translated version ("Français"), "Original: English"."""
    head = report.masthead
    return [
        head.distribution,
        head.date,
        "",
        *([head.version] if head.version else []),
        head.original,
    ]


def layout_table(
    rows: list[list[Any]], widths: list[float], commands: list[tuple[Any, ...]], **options: Any
) -> Flowable:
    """A borderless table used for layout only: no padding at the sides, top-aligned cells,
    and the embedded serif for its empty cells (reportlab would name Helvetica)."""
    table = Table(rows, colWidths=widths, **options)
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    table.setStyle(TableStyle(base + commands))
    return table


def _title(title: str, *, footnoted: bool) -> Flowable:
    return paragraph(title, st.TITLE, after="<super>*</super>" if footnoted else "")


def paragraph_range_text(section: Section) -> str:
    span = section.paragraph_range
    if span is None:
        return ""
    first, last = span
    return str(first) if first == last else f"{first}\u2013{last}"


def contents(report: Report) -> list[Flowable]:
    """ "Contents", then one line per section with dot leaders to its paragraph range, then
    the annexes."""
    rows = []
    for section in report.sections:
        span = paragraph_range_text(section)
        style = st.CONTENTS_ENTRY if span else st.CONTENTS_PLAIN
        rows.append(
            [
                paragraph(f"{section.numeral}.", st.CONTENTS_PLAIN),
                paragraph(section.heading, style),
                paragraph(span, st.CONTENTS_RANGE),
            ]
        )
    story = [paragraph(report.contents_heading, st.CONTENTS_HEADING)]
    story.append(_contents_table(rows, [st.NUMBER_COLUMN, None, 2.2 * st.NUMBER_COLUMN]))
    annexes = [
        [
            paragraph(annex_label(report.annex_label, annex), st.CONTENTS_PLAIN),
            paragraph(annex.heading, st.CONTENTS_PLAIN),
        ]
        for annex in report.annexes
    ]
    if annexes:
        story.append(_contents_table(annexes, [2.2 * st.NUMBER_COLUMN, None], space_before=6))
    return story


def _contents_table(
    rows: list[list[Flowable]], widths: list[float | None], *, space_before: float = 0
) -> Flowable:
    fixed = sum(width for width in widths if width is not None)
    col_widths = [width if width is not None else st.FRAME_WIDTH - fixed for width in widths]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("RIGHTPADDING", (1, 0), (1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return layout_table(rows, col_widths, commands, hAlign="LEFT", spaceBefore=space_before)


# --- Body -----------------------------------------------------------------------------------


def section_story(section: Section) -> Iterator[Flowable]:
    """The section's heading, subheadings and paragraphs. A run of headings starts a new page
    unless the rest of this one holds them and the first lines of the text they head."""
    heading = paragraph(section.heading, st.SECTION_HEADING, bullet=f"{section.numeral}.")
    headings = [heading]
    for block in section.blocks:
        if isinstance(block, Subheading):
            headings.append(subheading(block))
            continue
        if headings:
            yield from _kept_with_next(headings)
            headings = []
        yield from paragraph_story(block)
    yield from _kept_with_next(headings)


def _kept_with_next(headings: list[Flowable]) -> Iterator[Flowable]:
    if not headings:
        return
    room = st.HEADING_ROOM_LINES * st.BODY.leading + st.BODY.spaceAfter
    for heading in headings:
        _, height = heading.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
        room += height + heading.style.spaceBefore + heading.style.spaceAfter
    yield CondPageBreak(room)
    yield from headings


# A subheading's own label ("A.", "1.", "iv.") hangs in the number column like a numeral.
_HEADING_LABEL = re.compile(r"((?:[A-Z]|[0-9]{1,3}|[ivxlc]{1,6})\.)\s+(\S.*)", re.DOTALL)


def heading_label(text: str) -> tuple[str | None, str]:
    """("A.", "Police custody") from "A. Police custody"; (None, text) when it has no label."""
    found = _HEADING_LABEL.fullmatch(text.strip())
    return (found.group(1), found.group(2)) if found else (None, text)


def subheading(block: Subheading) -> Flowable:
    style = st.SUBHEADINGS[min(max(block.level, 1), len(st.SUBHEADINGS)) - 1]
    label, text = heading_label(block.text)
    return paragraph(text, style, bullet=label)


def paragraph_story(body: BodyParagraph) -> Iterator[Flowable]:
    """The paragraph with its number hanging left, then its sub-paragraphs (a), (b)..."""
    style = st.RECOMMENDATION if body.bold else st.BODY
    number = None if body.number is None else f"{body.number}."
    yield paragraph(body.text, style, bullet=number)
    item_style = st.RECOMMENDATION_ITEM if body.bold else st.ITEM
    for index, item in enumerate(body.items):
        yield paragraph(item, item_style, bullet=f"({item_letter(index)})")


def item_letter(index: int) -> str:
    """a, b, ... z, then aa, bb, ... zz, aaa: the UN's sub-paragraph letters."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


# --- Annexes --------------------------------------------------------------------------------


def annex_label(template: str, annex: Annex) -> str:
    """ "Annex I" from "Annex {numeral}"."""
    return template.replace("{numeral}", annex.numeral)


def annex_story(report: Report, annex: Annex) -> Iterator[Flowable]:
    yield PageBreak()
    yield paragraph(annex_label(report.annex_label, annex), st.ANNEX_LABEL)
    yield paragraph(annex.heading, st.ANNEX_HEADING)
    for group in annex.groups:
        yield paragraph(group.heading, st.ANNEX_GROUP)
        for line in group.lines:
            yield paragraph(line, st.ANNEX_LINE)
