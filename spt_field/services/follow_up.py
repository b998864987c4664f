"""After the visit: the State party's replies, earlier recommendations and earlier findings.

The State party replies within six months of the report's transmission (OPCAT art. 16,
domain.md section 8) unless the visit records another due date; a reply is overdue once that
date has passed with no reply received. A follow-up visit checks the recommendations of earlier
visits to the same country and what was found before at the places it visits again.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import (
    FindingRow,
    PlaceRow,
    RecommendationFindingRow,
    RecommendationRow,
    VisitRow,
)
from spt_field.domain.codes import (
    Addressee,
    FindingArea,
    PublicationRequester,
    RecommendationStatus,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.deadlines import reply_due
from spt_field.domain.values import Recommendation
from spt_field.services.records import get_live, live

CONDUCTED = (VisitStatus.COMPLETED, VisitStatus.IN_PROGRESS)


def reply_overdue(
    transmitted_on: date | None,
    reply_due_on: date | None,
    reply_received_on: date | None,
    today: date,
) -> bool:
    """Transmitted, no reply received, and the due date has passed."""
    due = reply_due(transmitted_on, reply_due_on)
    return (
        transmitted_on is not None and reply_received_on is None and due is not None and due < today
    )


# Recommendations ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FollowedRecommendation:
    """A recommendation as the follow-up sees it: what it says and how far it was implemented."""

    id: str
    visit_id: str
    paragraph_number: int | None
    text: str
    addressee: Addressee
    authority: str
    status: RecommendationStatus
    state_reply: str

    def updated(self, value: Recommendation) -> FollowedRecommendation:
        """This line with the editable fields of `value` (the same recommendation, saved)."""
        return replace(
            self,
            paragraph_number=value.paragraph_number,
            text=value.text,
            addressee=value.addressee,
            authority=value.authority,
            status=value.status,
            state_reply=value.state_reply,
        )


@dataclass(frozen=True, kw_only=True)
class EarlierRecommendation(FollowedRecommendation):
    """A recommendation of an earlier visit to the same country, with that visit's report."""

    visit_type: VisitType
    visit_start: date
    visit_end: date
    restricted_symbol: str | None
    public_symbol: str | None


_RECOMMENDATION_COLUMNS = (
    RecommendationRow.id,
    RecommendationRow.visit_id,
    RecommendationRow.paragraph_number,
    RecommendationRow.text,
    RecommendationRow.addressee,
    RecommendationRow.authority,
    RecommendationRow.status,
    RecommendationRow.state_reply,
)
_RECOMMENDATION_ORDER = (
    RecommendationRow.paragraph_number.is_(None),
    RecommendationRow.paragraph_number,
    RecommendationRow.text,
    RecommendationRow.id,
)


def _followed(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "visit_id": row.visit_id,
        "paragraph_number": row.paragraph_number,
        "text": row.text,
        "addressee": Addressee(row.addressee),
        "authority": row.authority,
        "status": RecommendationStatus(row.status),
        "state_reply": row.state_reply,
    }


def _earlier_visits(session: Session, visit_id: str) -> Any:
    """The condition on VisitRow: live, same country as this visit, started before it."""
    visit = get_live(session, VisitRow, visit_id)
    return sa.and_(
        live(VisitRow),
        VisitRow.country == visit.country,
        VisitRow.start_date < visit.start_date,
    )


def earlier_recommendations(session: Session, visit_id: str) -> list[EarlierRecommendation]:
    """The recommendations of earlier visits to this visit's country, latest visit first."""
    statement = (
        sa.select(
            *_RECOMMENDATION_COLUMNS,
            VisitRow.visit_type,
            VisitRow.start_date,
            VisitRow.end_date,
            VisitRow.restricted_symbol,
            VisitRow.public_symbol,
        )
        .join(VisitRow, VisitRow.id == RecommendationRow.visit_id)
        .where(_earlier_visits(session, visit_id), live(RecommendationRow))
        .order_by(VisitRow.start_date.desc(), VisitRow.id, *_RECOMMENDATION_ORDER)
    )
    return [
        EarlierRecommendation(
            **_followed(row),
            visit_type=VisitType(row.visit_type),
            visit_start=row.start_date,
            visit_end=row.end_date,
            restricted_symbol=row.restricted_symbol,
            public_symbol=row.public_symbol,
        )
        for row in session.execute(statement)
    ]


