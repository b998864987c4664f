"""Small readers of a built report, shared by the report tests."""

from __future__ import annotations

from spt_field.export.report_model import Paragraph, Report, Section, Subheading


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
