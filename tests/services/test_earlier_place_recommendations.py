"""A follow-up visit starts from what was asked: the recommendations earlier visits made on
what they found at the places this visit sees again."""

from __future__ import annotations

from datetime import date

from spt_field.db.session import Database
from spt_field.domain.codes import PlaceType, RecommendationStatus, VisitType
from spt_field.domain.values import PlaceFields
from spt_field.services.follow_up import earlier_recommendations_for
from spt_field.services.places import add_place
from spt_field.services.places_register import import_register_list
from tests.support.earlier_places import recommended_at, visit_in


def test_earlier_recommendations_at_the_same_place_are_listed(database: Database) -> None:
    with database.begin() as session:
        first = visit_in(session, "XAA", 2019, VisitType.REGULAR)
        asked = recommended_at(session, first, "Prisón Central", "Keep a register of arrivals.")
        recommended_at(session, first, "Police station 4", "Record every arrest.")
        elsewhere = visit_in(session, "XBB", 2019, VisitType.REGULAR)
        recommended_at(session, elsewhere, "Prison Central", "Not this country.")
        follow_up = visit_in(session, "XAA", 2021, VisitType.FOLLOW_UP)
        add_place(
            session, follow_up, PlaceFields(name="  PRISON   central ", place_type=PlaceType.PRISON)
        )
        found = earlier_recommendations_for(session, follow_up)
        assert [(line.id, line.text, line.status, line.due_on) for line in found] == [
            (
                asked,
                "Keep a register of arrivals.",
                RecommendationStatus.NOT_IMPLEMENTED,
                date(2020, 1, 31),
            )
        ]
        assert found[0].place_name == "Prisón Central"
        assert found[0].visit_id == first
        # The first visit has nothing before it; the other country sees nothing of XAA.
        assert earlier_recommendations_for(session, first) == []
        assert earlier_recommendations_for(session, elsewhere) == []


def test_a_renamed_place_is_found_by_its_register_entry(database: Database) -> None:
    with database.begin() as session:
        [entry] = import_register_list(
            session, "XAA", [["name", "type"], ["Prison Central", "prison"]]
        )
        first = visit_in(session, "XAA", 2019, VisitType.REGULAR)
        asked = recommended_at(session, first, "Prison Central", "Keep a register of arrivals.")
        follow_up = visit_in(session, "XAA", 2021, VisitType.FOLLOW_UP)
        add_place(
            session,
            follow_up,
            PlaceFields(name="Eastgate Prison", place_type=PlaceType.PRISON, register_id=entry.id),
        )
        assert [line.id for line in earlier_recommendations_for(session, follow_up)] == [asked]
