"""The annual statistics, checked against figures counted straight from the imported document.

The data set (tests/support/statistics_data.py, shared with the follow-up, text summary,
dashboard and tracker tests) is an `spt-field/1` document that goes in through the JSON import;
`expected_json` counts every figure from the document itself, never from the database.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    RecommendationStatus,
    ReportGroup,
    VisitStatus,
)
from spt_field.services.places import delete_place
from spt_field.services.recommendations import delete_recommendation
from spt_field.services.statistics import annual_statistics, statistics_json, statistics_years
from spt_field.services.visits import delete_visit
from tests.support.statistics_data import (
    GROUPS,
    TODAY,
    Json,
    core,
    expected_json,
    import_statistics_document,
    uid,
)


@pytest.fixture
def document(database: Database) -> Json:
    return import_statistics_document(database)


@pytest.mark.parametrize("year", [2019, 2018, 2017, None])
def test_every_figure_matches_the_document(
    database: Database, document: Json, year: int | None
) -> None:
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, year, today=TODAY))
    assert core(figures) == expected_json(document, year)


def test_the_2019_figures_as_the_annual_report_states_them(
    database: Database, document: Json
) -> None:
    """A few figures spelled out, so that a wrong expectation cannot hide a wrong count."""
    with database.begin() as session:
        stats = annual_statistics(session, 2019, today=TODAY)
    assert (stats.conducted, stats.postponed, stats.cancelled, stats.planned) == (2, 2, 1, 1)
    assert stats.places == 17  # 14 at XAA and 3 at XBB; not the postponed visit's prison
    assert stats.places_by_group[ReportGroup("prisons")] == 4
    assert stats.interviews == 22  # 18 at XAA, 4 at XBB, five of them groups
    assert stats.persons == 22 - 5 + (6 + 4 + 3 + 2 + 5)
    assert stats.reports.transmitted == 2
    assert stats.reports.replies_overdue == 1  # XBB: due 29 February 2020
    assert stats.recommendations_by_status[RecommendationStatus.NOT_IMPLEMENTED] == 2


def test_the_visit_lists_name_conducted_and_postponed_visits(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, 2019, today=TODAY))
    assert figures["visits"]["conducted_visits"] == [
        {
            "country": "XAA",
            "start_date": "2019-02-04",
            "end_date": "2019-02-15",
            "visit_type": "regular",
        },
        {
            "country": "XBB",
            "start_date": "2019-03-04",
            "end_date": "2019-03-14",
            "visit_type": "follow_up",
        },
    ]
    assert [(v["country"], v["reason"]) for v in figures["visits"]["postponed_visits"]] == [
        ("XCC", "Budget constraints"),
        ("XDD", "Administrative reasons"),
    ]
    assert figures["visits"]["by_status"] == {
        "planned": 1,
        "postponed": 2,
        "cancelled": 1,
        "in_progress": 1,
        "completed": 1,
    }


@pytest.mark.parametrize(("today", "overdue"), [(date(2020, 2, 29), 0), (date(2020, 3, 1), 1)])
def test_a_reply_is_overdue_the_day_after_it_is_due(
    database: Database, document: Json, today: date, overdue: int
) -> None:
    with database.begin() as session:
        reports = annual_statistics(session, 2019, today=today).reports
    assert reports.replies_overdue == overdue
    assert reports.replies_awaited == 1 - overdue


def test_a_year_without_visits_has_every_key_at_zero(database: Database, document: Json) -> None:
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, 2016, today=TODAY))
    assert figures["places"]["by_group"] == dict.fromkeys(GROUPS, 0)
    assert set(figures["recommendations"]["by_status"]) == set(RecommendationStatus.codes())
    assert figures["interviews"]["count"] == 0
    assert figures["visits"]["conducted_visits"] == []
    assert core(figures) == expected_json(document, 2016)


def test_the_years_are_those_of_live_visits(database: Database, document: Json) -> None:
    with database.begin() as session:
        assert statistics_years(session) == [2019, 2018, 2017]
        delete_visit(session, uid("xaa-2017"))
        assert statistics_years(session) == [2019, 2018]


def _without(document: Json, key: str) -> Json:
    """The document without the place, recommendation or visit of id uid(key)."""
    trimmed = copy.deepcopy(document)
    record_id = uid(key)
    trimmed["visits"] = [v for v in trimmed["visits"] if v["id"] != record_id]
    for visit in trimmed["visits"]:
        for part in ("places", "recommendations"):
            visit[part] = [item for item in visit.get(part, []) if item["id"] != record_id]
    return trimmed


@pytest.mark.parametrize(
    ("key", "delete"),
    [
        ("xaa19-migrants", delete_place),
        ("xbb19-r3", delete_recommendation),
        ("xbb-2019", delete_visit),
    ],
)
def test_deleted_records_are_not_counted(
    database: Database, document: Json, key: str, delete: Any
) -> None:
    with database.begin() as session:
        delete(session, uid(key))
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, None, today=TODAY))
    assert core(figures) == expected_json(_without(document, key), None)


def test_statistics_json_keeps_its_stable_keys(database: Database, document: Json) -> None:
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, None, today=TODAY))
    assert figures["year"] is None
    assert {"visits", "interviews", "places", "reports", "recommendations"} <= set(figures)
    assert {"conducted", "postponed", "cancelled", "planned"} <= set(figures["visits"])
    assert {"count", "persons", "by_category", "by_kind"} <= set(figures["interviews"])
    assert {"total", "by_group", "by_type"} <= set(figures["places"])
    assert list(figures["places"]["by_group"]) == GROUPS
    assert VisitStatus.PLANNED.value in figures["visits"]["by_status"]


@pytest.mark.parametrize("year", [2019, 2018, None])
def test_recommendations_are_counted_per_visit(
    database: Database, document: Json, year: int | None
) -> None:
    with database.begin() as session:
        figures = statistics_json(annual_statistics(session, year, today=TODAY))
    visits = sorted(
        (
            visit
            for visit in document["visits"]
            if visit["status"] in ("completed", "in_progress")
            and visit.get("recommendations")
            and (year is None or visit["start_date"].startswith(f"{year}-"))
        ),
        key=lambda visit: (visit["start_date"], visit["country"]),
    )
    assert figures["recommendations_by_visit"] == [
        {
            "country": visit["country"],
            "start_date": visit["start_date"],
            "by_status": {
                code: sum(1 for r in visit["recommendations"] if r["status"] == code)
                for code in RecommendationStatus.codes()
            },
        }
        for visit in visits
    ]
    assert len(visits) >= (2 if year == 2019 else 1)
