"""Visits that see the same place again, with what was recommended there, made through the
services."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from spt_field.domain.codes import (
    FindingArea,
    PlaceType,
    RecommendationStatus,
    VisitStatus,
    VisitType,
)
from spt_field.domain.values import FindingFields, PlaceFields, RecommendationFields, VisitFields
from spt_field.services.findings import add_finding
from spt_field.services.places import add_place
from spt_field.services.recommendations import add_recommendation
from spt_field.services.visits import create_visit


def visit_in(session: Session, country: str, year: int, visit_type: VisitType) -> str:
    return create_visit(
        session,
        VisitFields(
            country=country,
            visit_type=visit_type,
            status=VisitStatus.IN_PROGRESS,
            start_date=date(year, 5, 1),
            end_date=date(year, 5, 10),
        ),
    ).id


def recommended_at(session: Session, visit_id: str, place: str, text: str) -> str:
    place_id = add_place(session, visit_id, PlaceFields(name=place, place_type=PlaceType.PRISON)).id
    finding = add_finding(
        session,
        visit_id,
        FindingFields(place_id=place_id, area=FindingArea.SAFEGUARDS, title="No register"),
    )
    return add_recommendation(
        session,
        visit_id,
        RecommendationFields(
            text=text,
            finding_ids=(finding.id,),
            status=RecommendationStatus.NOT_IMPLEMENTED,
            due_on=date(2020, 1, 31),
        ),
    ).id
