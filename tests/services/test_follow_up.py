"""Follow-up: reply due dates, earlier recommendations and findings, and the tracker's rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import Addressee, PublicationRequester, RecommendationStatus
from spt_field.domain.deadlines import months_after, reply_due
from spt_field.errors import NotFoundError
from spt_field.services.findings import delete_finding
from spt_field.services.follow_up import (
    earlier_findings_at_place,
    earlier_findings_for_visit,
    earlier_recommendations,
    followed_recommendation,
    reply_overdue,
    tracked_countries,
    tracker_rows,
)
from spt_field.services.recommendations import delete_recommendation, update_recommendation
from spt_field.services.visits import delete_visit
from tests.support.statistics_data import TODAY, import_statistics_document, uid

Json = dict[str, Any]


@pytest.fixture
def document(database: Database) -> Json:
    return import_statistics_document(database)


@pytest.mark.parametrize(
    ("day", "due"),
    [
        (date(2019, 6, 3), date(2019, 12, 3)),
        (date(2019, 8, 31), date(2020, 2, 29)),
        (date(2018, 8, 31), date(2019, 2, 28)),
        (date(2019, 12, 31), date(2020, 6, 30)),
        (date(2019, 7, 15), date(2020, 1, 15)),
    ],
)
def test_the_reply_is_due_six_months_after_transmission(day: date, due: date) -> None:
    assert months_after(day, 6) == due
    assert reply_due(day, None) == due


def test_a_recorded_due_date_wins_and_a_reply_ends_the_wait() -> None:
    sent = date(2019, 1, 10)
    assert reply_due(sent, date(2019, 3, 1)) == date(2019, 3, 1)
    assert reply_due(None, None) is None
    assert reply_overdue(sent, None, None, date(2019, 7, 11))
    assert not reply_overdue(sent, None, None, date(2019, 7, 10))  # due today: not yet late
    assert not reply_overdue(sent, None, date(2019, 8, 1), date(2020, 1, 1))
    assert not reply_overdue(None, date(2019, 3, 1), None, date(2020, 1, 1))


# Earlier recommendations --------------------------------------------------------------------


def test_earlier_recommendations_are_those_of_earlier_visits_to_the_country(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        found = earlier_recommendations(session, uid("xaa-2019"))
    assert [(r.restricted_symbol, r.paragraph_number) for r in found] == [
        ("CAT/OP/XAA/R.1", 30),
        ("CAT/OP/XAA/R.1", 31),
        ("CAT/OP/XAA/R.1", 32),
        ("CAT/OP/XAA/R.1", 33),
        ("CAT/OP/XAA/R.1", 34),
        ("CAT/OP/XAA/R.1", None),
        (None, 5),  # the 2017 visit had no report symbol
    ]
    reply = found[1]
    assert reply.status is RecommendationStatus.NOT_IMPLEMENTED
    assert reply.state_reply == "The ministry does not agree."
    assert (reply.visit_start, reply.visit_end) == (date(2018, 3, 5), date(2018, 3, 16))
    assert found[4].addressee is Addressee.NPM


def test_the_first_visit_and_other_countries_have_no_earlier_recommendations(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        assert earlier_recommendations(session, uid("xaa-2017")) == []
        assert earlier_recommendations(session, uid("xbb-2019")) == []
        assert [r.paragraph_number for r in earlier_recommendations(session, uid("xaa-2018"))] == [
            5
        ]


def test_deleted_recommendations_and_visits_are_left_out(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        delete_recommendation(session, uid("xaa18-r30"))
        delete_visit(session, uid("xaa-2017"))
    with database.begin() as session:
        found = earlier_recommendations(session, uid("xaa-2019"))
        assert [r.paragraph_number for r in found] == [31, 32, 33, 34, None]
        delete_visit(session, uid("xaa-2019"))
        with pytest.raises(NotFoundError):
            earlier_recommendations(session, uid("xaa-2019"))


def test_followed_recommendation_reads_one_after_an_edit(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        update_recommendation(
            session, uid("xbb19-r3"), status="implemented", state_reply="Done in May."
        )
        line = followed_recommendation(session, uid("xbb19-r3"))
    assert (line.status, line.state_reply, line.paragraph_number) == (
        RecommendationStatus.IMPLEMENTED,
        "Done in May.",
        3,
    )


# Earlier findings at the same place ---------------------------------------------------------


def test_earlier_findings_match_name_and_region_without_case_or_spaces(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        central = earlier_findings_at_place(session, uid("xaa19-central"))
        remand = earlier_findings_at_place(session, uid("xaa19-remand"))
        police = earlier_findings_at_place(session, uid("xaa19-police"))
    # Not the Central Prison of region South, nor the one of another country.
    assert [f.title for f in central] == ["Beatings on admission", "Overcrowded cells"]
    assert {f.place_name for f in central} == {"  CENTRAL prison "}
    assert central[0].restricted_symbol == "CAT/OP/XAA/R.1"
    assert central[0].visit_start == date(2018, 3, 5)
    # "PRISIÓN ÑUÑOA" is "Prisión Ñuñoa": compared beyond ASCII.
    assert [f.title for f in remand] == ["No custody register"]
    # Same name as the 2017 police station, which had no findings.
    assert police == []


def test_earlier_findings_per_place_of_the_visit(database: Database, document: Json) -> None:
    with database.begin() as session:
        delete_finding(session, uid("xaa18-f2"))
    with database.begin() as session:
        history = earlier_findings_for_visit(session, uid("xaa-2019"))
    by_place = {place.name: [f.title for f in place.findings] for place in history}
    assert len(history) == 14
    assert by_place["Central Prison"] == ["Beatings on admission"]
    assert by_place["Prisión Ñuñoa"] == ["No custody register"]
    assert by_place["Care home"] == []


# The tracker --------------------------------------------------------------------------------


def test_tracker_lists_conducted_visits_with_their_report_dates(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        rows = tracker_rows(session, today=TODAY)
    assert [(row.country, row.start_date.year) for row in rows] == [
        ("XBB", 2019),
        ("XAA", 2019),
        ("XHH", 2018),
        ("XAA", 2018),
        ("XAA", 2017),
    ]
    xbb, xaa19, xhh, xaa18, xaa17 = rows
    assert (xbb.transmitted_on, xbb.reply_due_on, xbb.overdue) == (
        date(2019, 8, 31),
        date(2020, 2, 29),
        True,
    )
    assert not xaa19.overdue and xaa19.reply_received_on == date(2019, 11, 20)
    assert (xaa19.publication_requested_by, xaa19.public_symbol) == (
        PublicationRequester.STATE,
        "CAT/OP/XAA/2",
    )
    assert xaa18.reply_due_on == date(2019, 1, 15) and xaa18.overdue
    assert xaa18.publication_requested_by is PublicationRequester.NPM
    assert not xhh.overdue  # replied late, but replied
    assert xaa17.reply_due_on is None and not xaa17.overdue
    assert [r.paragraph_number for r in xaa18.recommendations] == [30, 31, 32, 33, 34, None]


def test_tracker_overdue_depends_on_today(database: Database, document: Json) -> None:
    with database.begin() as session:
        rows = tracker_rows(session, country="XBB", today=date(2020, 2, 29))
    assert [row.overdue for row in rows] == [False]


def test_tracker_filters(database: Database, document: Json) -> None:
    with database.begin() as session:
        by_country = tracker_rows(session, country="XAA", today=TODAY)
        by_status = tracker_rows(session, status=RecommendationStatus.NOT_IMPLEMENTED, today=TODAY)
        by_addressee = tracker_rows(session, addressee=Addressee.NPM, today=TODAY)
        both = tracker_rows(
            session,
            country="XAA",
            status=RecommendationStatus.SUPERSEDED,
            addressee=Addressee.NPM,
            today=TODAY,
        )
        nothing = tracker_rows(session, country="XEE", today=TODAY)
        countries = tracked_countries(session)
    assert [row.start_date.year for row in by_country] == [2019, 2018, 2017]
    assert [
        (row.country, [r.paragraph_number for r in row.recommendations]) for row in by_status
    ] == [("XBB", [3]), ("XAA", [13]), ("XAA", [31])]
    assert [
        (row.country, [r.paragraph_number for r in row.recommendations]) for row in by_addressee
    ] == [("XBB", [2]), ("XAA", [12]), ("XAA", [34])]
    assert [(row.id, len(row.recommendations)) for row in both] == [(uid("xaa-2018"), 1)]
    assert nothing == []  # a cancelled visit without recommendations is not followed up
    assert countries == ["XAA", "XBB", "XCC", "XDD", "XEE", "XFF", "XHH", "XJJ"]


def test_tracker_can_read_only_the_number_of_recommendations(
    database: Database, document: Json
) -> None:
    with database.begin() as session:
        full = tracker_rows(session, addressee=Addressee.STATE, today=TODAY)
        light = tracker_rows(
            session, addressee=Addressee.STATE, today=TODAY, with_recommendations=False
        )
        one = tracker_rows(session, today=TODAY, visit_id=uid("xaa-2018"))
    assert [row.id for row in light] == [row.id for row in full]
    assert [row.recommendation_count for row in light] == [len(row.recommendations) for row in full]
    assert all(row.recommendations == () for row in light)
    assert [row.recommendation_count for row in full] == [2, 2, 2, 5, 1]
    assert [(row.id, row.recommendation_count) for row in one] == [(uid("xaa-2018"), 6)]
