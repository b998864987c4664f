"""Every kind of record a visit holds, in one place: its row class, its services, its label,
how it is found under its visit and how it syncs.

The interface (forms, undo), the trash, the visit lookup, field sync and the conflicts read this
registry; a new kind of record is added here and in the modules its services live in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.base import SyncColumns
from spt_field.db.models import (
    AllegationRow,
    AttachmentRow,
    CountryProfileRow,
    DelegationMemberRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    ProgrammeEntryRow,
    RecommendationRow,
    RecommendationStatusChangeRow,
    RegisteredPlaceRow,
    ReportNarrativeRow,
    ReprisalCaseRow,
    VisitRow,
)
from spt_field.domain.catalogue import label
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import (
    Allegation,
    AllegationFields,
    DelegationMember,
    DelegationMemberFields,
    Finding,
    FindingFields,
    Interview,
    InterviewFields,
    PersonMet,
    PersonMetFields,
    Place,
    PlaceFields,
    ProgrammeEntry,
    ProgrammeEntryFields,
    Recommendation,
    RecommendationFields,
    RegisteredPlace,
    RegisteredPlaceFields,
    Visit,
    VisitFields,
)
from spt_field.services import (
    allegations,
    delegation,
    findings,
    interviews,
    places,
    places_register,
    programme,
    recommendations,
    visits,
)

R = TypeVar("R")
F = TypeVar("F")
R_co = TypeVar("R_co", covariant=True)


class Update(Protocol[R_co]):
    """Changes some fields of one record (keyword arguments named as the fields); `loaded`, the
    value the user started from, refuses an edit that would overwrite someone else's
    (services.records.refuse_lost_update)."""

    def __call__(
        self, session: Session, record_id: str, /, *, loaded: Any = None, **changes: Any
    ) -> R_co: ...


@dataclass(frozen=True)
class KindOfRecord(Generic[R, F]):
    """One kind of record: `R` its value as services return it, `F` the fields it is added with."""

    kind: RecordKind
    row: type[SyncColumns]
    #: What a user edits of it.
    fields: type[F]
    fetch: Callable[[Session, str], R]
    update: Update[R]
    delete: Callable[[Session, str], None]
    #: Adds a record under its parent (the visit, place or interview it belongs to).
    create: Callable[[Session, str, F], R]
    #: The statement giving the id of the visit a record (its id bound as `record_id`) is of.
    visit_of: Callable[[str], sa.Select[Any]]
    #: Tables whose records sync as part of this kind's (an interview's identity, a visit's
    #: report narratives), besides the kind's own.
    synced_with: tuple[type[SyncColumns], ...] = ()

    def label(self, language: str) -> str:
        """Its name in `language`, from the catalogue of labels."""
        return label(self.kind, language)

    @property
    def synced_tables(self) -> tuple[str, ...]:
        return tuple(row.__tablename__ for row in (self.row, *self.synced_with))


def _of_visit(row: Any) -> Callable[[str], sa.Select[Any]]:
    """A record held directly by a visit (its `visit_id` column)."""
    return lambda record_id: sa.select(row.visit_id).where(row.id == record_id)


def _visit_itself(record_id: str) -> sa.Select[Any]:
    return sa.select(VisitRow.id).where(VisitRow.id == record_id)


def _visit_of_interview(record_id: str) -> sa.Select[Any]:
    return (
        sa.select(PlaceRow.visit_id)
        .join(InterviewRow, InterviewRow.place_id == PlaceRow.id)
        .where(InterviewRow.id == record_id)
    )


def _visit_of_allegation(record_id: str) -> sa.Select[Any]:
    return (
        sa.select(PlaceRow.visit_id)
        .join(InterviewRow, InterviewRow.place_id == PlaceRow.id)
        .join(AllegationRow, AllegationRow.interview_id == InterviewRow.id)
        .where(AllegationRow.id == record_id)
    )


def _latest_visit_of_registered_place(record_id: str) -> sa.Select[Any]:
    """The register is a country's: its entries are found under the latest visit there."""
    return (
        sa.select(VisitRow.id)
        .join(RegisteredPlaceRow, RegisteredPlaceRow.country == VisitRow.country)
        .where(RegisteredPlaceRow.id == record_id, VisitRow.deleted_at.is_(None))
        .order_by(VisitRow.start_date.desc(), VisitRow.id)
        .limit(1)
    )


def _create_visit(session: Session, _parent_id: str, fields: VisitFields) -> Visit:
    """A visit has no parent: the parent id the generic machinery passes is ignored."""
    return visits.create_visit(session, fields)


