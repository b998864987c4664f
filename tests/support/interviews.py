"""Many interviews at once, for the tables that page through them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType
from spt_field.domain.values import InterviewFields, PlaceFields, VisitFields
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from spt_field.services.interviews import record_interview
from spt_field.services.places import add_place
from spt_field.services.visits import create_visit, delete_visit


def add_visit_with_interviews(database: Database, count: int) -> str:
    """The fast path: a visit with one place and `count` interviews, imported in one unit of work.

    One interview is recorded through the services and exported; the document is then grown to
    `count` interviews (every 50th at risk of reprisals) and imported as a new visit.
    """
    days = [date(2019, 1, 27) + timedelta(days=day) for day in range(10)]
    with database.begin() as session:
        template = create_visit(
            session, VisitFields(country="XRU", start_date=days[0], end_date=days[-1])
        )
        place = add_place(
            session, template.id, PlaceFields(name="Camp", place_type=PlaceType.OTHER)
        )
        record_interview(session, place.id, InterviewFields(pseudonym="X"))
        document = export_document(session, template.id)
        delete_visit(session, template.id)
    visit = document["visits"][0]
    visit["id"] = str(uuid.uuid4())
    place_json = visit["places"][0]
    place_json["id"] = str(uuid.uuid4())
    interview = place_json["interviews"][0]
    place_json["interviews"] = [
        {
            **interview,
            "id": str(uuid.uuid4()),
            "pseudonym": f"X{number:04d}",
            "held_on": days[number % len(days)].isoformat(),
            "reprisal_risk": number % 50 == 0,
            "notes": f"Interview number {number}: cells, food and water.",
        }
        for number in range(count)
    ]
    with database.begin() as session:
        import_document(session, document)
    return str(visit["id"])
