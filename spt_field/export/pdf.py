"""The confidential visit report as a PDF in the UN layout (reportlab Platypus).

The story is: the UN masthead (organization and symbol, instrument and distribution block),
the body's name, the title and "Report of the Subcommittee" with its footnotes at the foot of
the first page, the contents with paragraph ranges and page numbers, the numbered sections,
then each annex on a new page. Every page carries the confidentiality marking, a diagonal
watermark and "Page N of M"; pages 2 to n also the document symbol, on the left of even pages
and the right of odd ones. The header and the watermark are drawn by the page template; the
page numbers, of the footer and of the contents, by a canvas that holds the pages back until
it knows them: one pass over the story instead of the two or three of a multiBuild. Each
section, subsection and annex is a bookmark of the PDF's outline. Paragraph numbers hang in the
left column.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO, Literal

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from spt_field.export import pdf_styles as st
from spt_field.export.contents import (
    ContentsEntry,
    annex_key,
    annex_label,
    contents_entries,
    heading_label,
    section_key,
    subheading_key,
)
from spt_field.export.glyph_check import check_drawable
from spt_field.export.pdf_scripts import draw_line, paragraph, prepare, text_width
from spt_field.export.report_model import Annex, Report, Section, Subheading, item_labels
from spt_field.export.report_model import Paragraph as BodyParagraph

AUTHOR = "SPT Field"


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides the story."""

    running_header: str
    watermark: str
    page_label: str  # "Page {page} of {pages}"
    #: The document symbol, in the header of pages 2 to n (none on a working document).
    symbol: str = ""


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
    notes = title_notes(report)
    footnotes = [paragraph(text, st.FOOTNOTE, bullet=marker) for marker, text in notes]
    markers = ", ".join(marker for marker, _text in notes)
    numbers = _NoteNumbers()
    story = [
        masthead(report),
        *front_titles(report, markers),
        *contents(report),
        *(
            flowable
            for index, section in enumerate(report.sections)
            for flowable in section_story(section, index, numbers, report.item_label)
        ),
        *(
            flowable
            for index, annex in enumerate(report.annexes)
            for flowable in annex_story(report, annex, index)
        ),
    ]
    typeset(
        stream,
        story,
        PageFurniture(
            report.running_header, report.watermark, report.page_label, report.masthead.symbol
        ),
        DocumentInfo(report.title, report.masthead.symbol, report.language),
        first_page_footnotes=footnotes,
    )


def title_notes(report: Report) -> list[tuple[str, str]]:
    """The footnotes of the title block, with their markers: "*" the confidential
    transmission, "**" the draft's issue without formal editing."""
    notes = [("*", report.footnote), ("**", report.unedited_note)]
    return [(marker, text) for marker, text in notes if text.strip()]


# --- The document and its pages -------------------------------------------------------------


