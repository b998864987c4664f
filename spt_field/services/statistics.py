"""The year in figures, as the SPT's public annual report states them (domain.md sections 1, 8).

A visit belongs to the year of its start date. Visits are counted by status; what is recorded in
a visit (places, interviews, the report, recommendations) counts only for the visits conducted
(completed or in progress): a planned or postponed visit's preparatory records are not figures.
Every figure is one SQL aggregation over live rows; no record list is loaded into Python except
the short lists of conducted and postponed visits the report names.

Reports: *transmitted* has a transmission date; a reply is *received* when its date is recorded,
*overdue* when transmitted, not received and its due date (the recorded one, else six months
after transmission) is before `today`, else *awaited*. *Publication requested* counts reports
whose publication the State party or the NPM asked for; a report is *published* once it has a
public symbol.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    AllegationRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PlaceRow,
    RecommendationRow,
    ReprisalCaseRow,
    VisitRow,
)
from spt_field.db.sql_functions import months_after
from spt_field.domain.codes import (
    CodeList,
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    PublicationRequester,
    RecommendationStatus,
    ReportGroup,
    ReprisalStatus,
    VisitStatus,
    VisitType,
)
from spt_field.domain.deadlines import REPLY_MONTHS
from spt_field.domain.empty_records import UNTOUCHED
from spt_field.services.follow_up import CONDUCTED
from spt_field.services.records import live

CodeT = TypeVar("CodeT", bound=CodeList)


@dataclass(frozen=True, kw_only=True)
class ConductedVisit:
    country: str
    start_date: date
    end_date: date
    visit_type: VisitType


@dataclass(frozen=True, kw_only=True)
class VisitRecommendations:
    """A conducted visit's recommendations counted by implementation status."""

    country: str
    start_date: date
    by_status: Mapping[RecommendationStatus, int]


@dataclass(frozen=True, kw_only=True)
class PostponedVisit:
    country: str
    start_date: date
    end_date: date
    reason: str


@dataclass(frozen=True, kw_only=True)
class ReportFigures:
    transmitted: int = 0
    replies_received: int = 0
    replies_overdue: int = 0
    replies_awaited: int = 0
    publication_requested_by: Mapping[PublicationRequester, int] = field(default_factory=dict)
    #: Published reports by who requested publication (None: not recorded).
    published_by: Mapping[PublicationRequester | None, int] = field(default_factory=dict)

    @property
    def publication_requested(self) -> int:
        return sum(self.publication_requested_by.values())

    @property
    def published(self) -> int:
        return sum(self.published_by.values())


@dataclass(frozen=True, kw_only=True)
class AnnualStatistics:
    """Every mapping holds every code of its list, in list order, 0 where nothing counts."""

    year: int | None
    today: date
    visits_by_status: Mapping[VisitStatus, int]
    conducted_visits: tuple[ConductedVisit, ...]
    postponed_visits: tuple[PostponedVisit, ...]
    interviews_by_category: Mapping[IntervieweeCategory, int]
    persons_by_category: Mapping[IntervieweeCategory, int]
    interviews_by_kind: Mapping[InterviewKind, int]
    persons_by_kind: Mapping[InterviewKind, int]
    places_by_type: Mapping[PlaceType, int]
    reports: ReportFigures
    recommendations_by_status: Mapping[RecommendationStatus, int]
    reprisal_cases_by_status: Mapping[ReprisalStatus, int]
    recommendations_by_visit: tuple[VisitRecommendations, ...] = ()

    @property
    def conducted(self) -> int:
        return sum(self.visits_by_status[status] for status in CONDUCTED)

    @property
    def postponed(self) -> int:
        return self.visits_by_status[VisitStatus.POSTPONED]

    @property
    def cancelled(self) -> int:
        return self.visits_by_status[VisitStatus.CANCELLED]

    @property
    def planned(self) -> int:
        return self.visits_by_status[VisitStatus.PLANNED]

    @property
    def interviews(self) -> int:
        return sum(self.interviews_by_kind.values())

    @property
    def persons(self) -> int:
        return sum(self.persons_by_kind.values())

    @property
    def places(self) -> int:
        return sum(self.places_by_type.values())

    @property
    def places_by_group(self) -> dict[ReportGroup, int]:
        groups = dict.fromkeys(ReportGroup, 0)
        for place_type, count in self.places_by_type.items():
            groups[place_type.report_group] += count
        return groups

    @property
    def recommendations(self) -> int:
        return sum(self.recommendations_by_status.values())


