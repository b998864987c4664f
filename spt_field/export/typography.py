"""The report's typography, set in one place on the finished report (report_builder.py), so
the PDF and the Word file print the same characters: straight quotation marks, whether typed
by drafters or found in the wording, become the language's own (“…” in English and Chinese,
« … » in French, «…» in Spanish: language_rules.py), and a straight apostrophe becomes ’.

Double quotation marks pair off in order within one text ("a" and "b"); an odd one out opens
after a space or an opening bracket and closes elsewhere, as a single quotation mark does.
Spaces typed inside the marks give way to the language's own (a narrow non-breaking space in
French, none in the others).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spt_field.export.language_rules import rules_for
from spt_field.export.report_model import Block, Paragraph, Report

#: What may stand before an opening quotation mark.
_BEFORE_OPENING = frozenset(" \t\n\u00a0\u202f\u3000([{\u2014\u2013-/")
_SPACES = "[ \u00a0\u202f]*"


def curled(text: str, quotes: tuple[str, str]) -> str:
    """`text` with the quotation marks `quotes` (opening, closing) for straight double ones,
    ‘ and ’ for straight single ones and apostrophes."""
    if '"' not in text and "'" not in text and not _has_marks(text, quotes):
        return text
    balanced = text.count('"') % 2 == 0
    opening = True
    out = []
    for index, char in enumerate(text):
        after_space = index == 0 or text[index - 1] in _BEFORE_OPENING
        if char == '"':
            if not balanced:
                opening = after_space
            out.append(quotes[0] if opening else quotes[1])
            opening = not opening
        elif char == "'":
            out.append("\u2018" if after_space else "\u2019")
        else:
            out.append(char)
    return _spaced_inside("".join(out), quotes)


def _has_marks(text: str, quotes: tuple[str, str]) -> bool:
    return quotes[0].strip() in text or quotes[1].strip() in text


def _spaced_inside(text: str, quotes: tuple[str, str]) -> str:
    """The language's spacing inside its marks, whatever was typed there."""
    opening, closing = quotes
    text = re.sub(re.escape(opening.strip()) + _SPACES, opening, text)
    return re.sub(_SPACES + re.escape(closing.strip()), closing, text)


def typeset(report: Report) -> Report:
    """`report` with every running text curled the way its language quotes."""
    quotes = rules_for(report.language).quotes

    def fix(text: str) -> str:
        return curled(text, quotes)

    sections = tuple(
        replace(
            section,
            heading=fix(section.heading),
            blocks=tuple(_block(block, fix) for block in section.blocks),
        )
        for section in report.sections
    )
    annexes = tuple(
        replace(
            annex,
            heading=fix(annex.heading),
            groups=tuple(
                replace(group, heading=fix(group.heading), lines=tuple(map(fix, group.lines)))
                for group in annex.groups
            ),
        )
        for annex in report.annexes
    )
    return replace(
        report,
        title=fix(report.title),
        footnote=fix(report.footnote),
        subtitle=fix(report.subtitle),
        unedited_note=fix(report.unedited_note),
        sections=sections,
        annexes=annexes,
    )


def _block(block: Block, fix: Callable[[str], str]) -> Block:
    if isinstance(block, Paragraph):
        return replace(
            block,
            text=fix(block.text),
            items=tuple(map(fix, block.items)),
            citations=tuple(map(fix, block.citations)),
        )
    return replace(block, text=fix(block.text))
