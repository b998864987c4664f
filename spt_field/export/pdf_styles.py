"""The one stylesheet of the PDF documents: page geometry, the embedded fonts (the Liberation
Serif family, DejaVu Serif for the signs it lacks, and Droid Sans Fallback for Chinese) and the
paragraph styles, each inheriting from `BODY`.

The layout follows the UN editorial model: A4, a sober serif, paragraph numbers hanging in a
column left of the text, recommendations in bold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from io import BytesIO
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 2.2 * cm
TOP_MARGIN = 2.4 * cm
BOTTOM_MARGIN = 2.2 * cm
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
HEADER_Y = PAGE_HEIGHT - 1.4 * cm  # baseline of the running header
FOOTER_Y = 1.2 * cm  # baseline of the page number

NUMBER_COLUMN = 1.2 * cm  # paragraph numbers hang here; the text starts after it
ITEM_COLUMN = 0.9 * cm  # sub-paragraph labels "(a)" hang in this much more

#: Liberation Serif (SIL Open Font License): Times New Roman's metrics, so that the PDF and
#: the Word file (set in Times New Roman) break their lines and pages alike.
SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
#: DejaVu Serif, the face of whatever Latin, Greek or Cyrillic letter or sign Liberation lacks.
DEJAVU = "DejaVuSerif"
#: Chinese (and other CJK) text: Droid Sans Fallback, Apache License 2.0. It has no Latin
#: letters, no digits and no bold.
CJK = "DroidSansFallback"
_FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    DEJAVU: "DejaVuSerif.ttf",
    f"{DEJAVU}-Bold": "DejaVuSerif-Bold.ttf",
    f"{DEJAVU}-Italic": "DejaVuSerif-Italic.ttf",
    f"{DEJAVU}-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
#: The fonts a character is looked up in, in turn; pdf_scripts.py sets each run of text in
#: the first that has its glyphs (reportlab has no font fallback of its own).
FALLBACKS = (DEJAVU, CJK)

WATERMARK_GREY = 0.88  # fill grey of the diagonal watermark (1 is white)
RULE_GREY = 0.35


@cache
def register_fonts() -> None:
    """Embed Liberation Serif and DejaVu Serif (regular, bold, italic, bold italic) and map
    <b>/<i> to them; embed Droid Sans Fallback, its one face standing for all four.

    Read through importlib.resources so that it also works from a zipped install."""
    fonts = files("spt_field.resources").joinpath("fonts")
    for name, filename in _FONT_FILES.items():
        data = fonts.joinpath(filename).read_bytes()
        pdfmetrics.registerFont(TTFont(name, BytesIO(data)))
    for family in (SERIF, DEJAVU):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}-Bold",
            italic=f"{family}-Italic",
            boldItalic=f"{family}-BoldItalic",
        )
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)


# C0 control characters other than tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """`text` without the control characters that neither PDF text nor Word's XML can hold."""
    return _CONTROL.sub("", text)


@cache
def _glyphs(font: str) -> dict[int, int]:
    glyphs: dict[int, int] = pdfmetrics.getFont(font).face.charToGlyph
    return glyphs


def drawable(char: str) -> bool:
    """Whether one of the embedded fonts has a glyph for `char` (spaces and line breaks need
    none)."""
    register_fonts()
    if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
        return False  # Liberation has Hebrew letters, but reportlab would set them reversed
    return char.isspace() or _font_of(char) is not None


_RIGHT_TO_LEFT = ("R", "AL")


def _font_of(char: str) -> str | None:
    """The first of the serif and its fallbacks that has `char`: None for none."""
    code = ord(char)
    for font in (SERIF, *FALLBACKS):
        if code in _glyphs(font):
            return font
    return None


def _fallback_of(char: str) -> str | None:
    """The fallback font `char` is set in; None for the serif (and for spaces, and for what no
    font has, which glyph_check.py refuses before anything is set)."""
    font = _font_of(char)
    return None if font == SERIF or char.isspace() else font


def face(fallback: str, font: str) -> str:
    """The face of `fallback` standing in for `font`: DejaVu's bold for Liberation's bold."""
    if fallback == DEJAVU and font.startswith(f"{SERIF}-"):
        return DEJAVU + font[len(SERIF) :]
    return fallback


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """(its fallback font, or None for the serif; run) for each run of printable `text`:
    reportlab has no font fallback of its own, so text is cut by the font that has its glyphs."""
    register_fonts()
    clean = printable(text)
    if set(clean) <= _serif_chars():  # the common case, checked at C speed
        if clean:
            yield None, clean
        return
    for fallback, chars in groupby(clean, key=_fallback_of):
        yield fallback, "".join(chars)