def _every_code(codes: type[CodeT], found: Mapping[Any, Any]) -> dict[CodeT, int]:
    """Counts keyed by code (as stored or as member) -> every member, 0 if absent."""
    by_code = {codes(code): int(count or 0) for code, count in found.items()}
    return {code: by_code.get(code, 0) for code in codes}


def _pairs(result: Iterable[Any]) -> dict[Any, Any]:
    """(code, count) rows as a dict."""
    return {code: count for code, count in result}


def _in_year(year: int | None) -> list[Any]:
    if year is None:
        return [live(VisitRow)]
    return [
        live(VisitRow),
        VisitRow.start_date >= date(year, 1, 1),
        VisitRow.start_date <= date(year, 12, 31),
    ]


def _conducted_in(year: int | None) -> list[Any]:
    return [*_in_year(year), VisitRow.status.in_(CONDUCTED)]


def _conducted_ids(year: int | None) -> sa.Select[Any]:
    """The ids of the year's conducted visits. Records are selected with `IN` this subquery
    rather than a join: SQLite then walks the parent-id indexes from the few visits of a year
    instead of scanning every interview."""
    return sa.select(VisitRow.id).where(*_conducted_in(year))


def _conducted_place_ids(year: int | None) -> sa.Select[Any]:
    return sa.select(PlaceRow.id).where(PlaceRow.visit_id.in_(_conducted_ids(year)), live(PlaceRow))


def statistics_years(session: Session) -> list[int]:
    """The years in which live visits start, latest first."""
    year = sa.extract("year", VisitRow.start_date)
    statement = sa.select(year).where(live(VisitRow)).distinct().order_by(year.desc())
    return [int(found) for found in session.scalars(statement)]


def _visit_figures(
    session: Session, year: int | None
) -> tuple[dict[VisitStatus, int], tuple[ConductedVisit, ...], tuple[PostponedVisit, ...]]:
    by_status = session.execute(
        sa.select(VisitRow.status, sa.func.count()).where(*_in_year(year)).group_by(VisitRow.status)
    )
    conducted = session.execute(
        sa.select(VisitRow.country, VisitRow.start_date, VisitRow.end_date, VisitRow.visit_type)
        .where(*_conducted_in(year))
        .order_by(VisitRow.start_date, VisitRow.country, VisitRow.id)
    )
    postponed = session.execute(
        sa.select(
            VisitRow.country, VisitRow.start_date, VisitRow.end_date, VisitRow.postponement_reason
        )
        .where(*_in_year(year), VisitRow.status == VisitStatus.POSTPONED)
        .order_by(VisitRow.start_date, VisitRow.country, VisitRow.id)
    )
    return (
        _every_code(VisitStatus, _pairs(by_status)),
        tuple(
            ConductedVisit(country=c, start_date=s, end_date=e, visit_type=VisitType(t))
            for c, s, e, t in conducted
        ),
        tuple(
            PostponedVisit(country=c, start_date=s, end_date=e, reason=(r or "").strip())
            for c, s, e, r in postponed
        ),
    )


def empty_interview() -> sa.ColumnElement[bool]:
    """SQL for domain.empty_records.is_empty_interview: an empty interview is not counted."""
    untouched = [
        getattr(InterviewRow, name).is_(None)
        if value is None
        else getattr(InterviewRow, name) == value
        for name, value in UNTOUCHED.items()
    ]
    allegation = sa.select(AllegationRow.id).where(
        AllegationRow.interview_id == InterviewRow.id, live(AllegationRow)
    )
    identity = sa.select(IntervieweeIdentityRow.interview_id).where(
        IntervieweeIdentityRow.interview_id == InterviewRow.id, live(IntervieweeIdentityRow)
    )
    return sa.and_(
        sa.func.trim(InterviewRow.notes, " \t\r\n") == "",
        ~allegation.exists(),
        ~identity.exists(),
        *untouched,
    )


