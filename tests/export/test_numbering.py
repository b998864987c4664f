"""Finalizing the numbering stores, for each recommendation, the number it is printed under."""

from __future__ import annotations

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee
from spt_field.domain.values import Visit
from spt_field.export.numbering import finalize_numbering
from spt_field.export.report_builder import build_report
from spt_field.services.recommendations import (
    get_recommendation,
    list_recommendations_for_visit,
    update_recommendation,
)
from spt_field.services.report_freeze import reopen_report
from tests.export.conftest import TODAY
from tests.support.export import recommendation_paragraphs


def test_finalize_stores_the_printed_numbers(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        numbers = finalize_numbering(session, demo_visit.id)
    with database.begin() as session:
        report = build_report(session, demo_visit.id, today=TODAY)
        printed = recommendation_paragraphs(report)
        assert numbers == {rid: p.number for rid, p in printed.items()}
        for recommendation_id, paragraph in printed.items():
            stored = get_recommendation(session, recommendation_id).paragraph_number
            assert stored == paragraph.number
        npm = [
            r
            for r in list_recommendations_for_visit(session, demo_visit.id)
            if r.addressee is Addressee.NPM
        ]
    assert npm
    assert all(r.paragraph_number is None for r in npm)


def test_finalizing_twice_changes_nothing(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        first = finalize_numbering(session, demo_visit.id)
    with database.begin() as session:
        versions = {r.id: r.version for r in list_recommendations_for_visit(session, demo_visit.id)}
        assert finalize_numbering(session, demo_visit.id) == first
        after = {r.id: r.version for r in list_recommendations_for_visit(session, demo_visit.id)}
    assert after == versions


def test_numbers_stay_after_an_edit_that_would_reorder_recommendations(
    database: Database, demo_visit: Visit
) -> None:
    """Two recommendations follow the same finding; once final, editing the text of the second
    (after reopening the draft) so that it sorts first must not swap their numbers."""
    with database.begin() as session:
        numbers = finalize_numbering(session, demo_visit.id)
        reopen_report(session, demo_visit.id)
        second = next(
            r
            for r in list_recommendations_for_visit(session, demo_visit.id)
            if "zero tolerance" in r.text
        )
        update_recommendation(session, second.id, text="A Subcommittee recommendation, edited.")
        report = build_report(session, demo_visit.id, today=TODAY)
    printed = recommendation_paragraphs(report)
    assert {rid: p.number for rid, p in printed.items()} == numbers


def test_finalize_for_the_npm_numbers_its_own_report(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        numbers = finalize_numbering(session, demo_visit.id, addressee="npm")
        report = build_report(session, demo_visit.id, addressee="npm", today=TODAY)
        recommendations = list_recommendations_for_visit(session, demo_visit.id)
    npm = {r.id for r in recommendations if r.addressee is Addressee.NPM}
    assert set(numbers) == npm
    assert numbers == {rid: p.number for rid, p in recommendation_paragraphs(report).items()}
    assert all(r.paragraph_number is None for r in recommendations if r.id not in npm)