@cache
def _serif_chars() -> frozenset[str]:
    return frozenset(map(chr, _glyphs(SERIF)))


def markup(text: str, font: str = SERIF) -> str:
    """User text as Paragraph markup: escaped, so that "<b>&" prints literally, and the
    characters Liberation Serif lacks wrapped in the face of their fallback font that stands
    in for `font` (the paragraph's)."""
    return "".join(
        f'<font name="{face(fallback, font)}">{escape(run)}</font>' if fallback else escape(run)
        for fallback, run in runs(text)
    )


BODY = ParagraphStyle(
    name="Body",
    fontName=SERIF,
    fontSize=10,
    leading=13,
    alignment=TA_JUSTIFY,
    spaceAfter=6,
    leftIndent=NUMBER_COLUMN,
    bulletIndent=0,
    bulletFontName=SERIF,
    bulletFontSize=10,
)
RECOMMENDATION = ParagraphStyle(
    name="Recommendation", parent=BODY, fontName=SERIF_BOLD, bulletFontName=SERIF_BOLD
)
ITEM = ParagraphStyle(
    name="Item",
    parent=BODY,
    leftIndent=NUMBER_COLUMN + ITEM_COLUMN,
    bulletIndent=NUMBER_COLUMN,
    spaceAfter=4,
)
RECOMMENDATION_ITEM = ParagraphStyle(
    name="RecommendationItem", parent=ITEM, fontName=SERIF_BOLD, bulletFontName=SERIF_BOLD
)

# The masthead and front matter.
MASTHEAD_BODY = ParagraphStyle(
    name="MastheadBody",
    parent=BODY,
    fontName=SERIF_BOLD,
    fontSize=11,
    leading=13.5,
    leftIndent=0,
    alignment=TA_LEFT,
    spaceAfter=0,
)
MASTHEAD_ORGANIZATION = ParagraphStyle(
    name="MastheadOrganization", parent=MASTHEAD_BODY, fontName=SERIF, fontSize=16, leading=19
)
MASTHEAD_SYMBOL = ParagraphStyle(
    name="MastheadSymbol", parent=MASTHEAD_BODY, fontSize=14, leading=17, alignment=TA_RIGHT
)
MASTHEAD_DISTRIBUTION = ParagraphStyle(
    name="MastheadDistribution",
    parent=BODY,
    leftIndent=0,
    alignment=TA_LEFT,
    spaceAfter=0,
    leading=12.5,
)
TITLE = ParagraphStyle(
    name="Title",
    parent=BODY,
    fontName=SERIF_BOLD,
    fontSize=14,
    leading=18,
    leftIndent=NUMBER_COLUMN,
    alignment=TA_LEFT,
    spaceBefore=16,
    spaceAfter=10,
)
BODY_NAME = ParagraphStyle(
    name="BodyName",
    parent=TITLE,
    fontSize=12,
    leading=15,
    spaceBefore=14,
    spaceAfter=0,
)
SUBTITLE = ParagraphStyle(
    name="Subtitle", parent=TITLE, fontSize=12, leading=15, spaceBefore=0, spaceAfter=18
)
FOOTNOTE = ParagraphStyle(
    name="Footnote",
    parent=BODY,
    fontSize=8,
    leading=10,
    leftIndent=NUMBER_COLUMN,
    bulletFontSize=8,
    spaceAfter=0,
    alignment=TA_LEFT,  # justified, its two short lines would gape
)

# Contents.
CONTENTS_HEADING = ParagraphStyle(
    name="ContentsHeading",
    parent=BODY,
    fontName=SERIF_BOLD,
    fontSize=12,
    leading=15,
    alignment=TA_LEFT,
    spaceBefore=0,
    spaceAfter=10,
    keepWithNext=1,
)
CONTENTS_ENTRY = ParagraphStyle(
    name="ContentsEntry", parent=BODY, leftIndent=0, alignment=TA_LEFT, spaceAfter=0, endDots=" ."
)
CONTENTS_PLAIN = ParagraphStyle(name="ContentsPlain", parent=CONTENTS_ENTRY, endDots=None)
CONTENTS_RANGE = ParagraphStyle(name="ContentsRange", parent=CONTENTS_PLAIN, alignment=TA_RIGHT)
CONTENTS_SUBENTRY = ParagraphStyle(
    name="ContentsSubentry", parent=CONTENTS_ENTRY, leftIndent=ITEM_COLUMN, bulletIndent=0
)
#: "Paragraphs" and "Page" over the contents' columns.
CONTENTS_COLUMN = ParagraphStyle(
    name="ContentsColumn", parent=CONTENTS_RANGE, fontName=SERIF_ITALIC, fontSize=8, leading=10
)

