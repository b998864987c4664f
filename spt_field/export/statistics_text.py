"""The year's figures as readable text, ending with a paragraph in the annual report's style.

The lines are English; code labels and country names come from the catalogue in the language
asked for (the dashboard's), English by default. The paragraph takes its words from a
ParagraphWording: English here, the interface's language from the dashboard. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from spt_field.domain.catalogue import label
from spt_field.domain.codes import CodeList, IntervieweeCategory, PublicationRequester, ReportGroup
from spt_field.domain.countries import country_name
from spt_field.services.statistics import AnnualStatistics

# How the annual report names each group of places: (singular, plural).
_GROUP_NOUNS: dict[ReportGroup, tuple[str, str]] = {
    ReportGroup.PRISONS: ("prison", "prisons"),
    ReportGroup.POLICE_STATIONS: ("police station", "police stations"),
    ReportGroup.JUVENILE_CENTRES: ("juvenile detention centre", "juvenile detention centres"),
    ReportGroup.PSYCHIATRIC_HEALTH: (
        "psychiatric or health-care institution",
        "psychiatric and health-care institutions",
    ),
    ReportGroup.MIGRANT_CENTRES: ("closed migrant centre", "closed migrant centres"),
    ReportGroup.OTHER_PLACES: ("other place", "other places"),
}

CodeT = TypeVar("CodeT", bound=CodeList)


def number(count: int) -> str:
    """1,500 rather than 1500, as UN documents print figures."""
    return f"{count:,}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 person', '2 persons', '1,500 persons'."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{number(count)} {word}"


def _series(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def period(year: int | None) -> str:
    return "all years" if year is None else str(year)


@dataclass(frozen=True)
class ParagraphWording:
    """The words of the annual report's paragraph in one language: each count phrase says
    its number ("12 prisons"); `sentence` takes the period, the interviews, the persons,
    the "of whom" clause and the places."""

    sentence: str
    all_years: str
    interviews: Callable[[int], str]
    persons: Callable[[int], str]
    #: ", of whom 3 were persons deprived of their liberty" (some of the persons were).
    of_whom: Callable[[int], str]
    #: " deprived of their liberty" (every person was).
    all_deprived: str
    places: Mapping[ReportGroup, Callable[[int], str]]
    series: Callable[[list[str]], str]


def _of_whom(detainees: int) -> str:
    deprived = "was a person" if detainees == 1 else "were persons"
    return f", of whom {number(detainees)} {deprived} deprived of their liberty"


ENGLISH_PARAGRAPH = ParagraphWording(
    sentence=(
        "During its official visits in {0}, the Subcommittee conducted {1} with {2}{3}. "
        "It visited {4}."
    ),
    all_years="all years",
    interviews=lambda n: plural(n, "individual or collective interview"),
    persons=lambda n: plural(n, "person"),
    of_whom=_of_whom,
    all_deprived=" deprived of their liberty",
    places={
        group: partial(plural, singular=s, plural_form=p) for group, (s, p) in _GROUP_NOUNS.items()
    },
    series=_series,
)


def annual_report_paragraph(
    stats: AnnualStatistics, wording: ParagraphWording = ENGLISH_PARAGRAPH
) -> str:
    """'During its official visits in 2019, the Subcommittee conducted ...', in the language
    of `wording`."""
    detainees = stats.persons_by_category[IntervieweeCategory.DETAINEE]
    of_whom = ""
    if detainees and detainees != stats.persons:
        of_whom = wording.of_whom(detainees)
    elif detainees:
        of_whom = wording.all_deprived
    groups = stats.places_by_group
    # Every group, 0 included, in the order the annual report lists them.
    places = [wording.places[group](groups[group]) for group in ReportGroup]
    when = wording.all_years if stats.year is None else str(stats.year)
    return wording.sentence.format(
        when,
        wording.interviews(stats.interviews),
        wording.persons(stats.persons),
        of_whom,
        wording.series(places),
    )


def _counts_line(
    counts: Mapping[CodeT, int], persons: Mapping[CodeT, int] | None, language: str
) -> str:
    shown = []
    for code, count in counts.items():
        if count:
            extra = f" ({plural(persons[code], 'person')})" if persons is not None else ""
            shown.append(f"{label(code, language)} {number(count)}{extra}")
    return "; ".join(shown) or "none"


def _every_count(counts: Mapping[CodeT, int], language: str) -> str:
    return "; ".join(f"{label(code, language)} {number(n)}" for code, n in counts.items())


def _visit_lines(stats: AnnualStatistics, language: str) -> Iterable[str]:
    yield (
        f"Visits: {number(stats.conducted)} conducted, {number(stats.postponed)} postponed, "
        f"{number(stats.cancelled)} cancelled, {number(stats.planned)} planned"
    )
    for visit in stats.conducted_visits:
        yield (
            f"  Conducted: {country_name(visit.country, language)} ({visit.country}), "
            f"{visit.start_date.isoformat()} to {visit.end_date.isoformat()}, "
            f"{label(visit.visit_type, language)}"
        )
    for postponed in stats.postponed_visits:
        reason = postponed.reason or "no reason recorded"
        yield (
            f"  Postponed: {country_name(postponed.country, language)} ({postponed.country}), "
            f"planned from {postponed.start_date.isoformat()}: {reason}"
        )


def _report_lines(stats: AnnualStatistics) -> Iterable[str]:
    reports = stats.reports
    yield (
        f"Reports: {number(reports.transmitted)} transmitted, "
        f"{number(reports.replies_received)} replies received, "
        f"{number(reports.replies_overdue)} overdue, {number(reports.replies_awaited)} awaited "
        f"(as of {stats.today.isoformat()})"
    )
    requested = reports.publication_requested_by
    yield (
        f"  Publication requested: {number(reports.publication_requested)} "
        f"(State party {number(requested.get(PublicationRequester.STATE, 0))}, "
        f"NPM {number(requested.get(PublicationRequester.NPM, 0))}); "
        f"published: {number(reports.published)}"
    )


def statistics_lines(stats: AnnualStatistics, language: str = "en") -> list[str]:
    """The figures, one topic a line, codes with nothing counted left out; code labels and
    country names in `language`."""
    by_category = _counts_line(stats.interviews_by_category, stats.persons_by_category, language)
    return [
        f"Statistics for {period(stats.year)}",
        *_visit_lines(stats, language),
        f"Interviews: {number(stats.interviews)} with {plural(stats.persons, 'person')}",
        "  By kind: " + _counts_line(stats.interviews_by_kind, stats.persons_by_kind, language),
        "  By category: " + by_category,
        f"Places visited: {number(stats.places)}",
        "  By group: " + _every_count(stats.places_by_group, language),
        "  By type: " + _counts_line(stats.places_by_type, None, language),
        *_report_lines(stats),
        f"Recommendations: {number(stats.recommendations)}",
        "  By status: " + _every_count(stats.recommendations_by_status, language),
    ]


def statistics_summary(stats: AnnualStatistics, language: str = "en") -> str:
    """The readable lines, a blank line, and the annual report's paragraph."""
    lines = [*statistics_lines(stats, language), "", annual_report_paragraph(stats)]
    return "\n".join(lines) + "\n"
