"""The tables of a visit. Rows stay below the services layer; the UI sees domain values."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from spt_field.db.base import Base, SyncColumns, new_id
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import (
    Addressee,
    AgeBracket,
    AllegationForm,
    AllegationSetting,
    AuthorityKind,
    ConsentScope,
    Consistency,
    DelegationRole,
    FindingArea,
    Gender,
    IntervieweeCategory,
    InterviewKind,
    LegalStatus,
    Perpetrator,
    PersonMetCategory,
    PlaceType,
    Priority,
    PublicationRequester,
    RecommendationStatus,
    ReprisalStatus,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.report_sections import ReportSection


def _parent(table: str) -> Mapped[str]:
    return mapped_column(sa.ForeignKey(f"{table}.id"), index=True)


class DatabaseInfoRow(Base):
    """Key-value facts about this database file, such as the device id of this laptop."""

    __tablename__ = "database_info"
    key: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class VisitRow(SyncColumns, Base):
    __tablename__ = "visit"
    country: Mapped[str] = mapped_column(sa.String(3))
    visit_type: Mapped[VisitType]
    status: Mapped[VisitStatus]
    start_date: Mapped[date]
    end_date: Mapped[date]
    postponement_reason: Mapped[str | None]
    objectives: Mapped[list[str]] = mapped_column(default=list)
    restricted_symbol: Mapped[str | None]
    transmitted_on: Mapped[date | None]
    reply_due_on: Mapped[date | None]
    reply_received_on: Mapped[date | None]
    publication_requested_by: Mapped[PublicationRequester | None]
    publication_requested_on: Mapped[date | None]
    public_symbol: Mapped[str | None]


class DelegationMemberRow(SyncColumns, Base):
    __tablename__ = "delegation_member"
    visit_id: Mapped[str] = _parent("visit")
    name: Mapped[str]
    role: Mapped[DelegationRole]
    gender: Mapped[Gender] = mapped_column(default=Gender.UNKNOWN)


class PersonMetRow(SyncColumns, Base):
    __tablename__ = "person_met"
    visit_id: Mapped[str] = _parent("visit")
    name: Mapped[str]
    title: Mapped[str] = mapped_column(default="")
    institution: Mapped[str] = mapped_column(default="")
    category: Mapped[PersonMetCategory]
    protocol_rank: Mapped[int | None]


class RegisteredPlaceRow(SyncColumns, Base):
    """A place of deprivation of liberty in a country's register (when it was visited comes
    from the visits' places linked to it)."""

    __tablename__ = "registered_place"
    country: Mapped[str] = mapped_column(sa.String(3), index=True)
    name: Mapped[str]
    place_type: Mapped[PlaceType]
    region: Mapped[str] = mapped_column(default="")
    capacity: Mapped[int | None]


class PlaceRow(SyncColumns, Base):
    __tablename__ = "place"
    visit_id: Mapped[str] = _parent("visit")
    name: Mapped[str]
    place_type: Mapped[PlaceType]
    authority: Mapped[str] = mapped_column(default="")
    region: Mapped[str] = mapped_column(default="")
    town: Mapped[str] = mapped_column(default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    visited_on: Mapped[date | None]
    arrived_at: Mapped[time | None]
    left_at: Mapped[time | None]
    announced: Mapped[bool] = mapped_column(default=False)
    members_present: Mapped[list[str]] = mapped_column(default=list)
    capacity: Mapped[int | None]
    population: Mapped[int | None]
    men: Mapped[int | None]
    women: Mapped[int | None]
    children: Mapped[int | None]
    pretrial: Mapped[int | None]
    sentenced: Mapped[int | None]
    administrative: Mapped[int | None]
    foreign_nationals: Mapped[int | None]
    registers_checked: Mapped[list[str]] = mapped_column(default=list)
    obstruction: Mapped[str] = mapped_column(default="")
    register_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("registered_place.id"), index=True, default=None
    )