# Headings of the body: the numeral or letter hangs in the number column. pdf.py keeps them
# with the first lines of what follows (not its whole paragraph, as keepWithNext would).
HEADING_ROOM_LINES = 3
SECTION_HEADING = ParagraphStyle(
    name="SectionHeading",
    parent=BODY,
    fontName=SERIF_BOLD,
    fontSize=12,
    leading=15,
    alignment=TA_LEFT,
    spaceBefore=16,
    spaceAfter=9,
    bulletFontName=SERIF_BOLD,
    bulletFontSize=12,
)
SUBHEADING_1 = ParagraphStyle(
    name="Subheading1",
    parent=SECTION_HEADING,
    fontSize=10.5,
    leading=13.5,
    spaceBefore=10,
    spaceAfter=7,
    bulletFontSize=10.5,
)
SUBHEADING_2 = ParagraphStyle(
    name="Subheading2",
    parent=SUBHEADING_1,
    fontSize=10,
    leading=13,
    spaceBefore=8,
    spaceAfter=6,
    bulletFontSize=10,
)
SUBHEADING_3 = ParagraphStyle(
    name="Subheading3", parent=SUBHEADING_2, fontName=SERIF_ITALIC, bulletFontName=SERIF_ITALIC
)
SUBHEADINGS = (SUBHEADING_1, SUBHEADING_2, SUBHEADING_3)

# Annexes.
ANNEX_LABEL = ParagraphStyle(
    name="AnnexLabel",
    parent=SECTION_HEADING,
    leftIndent=0,
    spaceBefore=0,
    spaceAfter=4,
    keepWithNext=1,
)
ANNEX_HEADING = ParagraphStyle(
    name="AnnexHeading", parent=ANNEX_LABEL, fontSize=12, leading=15, spaceAfter=14
)
ANNEX_GROUP = ParagraphStyle(
    name="AnnexGroup", parent=SUBHEADING_1, leftIndent=NUMBER_COLUMN, spaceBefore=8, keepWithNext=1
)
ANNEX_LINE = ParagraphStyle(
    name="AnnexLine",
    parent=BODY,
    alignment=TA_LEFT,
    spaceAfter=2,
    leftIndent=NUMBER_COLUMN + ITEM_COLUMN,
    firstLineIndent=-ITEM_COLUMN / 2,
)

# The page furniture drawn in onPage.
HEADER_FONT = SERIF_BOLD
HEADER_SIZE = 8.5
FOOTER_FONT = SERIF
FOOTER_SIZE = 8.5
WATERMARK_FONT = SERIF_BOLD
SYMBOL_FONT = SERIF_BOLD  # the document symbol heading pages 2 to n
SYMBOL_SIZE = 10

# Internal visit notes (internal_notes.py): a working document, set like the report.
NOTES_TITLE = ParagraphStyle(
    name="NotesTitle", parent=TITLE, leftIndent=0, spaceBefore=0, spaceAfter=4
)
NOTES_SUBTITLE = ParagraphStyle(
    name="NotesSubtitle",
    parent=BODY,
    leftIndent=0,
    alignment=TA_LEFT,
    fontSize=11,
    leading=14,
    spaceAfter=14,
)
NOTES_PLACE = ParagraphStyle(
    name="NotesPlace",
    parent=SECTION_HEADING,
    leftIndent=0,
    spaceBefore=14,
    spaceAfter=2,
    keepWithNext=1,
)
NOTES_PLACE_DETAILS = ParagraphStyle(
    name="NotesPlaceDetails",
    parent=BODY,
    leftIndent=0,
    alignment=TA_LEFT,
    fontName=SERIF_ITALIC,
    spaceAfter=8,
    keepWithNext=1,
)
NOTES_INTERVIEW = ParagraphStyle(
    name="NotesInterview",
    parent=BODY,
    leftIndent=NUMBER_COLUMN,
    alignment=TA_LEFT,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)
NOTES_RISK = ParagraphStyle(
    name="NotesRisk",
    parent=NOTES_INTERVIEW,
    fontName=SERIF_BOLD,
    spaceBefore=8,
    backColor="#e4e4e4",
    borderPadding=(2, 3, 2, 3),
)
NOTES_TEXT = ParagraphStyle(name="NotesText", parent=BODY, spaceAfter=4)