def followed_recommendation(session: Session, recommendation_id: str) -> FollowedRecommendation:
    get_live(session, RecommendationRow, recommendation_id)
    row = session.execute(
        sa.select(*_RECOMMENDATION_COLUMNS).where(RecommendationRow.id == recommendation_id)
    ).one()
    return FollowedRecommendation(**_followed(row))


# Findings at the same place -----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EarlierFinding:
    """A finding of an earlier visit at a place of the same name and region."""

    id: str
    visit_id: str
    visit_start: date
    visit_end: date
    restricted_symbol: str | None
    place_id: str
    place_name: str
    area: FindingArea
    severity: Severity
    title: str
    text: str
    immediate_observation: bool


# Findings of one visit in the order of the thematic areas (the report's order).
_AREA_ORDER = sa.case({area: n for n, area in enumerate(FindingArea)}, value=FindingRow.area)


def _folded(text: str) -> str:
    """Without case, accents or extra spaces: "Prisón  Central" and "prison central" match."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def same_place_key(name: str, region: str) -> tuple[str, str]:
    """Names compared without case, accents or surrounding spaces (Unicode-aware, unlike SQL
    lower())."""
    return (_folded(name), _folded(region))


def _earlier_findings(
    session: Session, visit_id: str, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[EarlierFinding]]:
    """Earlier findings at places whose (name, region) key is in `keys`, by key."""
    wanted = set(keys)
    statement = (
        sa.select(
            FindingRow.id,
            FindingRow.visit_id,
            FindingRow.area,
            FindingRow.severity,
            FindingRow.title,
            FindingRow.text,
            FindingRow.immediate_observation,
            PlaceRow.id.label("place_id"),
            PlaceRow.name,
            PlaceRow.region,
            VisitRow.start_date,
            VisitRow.end_date,
            VisitRow.restricted_symbol,
        )
        .join(PlaceRow, PlaceRow.id == FindingRow.place_id)
        .join(VisitRow, VisitRow.id == PlaceRow.visit_id)
        .where(_earlier_visits(session, visit_id), live(PlaceRow), live(FindingRow))
        .order_by(VisitRow.start_date.desc(), _AREA_ORDER, FindingRow.title, FindingRow.id)
    )
    found: dict[tuple[str, str], list[EarlierFinding]] = defaultdict(list)
    for row in session.execute(statement):
        key = same_place_key(row.name, row.region)
        if key in wanted:
            found[key].append(
                EarlierFinding(
                    id=row.id,
                    visit_id=row.visit_id,
                    visit_start=row.start_date,
                    visit_end=row.end_date,
                    restricted_symbol=row.restricted_symbol,
                    place_id=row.place_id,
                    place_name=row.name,
                    area=FindingArea(row.area),
                    severity=Severity(row.severity),
                    title=row.title,
                    text=row.text,
                    immediate_observation=row.immediate_observation,
                )
            )
    return found


def earlier_findings_at_place(session: Session, place_id: str) -> list[EarlierFinding]:
    """Findings of earlier visits to the same country at a place of the same name and region."""
    place = get_live(session, PlaceRow, place_id)
    key = same_place_key(place.name, place.region)
    return _earlier_findings(session, place.visit_id, [key]).get(key, [])


@dataclass(frozen=True, kw_only=True)
class PlaceHistory:
    """A place of this visit and what earlier visits found there."""

    place_id: str
    name: str
    region: str
    findings: tuple[EarlierFinding, ...]


def earlier_findings_for_visit(session: Session, visit_id: str) -> list[PlaceHistory]:
    """For every live place of the visit (by name), the earlier findings at the same place."""
    places = session.execute(
        sa.select(PlaceRow.id, PlaceRow.name, PlaceRow.region)
        .where(PlaceRow.visit_id == visit_id, live(PlaceRow))
        .order_by(PlaceRow.name, PlaceRow.id)
    ).all()
    found = _earlier_findings(
        session, visit_id, (same_place_key(row.name, row.region) for row in places)
    )
    return [
        PlaceHistory(
            place_id=row.id,
            name=row.name,
            region=row.region,
            findings=tuple(found.get(same_place_key(row.name, row.region), [])),
        )
        for row in places
    ]


@dataclass(frozen=True, kw_only=True)
class PlaceRecommendation:
    """A recommendation an earlier visit made on what it found at a place this visit sees
    again: what was asked, how far it stands and by when."""

    id: str
    visit_id: str
    visit_start: date
    place_name: str
    paragraph_number: int | None
    text: str
    status: RecommendationStatus
    due_on: date | None


def earlier_recommendations_for(session: Session, visit_id: str) -> list[PlaceRecommendation]:
    """Recommendations of earlier visits to the same country answering findings at a place of
    the same name and region as a place of this visit, or linked to the same entry of the
    country's register of places (renamed since); by place, then latest visit first."""
    places = session.execute(
        sa.select(PlaceRow.name, PlaceRow.region, PlaceRow.register_id).where(
            PlaceRow.visit_id == visit_id, live(PlaceRow)
        )
    ).all()
    keys = {same_place_key(row.name, row.region) for row in places}
    registered = {row.register_id for row in places if row.register_id is not None}
    statement = (
        sa.select(
            RecommendationRow.id,
            RecommendationRow.visit_id,
            RecommendationRow.paragraph_number,
            RecommendationRow.text,
            RecommendationRow.status,
            RecommendationRow.due_on,
            VisitRow.start_date,
            VisitRow.transmitted_on,
            PlaceRow.name,
            PlaceRow.region,
            PlaceRow.register_id,
        )
        .join(
            RecommendationFindingRow,
            RecommendationFindingRow.recommendation_id == RecommendationRow.id,
        )
        .join(FindingRow, FindingRow.id == RecommendationFindingRow.finding_id)
        .join(PlaceRow, PlaceRow.id == FindingRow.place_id)
        .join(VisitRow, VisitRow.id == RecommendationRow.visit_id)
        .where(
            _earlier_visits(session, visit_id),
            live(RecommendationRow),
            live(FindingRow),
            live(PlaceRow),
        )
        .order_by(VisitRow.start_date.desc(), VisitRow.id, *_RECOMMENDATION_ORDER)
    )
    found: dict[tuple[str, tuple[str, str]], PlaceRecommendation] = {}
    for row in session.execute(statement):
        key = same_place_key(row.name, row.region)
        same = key in keys or row.register_id in registered
        if same and (row.id, key) not in found:
            found[row.id, key] = PlaceRecommendation(
                id=row.id,
                visit_id=row.visit_id,
                visit_start=row.start_date,
                place_name=row.name,
                paragraph_number=row.paragraph_number,
                text=row.text,
                status=RecommendationStatus(row.status),
                due_on=reply_due(row.transmitted_on, row.due_on),
            )
    return sorted(found.values(), key=lambda line: _folded(line.place_name))


