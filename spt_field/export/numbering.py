"""Finalizing a report: each recommendation keeps the paragraph number it is printed under,
because the State party's reply quotes it (domain.md section 8), and the report is frozen: it
is built again from what it rests on now, whatever is edited since, until the draft is
reopened (services.report_freeze)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from spt_field.export.frozen_report import material_json
from spt_field.export.report_builder import build_report, gather_material
from spt_field.export.report_languages import wording_for
from spt_field.export.report_model import Addressee
from spt_field.services.recommendations import get_recommendation, update_recommendation
from spt_field.services.report_freeze import freeze


def finalize_numbering(
    session: Session, visit_id: str, addressee: Addressee = "state"
) -> dict[str, int]:
    """Store, for every recommendation in the report to `addressee`, the paragraph number it is
    printed under, and freeze the report; return recommendation id -> number. Only changed
    numbers are written, so finalizing twice makes no edit. Recommendations not in that report
    are left alone.

    The builder orders recommendations that follow the same finding by their stored numbers,
    so building the report again after finalizing prints the same numbers."""
    report = build_report(session, visit_id, addressee=addressee)
    numbers = {
        paragraph.recommendation_id: paragraph.number
        for paragraph in report.paragraphs()
        if paragraph.recommendation_id is not None and paragraph.number is not None
    }
    for recommendation_id, number in numbers.items():
        if get_recommendation(session, recommendation_id).paragraph_number != number:
            update_recommendation(session, recommendation_id, paragraph_number=number)
    material = gather_material(session, visit_id, wording_for("en"))
    freeze(session, visit_id, addressee, material_json(material))
    return numbers
