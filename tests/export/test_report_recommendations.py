"""Recommendations: bold numbered paragraphs right after the last finding they answer, and only
those addressed to the report's addressee."""

from __future__ import annotations

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee
from spt_field.domain.values import Recommendation, RecommendationFields, Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_model import Paragraph, Report
from spt_field.export.report_sections_builder import NPM_RECOMMENDATIONS
from spt_field.services.recommendations import add_recommendation, list_recommendations_for_visit
from tests.export.conftest import TODAY
from tests.support.export import (
    all_text,
    as_typeset,
    paragraphs,
    recommendation_paragraphs,
    section,
    subheadings,
)


def _recommendations(database: Database, visit: Visit) -> list[Recommendation]:
    with database.begin() as session:
        return list_recommendations_for_visit(session, visit.id)


def _assert_after_last_finding(report: Report, recommendation: Recommendation) -> None:
    """Walking back from the recommendation over other recommendations, the first paragraph is
    the last (in report order) of the findings it answers."""
    body = report.paragraphs()
    index = next(i for i, p in enumerate(body) if p.recommendation_id == recommendation.id)
    positions = {p.finding_id: i for i, p in enumerate(body) if p.finding_id}
    last = max(positions[f] for f in recommendation.finding_ids if f in positions)
    before = index - 1
    while body[before].recommendation_id is not None:
        before -= 1
    assert before == last, recommendation.text


def test_state_report_holds_every_state_and_authority_recommendation_once_in_bold(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    recommendations = _recommendations(database, demo_visit)
    printed = [p for p in demo_report.paragraphs() if p.recommendation_id]
    wanted = {r.id: r for r in recommendations if r.addressee is not Addressee.NPM}
    assert sorted(p.recommendation_id or "" for p in printed) == sorted(wanted)
    assert any(r.addressee is Addressee.AUTHORITY for r in wanted.values())
    for paragraph in printed:
        assert paragraph.bold
        assert paragraph.text == as_typeset(wanted[paragraph.recommendation_id or ""].text)
    assert not any(p.bold for p in demo_report.paragraphs() if not p.recommendation_id)


def test_each_recommendation_follows_the_last_of_its_findings(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    recommendations = [
        r for r in _recommendations(database, demo_visit) if r.addressee is not Addressee.NPM
    ]
    spanning = [r for r in recommendations if len(r.finding_ids) > 1]
    assert spanning, "the demo links recommendations to several findings"
    for recommendation in recommendations:
        _assert_after_last_finding(demo_report, recommendation)


def test_a_recommendation_spanning_sections_goes_after_its_finding_in_the_later_one(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    recommendation = next(
        r for r in _recommendations(database, demo_visit) if "independent body" in r.text
    )
    situation = paragraphs(section(demo_report, "situation"))
    assert recommendation.id in {p.recommendation_id for p in situation}


def test_a_recommendation_without_findings_closes_section_six(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        loose = add_recommendation(
            session,
            demo_visit.id,
            RecommendationFields(text="The Subcommittee recommends a general review."),
        )
        report = build_report(session, demo_visit.id, today=TODAY)
    situation = section(report, "situation")
    last = situation.blocks[-1]
    assert isinstance(last, Paragraph)
    assert last.recommendation_id == loose.id
    assert last.bold
    assert subheadings(situation, level=1)[-1] == "H. Further recommendations"


def test_npm_report_holds_only_the_npm_recommendations_and_says_where_the_others_are(
    database: Database, demo_visit: Visit
) -> None:
    with database.begin() as session:
        report = build_report(session, demo_visit.id, addressee="npm", today=TODAY)
    recommendations = _recommendations(database, demo_visit)
    npm = {r.id: r for r in recommendations if r.addressee is Addressee.NPM}
    assert set(recommendation_paragraphs(report)) == set(npm)
    loose = section(report, NPM_RECOMMENDATIONS).blocks
    assert {getattr(block, "recommendation_id", None) for block in loose} == set(npm)
    others = [r for r in recommendations if r.addressee is not Addressee.NPM]
    text = all_text(report)
    assert not any(r.text in text for r in others)
    assert paragraphs(section(report, "next_steps"))[-1].text == (
        "The recommendations addressed to the State party and to other authorities are set out "
        "in the report transmitted to the State party."
    )


def test_state_report_leaves_out_the_npm_recommendations(
    database: Database, demo_visit: Visit, demo_report: Report
) -> None:
    text = all_text(demo_report)
    npm = [r for r in _recommendations(database, demo_visit) if r.addressee is Addressee.NPM]
    assert npm
    assert not any(r.text in text for r in npm)
