"""The readable summary of the statistics and the annual report's paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from spt_field.db.session import Database
from spt_field.domain.codes import (
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    RecommendationStatus,
    ReprisalStatus,
    VisitStatus,
)
from spt_field.export.statistics_text import (
    annual_report_paragraph,
    plural,
    statistics_lines,
    statistics_summary,
)
from spt_field.services.statistics import AnnualStatistics, ReportFigures, annual_statistics
from tests.support.statistics_data import TODAY, import_statistics_document


@pytest.fixture
def imported(database: Database) -> Database:
    import_statistics_document(database)
    return database


def _stats(database: Database, year: int | None) -> AnnualStatistics:
    with database.begin() as session:
        return annual_statistics(session, year, today=TODAY)


def test_the_2019_paragraph_reads_like_the_annual_report(imported: Database) -> None:
    assert annual_report_paragraph(_stats(imported, 2019)) == (
        "During its official visits in 2019, the Subcommittee conducted 22 individual or "
        "collective interviews with 37 persons, of whom 21 were persons deprived of their "
        "liberty. It visited 4 prisons, 2 police stations, 1 juvenile detention centre, "
        "2 psychiatric and health-care institutions, 2 closed migrant centres and "
        "6 other places."
    )


def test_singulars_and_all_years(imported: Database) -> None:
    assert annual_report_paragraph(_stats(imported, 2017)) == (
        "During its official visits in 2017, the Subcommittee conducted 1 individual or "
        "collective interview with 1 person deprived of their liberty. It visited 0 prisons, "
        "1 police station, 0 juvenile detention centres, 0 psychiatric and health-care "
        "institutions, 0 closed migrant centres and 0 other places."
    )
    assert annual_report_paragraph(_stats(imported, None)).startswith(
        "During its official visits in all years, the Subcommittee conducted 31 individual"
    )


def test_the_summary_lists_the_figures_then_the_paragraph(imported: Database) -> None:
    stats = _stats(imported, 2019)
    text = statistics_summary(stats)
    lines = text.splitlines()
    assert lines[0] == "Statistics for 2019"
    assert lines[1] == "Visits: 2 conducted, 2 postponed, 1 cancelled, 1 planned"
    assert (
        "  Postponed: Fictional State XCC (XCC), planned from 2019-05-06: Budget constraints"
        in (lines)
    )
    assert "Interviews: 22 with 37 persons" in lines
    assert "  By kind: Individual 17 (17 persons); Group 5 (20 persons)" in lines
    assert (
        "Reports: 2 transmitted, 1 replies received, 1 overdue, 0 awaited (as of 2020-03-01)"
        in lines
    )
    assert "  Publication requested: 1 (State party 1, NPM 0); published: 1" in lines
    assert lines[-1] == annual_report_paragraph(stats)
    assert lines[-2] == ""
    assert statistics_lines(stats) == lines[:-2]


def _synthetic(persons: int, detainees: int) -> AnnualStatistics:
    """Figures without a database: one group interview of `persons` people."""
    categories = dict.fromkeys(IntervieweeCategory, 0)
    return AnnualStatistics(
        year=2019,
        today=date(2020, 1, 1),
        visits_by_status=dict.fromkeys(VisitStatus, 0),
        conducted_visits=(),
        postponed_visits=(),
        interviews_by_category={**categories, IntervieweeCategory.OFFICIAL: 950},
        persons_by_category={
            **categories,
            IntervieweeCategory.DETAINEE: detainees,
            IntervieweeCategory.OFFICIAL: persons - detainees,
        },
        interviews_by_kind={InterviewKind.INDIVIDUAL: 949, InterviewKind.GROUP: 1},
        persons_by_kind={InterviewKind.INDIVIDUAL: 949, InterviewKind.GROUP: persons - 949},
        places_by_type={**dict.fromkeys(PlaceType, 0), PlaceType.PRISON: 45},
        reports=ReportFigures(),
        recommendations_by_status=dict.fromkeys(RecommendationStatus, 0),
        reprisal_cases_by_status=dict.fromkeys(ReprisalStatus, 0),
    )


def test_large_figures_have_thousands_separators() -> None:
    paragraph = annual_report_paragraph(_synthetic(1500, 1))
    assert "conducted 950 individual or collective interviews with 1,500 persons, " in paragraph
    assert "of whom 1 was a person deprived of their liberty." in paragraph
    assert "It visited 45 prisons, 0 police stations," in paragraph
    assert "interviews with 1,500 persons. It visited" in annual_report_paragraph(
        _synthetic(1500, 0)
    )


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 places"), (1, "1 place"), (2, "2 places"), (1000, "1,000 places")]
)
def test_plural(count: int, text: str) -> None:
    assert plural(count, "place") == text


def test_code_labels_and_country_names_in_the_language_asked_for(imported: Database) -> None:
    """The dashboard in French shows the code lists and the countries in French; the figures
    and sentences stay as the annual report is drafted."""
    stats = _stats(imported, 2019)
    lines = statistics_summary(stats, "fr").splitlines()
    assert "  By kind: Individuel 17 (17 persons); Collectif 5 (20 persons)" in lines
    assert (
        "  Postponed: État fictif XCC (XCC), planned from 2019-05-06: Budget constraints" in lines
    )
    assert any(line.startswith("  By group: Prisons 4; Postes de police 2;") for line in lines)
    chinese = statistics_lines(stats, "zh")
    assert any("定期国别查访" in line for line in chinese if line.startswith("  Conducted:"))
    assert statistics_lines(stats, "en") == statistics_lines(stats)
