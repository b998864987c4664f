"""Small readers of a built report, shared by the report tests."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from spt_field.export.language_rules import rules_for
from spt_field.export.report_model import Paragraph, Report, Section, Subheading
from spt_field.export.typography import curled


def section(report: Report, code: str) -> Section:
    return next(s for s in report.sections if s.code == code)


def paragraphs(section: Section) -> list[Paragraph]:
    return [block for block in section.blocks if isinstance(block, Paragraph)]


def subheadings(section: Section, level: int) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Subheading) and b.level == level]


def all_text(report: Report) -> str:
    """Every text of the report, front matter, headings and annexes included."""
    parts = [text for _where, text in report.texts()]
    head = report.masthead
    parts += [head.body, head.symbol, head.distribution, head.date, head.original]
    parts += [s.heading for s in report.sections]
    for annex in report.annexes:
        parts.append(annex.heading)
        parts += [group.heading for group in annex.groups]
    return "\n".join(parts)


def finding_paragraphs(report: Report) -> dict[str, Paragraph]:
    return {p.finding_id: p for p in report.paragraphs() if p.finding_id is not None}


def recommendation_paragraphs(report: Report) -> dict[str, Paragraph]:
    return {p.recommendation_id: p for p in report.paragraphs() if p.recommendation_id}


def docx_footnotes(document: WordDocument) -> dict[str, str]:
    """The Word file's footnotes by id, their separators left out; none without a part."""
    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return {}
    return {
        note.get(qn("w:id")): "".join(
            "\t" if node.tag == qn("w:tab") else node.text or ""
            for run in note.iter(qn("w:r"))
            for node in run.iterchildren(qn("w:t"), qn("w:tab"))
        )
        for note in parse_xml(part.blob).iter(qn("w:footnote"))
        if note.get(qn("w:type")) is None
    }


def as_typeset(text: str, language: str = "en") -> str:
    """`text` with the quotation marks and apostrophes the report prints in `language`."""
    return curled(text, rules_for(language).quotes)
