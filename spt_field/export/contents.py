"""The report's table of contents, for both renderers: each section, the lettered subsections
("A. General observations", "B. Prisons"...) and each annex, with its paragraph range and the
anchor name its page number and bookmark are tied to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spt_field.export.report_model import Annex, Paragraph, Report, Section, Subheading


@dataclass(frozen=True)
class ContentsEntry:
    key: str  # the anchor of the heading: unique in the report
    level: int  # 0: a section or an annex; 1: a subsection
    label: str  # "I.", "A.", "Annex I"
    text: str  # "Introduction"
    span: str  # "1–4", or "" when no numbered paragraph falls under it
    annex: bool = False


def section_key(index: int) -> str:
    return f"section-{index}"


def subheading_key(section: int, block: int) -> str:
    return f"section-{section}-{block}"


def annex_key(index: int) -> str:
    return f"annex-{index}"


def annex_label(template: str, annex: Annex) -> str:
    """ "Annex I" from "Annex {numeral}"."""
    return template.replace("{numeral}", annex.numeral)


# A subheading's own label ("A.", "1.", "iv.") hangs in the number column like a numeral.
_HEADING_LABEL = re.compile(r"((?:[A-Z]|[0-9]{1,3}|[ivxlc]{1,6})\.)\s+(\S.*)", re.DOTALL)


def heading_label(text: str) -> tuple[str | None, str]:
    """("A.", "Police custody") from "A. Police custody"; (None, text) when it has no label."""
    found = _HEADING_LABEL.fullmatch(text.strip())
    return (found.group(1), found.group(2)) if found else (None, text)


def span_text(numbers: list[int]) -> str:
    """ "4", "5–7" for the paragraphs numbered `numbers`; "" for none."""
    if not numbers:
        return ""
    first, last = min(numbers), max(numbers)
    return str(first) if first == last else f"{first}\u2013{last}"


def paragraph_range_text(section: Section) -> str:
    span = section.paragraph_range
    return "" if span is None else span_text(list(span))


def contents_entries(report: Report) -> list[ContentsEntry]:
    """Sections with their level-1 subsections, then the annexes, in the report's order."""
    entries: list[ContentsEntry] = []
    for s, section in enumerate(report.sections):
        entries.append(
            ContentsEntry(
                section_key(s),
                0,
                f"{section.numeral}.",
                section.heading,
                paragraph_range_text(section),
            )
        )
        entries.extend(_subsections(s, section))
    for a, annex in enumerate(report.annexes):
        label = annex_label(report.annex_label, annex)
        entries.append(ContentsEntry(annex_key(a), 0, label, annex.heading, "", annex=True))
    return entries


def _subsections(s: int, section: Section) -> list[ContentsEntry]:
    """Each level-1 subheading with the range of the paragraphs up to the next one."""
    found: list[tuple[int, Subheading, list[int]]] = []
    for b, block in enumerate(section.blocks):
        if isinstance(block, Subheading) and block.level == 1:
            found.append((b, block, []))
        elif isinstance(block, Paragraph) and block.number is not None and found:
            found[-1][2].append(block.number)
    entries = []
    for b, block, numbers in found:
        label, text = heading_label(block.text)
        entries.append(
            ContentsEntry(subheading_key(s, b), 1, label or "", text, span_text(numbers))
        )
    return entries