def _interview_figures(session: Session, year: int | None) -> dict[str, dict[Any, int]]:
    """Interviews and persons by category and by kind, from one GROUP BY category, kind."""
    # An individual interview is one person whatever `persons` says; a group is its headcount.
    persons = sa.case((InterviewRow.kind == InterviewKind.GROUP, InterviewRow.persons), else_=1)
    statement = (
        sa.select(InterviewRow.category, InterviewRow.kind, sa.func.count(), sa.func.sum(persons))
        .where(live(InterviewRow), sa.not_(empty_interview()))
        .group_by(InterviewRow.category, InterviewRow.kind)
    )
    if year is None:
        # Every interview is read anyway: one scan joined to its place and visit beats walking
        # the place index once per place.
        statement = (
            statement.join(PlaceRow, PlaceRow.id == InterviewRow.place_id)
            .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
            .where(*_conducted_in(None), live(PlaceRow))
        )
    else:
        statement = statement.where(InterviewRow.place_id.in_(_conducted_place_ids(year)))
    figures: dict[str, dict[Any, int]] = {
        name: {} for name in ("interviews_cat", "persons_cat", "interviews_kind", "persons_kind")
    }
    for category, kind, count, headcount in session.execute(statement):
        for name, key, value in (
            ("interviews_cat", category, count),
            ("persons_cat", category, headcount),
            ("interviews_kind", kind, count),
            ("persons_kind", kind, headcount),
        ):
            figures[name][key] = figures[name].get(key, 0) + int(value or 0)
    return figures


def _places_by_type(session: Session, year: int | None) -> dict[PlaceType, int]:
    statement = (
        sa.select(PlaceRow.place_type, sa.func.count())
        .where(PlaceRow.visit_id.in_(_conducted_ids(year)), live(PlaceRow))
        .group_by(PlaceRow.place_type)
    )
    return _every_code(PlaceType, _pairs(session.execute(statement)))


def reply_due_expression() -> Any:
    """SQL for the reply's due date: the one recorded, else six months after transmission (on
    the last day of the month when that month is shorter, as deadlines.months_after)."""
    six_months_after = months_after(VisitRow.transmitted_on, REPLY_MONTHS)
    return sa.func.coalesce(VisitRow.reply_due_on, six_months_after)


def _report_figures(session: Session, year: int | None, today: date) -> ReportFigures:
    transmitted = VisitRow.transmitted_on.is_not(None)
    received = sa.and_(transmitted, VisitRow.reply_received_on.is_not(None))
    pending = sa.and_(transmitted, VisitRow.reply_received_on.is_(None))
    overdue = sa.and_(pending, reply_due_expression() < sa.literal(today, sa.Date))

    def count(condition: Any) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    totals = session.execute(
        sa.select(count(transmitted), count(received), count(overdue), count(pending)).where(
            *_conducted_in(year)
        )
    ).one()
    requesters = session.execute(
        sa.select(
            VisitRow.publication_requested_by,
            sa.func.count(),
            count(VisitRow.public_symbol.is_not(None)),
        )
        .where(*_conducted_in(year))
        .group_by(VisitRow.publication_requested_by)
    ).all()
    requested = {by: n for by, n, _published in requesters if by is not None}
    published: dict[PublicationRequester | None, int] = {
        None if by is None else PublicationRequester(by): int(n)
        for by, _requested, n in requesters
        if n
    }
    return ReportFigures(
        transmitted=int(totals[0]),
        replies_received=int(totals[1]),
        replies_overdue=int(totals[2]),
        replies_awaited=int(totals[3]) - int(totals[2]),
        publication_requested_by=_every_code(PublicationRequester, requested),
        published_by=published,
    )


def _recommendations_by_status(
    session: Session, year: int | None
) -> dict[RecommendationStatus, int]:
    statement = (
        sa.select(RecommendationRow.status, sa.func.count())
        .where(RecommendationRow.visit_id.in_(_conducted_ids(year)), live(RecommendationRow))
        .group_by(RecommendationRow.status)
    )
    return _every_code(RecommendationStatus, _pairs(session.execute(statement)))


def _recommendations_by_visit(
    session: Session, year: int | None
) -> tuple[VisitRecommendations, ...]:
    """Per conducted visit with recommendations, in date order: how many have each status."""
    statement = (
        sa.select(
            VisitRow.id,
            VisitRow.country,
            VisitRow.start_date,
            RecommendationRow.status,
            sa.func.count(),
        )
        .join(RecommendationRow, RecommendationRow.visit_id == VisitRow.id)
        .where(*_conducted_in(year), live(RecommendationRow))
        .group_by(VisitRow.id, VisitRow.country, VisitRow.start_date, RecommendationRow.status)
        .order_by(VisitRow.start_date, VisitRow.country, VisitRow.id)
    )
    visits: dict[str, tuple[str, date, dict[Any, int]]] = {}
    for visit_id, country, start_date, status, count in session.execute(statement):
        visits.setdefault(visit_id, (country, start_date, {}))[2][status] = count
    return tuple(
        VisitRecommendations(
            country=country,
            start_date=start_date,
            by_status=_every_code(RecommendationStatus, counts),
        )
        for country, start_date, counts in visits.values()
    )


