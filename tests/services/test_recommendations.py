"""Recommendations: add linked to findings, read, edit (links versioned with it), delete, list."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee, FindingArea, RecommendationStatus
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    Finding,
    FindingFields,
    Recommendation,
    RecommendationFields,
    Visit,
    VisitFields,
)
from spt_field.errors import InvalidDataError, NotFoundError, ValidationError
from spt_field.services.findings import add_finding, delete_finding
from spt_field.services.recommendations import (
    add_recommendation,
    delete_recommendation,
    get_recommendation,
    list_recommendations_for_visit,
    update_recommendation,
)
from spt_field.services.trash import restore_deleted
from spt_field.services.visits import create_visit, delete_visit

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def recommendation(database: Database, visit: Visit, finding: Finding) -> Recommendation:
    with database.begin() as session:
        return add_recommendation(
            session,
            visit.id,
            RecommendationFields(
                text="Investigate every allegation of beating promptly.",
                finding_ids=(finding.id,),
                addressee=Addressee.AUTHORITY,
                authority="Prosecutor General",
            ),
        )


@pytest.fixture
def foreign_finding(database: Database) -> Finding:
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2019, 1, 1), end_date=date(2019, 1, 31)),
        )
        return add_finding(session, other.id, FindingFields(area=FindingArea.OTHER, title="F"))


def test_add_and_get(
    database: Database, visit: Visit, finding: Finding, recommendation: Recommendation
) -> None:
    assert (recommendation.visit_id, recommendation.finding_ids, recommendation.version) == (
        visit.id,
        (finding.id,),
        1,
    )
    assert recommendation.status is RecommendationStatus.NOT_ASSESSED
    with database.begin() as session:
        assert get_recommendation(session, recommendation.id) == recommendation


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": "  "}, "text"),
        ({"addressee": Addressee.AUTHORITY}, "authority"),
        ({"finding_ids": ("foreign",)}, "finding_ids[0]"),
        ({"finding_ids": ("own", "own")}, "finding_ids"),
        ({"paragraph_number": 0}, "paragraph_number"),
    ],
)
def test_add_refuses_invalid_values(
    database: Database,
    visit: Visit,
    finding: Finding,
    foreign_finding: Finding,
    changes: dict[str, object],
    field: str,
) -> None:
    ids = {"foreign": foreign_finding.id, "own": finding.id}
    values: dict[str, object] = {"text": "Do it.", **changes}
    if "finding_ids" in changes:
        values["finding_ids"] = tuple(ids[key] for key in changes["finding_ids"])  # type: ignore[attr-defined]
    fields = RecommendationFields(**values)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        add_recommendation(session, visit.id, fields)
    assert caught.value.field == field
    with database.begin() as session:
        assert list_recommendations_for_visit(session, visit.id) == []


def test_add_reports_every_problem(database: Database, visit: Visit) -> None:
    fields = RecommendationFields(text="", paragraph_number=-1)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        add_recommendation(session, visit.id, fields)
    assert [p.field for p in caught.value.problems] == ["text", "paragraph_number"]


def test_add_to_unknown_or_deleted_visit(database: Database, visit: Visit) -> None:
    fields = RecommendationFields(text="Do it.")
    with pytest.raises(NotFoundError), database.begin() as session:
        add_recommendation(session, UNKNOWN_ID, fields)
    with database.begin() as session:
        delete_visit(session, visit.id)
    with pytest.raises(NotFoundError), database.begin() as session:
        add_recommendation(session, visit.id, fields)


def test_update_bumps_version_once_per_edit(
    database: Database, visit: Visit, recommendation: Recommendation
) -> None:
    with database.begin() as session:
        second = add_finding(
            session, visit.id, FindingFields(area=FindingArea.SAFEGUARDS, title="No lawyer")
        )
    with database.begin() as session:
        both = update_recommendation(
            session,
            recommendation.id,
            status=RecommendationStatus.IMPLEMENTED,
            finding_ids=(second.id, *recommendation.finding_ids),
        )
    assert (both.status, both.finding_ids, both.version) == (
        RecommendationStatus.IMPLEMENTED,
        (second.id, *recommendation.finding_ids),
        recommendation.version + 1,
    )
    with database.begin() as session:
        links_only = update_recommendation(session, recommendation.id, finding_ids=(second.id,))
    assert (links_only.finding_ids, links_only.version) == (
        (second.id,),
        recommendation.version + 2,
    )
    with database.begin() as session:
        same = update_recommendation(
            session, recommendation.id, finding_ids=(second.id,), authority="Prosecutor General"
        )
        nothing = update_recommendation(session, recommendation.id)
    assert same.version == nothing.version == recommendation.version + 2
    with database.begin() as session:
        assert get_recommendation(session, recommendation.id) == same


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": ""}, "text"),
        ({"authority": ""}, "authority"),
        ({"paragraph_number": 0}, "paragraph_number"),
    ],
)
def test_update_refuses_invalid_values(
    database: Database, recommendation: Recommendation, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_recommendation(session, recommendation.id, **changes)
    assert caught.value.field == field
    with database.begin() as session:
        assert get_recommendation(session, recommendation.id) == recommendation


def test_update_refuses_a_finding_of_another_visit(
    database: Database, recommendation: Recommendation, foreign_finding: Finding
) -> None:
    with pytest.raises(ValidationError) as caught, database.begin() as session:
        update_recommendation(session, recommendation.id, finding_ids=(foreign_finding.id,))
    assert caught.value.field == "finding_ids[0]"


def test_a_deleted_finding_drops_out_and_comes_back_when_restored(
    database: Database, finding: Finding, recommendation: Recommendation
) -> None:
    with database.begin() as session:
        delete_finding(session, finding.id)
    with database.begin() as session:
        assert get_recommendation(session, recommendation.id).finding_ids == ()
    with database.begin() as session:
        restore_deleted(session, RecordKind.FINDING, finding.id)
    with database.begin() as session:
        assert get_recommendation(session, recommendation.id).finding_ids == (finding.id,)


def test_unknown_recommendation(database: Database) -> None:
    with database.begin() as session:
        for call in (
            lambda: get_recommendation(session, UNKNOWN_ID),
            lambda: update_recommendation(session, UNKNOWN_ID, text="x"),
            lambda: delete_recommendation(session, UNKNOWN_ID),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_delete_hides_the_recommendation(
    database: Database, visit: Visit, recommendation: Recommendation
) -> None:
    with database.begin() as session:
        delete_recommendation(session, recommendation.id)
    with database.begin() as session:
        assert list_recommendations_for_visit(session, visit.id) == []
        for call in (
            lambda: get_recommendation(session, recommendation.id),
            lambda: update_recommendation(session, recommendation.id, text="x"),
            lambda: delete_recommendation(session, recommendation.id),
        ):
            with pytest.raises(NotFoundError):
                call()


def test_list_by_paragraph_number_unnumbered_last(
    database: Database, visit: Visit, foreign_finding: Finding
) -> None:
    with database.begin() as session:
        made = {
            text: add_recommendation(
                session, visit.id, RecommendationFields(text=text, paragraph_number=number)
            ).id
            for text, number in [("Unnumbered", None), ("Twelve", 12), ("Three", 3)]
        }
        gone = add_recommendation(session, visit.id, RecommendationFields(text="Gone"))
        delete_recommendation(session, gone.id)
        add_recommendation(session, foreign_finding.visit_id, RecommendationFields(text="Else"))
    with database.begin() as session:
        listed = list_recommendations_for_visit(session, visit.id)
    assert [r.id for r in listed] == [made["Three"], made["Twelve"], made["Unnumbered"]]
