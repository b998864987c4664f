"""Full-text search: ranked hits with snippets, prefixes, accents, kept current, per visit."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import FindingArea, PlaceType
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    FindingFields,
    Interview,
    InterviewFields,
    Place,
    PlaceFields,
    RecommendationFields,
    SearchHit,
    Visit,
    VisitFields,
)
from spt_field.services.findings import add_finding, delete_finding, update_finding
from spt_field.services.interviews import delete_interview, record_interview, update_interview
from spt_field.services.places import add_place, delete_place
from spt_field.services.recommendations import (
    add_recommendation,
    delete_recommendation,
    update_recommendation,
)
from spt_field.services.search import search
from spt_field.services.trash import restore_deleted
from spt_field.services.visits import create_visit, delete_visit


def _ids(hits: list[SearchHit]) -> list[str]:
    return [hit.record_id for hit in hits]


def _find(database: Database, text: str, visit_id: str | None = None) -> list[SearchHit]:
    with database.begin() as session:
        return search(session, text, visit_id=visit_id)


def _interview(database: Database, place: Place, pseudonym: str, notes: str) -> Interview:
    with database.begin() as session:
        return record_interview(
            session, place.id, InterviewFields(pseudonym=pseudonym, notes=notes)
        )


def test_finds_interviews_findings_and_recommendations(
    database: Database, visit: Visit, place: Place
) -> None:
    interview = _interview(database, place, "A", "The cells were overcrowded and dark.")
    with database.begin() as session:
        finding = add_finding(
            session,
            visit.id,
            FindingFields(
                area=FindingArea.MATERIAL_CONDITIONS,
                title="Overcrowded cells",
                text="Up to twelve men in cells built for four.",
            ),
        )
        recommendation = add_recommendation(
            session, visit.id, RecommendationFields(text="End the overcrowded conditions.")
        )
    hits = {hit.kind: hit for hit in _find(database, "overcrowded")}
    assert set(hits) == {"interview", "finding", "recommendation"}
    assert hits["interview"].record_id == interview.id
    assert hits["interview"].title == "Person A"
    assert hits["interview"].snippet == "The cells were [overcrowded] and dark."
    assert hits["finding"].record_id == finding.id
    assert hits["finding"].title == "Overcrowded cells"
    assert hits["recommendation"].record_id == recommendation.id
    assert hits["recommendation"].snippet == "End the [overcrowded] conditions."
    assert {hit.visit_id for hit in hits.values()} == {visit.id}


def test_best_hits_come_first(database: Database, place: Place) -> None:
    padding = " ".join(["the food was served late and cold"] * 30)
    weak = _interview(database, place, "A", f"{padding} and a guard mentioned a beating once.")
    strong = _interview(database, place, "B", "Beating, beating and again beating in cell 4.")
    hits = _find(database, "beating")
    assert _ids(hits) == [strong.id, weak.id]
    assert hits[0].rank <= hits[1].rank
    assert "[beating]" in hits[1].snippet.lower()
    assert hits[1].snippet.startswith("…")


def test_every_word_must_match(database: Database, place: Place) -> None:
    both = _interview(database, place, "A", "No water and no light for two days.")
    _interview(database, place, "B", "No water in the yard.")
    assert _ids(_find(database, "water light")) == [both.id]
    assert _find(database, "water electricity") == []


def test_the_last_word_matches_as_a_prefix(database: Database, place: Place) -> None:
    interview = _interview(database, place, "A", "Handcuffed to the radiator overnight.")
    assert _ids(_find(database, "radia")) == [interview.id]
    assert _ids(_find(database, "handcuffed radi")) == [interview.id]
    assert _find(database, "handc radiator") == []  # only the last word is a prefix


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Le détenu a été frappé.", "detenu"),
        ("Le détenu a été frappé.", "DÉTENU"),
        ("El detenido fue golpeado.", "detenído"),
        ("Il a été frappé.", "frappe"),
        ("Избит в полиции.", "избит"),
    ],
)
def test_accents_and_case_do_not_matter(
    database: Database, place: Place, stored: str, typed: str
) -> None:
    interview = _interview(database, place, "A", stored)
    assert _ids(_find(database, typed)) == [interview.id]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_search_finds_nothing(database: Database, place: Place, text: str) -> None:
    _interview(database, place, "A", "Some notes.")
    assert _find(database, text) == []


def test_operators_and_quotes_are_plain_words(database: Database, place: Place) -> None:
    interview = _interview(database, place, "A", 'He said "NOT here" OR near the door AND wall.')
    assert _ids(_find(database, 'said "NOT')) == [interview.id]
    assert _ids(_find(database, "door AND wall")) == [interview.id]
    assert _find(database, "NEAR(door wall)") == []


def test_kept_current_after_updates(database: Database, visit: Visit, place: Place) -> None:
    interview = _interview(database, place, "A", "Bruises on the arms.")
    with database.begin() as session:
        finding = add_finding(
            session, visit.id, FindingFields(area=FindingArea.TREATMENT, title="Bruises seen")
        )
        recommendation = add_recommendation(
            session, visit.id, RecommendationFields(text="Record bruises on admission.")
        )
    assert len(_find(database, "bruises")) == 3
    with database.begin() as session:
        update_interview(session, interview.id, notes="Burns on the hands.")
        update_finding(session, finding.id, title="Burns seen")
        update_recommendation(session, recommendation.id, text="Record burns on admission.")
    assert _find(database, "bruises") == []
    assert sorted(_ids(_find(database, "burns"))) == sorted(
        [interview.id, finding.id, recommendation.id]
    )


def test_deleted_records_leave_the_results(database: Database, visit: Visit, place: Place) -> None:
    interview = _interview(database, place, "A", "Isolation for thirty days.")
    with database.begin() as session:
        finding = add_finding(
            session,
            visit.id,
            FindingFields(area=FindingArea.TREATMENT, title="Isolation", text="Long isolation."),
        )
        recommendation = add_recommendation(
            session, visit.id, RecommendationFields(text="Limit isolation to 15 days.")
        )
    with database.begin() as session:
        delete_interview(session, interview.id)
        delete_finding(session, finding.id)
        delete_recommendation(session, recommendation.id)
    assert _find(database, "isolation") == []


def test_a_restored_record_is_found_again(database: Database, place: Place) -> None:
    interview = _interview(database, place, "A", "Chained to the bed.")
    with database.begin() as session:
        delete_interview(session, interview.id)
    assert _find(database, "chained") == []
    with database.begin() as session:
        restore_deleted(session, RecordKind.INTERVIEW, interview.id)
    assert _ids(_find(database, "chained")) == [interview.id]


def test_interviews_of_a_deleted_place_or_visit_leave_the_results(
    database: Database, visit: Visit, place: Place
) -> None:
    _interview(database, place, "A", "Tear gas in the cell block.")
    with database.begin() as session:
        other = add_place(session, visit.id, PlaceFields(name="S", place_type=PlaceType.POLICE))
    _interview(database, other, "B", "Tear gas at the station.")
    with database.begin() as session:
        delete_place(session, place.id)
    assert len(_find(database, "tear gas")) == 1
    with database.begin() as session:
        delete_visit(session, visit.id)
    assert _find(database, "tear gas") == []


def test_restricted_to_a_visit(database: Database, visit: Visit, place: Place) -> None:
    here = _interview(database, place, "A", "Solitary confinement for weeks.")
    with database.begin() as session:
        other = create_visit(
            session,
            VisitFields(country="FRA", start_date=date(2020, 1, 1), end_date=date(2020, 1, 9)),
        )
        elsewhere = add_place(session, other.id, PlaceFields(name="X", place_type=PlaceType.PRISON))
        there = record_interview(
            session, elsewhere.id, InterviewFields(pseudonym="A", notes="Solitary in the basement.")
        )
        finding = add_finding(
            session, other.id, FindingFields(area=FindingArea.TREATMENT, title="Solitary abuse")
        )
        recommendation = add_recommendation(
            session, other.id, RecommendationFields(text="Abolish solitary for minors.")
        )
    assert _ids(_find(database, "solitary", visit.id)) == [here.id]
    assert sorted(_ids(_find(database, "solitary", other.id))) == sorted(
        [there.id, finding.id, recommendation.id]
    )
    assert len(_find(database, "solitary")) == 4


def test_limit(database: Database, place: Place) -> None:
    for pseudonym in "ABCDE":
        _interview(database, place, pseudonym, "Mattress missing.")
    with database.begin() as session:
        assert len(search(session, "mattress", limit=3)) == 3
        assert len(search(session, "mattress")) == 5