def _reprisal_cases_by_status(session: Session, year: int | None) -> dict[ReprisalStatus, int]:
    """The reprisals register's cases of the year's visits (counts only: never who)."""
    statement = (
        sa.select(ReprisalCaseRow.status, sa.func.count())
        .join(InterviewRow, InterviewRow.id == ReprisalCaseRow.interview_id)
        .where(
            ReprisalCaseRow.visit_id.in_(_conducted_ids(year)),
            live(ReprisalCaseRow),
            live(InterviewRow),
        )
        .group_by(ReprisalCaseRow.status)
    )
    return _every_code(ReprisalStatus, _pairs(session.execute(statement)))


def annual_statistics(
    session: Session, year: int | None, *, today: date | None = None
) -> AnnualStatistics:
    """The figures of `year` (None: all years); `today` decides which replies are overdue."""
    today = today or date.today()
    by_status, conducted, postponed = _visit_figures(session, year)
    interviews = _interview_figures(session, year)
    return AnnualStatistics(
        year=year,
        today=today,
        visits_by_status=by_status,
        conducted_visits=conducted,
        postponed_visits=postponed,
        interviews_by_category=_every_code(IntervieweeCategory, interviews["interviews_cat"]),
        persons_by_category=_every_code(IntervieweeCategory, interviews["persons_cat"]),
        interviews_by_kind=_every_code(InterviewKind, interviews["interviews_kind"]),
        persons_by_kind=_every_code(InterviewKind, interviews["persons_kind"]),
        places_by_type=_places_by_type(session, year),
        reports=_report_figures(session, year, today),
        recommendations_by_status=_recommendations_by_status(session, year),
        reprisal_cases_by_status=_reprisal_cases_by_status(session, year),
        recommendations_by_visit=_recommendations_by_visit(session, year),
    )


def _codes_json(counts: Mapping[Any, int]) -> dict[str, int]:
    return {str(code.value): count for code, count in counts.items()}


def statistics_json(stats: AnnualStatistics) -> dict[str, Any]:
    """The figures as plain JSON values, with a stable core of keys (see the module docstring
    for what each figure counts)."""
    reports = stats.reports
    return {
        "year": stats.year,
        "today": stats.today.isoformat(),
        "visits": {
            "conducted": stats.conducted,
            "postponed": stats.postponed,
            "cancelled": stats.cancelled,
            "planned": stats.planned,
            "by_status": _codes_json(stats.visits_by_status),
            "conducted_visits": [
                {
                    "country": visit.country,
                    "start_date": visit.start_date.isoformat(),
                    "end_date": visit.end_date.isoformat(),
                    "visit_type": visit.visit_type.value,
                }
                for visit in stats.conducted_visits
            ],
            "postponed_visits": [
                {
                    "country": visit.country,
                    "start_date": visit.start_date.isoformat(),
                    "end_date": visit.end_date.isoformat(),
                    "reason": visit.reason,
                }
                for visit in stats.postponed_visits
            ],
        },
        "interviews": {
            "count": stats.interviews,
            "persons": stats.persons,
            "by_category": {
                code.value: {"interviews": count, "persons": stats.persons_by_category[code]}
                for code, count in stats.interviews_by_category.items()
            },
            "by_kind": {
                code.value: {"interviews": count, "persons": stats.persons_by_kind[code]}
                for code, count in stats.interviews_by_kind.items()
            },
        },
        "places": {
            "total": stats.places,
            "by_group": _codes_json(stats.places_by_group),
            "by_type": _codes_json(stats.places_by_type),
        },
        "reports": {
            "transmitted": reports.transmitted,
            "replies_received": reports.replies_received,
            "replies_overdue": reports.replies_overdue,
            "replies_awaited": reports.replies_awaited,
            "publication_requested": reports.publication_requested,
            "publication_requested_by": _codes_json(reports.publication_requested_by),
            "published": reports.published,
            "published_by": {
                "state": reports.published_by.get(PublicationRequester.STATE, 0),
                "npm": reports.published_by.get(PublicationRequester.NPM, 0),
                "not_recorded": reports.published_by.get(None, 0),
            },
        },
        "recommendations": {
            "total": stats.recommendations,
            "by_status": _codes_json(stats.recommendations_by_status),
        },
        "recommendations_by_visit": [
            {
                "country": visit.country,
                "start_date": visit.start_date.isoformat(),
                "by_status": _codes_json(visit.by_status),
            }
            for visit in stats.recommendations_by_visit
        ],
        "reprisal_cases": {
            "total": sum(stats.reprisal_cases_by_status.values()),
            "by_status": _codes_json(stats.reprisal_cases_by_status),
        },
    }