class InterviewRow(SyncColumns, Base):
    __tablename__ = "interview"
    __table_args__ = (
        sa.Index("ix_interview_listing", "held_on", "held_at", "pseudonym", "id"),
        # Counting a visit's live interviews reads this index, not the rows.
        sa.Index(
            "ix_interview_live_place",
            "place_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
    )
    place_id: Mapped[str] = _parent("place")
    kind: Mapped[InterviewKind]
    persons: Mapped[int] = mapped_column(default=1)
    category: Mapped[IntervieweeCategory]
    pseudonym: Mapped[str]
    consent: Mapped[ConsentScope]
    reprisal_risk: Mapped[bool] = mapped_column(default=False)
    private: Mapped[bool] = mapped_column(default=True)
    held_on: Mapped[date | None]
    held_at: Mapped[time | None]
    interviewers: Mapped[list[str]] = mapped_column(default=list)
    interpreter: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(default="")
    gender: Mapped[Gender]
    age_bracket: Mapped[AgeBracket]
    legal_status: Mapped[LegalStatus]
    nationality: Mapped[str | None] = mapped_column(sa.String(3))
    notes: Mapped[str] = mapped_column(default="")


class IntervieweeIdentityRow(SyncColumns, Base):
    """The real identity of an interviewee, kept apart from the interview and never reported."""

    __tablename__ = "interviewee_identity"
    interview_id: Mapped[str] = mapped_column(sa.ForeignKey("interview.id"), unique=True)
    identity: Mapped[str]
    #: The keyed hashes of its secrets, for the report's check (db/identity_hashes.py).
    secret_hashes: Mapped[list[str] | None] = mapped_column(sa.JSON)


class AllegationRow(SyncColumns, Base):
    __tablename__ = "allegation"
    interview_id: Mapped[str] = _parent("interview")
    form: Mapped[AllegationForm]
    perpetrator: Mapped[Perpetrator]
    setting: Mapped[AllegationSetting]
    occurred_on: Mapped[date | None]
    description: Mapped[str] = mapped_column(default="")
    officials_involved: Mapped[str] = mapped_column(default="")
    witnesses: Mapped[str] = mapped_column(default="")
    injuries: Mapped[str] = mapped_column(default="")
    medical_examination: Mapped[bool] = mapped_column(default=False)
    consistency: Mapped[Consistency | None]
    part_of_pattern: Mapped[bool] = mapped_column(default=False)
    consent_to_transmit: Mapped[bool] = mapped_column(default=False)


class FindingRow(SyncColumns, Base):
    __tablename__ = "finding"
    visit_id: Mapped[str] = _parent("visit")
    place_id: Mapped[str | None] = mapped_column(sa.ForeignKey("place.id"), index=True)
    area: Mapped[FindingArea]
    severity: Mapped[Severity]
    title: Mapped[str]
    text: Mapped[str] = mapped_column(default="")
    sources: Mapped[list[str]] = mapped_column(default=list)
    immediate_observation: Mapped[bool] = mapped_column(default=False)
    standards: Mapped[list[str]] = mapped_column(default=list)


class FindingEvidenceRow(Base):
    """An interview a finding rests on. Part of its finding: edited and versioned with it."""

    __tablename__ = "finding_evidence"
    finding_id: Mapped[str] = mapped_column(sa.ForeignKey("finding.id"), primary_key=True)
    interview_id: Mapped[str] = mapped_column(
        sa.ForeignKey("interview.id"), primary_key=True, index=True
    )
    position: Mapped[int]


class RecommendationRow(SyncColumns, Base):
    __tablename__ = "recommendation"
    visit_id: Mapped[str] = _parent("visit")
    addressee: Mapped[Addressee]
    authority: Mapped[str] = mapped_column(default="")
    text: Mapped[str]
    status: Mapped[RecommendationStatus]
    paragraph_number: Mapped[int | None]
    state_reply: Mapped[str] = mapped_column(default="")
    authority_kind: Mapped[AuthorityKind] = mapped_column(default=AuthorityKind.UNSPECIFIED)
    priority: Mapped[Priority] = mapped_column(default=Priority.MEDIUM)
    themes: Mapped[list[str]] = mapped_column(default=list)
    due_on: Mapped[date | None]
    state_reply_on: Mapped[date | None]
    standards: Mapped[list[str]] = mapped_column(default=list)


class RecommendationFindingRow(Base):
    """A finding a recommendation answers. Part of its recommendation."""

    __tablename__ = "recommendation_finding"
    recommendation_id: Mapped[str] = mapped_column(
        sa.ForeignKey("recommendation.id"), primary_key=True
    )
    finding_id: Mapped[str] = mapped_column(
        sa.ForeignKey("finding.id"), primary_key=True, index=True
    )
    position: Mapped[int]


class ReportNarrativeRow(SyncColumns, Base):
    """A drafter's narrative for one section of a visit's report."""

    __tablename__ = "report_narrative"
    __table_args__ = (sa.UniqueConstraint("visit_id", "section"),)
    visit_id: Mapped[str] = _parent("visit")
    section: Mapped[ReportSection]
    text: Mapped[str] = mapped_column(default="")


class ReportFreezeRow(Base):
    """A finalized report's content: the records it was built from when it was finalized, as
    JSON, so that exporting it again prints the same paragraphs under the same numbers. One per
    visit and addressee; reopening the draft deletes it. Kept on this laptop (not synced)."""

    __tablename__ = "report_freeze"
    visit_id: Mapped[str] = mapped_column(sa.ForeignKey("visit.id"), primary_key=True)
    addressee: Mapped[str] = mapped_column(sa.String(10), primary_key=True)
    material: Mapped[str] = mapped_column(sa.Text)
    frozen_at: Mapped[datetime]


class AuditEventRow(Base):
    """One change to one record: when, by which member on which laptop, each field's old and new
    value. Appended by spt_field.db.audit_log on every write; never edited by the services."""

    __tablename__ = "audit_event"
    __table_args__ = (sa.Index("ix_audit_event_record", "record_id", "at"),)
    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    at: Mapped[datetime]
    member: Mapped[str] = mapped_column(default="")
    device_id: Mapped[str] = mapped_column(sa.String(36))
    table_name: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[str] = mapped_column(sa.String(36))
    action: Mapped[AuditAction]
    #: Field name -> [old, new], JSON values.
    changes: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


class SyncStateRow(Base):
    """A record's field-sync metadata (spt_field.domain.clock): its version vector and, per
    field, the writes that set it. A record without one counts as one write by its last device."""

    __tablename__ = "sync_state"
    __table_args__ = (
        # Open conflicts are few: listing them reads this index, not every record.
        sa.Index(
            "ix_sync_state_conflicts",
            "record_id",
            sqlite_where=sa.text("conflicts IS NOT NULL"),
            postgresql_where=sa.text("conflicts IS NOT NULL"),
        ),
    )
    record_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(sa.String(40))
    #: {"v": vector, "f": {field: [sibling, ...]}}; None: the record's fallback state.
    state: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON(none_as_null=True), default=None)
    #: Fields in conflict, or None (SQL NULL) when there is none.
    conflicts: Mapped[list[str] | None] = mapped_column(sa.JSON(none_as_null=True), default=None)
    #: This database's change counter when the record last changed (for --since-last).
    seq: Mapped[int] = mapped_column(index=True)


