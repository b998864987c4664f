"""Text in any script on a PDF page: paragraphs and page furniture whose characters are set in
the font that has them (pdf_styles.runs: Liberation Serif, else DejaVu Serif, else Droid Sans
Fallback).

A paragraph holding Chinese, Japanese or Korean text breaks its lines between characters
(reportlab's wordWrap "CJK"), never before closing punctuation such as 。，、）.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Literal

from reportlab.lib import textsplit  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from reportlab.platypus import paragraph as reportlab_paragraph

from spt_field.export import pdf_styles as st
from spt_field.export.wide_text import has_wide

#: Droid Sans Fallback has no bold face: bold text in it is stroked as well as filled, with a
#: line this fraction of the font size wide (what PDF readers do for a missing bold).
_FAUX_BOLD = 0.035
_BOLD = (st.SERIF_BOLD, st.SERIF_BOLD_ITALIC)
#: Full-width closing punctuation reportlab's own table lets start a line.
_CLOSING_PUNCTUATION = "，：；！？》〉”’）】」』、。…"


@cache
def prepare() -> None:
    """Register the fonts and teach reportlab's CJK line breaking the closing punctuation of
    Chinese ("，" ends a line, it never starts one)."""
    st.register_fonts()
    missing = "".join(c for c in _CLOSING_PUNCTUATION if c not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += missing
    reportlab_paragraph.ALL_CANNOT_START += missing


def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` breaking lines between characters; one derived style per style."""
    found: ParagraphStyle | None = _CJK_STYLES.get(style.name)
    if found is None:
        found = ParagraphStyle(name=f"{style.name}CJK", parent=style, wordWrap="CJK")
        _CJK_STYLES[style.name] = found
    return found


_CJK_STYLES: dict[str, ParagraphStyle] = {}


def paragraph(
    text: str | Sequence[str],
    style: ParagraphStyle,
    *,
    bullet: str | None = None,
    after: str = "",
) -> Any:
    """A Paragraph of plain `text` (lines joined by a line break), its `bullet` hanging left
    and the markup `after` appended (a footnote mark); CJK line breaking if it holds CJK."""
    lines = [text] if isinstance(text, str) else list(text)
    body = "<br/>".join(st.markup(line, style.fontName) for line in lines) + after
    if any(has_wide(line) for line in lines):
        style = _cjk_style(style)
    kind = _BoldFallbackParagraph if style.fontName in _BOLD and _in_fallback(*lines) else Paragraph
    if bullet is not None and any(fallback for fallback, _ in st.runs(bullet)):
        # A plain bullet is set in one font; markup in a <bullet> tag may mix them.
        return kind(f"<bullet>{st.markup(bullet, style.bulletFontName)}</bullet>{body}", style)
    return kind(body, style, bulletText=bullet)


def _in_fallback(*texts: str) -> bool:
    """Whether the texts have runs in the CJK fallback, the font without a bold face."""
    return any(fallback == st.CJK for text in texts for fallback, _ in st.runs(text))


class _BoldFallbackParagraph(Paragraph):  # type: ignore[misc]
    """A bold paragraph with text in the fallback font, which has no bold: the glyphs are
    stroked as well as filled, so a Chinese heading or recommendation stands out as bold."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.style.fontSize * _FAUX_BOLD)
        self.canv.addLiteral("2 Tr")  # text render mode: fill, then stroke
        super().draw()
        self.canv.restoreState()


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` set in `font`, its fallback runs in the fallback font."""
    widths = (
        pdfmetrics.stringWidth(run, st.face(fallback, font) if fallback else font, size)
        for fallback, run in st.runs(text)
    )
    return float(sum(widths))


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    grey: float = 0,
    align: Literal["left", "centre", "right"] = "centre",
) -> None:
    """`text` centred on `x` (or starting or ending there) in `grey` (0 black, 1 white), run by
    run in its font: page headers, footers, watermarks and the contents' page numbers."""
    canvas.setFillGray(grey)
    canvas.setStrokeGray(grey)
    width = text_width(text, font, size)
    left = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    for fallback, run in st.runs(text):
        run_font = st.face(fallback, font) if fallback else font
        line = canvas.beginText(left, y)
        line.setFont(run_font, size)
        if fallback == st.CJK and font in _BOLD:
            canvas.setLineWidth(size * _FAUX_BOLD)
            line.setTextRenderMode(2)
        line.textOut(run)
        canvas.drawText(line)
        left += pdfmetrics.stringWidth(run, run_font, size)
