"""What python-docx has no API for, written as WordprocessingML: footnotes (a footnotes.xml
part and w:footnoteReference runs), the DRAFT watermark (Word's own VML text shape in a
header), bookmarks and fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import quoteattr

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTE_SIZE = 16  # half-points: 8 pt, the PDF's footnotes


def add_footnotes(
    document: WordDocument, notes: Sequence[tuple[str | None, str]], font: str
) -> None:
    """The footnotes part: Word's separators (ids -1 and 0), then note i + 1 for each
    (mark, text) of `notes`: a custom mark ("*") typed before the text as the UN's asterisked
    notes are, or None for Word's own number. The references are footnote_reference runs with
    the same ids."""
    footnotes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
        ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing'
        ' w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>",
    ]
    run_properties = (
        f"<w:rPr><w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)}/>"
        f'<w:sz w:val="{_FOOTNOTE_SIZE}"/></w:rPr>'
    )
    indent = '<w:pPr><w:ind w:left="680" w:hanging="680"/><w:tabs><w:tab w:val="left"'
    indent += ' w:pos="680"/></w:tabs></w:pPr>'
    superscript = run_properties.replace("</w:rPr>", '<w:vertAlign w:val="superscript"/></w:rPr>')
    for number, (mark, text) in enumerate(notes, 1):
        shown = "<w:footnoteRef/>" if mark is None else f"<w:t>{_escape(mark)}</w:t>"
        footnotes.append(
            f'<w:footnote w:id="{number}"><w:p>{indent}'
            f"<w:r>{superscript if mark is None else run_properties}{shown}</w:r>"
            f"<w:r>{run_properties}<w:tab/></w:r>"
            f'<w:r>{run_properties}<w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
    xml = f'<w:footnotes xmlns:w="{_W}">{"".join(footnotes)}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"),
        _FOOTNOTES_TYPE,
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def footnote_reference(
    paragraph: WordParagraph, number: int, mark: str | None, *, bold: bool = False
) -> None:
    """A reference to footnote `number` in superscript, shown as `mark` ("*") or, for None,
    as the number Word gives it."""
    run = paragraph.add_run()
    run.font.superscript = True
    run.bold = bold or None
    reference = OxmlElement("w:footnoteReference")
    if mark is not None:
        reference.set(qn("w:customMarkFollows"), "1")
    reference.set(qn("w:id"), str(number))
    run._r.append(reference)
    if mark is not None:
        # The mark follows the reference in the same run, where Word and LibreOffice look.
        text = OxmlElement("w:t")
        text.text = mark
        run._r.append(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def watermark_run(text: str, font: str) -> Any:
    """A w:r holding Word's watermark: grey text set diagonally behind the page's text."""
    return parse_xml(
        f'<w:r xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml"'
        ' xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
        ' path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>'
        "</v:shapetype>"
        '<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136"'
        ' style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;'
        "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#e0e0e0"'
        ' stroked="f"><v:fill opacity=".6"/>'
        f'<v:textpath style="font-family:&quot;{_escape(font)}&quot;;font-size:1pt;'
        f'font-weight:bold" string={quoteattr(text)}/></v:shape></w:pict></w:r>'
    )


def bookmark(paragraph: WordParagraph, name: str, number: int) -> None:
    """Mark the whole of `paragraph` as the bookmark `name` (what a PAGEREF points to)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def field_char(paragraph: WordParagraph, kind: str) -> None:
    """A w:fldChar run: "begin", "separate" or "end" of a field."""
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def field_code(paragraph: WordParagraph, instruction: str) -> None:
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)


def field(paragraph: WordParagraph, instruction: str, shown: str = "1") -> None:
    """A field Word computes when it lays the pages out (shown as `shown` until then)."""
    field_char(paragraph, "begin")
    field_code(paragraph, instruction)
    field_char(paragraph, "separate")
    paragraph.add_run(shown)
    field_char(paragraph, "end")


def footnote_texts(document: WordDocument) -> list[str]:
    """The text of each footnote of `document` (none without a footnotes part)."""
    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.FOOTNOTES)
    except KeyError:
        return []
    notes = parse_xml(part.blob).iter(qn("w:footnote"))
    return ["".join(note.itertext()) for note in notes if note.get(qn("w:type")) is None]