class BundleSentRow(Base):
    """The last bundle of a visit written for a recipient: the next one can hold only what
    changed since."""

    __tablename__ = "bundle_sent"
    recipient: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    visit_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    seq: Mapped[int]
    at: Mapped[datetime]


class BundleSignerRow(Base):
    """The signing key of another laptop, pinned when its first bundle was imported: a later
    bundle claiming to come from that laptop must be signed with the same key."""

    __tablename__ = "bundle_signer"
    device_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    #: The raw Ed25519 public key, base64.
    public_key: Mapped[str] = mapped_column(sa.String(44))
    #: The member named in that first bundle, and when it was imported (for the record).
    member: Mapped[str] = mapped_column(sa.String(200))
    first_seen: Mapped[datetime]


class RecommendationStatusChangeRow(SyncColumns, Base):
    """One implementation status given to a recommendation, kept when a later one replaces it."""

    __tablename__ = "recommendation_status_change"
    #: The recommendation's visit, so that sync and deletion find the change as they find it.
    visit_id: Mapped[str] = _parent("visit")
    recommendation_id: Mapped[str] = _parent("recommendation")
    position: Mapped[int]
    status: Mapped[RecommendationStatus]
    state_reply: Mapped[str] = mapped_column(default="")
    state_reply_on: Mapped[date | None]


class ReprisalCaseRow(SyncColumns, Base):
    """The follow-up of a person at risk of reprisals, by their interview. Never reported."""

    __tablename__ = "reprisal_case"
    visit_id: Mapped[str] = _parent("visit")
    interview_id: Mapped[str] = _parent("interview")
    status: Mapped[ReprisalStatus]
    opened_on: Mapped[date | None]
    contacts: Mapped[str] = mapped_column(default="")
    incidents: Mapped[str] = mapped_column(default="")
    actions: Mapped[list[str]] = mapped_column(default=list)
    actions_taken: Mapped[str] = mapped_column(default="")


class AttachmentRow(SyncColumns, Base):
    """A photograph or scanned document of a record, its bytes inside the encrypted database.
    The bytes are loaded only when asked for (listing reads the description alone)."""

    __tablename__ = "attachments"
    __table_args__ = (sa.Index("ix_attachments_owner", "owner_kind", "owner_id"),)
    owner_kind: Mapped[AttachmentOwner]
    owner_id: Mapped[str] = mapped_column(sa.String(36))
    caption: Mapped[str] = mapped_column(default="")
    media_type: Mapped[str] = mapped_column(sa.String(100))
    file_name: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    added_by: Mapped[str] = mapped_column(default="")
    added_at: Mapped[datetime]
    consent: Mapped[ConsentScope]
    metadata_removed: Mapped[list[str]] = mapped_column(default=list)
    kept_original: Mapped[bool] = mapped_column(default=False)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    #: Chosen for the delegation's internal notes (a photograph with its caption).
    in_internal_notes: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class CountryProfileRow(SyncColumns, Base):
    """What a report's introduction says of the State visited: one row per country.
    `previous_visits` holds {"year": 2011, "symbol": "CAT/OP/BRA/1"} objects, oldest first."""

    __tablename__ = "country_profile"
    country: Mapped[str] = mapped_column(sa.String(3), unique=True)
    convention_ratified_on: Mapped[date | None]
    protocol_ratified_on: Mapped[date | None]
    npm_body: Mapped[str] = mapped_column(default="")
    npm_designated_on: Mapped[date | None]
    previous_visits: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)


class ProgrammeEntryRow(SyncColumns, Base):
    """One item of the delegation's daily programme for a visit."""

    __tablename__ = "programme_entry"
    visit_id: Mapped[str] = _parent("visit")
    day: Mapped[date]
    starts_at: Mapped[time | None]
    ends_at: Mapped[time | None]
    team: Mapped[str] = mapped_column(default="")
    register_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("registered_place.id"), index=True, default=None
    )
    place_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("place.id"), index=True, default=None
    )
    meeting_with: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
