"""The delegation's programme as its exports show it: the visit's title and each entry in words,
and the check that none of it names a person who talked to the delegation.

Entries never refer to interviews; a name can still be typed into a note, so the texts of the
finished file are checked against the visit's recorded identities (spt_field.export.leak_check).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from spt_field.domain.countries import country_name
from spt_field.errors import UserError
from spt_field.export.leak_check import find_leaks, visit_secrets
from spt_field.export.report_wording import ENGLISH, ReportWording
from spt_field.services.programme import programme_lines
from spt_field.services.visits import get_visit


@dataclass(frozen=True)
class ProgrammeItem:
    id: str
    day: date
    starts_at: time | None
    ends_at: time | None
    team: str
    #: The place's name, or the authority met.
    what: str
    region: str
    meeting: bool
    notes: str


@dataclass(frozen=True)
class Programme:
    visit_id: str
    #: "Xanadu, 27 January to 7 February 2019".
    visit_title: str
    items: tuple[ProgrammeItem, ...]
    language: str = "en"

    def texts(self) -> list[tuple[str, str]]:
        found = [("the title", self.visit_title)]
        for item in self.items:
            where = f"the entry of {item.day.isoformat()}"
            found += [(where, item.what), (where, item.team), (where, item.notes)]
        return found


def build_programme(session: Session, visit_id: str, wording: ReportWording = ENGLISH) -> Programme:
    visit = get_visit(session, visit_id)
    title = (
        f"{country_name(visit.country, wording.language)}, "
        f"{wording.date_range(visit.start_date, visit.end_date)}"
    )
    items = tuple(
        ProgrammeItem(
            id=line.entry.id,
            day=line.entry.day,
            starts_at=line.entry.starts_at,
            ends_at=line.entry.ends_at,
            team=line.entry.team,
            what=line.what,
            region=line.region,
            meeting=line.entry.place_id is None and line.entry.register_id is None,
            notes=line.entry.notes,
        )
        for line in programme_lines(session, visit_id)
    )
    return Programme(visit_id, title, items, wording.language)


def check_no_identities(session: Session, visit_id: str, texts: Iterable[tuple[str, str]]) -> None:
    """Refuse (UserError) a programme naming an interviewee of the visit; the message says
    where, never the name."""
    leaks = find_leaks(texts, visit_secrets(session, visit_id))
    if leaks:
        raise UserError(
            "the programme would name a person who talked to the delegation "
            f"(in {leaks[0].where}): remove the name and export again"
        )