# The tracker --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TrackerVisit:
    """One visit's report and replies, with its recommendations (as filtered)."""

    id: str
    country: str
    visit_type: VisitType
    status: VisitStatus
    start_date: date
    end_date: date
    restricted_symbol: str | None
    transmitted_on: date | None
    reply_due_on: date | None  # as recorded, else six months after transmission
    reply_received_on: date | None
    publication_requested_by: PublicationRequester | None
    publication_requested_on: date | None
    public_symbol: str | None
    overdue: bool
    recommendation_count: int
    recommendations: tuple[FollowedRecommendation, ...]


def tracked_countries(session: Session) -> list[str]:
    """The countries of the visits the tracker can show, in code order."""
    statement = sa.select(VisitRow.country).where(live(VisitRow)).distinct()
    return sorted(session.scalars(statement))


def _visit_filter(country: str | None, visit_id: str | None) -> list[Any]:
    where = [live(VisitRow)]
    if country is not None:
        where.append(VisitRow.country == country)
    if visit_id is not None:
        where.append(VisitRow.id == visit_id)
    return where


def _recommendation_filter(
    visits: list[Any], status: RecommendationStatus | None, addressee: Addressee | None
) -> list[Any]:
    where = [live(RecommendationRow), *visits]
    if status is not None:
        where.append(RecommendationRow.status == status)
    if addressee is not None:
        where.append(RecommendationRow.addressee == addressee)
    return where


