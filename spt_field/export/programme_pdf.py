"""The delegation's internal programme as a PDF: day by day, who goes where when, and the
meetings with the authorities. Marked CONFIDENTIAL on every page; it never leaves the delegation
and never names a person who talked to it (checked on the finished file)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import time
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from spt_field.export import pdf_styles as st
from spt_field.export.glyph_check import check_drawable
from spt_field.export.pdf import DocumentInfo, PageFurniture, typeset
from spt_field.export.pdf_scripts import paragraph
from spt_field.export.programme import Programme, build_programme, check_no_identities
from spt_field.export.report_export import final_text
from spt_field.export.report_wording import ENGLISH, ReportWording
from spt_field.safe_files import write_atomically

_CELL = ParagraphStyle(
    name="ProgrammeCell", parent=st.NOTES_TEXT, spaceAfter=0, alignment=TA_LEFT, leftIndent=0
)
_HEAD = ParagraphStyle(name="ProgrammeHead", parent=_CELL, fontName=st.SERIF_BOLD)
#: Time, team, place or meeting, region, notes (points; the frame is about 453 wide).
_WIDTHS = (74, 60, 130, 70, 119)


@dataclass(frozen=True)
class ProgrammeLabels:
    """The document's own wording, for a translation to replace."""

    title: str = "Delegation programme \u2014 internal, not for transmission"
    watermark: str = "CONFIDENTIAL"
    page_label: str = "Page {page} of {pages}"
    time: str = "Time"
    team: str = "Team"
    what: str = "Place or meeting"
    region: str = "Region"
    notes: str = "Notes"
    all_day: str = "All day"
    meeting: str = "Meeting: {authority}"
    empty: str = "No entries in the programme yet."


def _time(value: time | None) -> str:
    return "" if value is None else value.strftime("%H:%M")


def _when(starts: time | None, ends: time | None, labels: ProgrammeLabels) -> str:
    if starts is None:
        return labels.all_day
    return "\u2013".join(part for part in (_time(starts), _time(ends)) if part)


def _day_table(items: list[Any], labels: ProgrammeLabels) -> Table:
    head = [labels.time, labels.team, labels.what, labels.region, labels.notes]
    rows = [[paragraph(text, _HEAD) for text in head]]
    for item in items:
        what = labels.meeting.format(authority=item.what) if item.meeting else item.what
        cells = [_when(item.starts_at, item.ends_at, labels), item.team, what, item.region]
        rows.append([paragraph(text, _CELL) for text in [*cells, item.notes]])
    table = Table(rows, colWidths=_WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#000000"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#999999"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
            ]
        )
    )
    return table


def _texts(programme: Programme, labels: ProgrammeLabels) -> list[tuple[str, str]]:
    return [("the title", labels.title), *programme.texts()]


def render_programme(
    programme: Programme,
    stream: BinaryIO,
    labels: ProgrammeLabels = ProgrammeLabels(),
    wording: ReportWording = ENGLISH,
) -> None:
    """Typeset `programme` as an A4 PDF into `stream`, a table per day."""
    st.register_fonts()
    check_drawable(_texts(programme, labels))
    story: list[Any] = [
        Paragraph(st.markup(labels.title), st.NOTES_TITLE),
        Paragraph(st.markup(programme.visit_title), st.NOTES_SUBTITLE),
    ]
    if not programme.items:
        story.append(paragraph(labels.empty, st.NOTES_TEXT))
    for day, items in groupby(programme.items, key=lambda item: item.day):
        story.append(paragraph(wording.date(day), st.NOTES_PLACE))
        story.append(_day_table(list(items), labels))
    typeset(
        stream,
        story,
        PageFurniture(labels.title, labels.watermark, labels.page_label),
        DocumentInfo(title=labels.title, subject=programme.visit_title, language=wording.language),
    )


def programme_pdf(
    session: Session,
    visit_id: str,
    labels: ProgrammeLabels = ProgrammeLabels(),
    wording: ReportWording = ENGLISH,
) -> bytes:
    """The finished PDF of the visit's programme, checked to name no interviewee."""
    programme = build_programme(session, visit_id, wording)
    check_no_identities(session, visit_id, programme.texts())
    stream = io.BytesIO()
    render_programme(programme, stream, labels, wording)
    data = stream.getvalue()
    check_no_identities(session, visit_id, final_text(data, ".pdf"))
    return data


def export_programme_pdf(session: Session, visit_id: str, path: Path) -> None:
    write_atomically(programme_pdf(session, visit_id), path)
