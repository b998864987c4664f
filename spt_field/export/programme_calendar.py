"""The delegation's programme as an iCalendar file (RFC 5545) for the members' phones.

Times are the visit's local times. Given the visit's time zone they are written with it (and its
VTIMEZONE), so a phone anywhere shows them right; without one they are "floating" times, shown
as written whatever zone the phone is in. Entries without a start time are all-day events.
Every event is marked CONFIDENTIAL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from spt_field.export.programme import (
    Programme,
    ProgrammeItem,
    build_programme,
    check_no_identities,
)
from spt_field.safe_files import write_atomically


def _summary(item: ProgrammeItem, meeting_label: str) -> str:
    what = meeting_label.format(authority=item.what) if item.meeting else item.what
    return f"{what} ({item.team})" if item.team else what


def _event(item: ProgrammeItem, zone: tzinfo | None, stamp: datetime, meeting_label: str) -> Event:
    event = Event()
    event.add("uid", f"{item.id}@spt-field")
    event.add("dtstamp", stamp)
    event.add("summary", _summary(item, meeting_label))
    event.add("class", "CONFIDENTIAL")
    if item.region:
        event.add("location", item.region)
    if item.notes:
        event.add("description", item.notes)
    start: date | datetime
    if item.starts_at is None:
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        return event
    start = datetime.combine(item.day, item.starts_at, tzinfo=zone)
    event.add("dtstart", start)
    if item.ends_at is not None:
        event.add("dtend", datetime.combine(item.day, item.ends_at, tzinfo=zone))
    return event


def programme_calendar(
    programme: Programme,
    *,
    now: datetime,
    zone: tzinfo | None = None,
    title: str = "Programme (confidential): {visit}",
    meeting_label: str = "Meeting: {authority}",
) -> bytes:
    """The .ics file of `programme`; `now` stamps the events (an aware datetime)."""
    calendar = Calendar()
    calendar.add("prodid", "-//SPT Field//Delegation programme//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title.format(visit=programme.visit_title))
    stamp = now.astimezone(UTC)
    for item in programme.items:
        calendar.add_component(_event(item, zone, stamp, meeting_label))
    if zone is not None:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def export_programme_calendar(
    session: Session, visit_id: str, path: Path, *, now: datetime, zone: tzinfo | None = None
) -> None:
    """Write the visit's programme as an .ics file, checked to name no interviewee."""
    programme = build_programme(session, visit_id)
    check_no_identities(session, visit_id, programme.texts())
    data = programme_calendar(programme, now=now, zone=zone)
    parsed = Calendar.from_ical(data)
    texts = [
        (f"event {n}", str(event.get(key, "")))
        for n, event in enumerate(parsed.walk("VEVENT"), start=1)
        for key in ("summary", "location", "description")
    ]
    check_no_identities(session, visit_id, texts)
    write_atomically(data, path)
