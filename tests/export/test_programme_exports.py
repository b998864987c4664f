"""The delegation's programme printed (PDF) and for phones (iCalendar), both read back: the
entries, their days and times, the time zone, the CONFIDENTIAL marking, and never a name of a
person who talked to the delegation."""

from __future__ import annotations

import io
import os
import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from spt_field.db.session import Database
from spt_field.domain.values import InterviewFields, Place, ProgrammeEntryFields, Visit
from spt_field.errors import UserError
from spt_field.export.programme import build_programme
from spt_field.export.programme_calendar import export_programme_calendar, programme_calendar
from spt_field.export.programme_pdf import programme_pdf
from spt_field.services.interviews import record_interview, set_identity
from spt_field.services.places_register import import_register_list
from spt_field.services.programme import add_programme_entry

NOW = datetime(2019, 1, 20, 8, 0, tzinfo=UTC)
IDENTITY = "Oskar Brandvold"


@pytest.fixture
def programme_database(database: Database, visit: Visit, place: Place) -> Database:
    with database.begin() as session:
        [brask] = import_register_list(
            session,
            "XRU",
            [["name", "type", "region"], ["Brask police station", "police", "South"]],
        )
        interview = record_interview(session, place.id, InterviewFields(pseudonym="K1"))
        set_identity(session, interview.id, IDENTITY)
        for fields in (
            ProgrammeEntryFields(
                day=date(2019, 1, 28),
                starts_at=time(9, 0),
                ends_at=time(17, 30),
                team="Team A",
                place_id=place.id,
                notes="Ask for the register of arrivals.",
            ),
            ProgrammeEntryFields(day=date(2019, 1, 29), team="Team B", register_id=brask.id),
            ProgrammeEntryFields(
                day=date(2019, 1, 27),
                starts_at=time(10, 0),
                ends_at=time(11, 0),
                meeting_with="Ministry of Justice",
            ),
        ):
            add_programme_entry(session, visit.id, fields)
    return database


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_lists_each_day_in_order_marked_confidential(
    programme_database: Database, visit: Visit
) -> None:
    with programme_database.begin() as session:
        text = " ".join(_pdf_text(programme_pdf(session, visit.id)).split())
    assert "CONFIDENTIAL" in text
    assert "internal, not for transmission" in text
    days = [text.index(day) for day in ("27 January 2019", "28 January 2019", "29 January 2019")]
    assert days == sorted(days)
    assert "Meeting: Ministry of Justice" in text
    assert "09:00–17:30" in text
    assert "Central Prison of Lorvik" in text
    assert "Brask police station" in text and "All day" in text
    assert "Brandvold" not in text and "K1" not in text


def test_a_name_typed_into_a_note_stops_the_export(
    programme_database: Database, visit: Visit, tmp_path: Path
) -> None:
    with programme_database.begin() as session:
        add_programme_entry(
            session,
            visit.id,
            ProgrammeEntryFields(day=date(2019, 1, 30), notes=f"See {IDENTITY} again"),
        )
    with programme_database.begin() as session:
        with pytest.raises(UserError) as raised:
            programme_pdf(session, visit.id)
        assert "Brandvold" not in str(raised.value)
        with pytest.raises(UserError):
            export_programme_calendar(session, visit.id, tmp_path / "p.ics", now=NOW)
    assert not (tmp_path / "p.ics").exists()


def _events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_holds_each_entry_with_its_local_times(
    programme_database: Database, visit: Visit, tmp_path: Path
) -> None:
    path = tmp_path / "programme.ics"
    with programme_database.begin() as session:
        export_programme_calendar(session, visit.id, path, now=NOW, zone=ZoneInfo("Europe/Oslo"))
    events = _events(path.read_bytes())
    assert set(events) == {
        "Central Prison of Lorvik (Team A)",
        "Brask police station (Team B)",
        "Meeting: Ministry of Justice",
    }
    prison = events["Central Prison of Lorvik (Team A)"]
    start, end = prison["dtstart"].dt, prison["dtend"].dt  # type: ignore[index]
    assert (start.date(), start.time(), end.time()) == (date(2019, 1, 28), time(9), time(17, 30))
    assert start.utcoffset().total_seconds() == 3600  # Oslo in winter
    assert start.astimezone(UTC) == datetime(2019, 1, 28, 8, 0, tzinfo=UTC)
    assert str(prison["class"]) == "CONFIDENTIAL"  # type: ignore[index]
    assert str(prison["description"]) == "Ask for the register of arrivals."  # type: ignore[index]
    all_day = events["Brask police station (Team B)"]
    assert all_day["dtstart"].dt == date(2019, 1, 29)  # type: ignore[index]
    assert all_day["dtend"].dt == date(2019, 1, 30)  # type: ignore[index]
    assert str(all_day["location"]) == "South"  # type: ignore[index]
    assert b"BEGIN:VTIMEZONE" in path.read_bytes() and b"Europe/Oslo" in path.read_bytes()


@pytest.fixture
def far_away_zone() -> Iterator[None]:
    """The machine's own time zone somewhere else (as CI runs the suite)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"
    clock.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    clock.tzset()


@pytest.mark.usefixtures("far_away_zone")
def test_the_calendar_does_not_depend_on_the_machines_zone(
    programme_database: Database, visit: Visit
) -> None:
    with programme_database.begin() as session:
        programme = build_programme(session, visit.id)
    zoned = _events(programme_calendar(programme, now=NOW, zone=ZoneInfo("America/La_Paz")))
    meeting = zoned["Meeting: Ministry of Justice"]["dtstart"].dt  # type: ignore[index]
    assert meeting.astimezone(UTC) == datetime(2019, 1, 27, 14, 0, tzinfo=UTC)
    floating = _events(programme_calendar(programme, now=NOW))
    start = floating["Meeting: Ministry of Justice"]["dtstart"].dt  # type: ignore[index]
    assert (start.tzinfo, start) == (None, datetime(2019, 1, 27, 10, 0))
    stamp = floating["Meeting: Ministry of Justice"]["dtstamp"].dt  # type: ignore[index]
    assert stamp == NOW