def _recommendation_counts(session: Session, where: list[Any]) -> dict[str, int]:
    statement = (
        sa.select(RecommendationRow.visit_id, sa.func.count())
        .join(VisitRow, VisitRow.id == RecommendationRow.visit_id)
        .where(*where)
        .group_by(RecommendationRow.visit_id)
    )
    return {visit_id: int(count) for visit_id, count in session.execute(statement)}


def _tracked_recommendations(
    session: Session, where: list[Any]
) -> dict[str, list[FollowedRecommendation]]:
    statement = (
        sa.select(*_RECOMMENDATION_COLUMNS)
        .join(VisitRow, VisitRow.id == RecommendationRow.visit_id)
        .where(*where)
        .order_by(RecommendationRow.visit_id, *_RECOMMENDATION_ORDER)
    )
    by_visit: dict[str, list[FollowedRecommendation]] = defaultdict(list)
    for row in session.execute(statement):
        by_visit[row.visit_id].append(FollowedRecommendation(**_followed(row)))
    return by_visit


def tracker_rows(
    session: Session,
    *,
    country: str | None = None,
    status: RecommendationStatus | None = None,
    addressee: Addressee | None = None,
    today: date,
    visit_id: str | None = None,
    with_recommendations: bool = True,
) -> list[TrackerVisit]:
    """Conducted visits and any visit with recommendations, newest first.

    With a status or addressee filter, only visits with a matching recommendation are listed,
    each with its matching recommendations only. `visit_id` reads one visit's line again;
    without `with_recommendations`, only their number is read (a long list of visits).
    """
    visits = _visit_filter(country, visit_id)
    where = _recommendation_filter(visits, status, addressee)
    counts = _recommendation_counts(session, where)
    recommendations = _tracked_recommendations(session, where) if with_recommendations else {}
    statement = (
        sa.select(VisitRow)
        .where(*visits)
        .order_by(VisitRow.start_date.desc(), VisitRow.country, VisitRow.id)
    )
    filtered = status is not None or addressee is not None
    rows = []
    for visit in session.scalars(statement):
        count = counts.get(visit.id, 0)
        if (filtered or visit.status not in CONDUCTED) and not count:
            continue
        rows.append(_tracker_visit(visit, recommendations.get(visit.id, []), count, today))
    return rows


def _tracker_visit(
    visit: VisitRow, own: list[FollowedRecommendation], count: int, today: date
) -> TrackerVisit:
    return TrackerVisit(
        id=visit.id,
        country=visit.country,
        visit_type=visit.visit_type,
        status=visit.status,
        start_date=visit.start_date,
        end_date=visit.end_date,
        restricted_symbol=visit.restricted_symbol,
        transmitted_on=visit.transmitted_on,
        reply_due_on=reply_due(visit.transmitted_on, visit.reply_due_on),
        reply_received_on=visit.reply_received_on,
        publication_requested_by=visit.publication_requested_by,
        publication_requested_on=visit.publication_requested_on,
        public_symbol=visit.public_symbol,
        overdue=reply_overdue(
            visit.transmitted_on, visit.reply_due_on, visit.reply_received_on, today
        ),
        recommendation_count=count,
        recommendations=tuple(own),
    )
