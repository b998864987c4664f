"""Masthead, title and the confidentiality footnote."""

from __future__ import annotations

from datetime import date

from spt_field.db.session import Database
from spt_field.domain.values import Visit
from spt_field.export.report_builder import build_report
from spt_field.export.report_languages import wording_for
from spt_field.export.report_model import Report
from spt_field.services.visits import update_visit
from tests.export.conftest import TODAY


def test_masthead_of_the_demo_report(demo_report: Report) -> None:
    head = demo_report.masthead
    assert head.body == (
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment "
        "or Punishment"
    )
    assert head.symbol == "CAT/OP/XRU/R.1"
    assert head.distribution == "Distr.: Restricted"
    assert head.date == "26\u00a0November 2026"
    assert head.original == "Original: English"
    assert demo_report.language == "en"
    assert demo_report.contents_heading == "Contents"


def test_title_of_the_demo_report(demo_report: Report) -> None:
    assert demo_report.title == (
        "Visit to Fictional State XRU undertaken from 10 to 21\u00a0March 2019: "
        "recommendations and observations addressed to the State party"
    )


def test_title_across_months_and_for_a_real_country(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        update_visit(session, visit.id, country="CHE")
        report = build_report(session, visit.id, today=TODAY)
    assert report.title == (
        "Visit to Switzerland undertaken from 27\u00a0January to 7\u00a0February 2019: "
        "recommendations and observations addressed to the State party"
    )


def test_title_across_years(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        update_visit(session, visit.id, start_date=date(2018, 12, 28), end_date=date(2019, 2, 7))
        report = build_report(session, visit.id, today=TODAY)
    assert "undertaken from 28\u00a0December 2018 to 7\u00a0February 2019:" in report.title


def test_title_and_footnote_of_the_report_to_the_npm(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        update_visit(session, demo_visit.id, transmitted_on=date(2019, 6, 3))
        report = build_report(session, demo_visit.id, addressee="npm", today=TODAY)
    assert report.addressee == "npm"
    assert report.title.endswith(
        ": recommendations and observations addressed to the national preventive mechanism"
    )
    assert report.footnote == (
        "In accordance with article 16 (1) of the Optional Protocol, the present report was "
        "transmitted confidentially to the national preventive mechanism on 3\u00a0June 2019."
    )


def test_symbol_placeholder_when_none_is_set(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        report = build_report(session, visit.id, today=TODAY)
    assert report.masthead.symbol == "CAT/OP/XRU/R.1"


def test_the_restricted_symbol_set_on_the_visit_is_used(database: Database, visit: Visit) -> None:
    with database.begin() as session:
        update_visit(session, visit.id, restricted_symbol="CAT/OP/XRU/R.2")
        report = build_report(session, visit.id, today=TODAY)
    assert report.masthead.symbol == "CAT/OP/XRU/R.2"


def test_footnote_before_transmission(demo_report: Report) -> None:
    assert demo_report.footnote == (
        "In accordance with article 16 (1) of the Optional Protocol, the present report will be "
        "transmitted confidentially to the State party."
    )


def test_footnote_after_transmission(database: Database, demo_visit: Visit) -> None:
    with database.begin() as session:
        update_visit(session, demo_visit.id, transmitted_on=date(2019, 7, 4))
        report = build_report(session, demo_visit.id, today=TODAY)
    assert report.footnote == (
        "In accordance with article 16 (1) of the Optional Protocol, the present report was "
        "transmitted confidentially to the State party on 4\u00a0July 2019."
    )


def test_the_date_defaults_to_today(database: Database, visit: Visit) -> None:
    before = date.today()
    with database.begin() as session:
        report = build_report(session, visit.id)
    after = date.today()
    # Around midnight the export may straddle two days: either is the day it was made.
    assert report.masthead.date in {wording_for("en").date(d) for d in (before, after)}


def test_page_furniture_comes_from_the_catalogue(demo_report: Report) -> None:
    assert demo_report.running_header == "CONFIDENTIAL — DRAFT"
    assert demo_report.watermark == "DRAFT"
    assert demo_report.page_label.format(page=2, pages=9) == "Page 2 of 9"
    assert demo_report.annex_label.format(numeral="II") == "Annex II"


def test_front_matter_is_not_numbered(demo_report: Report) -> None:
    texts = {p.text for p in demo_report.paragraphs()}
    assert demo_report.title not in texts
    assert demo_report.footnote not in texts