VISIT = KindOfRecord[Visit, VisitFields](
    RecordKind.VISIT,
    VisitRow,
    VisitFields,
    visits.get_visit,
    visits.update_visit,
    visits.delete_visit,
    _create_visit,
    _visit_itself,
    # The profile of the visit's country: what the report's introduction says of the State.
    synced_with=(ReportNarrativeRow, CountryProfileRow),
)
MEMBER = KindOfRecord[DelegationMember, DelegationMemberFields](
    RecordKind.MEMBER,
    DelegationMemberRow,
    DelegationMemberFields,
    delegation.get_member,
    delegation.update_member,
    delegation.delete_member,
    delegation.add_member,
    _of_visit(DelegationMemberRow),
)
PERSON_MET = KindOfRecord[PersonMet, PersonMetFields](
    RecordKind.PERSON_MET,
    PersonMetRow,
    PersonMetFields,
    delegation.get_person_met,
    delegation.update_person_met,
    delegation.delete_person_met,
    delegation.add_person_met,
    _of_visit(PersonMetRow),
)
PLACE = KindOfRecord[Place, PlaceFields](
    RecordKind.PLACE,
    PlaceRow,
    PlaceFields,
    places.get_place,
    places.update_place,
    places.delete_place,
    places.add_place,
    _of_visit(PlaceRow),
)
INTERVIEW = KindOfRecord[Interview, InterviewFields](
    RecordKind.INTERVIEW,
    InterviewRow,
    InterviewFields,
    interviews.get_interview,
    interviews.update_interview,
    interviews.delete_interview,
    interviews.record_interview,
    _visit_of_interview,
    # A reprisal case follows up the person interviewed.
    synced_with=(IntervieweeIdentityRow, ReprisalCaseRow),
)
ALLEGATION = KindOfRecord[Allegation, AllegationFields](
    RecordKind.ALLEGATION,
    AllegationRow,
    AllegationFields,
    allegations.get_allegation,
    allegations.update_allegation,
    allegations.delete_allegation,
    allegations.add_allegation,
    _visit_of_allegation,
)
FINDING = KindOfRecord[Finding, FindingFields](
    RecordKind.FINDING,
    FindingRow,
    FindingFields,
    findings.get_finding,
    findings.update_finding,
    findings.delete_finding,
    findings.add_finding,
    _of_visit(FindingRow),
)
RECOMMENDATION = KindOfRecord[Recommendation, RecommendationFields](
    RecordKind.RECOMMENDATION,
    RecommendationRow,
    RecommendationFields,
    recommendations.get_recommendation,
    recommendations.update_recommendation,
    recommendations.delete_recommendation,
    recommendations.add_recommendation,
    _of_visit(RecommendationRow),
    synced_with=(RecommendationStatusChangeRow,),
)
REGISTERED_PLACE = KindOfRecord[RegisteredPlace, RegisteredPlaceFields](
    RecordKind.REGISTERED_PLACE,
    RegisteredPlaceRow,
    RegisteredPlaceFields,
    places_register.get_registered_place,
    places_register.update_registered_place,
    places_register.delete_registered_place,
    places_register.add_registered_place,
    _latest_visit_of_registered_place,
)
PROGRAMME_ENTRY = KindOfRecord[ProgrammeEntry, ProgrammeEntryFields](
    RecordKind.PROGRAMME_ENTRY,
    ProgrammeEntryRow,
    ProgrammeEntryFields,
    programme.get_programme_entry,
    programme.update_programme_entry,
    programme.delete_programme_entry,
    programme.add_programme_entry,
    _of_visit(ProgrammeEntryRow),
)

#: Every kind, in RecordKind's order.
RECORD_KINDS: dict[RecordKind, KindOfRecord[Any, Any]] = {
    entry.kind: entry
    for entry in (
        VISIT,
        MEMBER,
        PERSON_MET,
        PLACE,
        INTERVIEW,
        ALLEGATION,
        FINDING,
        RECOMMENDATION,
        REGISTERED_PLACE,
        PROGRAMME_ENTRY,
    )
}
#: The kind each synced table's records belong to, as the user knows them.
KIND_OF_TABLE: dict[str, RecordKind] = {
    **{table: entry.kind for entry in RECORD_KINDS.values() for table in entry.synced_tables},
    # An attachment belongs to a place, an interview, an allegation or a finding; it is
    # added, edited and deleted with spt_field.services.attachments (it has no form).
    AttachmentRow.__tablename__: RecordKind.ATTACHMENT,
}
