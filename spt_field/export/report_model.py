"""The confidential visit report as language-neutral data: what pdf.py and docx.py typeset.

Everything the renderers print is here, already worded and numbered, so that the PDF and the Word
file always carry the same content. Building it (report_builder.py) is where the consent and
reprisal rules apply: nothing here may identify a person who talked to the delegation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spt_field.export.withholding import Withheld

Addressee = Literal["state", "npm"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body. `number` is its paragraph number (None: unnumbered text such as
    a narrative's opening line in the front matter); `items` are its sub-paragraphs (a), (b)...
    A recommendation is a bold paragraph carrying the recommendation's id; a finding's paragraph
    carries the finding's id (recommendations are placed after the findings they answer)."""

    text: str
    number: int | None = None
    bold: bool = False
    items: tuple[str, ...] = ()
    recommendation_id: str | None = None
    finding_id: str | None = None


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section: "A. Police custody" (level 1), "1. Treatment" (level 2)."""

    text: str
    level: int = 1


Block = Paragraph | Subheading


@dataclass(frozen=True)
class Section:
    """A numbered chapter ("I.", "II."...) of the report, with its own blocks."""

    code: str  # a ReportSection code
    numeral: str  # "I", "II", ...
    heading: str
    blocks: tuple[Block, ...]

    @property
    def paragraph_range(self) -> tuple[int, int] | None:
        numbers = [b.number for b in self.blocks if isinstance(b, Paragraph) and b.number]
        return (min(numbers), max(numbers)) if numbers else None


@dataclass(frozen=True)
class AnnexGroup:
    """A group of lines in an annex: "Executive authorities" with the persons met."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Annex:
    numeral: str  # "I", "II"
    heading: str
    groups: tuple[AnnexGroup, ...]


@dataclass(frozen=True)
class Masthead:
    body: str  # "Subcommittee on Prevention of Torture and Other Cruel, ..."
    symbol: str  # "CAT/OP/XRU/R.1"
    distribution: str  # "Distr.: Restricted"
    date: str  # "26 November 2026"
    original: str  # "Original: English"
    version: str = ""  # "Français": the language of a translated version, none for the original


@dataclass(frozen=True)
class Report:
    language: str  # "en"
    addressee: Addressee
    masthead: Masthead
    title: str  # "Visit to ... undertaken from ... to ...: recommendations and observations ..."
    footnote: str  # the asterisked confidentiality footnote
    contents_heading: str  # "Contents"
    sections: tuple[Section, ...]
    annexes: tuple[Annex, ...]
    running_header: str  # "CONFIDENTIAL — DRAFT"
    watermark: str  # "DRAFT"
    page_label: str  # "Page {page} of {pages}"
    annex_label: str  # "Annex {numeral}"
    #: Findings and recommendations left out because no source may be used (named to the
    #: drafter before the file is written, never printed in it).
    withheld: tuple[Withheld, ...] = ()

    def paragraphs(self) -> list[Paragraph]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Paragraph)]

    def texts(self) -> list[tuple[str, str]]:
        """(where, text) for every piece of text, for the leak check: where is "paragraph 12",
        "section 'Reprisals'" (a heading or unnumbered text), "annex II", or the front matter."""
        found = [("the title", self.title), ("the footnote", self.footnote)]
        for section in self.sections:
            in_section = f"section '{section.heading}'"
            found.append((in_section, section.heading))
            for block in section.blocks:
                where = in_section
                if isinstance(block, Paragraph) and block.number is not None:
                    where = f"paragraph {block.number}"
                found.append((where, block.text))
                if isinstance(block, Paragraph):
                    found.extend((where, item) for item in block.items)
        for annex in self.annexes:
            for group in annex.groups:
                where = f"annex {annex.numeral}"
                found.extend((where, line) for line in (group.heading, *group.lines))
        return found
