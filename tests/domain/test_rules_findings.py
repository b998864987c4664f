"""Rules of findings and of the recommendations answering them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from spt_field.domain.codes import Addressee, FindingArea
from spt_field.domain.rules import VisitContext, problems_in_finding, problems_in_recommendation
from spt_field.domain.values import FindingFields, RecommendationFields

VISIT = VisitContext(
    start_date=date(2019, 1, 27),
    end_date=date(2019, 2, 7),
    place_ids={"p1"},
    interview_ids={"i1", "i2"},
    finding_ids={"f1", "f2"},
)
FINDING = FindingFields(area=FindingArea.MATERIAL_CONDITIONS, title="Overcrowding")
RECOMMENDATION = RecommendationFields(text="Reduce overcrowding.")


def finding_fields(finding: FindingFields) -> list[str]:
    return [problem.field for problem in problems_in_finding(finding, VISIT)]


def recommendation_fields(recommendation: RecommendationFields) -> list[str]:
    return [problem.field for problem in problems_in_recommendation(recommendation, VISIT)]


def test_a_valid_finding_has_no_problems() -> None:
    assert finding_fields(replace(FINDING, place_id="p1", evidence=("i1", "i2"))) == []


@pytest.mark.parametrize("title", ["", "  "])
def test_finding_needs_a_title(title: str) -> None:
    assert finding_fields(replace(FINDING, title=title)) == ["title"]


def test_finding_place_must_be_in_the_visit() -> None:
    assert finding_fields(replace(FINDING, place_id="elsewhere")) == ["place_id"]


def test_evidence_must_be_interviews_of_the_visit() -> None:
    assert finding_fields(replace(FINDING, evidence=("i1", "x", "i2"))) == ["evidence[1]"]


def test_evidence_listed_twice() -> None:
    assert finding_fields(replace(FINDING, evidence=("i1", "i1"))) == ["evidence"]


def test_a_valid_recommendation_has_no_problems() -> None:
    recommendation = replace(
        RECOMMENDATION,
        finding_ids=("f1", "f2"),
        addressee=Addressee.AUTHORITY,
        authority="Prison administration",
        paragraph_number=1,
    )
    assert recommendation_fields(recommendation) == []


@pytest.mark.parametrize("text", ["", "\n"])
def test_recommendation_needs_text(text: str) -> None:
    assert recommendation_fields(replace(RECOMMENDATION, text=text)) == ["text"]


@pytest.mark.parametrize("authority", ["", "  "])
def test_named_authority_needs_its_name(authority: str) -> None:
    recommendation = replace(RECOMMENDATION, addressee=Addressee.AUTHORITY, authority=authority)
    assert recommendation_fields(recommendation) == ["authority"]


@pytest.mark.parametrize("addressee", [Addressee.STATE, Addressee.NPM])
def test_state_or_npm_need_no_authority(addressee: Addressee) -> None:
    assert recommendation_fields(replace(RECOMMENDATION, addressee=addressee)) == []


def test_findings_must_be_of_the_visit() -> None:
    recommendation = replace(RECOMMENDATION, finding_ids=("nope", "f1"))
    assert recommendation_fields(recommendation) == ["finding_ids[0]"]


def test_finding_listed_twice() -> None:
    recommendation = replace(RECOMMENDATION, finding_ids=("f2", "f2"))
    assert recommendation_fields(recommendation) == ["finding_ids"]


@pytest.mark.parametrize("number", [0, -3])
def test_paragraph_number_from_one(number: int) -> None:
    recommendation = replace(RECOMMENDATION, paragraph_number=number)
    assert recommendation_fields(recommendation) == ["paragraph_number"]