class _ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """Tells the canvas on which page each anchored heading lands, and makes it a bookmark;
    gathers the footnotes of each page and keeps their room free at the foot of the frame."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The footnotes of the page being laid out, drawn at its end.
        self.page_notes: list[Flowable] = []

    def handle_frameBegin(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self.frame._geom()  # a new page: the room kept for the last page's footnotes is back
        super().handle_frameBegin(*args, **kwargs)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, _Footnoted):
            # The notes' room was laid out under the paragraph: keep it at the frame's foot
            # instead, so that the text goes on right under the paragraph.
            self.frame._y += flowable.notes_height
            self.frame._y1p += flowable.notes_height
            self.page_notes.extend(flowable.notes)
        anchor: _Anchor | None = getattr(flowable, "spt_anchor", None)
        if anchor is None:
            return
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height  # just drawn
        self.canv.anchor_pages[anchor.key] = (self.page, top)
        self.canv.addOutlineEntry(anchor.title, anchor.key, level=anchor.level, closed=True)
        self.canv.showOutline()


@dataclass(frozen=True)
class _Anchor:
    key: str
    title: str  # in the outline
    level: int


def _anchored(flowable: Flowable, key: str, title: str, level: int) -> Flowable:
    flowable.spt_anchor = _Anchor(key, title, level)
    return flowable


def typeset(
    stream: BinaryIO,
    story: Sequence[Flowable],
    furniture: PageFurniture,
    info: DocumentInfo,
    *,
    first_page_footnotes: Sequence[Flowable] = (),
) -> None:
    """Build `story` on A4 pages carrying `furniture`; the footnotes sit at the foot of the
    first page, whose frame is shortened to make room for them."""
    prepare()
    footnote_room = 0.0
    if first_page_footnotes:
        footnote_room = _footnotes_height(first_page_footnotes) + _FOOTNOTE_GAP
    decorate = partial(_decorate_page, furniture)
    first = PageTemplate(
        id="first",
        frames=[_frame(st.BOTTOM_MARGIN + footnote_room)],
        onPage=decorate,
        # After the page's text, so that the footnotes also come after it when read out.
        onPageEnd=partial(_page_end, first_page_footnotes, footnote_room),
        autoNextPageTemplate="later",
    )
    later = PageTemplate(
        id="later",
        frames=[_frame(st.BOTTOM_MARGIN)],
        onPage=decorate,
        onPageEnd=partial(_page_end, (), 0.0),
    )
    document = _ReportDocument(
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
_FOOTNOTE_SPACING = 2.0  # points between two footnotes


def _footnotes_height(footnotes: Sequence[Flowable]) -> float:
    heights: list[float] = [note.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)[1] for note in footnotes]
    return sum(heights) + _FOOTNOTE_SPACING * (len(heights) - 1)


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


def _decorate_page(furniture: PageFurniture, canvas: Any, doc: Any) -> None:
    """The running header and the watermark: drawn before the page's text, so under it. From
    page 2 on, the symbol heads the page on its outer side (left on even pages, right on odd
    ones) over a thin rule, as in UN documents; the confidentiality marking stays centred."""
    if furniture.watermark.strip():
        _watermark(canvas, furniture.watermark)
    canvas.saveState()
    header = furniture.running_header
    y = st.HEADER_Y
    draw_line(
        canvas, st.PAGE_WIDTH / 2, y, header, st.HEADER_FONT, st.HEADER_SIZE, grey=st.RULE_GREY
    )
    if doc.page > 1 and furniture.symbol.strip():
        even = doc.page % 2 == 0
        x = st.LEFT_MARGIN if even else st.PAGE_WIDTH - st.RIGHT_MARGIN
        symbol = furniture.symbol
        side: Literal["left", "right"] = "left" if even else "right"
        draw_line(canvas, x, y, symbol, st.SYMBOL_FONT, st.SYMBOL_SIZE, align=side)
        canvas.setLineWidth(0.5)
        canvas.line(st.LEFT_MARGIN, y - 4, st.PAGE_WIDTH - st.RIGHT_MARGIN, y - 4)
    canvas.restoreState()


def _watermark(canvas: Any, text: str) -> None:
    diagonal = math.hypot(st.PAGE_WIDTH, st.PAGE_HEIGHT)
    size = min(110.0, 0.62 * diagonal / max(text_width(text, st.WATERMARK_FONT, 1), 0.01))
    canvas.saveState()
    canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(st.PAGE_HEIGHT, st.PAGE_WIDTH)))
    draw_line(canvas, 0, -size / 3, text, st.WATERMARK_FONT, size, grey=st.WATERMARK_GREY)
    canvas.restoreState()


def _page_end(
    title_notes: Sequence[Flowable], title_room: float, canvas: Any, doc: _ReportDocument
) -> None:
    """The footnotes at the foot of the page: the title's on the first page, and above them
    those of the paragraphs the page holds."""
    _footnotes(title_notes, canvas, st.BOTTOM_MARGIN)
    _footnotes(doc.page_notes, canvas, st.BOTTOM_MARGIN + title_room)
    doc.page_notes = []


def _footnotes(footnotes: Sequence[Flowable], canvas: Any, bottom: float) -> None:
    """`footnotes` stacked upwards from `bottom`, under a short rule."""
    if not footnotes:
        return
    canvas.saveState()
    rule_y = bottom + _footnotes_height(footnotes) + 5
    canvas.setLineWidth(0.5)
    canvas.line(st.LEFT_MARGIN, rule_y, st.LEFT_MARGIN + 4 * st.NUMBER_COLUMN, rule_y)
    y = rule_y - 5
    for footnote in footnotes:
        _, height = footnote.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
        y -= height
        footnote.drawOn(canvas, st.LEFT_MARGIN, y)
        y -= _FOOTNOTE_SPACING
    canvas.restoreState()


def page_label_text(label: str, page: int, pages: int) -> str:
    """`label` with {page} and {pages} filled in; other braces are printed as they are."""
    return label.replace("{pages}", str(pages)).replace("{page}", str(page))


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each finished page aside and, at save time, when the page numbers are known,
    draws "Page N of M" on all of them and the page numbers of the contents."""

    def __init__(self, page_label: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []
        #: The page each anchored heading landed on, and the height of its top (set by
        #: _ReportDocument.afterFlowable).
        self.anchor_pages: dict[str, tuple[int, float]] = {}
        #: Where the contents want a heading's page number: (page, x, y, anchor key).
        self.page_refs: list[tuple[int, float, float, str]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    @property
    def page_number(self) -> int:
        """The number of the page being drawn."""
        return len(self._pages) + 1

    def save(self) -> None:
        total = len(self._pages)
        refs = self.page_refs
        anchors = self.anchor_pages
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            text = page_label_text(self._page_label, number, total)
            draw_line(self, st.PAGE_WIDTH / 2, st.FOOTER_Y, text, st.FOOTER_FONT, st.FOOTER_SIZE)
            for page, x, y, key in refs:
                if page == number and key in anchors:
                    shown = str(anchors[key][0])
                    draw_line(self, x, y, shown, st.SERIF, st.BODY.fontSize, align="right")
            # The bookmarks now, when the page they point to is the document's current one.
            for key, (page, top) in anchors.items():
                if page == number:
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top + 4)
            super().showPage()
        super().save()


class _PageNumber(Flowable):  # type: ignore[misc]
    """The page number of the heading anchored at `key`, right-aligned in the contents; the
    canvas draws it once every page is laid out."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, st.BODY.leading

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(self.width, st.BODY.leading - st.BODY.fontSize)
        self.canv.page_refs.append((self.canv.page_number, x, y, self.key))


class _Footnoted(Flowable):  # type: ignore[misc]
    """A paragraph citing standards, with its footnotes: laid out with room for them below it,
    which the document then keeps at the foot of the frame (_ReportDocument.afterFlowable).
    Split over two pages, the notes go with the last part."""

    def __init__(self, body: Flowable, notes: Sequence[Flowable]) -> None:
        super().__init__()
        self.body = body
        self.notes = list(notes)
        self.notes_height = _footnotes_height(self.notes) + _FOOTNOTE_GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.body.wrap(available_width, available_height)
        self.width, self.height = width, height + self.notes_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self.body.split(
            available_width, available_height - self.notes_height
        )
        if not parts:
            return []
        return [*parts[:-1], _Footnoted(parts[-1], self.notes)]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.body.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.body.getSpaceAfter())

    def draw(self) -> None:
        self.body.drawOn(self.canv, 0, self.notes_height)


class _NoteNumbers:
    """Numbers the paragraphs' footnotes through the report: 1, 2, 3..."""

    def __init__(self) -> None:
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


# --- Front matter ---------------------------------------------------------------------------


def masthead(report: Report) -> Flowable:
    """The UN document's top band: the organization left and the symbol right over a thin
    rule; the instrument left and the distribution block right, closed by a thick rule."""
    head = report.masthead
    rows: list[list[Any]] = [
        [
            paragraph(head.organization, st.MASTHEAD_ORGANIZATION),
            paragraph(head.symbol, st.MASTHEAD_SYMBOL),
        ],
        [
            paragraph(head.instrument, st.MASTHEAD_BODY),
            paragraph(masthead_lines(report), st.MASTHEAD_DISTRIBUTION),
        ],
    ]
    return layout_table(
        rows,
        [st.FRAME_WIDTH * 0.58, st.FRAME_WIDTH * 0.42],
        [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (1, 1), (1, 1), 0.6 * st.NUMBER_COLUMN),
            ("RIGHTPADDING", (0, 1), (0, 1), 0.6 * st.NUMBER_COLUMN),
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


def front_titles(report: Report, markers: str) -> list[Flowable]:
    """The body's name, the title, and "Report of the Subcommittee" carrying the footnote
    markers (the title carries them when there is no subtitle)."""
    mark = f"<super>{markers}</super>" if markers else ""
    story = []
    if report.masthead.body.strip():
        story.append(paragraph(report.masthead.body, st.BODY_NAME))
    subtitle = report.subtitle.strip()
    story.append(paragraph(report.title, st.TITLE, after="" if subtitle else mark))
    if subtitle:
        story.append(paragraph(subtitle, st.SUBTITLE, after=mark))
    return story


def contents(report: Report) -> list[Flowable]:
    """ "Contents" over the column headings ("Paragraphs", "Page"), then one line per section
    and subsection with dot leaders to its paragraph range and its page number, then the
    annexes with their pages."""
    entries = contents_entries(report)
    heading = paragraph(report.contents_heading, st.CONTENTS_HEADING)
    story = [_anchored(heading, "contents", report.contents_heading, 0)]
    rows: list[list[Any]] = []
    if any(report.contents_columns):
        columns = [paragraph(text, st.CONTENTS_COLUMN) for text in report.contents_columns]
        rows.append(["", "", *columns])
    rows += [_contents_row(entry) for entry in entries if not entry.annex]
    story.append(_contents_table(rows, [st.NUMBER_COLUMN, None, _RANGE_COLUMN, _PAGE_COLUMN]))
    annexes = [
        [
            paragraph(entry.label, st.CONTENTS_PLAIN),
            paragraph(entry.text, st.CONTENTS_ENTRY),
            "",
            _PageNumber(entry.key),
        ]
        for entry in entries
        if entry.annex
    ]
    if annexes:
        widths = [2.2 * st.NUMBER_COLUMN, None, _RANGE_COLUMN, _PAGE_COLUMN]
        story.append(_contents_table(annexes, widths, space_before=6))
    return story


_RANGE_COLUMN = 1.9 * st.NUMBER_COLUMN
_PAGE_COLUMN = 0.9 * st.NUMBER_COLUMN


def _contents_row(entry: ContentsEntry) -> list[Any]:
    """A section ("I.", its heading) or a subsection (its letter hanging in the heading's
    column), dot leaders up to the paragraph range, then the page number."""
    if entry.level == 0:
        numeral: Any = paragraph(entry.label, st.CONTENTS_PLAIN)
        text = paragraph(entry.text, st.CONTENTS_ENTRY)
    else:
        numeral = ""
        text = paragraph(entry.text, st.CONTENTS_SUBENTRY, bullet=entry.label or None)
    return [numeral, text, paragraph(entry.span, st.CONTENTS_RANGE), _PageNumber(entry.key)]


def _contents_table(
    rows: list[list[Any]], widths: list[float | None], *, space_before: float = 0
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


def section_story(
    section: Section, index: int, notes: _NoteNumbers, item_label: str
) -> Iterator[Flowable]:
    """The section's heading, subheadings and paragraphs (the `index`th section). A run of
    headings starts a new page unless the rest of this one holds them and the first lines of
    the text they head. The section and its subsections are anchored for the contents and the
    outline."""
    numeral = f"{section.numeral}."
    heading = paragraph(section.heading, st.SECTION_HEADING, bullet=numeral)
    headings = [_anchored(heading, section_key(index), f"{numeral} {section.heading}", 0)]
    for b, block in enumerate(section.blocks):
        if isinstance(block, Subheading):
            flowable = subheading(block)
            if block.level == 1:
                flowable = _anchored(flowable, subheading_key(index, b), block.text, 1)
            headings.append(flowable)
            continue
        if headings:
            yield from _kept_with_next(headings)
            headings = []
        yield from paragraph_story(block, notes, item_label)
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


def subheading(block: Subheading) -> Flowable:
    style = st.SUBHEADINGS[min(max(block.level, 1), len(st.SUBHEADINGS)) - 1]
    label, text = heading_label(block.text)
    return paragraph(text, style, bullet=label)


def paragraph_story(
    body: BodyParagraph, notes: _NoteNumbers, item_label: str
) -> Iterator[Flowable]:
    """The paragraph with its number hanging left and the marks of its footnotes (numbered
    by `notes`), then its sub-paragraphs (a), (b)... labelled by `item_label` ("{letter})")."""
    style = st.RECOMMENDATION if body.bold else st.BODY
    number = None if body.number is None else f"{body.number}."
    if body.citations:
        numbers = [str(notes.next()) for _citation in body.citations]
        marks = f"<super>{', '.join(numbers)}</super>"
        footnotes = [
            paragraph(citation, st.FOOTNOTE, bullet=mark)
            for mark, citation in zip(numbers, body.citations, strict=True)
        ]
        yield _Footnoted(paragraph(body.text, style, bullet=number, after=marks), footnotes)
    else:
        yield paragraph(body.text, style, bullet=number)
    item_style = st.RECOMMENDATION_ITEM if body.bold else st.ITEM
    for label, item in zip(item_labels(item_label, len(body.items)), body.items, strict=True):
        yield paragraph(item, item_style, bullet=label)


# --- Annexes --------------------------------------------------------------------------------


def annex_story(report: Report, annex: Annex, index: int) -> Iterator[Flowable]:
    yield PageBreak()
    label = annex_label(report.annex_label, annex)
    yield _anchored(
        paragraph(label, st.ANNEX_LABEL), annex_key(index), f"{label}. {annex.heading}", 0
    )
    yield paragraph(annex.heading, st.ANNEX_HEADING)
    for group in annex.groups:
        yield paragraph(group.heading, st.ANNEX_GROUP)
        for line in group.lines:
            yield paragraph(line, st.ANNEX_LINE)
