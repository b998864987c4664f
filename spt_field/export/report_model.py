"""The confidential visit report as language-neutral data: what pdf.py and docx.py typeset.

Everything the renderers print is here, already worded and numbered, so that the PDF and the Word
file always carry the same content. Building it (report_builder.py) is where the consent and
reprisal rules apply: nothing here may identify a person who talked to the delegation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from spt_field.export.withholding import Withheld


def item_letter(index: int) -> str:
    """a, b, ... z, then aa, bb, ... zz, aaa: the UN's sub-paragraph letters."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


def item_labels(pattern: str, count: int) -> list[str]:
    """The labels of `count` sub-paragraphs by `pattern` ("({letter})"): "(a)", "(b)"..."""
    return [pattern.format(letter=item_letter(index)) for index in range(count)]


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
    #: The text (not its items) is the report's own wording, with nothing anybody typed in it.
    generated: bool = False
    #: The footnotes citing the standards the finding or recommendation rests on.
    citations: tuple[str, ...] = ()


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
    organization: str = ""  # "United Nations", top left
    instrument: str = ""  # "Optional Protocol to the Convention against Torture ..."


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
    #: Under the title, carrying the footnote markers: "Report of the Subcommittee*, **".
    subtitle: str = ""
    #: The "**" footnote: the draft is issued without formal editing.
    unedited_note: str = ""
    #: The contents' column headings over the paragraph ranges and the pages.
    contents_columns: tuple[str, str] = ("", "")
    #: The day the draft is dated (the file's creation date in its properties).
    issued: date | None = None
    #: {letter}: a sub-paragraph's label, "(a)" or "a)" (item_labels).
    item_label: str = "({letter})"

    def paragraphs(self) -> list[Paragraph]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Paragraph)]

    def texts(self) -> list[tuple[str, str]]:
        """(where, text) for every piece of text: where is "paragraph 12", "section
        'Reprisals'" (a heading or unnumbered text), "annex II", or the front matter."""
        return [(where, text) for where, text, _typed in self._located_texts()]

    def typed_texts(self) -> list[tuple[str, str]]:
        """(where, text) for every text holding something people typed, for the leak check."""
        return [(where, text) for where, text, typed in self._located_texts() if typed]

    def standard_texts(self) -> list[str]:
        """The report's own wording, with nothing typed in it."""
        return [text for _where, text, typed in self._located_texts() if not typed]

    def _located_texts(self) -> list[tuple[str, str, bool]]:
        found = [
            ("the title", self.title, False),
            ("the title", self.subtitle, False),
            ("the footnote", self.footnote, False),
            ("the footnote", self.unedited_note, False),
        ]
        for section in self.sections:
            in_section = f"section '{section.heading}'"
            found.append((in_section, section.heading, False))
            for block in section.blocks:
                if isinstance(block, Subheading):
                    found.append((in_section, block.text, False))
                    continue
                where = in_section if block.number is None else f"paragraph {block.number}"
                found.append((where, block.text, not block.generated))
                found.extend((where, item, True) for item in block.items)
                found.extend((where, citation, False) for citation in block.citations)
        for annex in self.annexes:
            where = f"annex {annex.numeral}"
            for group in annex.groups:
                found.append((where, group.heading, False))
                found.extend((where, line, True) for line in group.lines)
        return found
