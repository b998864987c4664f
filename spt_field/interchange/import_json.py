"""Import an `spt-field/1` document: all or nothing.

First the schema, then every domain rule over the whole document, collecting each problem with its
JSON path; only a document with no problem at all is written, in the caller's unit of work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db import audit_log
from spt_field.db.base import SyncColumns, new_id, utcnow
from spt_field.db.identity_hashes import identity_columns
from spt_field.db.models import (
    AllegationRow,
    AttachmentRow,
    DelegationMemberRow,
    FindingEvidenceRow,
    FindingRow,
    IntervieweeIdentityRow,
    InterviewRow,
    PersonMetRow,
    PlaceRow,
    ProgrammeEntryRow,
    RecommendationFindingRow,
    RecommendationRow,
    RecommendationStatusChangeRow,
    RegisteredPlaceRow,
    ReportNarrativeRow,
    ReprisalCaseRow,
    VisitRow,
)
from spt_field.domain import rules
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import ConsentScope
from spt_field.domain.country_profiles import (
    CountryProfileFields,
    problems_in_country_profile,
    profile_from_json,
)
from spt_field.domain.json_values import fields_from_json
from spt_field.domain.limits import problems_in_texts, text_problem
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.rules import VisitContext, problems_in_reprisal_case
from spt_field.domain.values import (
    AllegationFields,
    DelegationMemberFields,
    FindingFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
    ProgrammeEntryFields,
    RecommendationFields,
    RegisteredPlaceFields,
    ReprisalCaseFields,
    StatusChangeFields,
    VisitFields,
)
from spt_field.errors import InvalidDataError, ValidationError
from spt_field.interchange.attachment_files import file_problem, read_checked
from spt_field.interchange.validate import validate_document
from spt_field.services.country_profiles import save_country_profile
from spt_field.services.records import device_of, to_columns

# Largest number of ids in one "already in the database?" query (SQLite's variable limit).
_ID_BATCH = 900


@dataclass
class ImportSummary:
    visit_ids: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)


class _OtherPseudonyms:
    """The pseudonyms of a visit's *other* interviews, without copying the set per interview."""

    def __init__(self, counts: Counter[str], own: str) -> None:
        self._counts = counts
        self._own = own

    def __contains__(self, pseudonym: object) -> bool:
        return self._counts[pseudonym] - (pseudonym == self._own) > 0  # type: ignore[index]

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._counts if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


#: Not looking at attachment files (checking a document alone, not importing it).
_UNCHECKED = Path()


class _Importer:
    def __init__(self, device_id: str, attachment_folder: Path | None = _UNCHECKED) -> None:
        self.device_id = device_id
        #: Where the attachments' files are (None: nowhere, _UNCHECKED: not looked at).
        self.attachment_folder = attachment_folder
        self.allegation_ids: set[str] = set()
        self.now = utcnow()
        self.problems: list[ValidationError] = []
        self.rows: dict[type[Any], list[dict[str, Any]]] = {}
        self.ids: dict[str, str] = {}  # id -> JSON path where it was first seen
        #: Register entries: id -> (country, JSON path); those already here are kept as they are.
        self.register: dict[str, tuple[str, str]] = {}
        #: Links to the register to check once the database is known: (path, id, country).
        self.register_links: list[tuple[str, str, str]] = []
        self.summary = ImportSummary()
        #: Each country profile's id and fields: it replaces what is recorded of its country.
        self.profiles: list[tuple[str, CountryProfileFields]] = []

    def check(self, path: str, problems: Iterator[ValidationError]) -> None:
        for problem in problems:
            self.problems.append(ValidationError(f"{path}.{problem.field}", problem.problem))

    def check_text(self, path: str, field: str, text: str) -> None:
        problem = text_problem(field, text)
        if problem is not None:
            self.problems.append(ValidationError(path, problem.problem))

    def claim_id(self, path: str, record: dict[str, Any]) -> str:
        record_id = str(record.get("id") or new_id())
        if record_id in self.ids:
            self.problems.append(
                ValidationError(f"{path}.id", f"{record_id} is also used at {self.ids[record_id]}")
            )
        self.ids.setdefault(record_id, path)
        return record_id

    def add_row(
        self, row_class: type[SyncColumns], record_id: str, columns: dict[str, Any]
    ) -> None:
        self.rows.setdefault(row_class, []).append(
            {
                "id": record_id,
                "created_at": self.now,
                "updated_at": self.now,
                "device_id": self.device_id,
                "version": 1,
                **columns,
            }
        )
        self.summary.counts[row_class.__tablename__] += 1

    def add_links(self, row_class: type[Any], owner: str, targets: tuple[str, ...]) -> None:
        keys = (
            ("finding_id", "interview_id")
            if row_class is FindingEvidenceRow
            else ("recommendation_id", "finding_id")
        )
        self.rows.setdefault(row_class, []).extend(
            {keys[0]: owner, keys[1]: target, "position": position}
            for position, target in enumerate(targets)
        )

    def visit(self, path: str, document: dict[str, Any]) -> None:
        visit_id = self.claim_id(path, document)
        fields = fields_from_json(VisitFields, {**document, **document.get("report", {})})
        self.check(path, rules.problems_in_visit(fields))
        self.add_row(VisitRow, visit_id, to_columns(fields))
        self.summary.visit_ids.append(visit_id)
        for section, text in document.get("report", {}).get("narratives", {}).items():
            self.check_text(f"{path}.report.narratives.{section}", "narrative", text)
            narrative = {"visit_id": visit_id, "section": ReportSection(section), "text": text}
            self.add_row(ReportNarrativeRow, new_id(), narrative)
        ids = {
            key: [self.claim_id(f"{path}.{key}[{n}]", item) for n, item in enumerate(items)]
            for key, items in (
                ("delegation", document.get("delegation", [])),
                ("places", document.get("places", [])),
                ("findings", document.get("findings", [])),
            )
        }
        interviews = [
            (f"{path}.places[{p}].interviews[{n}]", place_id, interview)
            for p, (place_id, place) in enumerate(
                zip(ids["places"], document.get("places", []), strict=True)
            )
            for n, interview in enumerate(place.get("interviews", []))
        ]
        interview_ids = [self.claim_id(where, item) for where, _place, item in interviews]
        context = VisitContext(
            start_date=fields.start_date,
            end_date=fields.end_date,
            member_ids=frozenset(ids["delegation"]),
            place_ids=frozenset(ids["places"]),
            interview_ids=frozenset(interview_ids),
            finding_ids=frozenset(ids["findings"]),
        )
        self.members(path, visit_id, document, ids["delegation"])
        self.persons_met(path, visit_id, document)
        self.places(path, visit_id, document, ids["places"], context)
        self.interviews(interviews, interview_ids, context)
        self.findings(path, visit_id, document, ids["findings"], context)
        self.recommendations(path, visit_id, document, context)
        self.reprisal_cases(path, visit_id, document, context)
        self.programme(path, visit_id, document, context)
        owners = {
            AttachmentOwner.PLACE: context.place_ids,
            AttachmentOwner.INTERVIEW: context.interview_ids,
            AttachmentOwner.ALLEGATION: self.allegation_ids,
            AttachmentOwner.FINDING: context.finding_ids,
        }
        for n, item in enumerate(document.get("attachments", [])):
            self.attachment(f"{path}.attachments[{n}]", item, owners)
        self.allegation_ids = set()

    def members(self, path: str, visit_id: str, document: dict[str, Any], ids: list[str]) -> None:
        for n, (member_id, member) in enumerate(
            zip(ids, document.get("delegation", []), strict=True)
        ):
            fields = fields_from_json(DelegationMemberFields, member)
            self.check(f"{path}.delegation[{n}]", rules.problems_in_member(fields))
            self.add_row(
                DelegationMemberRow, member_id, {"visit_id": visit_id, **to_columns(fields)}
            )

    def persons_met(self, path: str, visit_id: str, document: dict[str, Any]) -> None:
        for n, person in enumerate(document.get("persons_met", [])):
            where = f"{path}.persons_met[{n}]"
            fields = fields_from_json(PersonMetFields, person)
            self.check(where, rules.problems_in_person_met(fields))
            columns = {"visit_id": visit_id, **to_columns(fields)}
            self.add_row(PersonMetRow, self.claim_id(where, person), columns)

    def places(
        self,
        path: str,
        visit_id: str,
        document: dict[str, Any],
        ids: list[str],
        context: VisitContext,
    ) -> None:
        for n, (place_id, place) in enumerate(zip(ids, document.get("places", []), strict=True)):
            fields = fields_from_json(PlaceFields, place)
            self.check(f"{path}.places[{n}]", rules.problems_in_place(fields, context))
            self.link_register(f"{path}.places[{n}]", fields.register_id, document["country"])
            self.add_row(PlaceRow, place_id, {"visit_id": visit_id, **to_columns(fields)})

    def interviews(
        self,
        interviews: list[tuple[str, str, dict[str, Any]]],
        ids: list[str],
        context: VisitContext,
    ) -> None:
        values = [
            replace(parsed, pseudonym=parsed.pseudonym.strip())
            for parsed in (fields_from_json(InterviewFields, item) for _w, _p, item in interviews)
        ]
        pseudonyms = Counter(value.pseudonym for value in values)
        for (where, place_id, item), interview_id, fields in zip(
            interviews, ids, values, strict=True
        ):
            others = _OtherPseudonyms(pseudonyms, fields.pseudonym)
            self.check(where, rules.problems_in_interview(fields, context, others))
            columns = to_columns(fields)
            self.add_row(InterviewRow, interview_id, {"place_id": place_id, **columns})
            if item.get("identity"):
                self.check_text(f"{where}.identity", "identity", item["identity"])
                identity = {"interview_id": interview_id, "identity": item["identity"]}
                self.add_row(IntervieweeIdentityRow, new_id(), identity)
            for n, allegation in enumerate(item.get("allegations", [])):
                self.allegation(
                    f"{where}.allegations[{n}]", interview_id, fields, allegation, context
                )

    def allegation(
        self,
        where: str,
        interview_id: str,
        interview: InterviewFields,
        allegation: dict[str, Any],
        context: VisitContext,
    ) -> None:
        fields = fields_from_json(AllegationFields, allegation)
        self.check(where, rules.problems_in_allegation(fields, interview.consent, context))
        columns = {"interview_id": interview_id, **to_columns(fields)}
        allegation_id = self.claim_id(where, allegation)
        self.allegation_ids.add(allegation_id)
        self.add_row(AllegationRow, allegation_id, columns)

    def findings(
        self,
        path: str,
        visit_id: str,
        document: dict[str, Any],
        ids: list[str],
        context: VisitContext,
    ) -> None:
        for n, (finding_id, finding) in enumerate(
            zip(ids, document.get("findings", []), strict=True)
        ):
            fields = fields_from_json(FindingFields, finding)
            self.check(f"{path}.findings[{n}]", rules.problems_in_finding(fields, context))
            columns = {"visit_id": visit_id, **to_columns(fields, skip=["evidence"])}
            self.add_row(FindingRow, finding_id, columns)
            self.add_links(FindingEvidenceRow, finding_id, fields.evidence)

    def recommendations(
        self, path: str, visit_id: str, document: dict[str, Any], context: VisitContext
    ) -> None:
        for n, item in enumerate(document.get("recommendations", [])):
            where = f"{path}.recommendations[{n}]"
            fields = fields_from_json(RecommendationFields, item)
            self.check(where, rules.problems_in_recommendation(fields, context))
            recommendation_id = self.claim_id(where, item)
            columns = {"visit_id": visit_id, **to_columns(fields, skip=["finding_ids"])}
            self.add_row(RecommendationRow, recommendation_id, columns)
            self.add_links(RecommendationFindingRow, recommendation_id, fields.finding_ids)
            for position, change in enumerate(item.get("status_history", []), start=1):
                change_path = f"{where}.status_history[{position - 1}]"
                change_fields = fields_from_json(StatusChangeFields, change)
                self.check(change_path, problems_in_texts(change_fields))
                columns = {
                    "visit_id": visit_id,
                    "recommendation_id": recommendation_id,
                    "position": position,
                    **to_columns(change_fields),
                }
                change_id = self.claim_id(change_path, change)
                self.add_row(RecommendationStatusChangeRow, change_id, columns)

    def reprisal_cases(
        self, path: str, visit_id: str, document: dict[str, Any], context: VisitContext
    ) -> None:
        for n, item in enumerate(document.get("reprisal_cases", [])):
            where = f"{path}.reprisal_cases[{n}]"
            fields = fields_from_json(ReprisalCaseFields, item)
            self.check(where, problems_in_reprisal_case(fields))
            if fields.interview_id not in context.interview_ids:
                self.problems.append(
                    ValidationError(
                        f"{where}.interview_id",
                        "no {what} {record} in this visit",
                        what="interview",
                        record=fields.interview_id,
                    )
                )
            columns = {"visit_id": visit_id, **to_columns(fields)}
            self.add_row(ReprisalCaseRow, self.claim_id(where, item), columns)

    def country_profile(self, path: str, document: dict[str, Any]) -> None:
        record_id = self.claim_id(path, document)
        profile = profile_from_json(document)
        self.check(path, problems_in_country_profile(profile))
        if any(other.country == profile.country for _, other in self.profiles):
            self.problems.append(
                ValidationError(f"{path}.country", f"{profile.country} has another profile here")
            )
        self.profiles.append((record_id, profile))
        self.summary.counts["country_profile"] += 1

    def programme(
        self, path: str, visit_id: str, document: dict[str, Any], context: VisitContext
    ) -> None:
        for n, item in enumerate(document.get("programme", [])):
            where = f"{path}.programme[{n}]"
            fields = fields_from_json(ProgrammeEntryFields, item)
            self.check(where, rules.problems_in_programme_entry(fields, context))
            self.link_register(where, fields.register_id, document["country"])
            columns = {"visit_id": visit_id, **to_columns(fields)}
            self.add_row(ProgrammeEntryRow, self.claim_id(where, item), columns)

    def registered_places(self, entries: list[dict[str, Any]]) -> None:
        for n, item in enumerate(entries):
            where = f"$.places_register[{n}]"
            fields = fields_from_json(RegisteredPlaceFields, item)
            self.check(where, rules.problems_in_registered_place(fields))
            entry_id = self.claim_id(where, item)
            self.register[entry_id] = (fields.country, where)
            self.add_row(RegisteredPlaceRow, entry_id, to_columns(fields))

    def link_register(self, where: str, register_id: str | None, country: str) -> None:
        if register_id is not None:
            self.register_links.append((f"{where}.register_id", register_id, country))

    def check_register(self, session: Session) -> None:
        """Entries already here are the same places (each visit's export carries its
        country's register): they are kept, not added again. A link must name an entry of
        the visit's own country, in the document or here."""
        statement = sa.select(RegisteredPlaceRow.id, RegisteredPlaceRow.country).where(
            RegisteredPlaceRow.id.in_(list(self.register))
            | RegisteredPlaceRow.id.in_([link[1] for link in self.register_links])
        )
        known = {row.id: row.country for row in session.execute(statement)}
        entries = self.rows.get(RegisteredPlaceRow, [])
        self.rows[RegisteredPlaceRow] = [row for row in entries if row["id"] not in known]
        kept = len(entries) - len(self.rows[RegisteredPlaceRow])
        self.summary.counts[RegisteredPlaceRow.__tablename__] -= kept
        self.summary.counts = +self.summary.counts  # none added: not counted at all
        countries = {**{key: value[0] for key, value in self.register.items()}, **known}
        for where, register_id, country in self.register_links:
            if countries.get(register_id) != country:
                self.problems.append(
                    ValidationError(
                        where,
                        "no {what} {record} in this visit",
                        what="place",
                        record=register_id,
                    )
                )

    def attachment(
        self, where: str, item: dict[str, Any], owners: dict[AttachmentOwner, Any]
    ) -> None:
        owner_kind = AttachmentOwner(item["owner_kind"])
        if item["owner_id"] not in owners[owner_kind]:
            self.problems.append(
                ValidationError(
                    f"{where}.owner_id",
                    "no {what} {record} in this visit",
                    what=owner_kind.value,
                    record=item["owner_id"],
                )
            )
        for name in ("caption", "file_name"):
            self.check_text(f"{where}.{name}", name, item.get(name, ""))
        if self.attachment_folder != _UNCHECKED:
            problem = file_problem(self.attachment_folder, item["sha256"], item["size"])
            if problem is not None:
                self.problems.append(ValidationError(f"{where}.sha256", problem))
        columns = {
            "owner_kind": owner_kind,
            "owner_id": item["owner_id"],
            "caption": item.get("caption", ""),
            "consent": ConsentScope(item["consent"]),
            "media_type": item["media_type"],
            "file_name": item.get("file_name", ""),
            "size": item["size"],
            "sha256": item["sha256"],
            "added_by": item.get("added_by", ""),
            "added_at": self.added_at(f"{where}.added_at", item.get("added_at")),
            "metadata_removed": list(item.get("metadata_removed", [])),
            "kept_original": bool(item.get("kept_original", False)),
            "in_internal_notes": bool(item.get("in_internal_notes", False)),
            "content": b"",  # read from its file as it is written (see write)
        }
        self.add_row(AttachmentRow, self.claim_id(where, item), columns)

    def added_at(self, where: str, text: str | None) -> datetime:
        if text is None:
            return self.now
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            self.problems.append(
                ValidationError(where, "{text!r} is not a date and time", text=text)
            )
            return self.now

    def check_ids_are_new(self, session: Session) -> None:
        self.check_register(session)
        for registered in self.register:
            self.ids.pop(registered, None)
        ids = list(self.ids)
        for row_class in (
            VisitRow,
            DelegationMemberRow,
            PersonMetRow,
            PlaceRow,
            InterviewRow,
            AllegationRow,
            FindingRow,
            RecommendationRow,
            RecommendationStatusChangeRow,
            ReprisalCaseRow,
            ProgrammeEntryRow,
            AttachmentRow,
        ):
            for start in range(0, len(ids), _ID_BATCH):
                batch = ids[start : start + _ID_BATCH]
                for existing in session.scalars(
                    sa.select(row_class.id).where(row_class.id.in_(batch))
                ):
                    self.problems.append(
                        ValidationError(
                            f"{self.ids[existing]}.id", f"{existing} is already in this database"
                        )
                    )

    def write_attachments(
        self, session: Session, statement: Any, rows: list[dict[str, Any]]
    ) -> None:
        """One attachment at a time, its bytes read from its file as it goes in."""
        assert self.attachment_folder is not None and self.attachment_folder != _UNCHECKED
        for row in rows:
            session.execute(
                statement, [{**row, "content": read_checked(self.attachment_folder, row["sha256"])}]
            )

    def write(self, session: Session) -> None:
        # Parents before children, so foreign keys hold at every insert.
        for row_class in (
            RegisteredPlaceRow,
            VisitRow,
            DelegationMemberRow,
            PersonMetRow,
            PlaceRow,
            InterviewRow,
            IntervieweeIdentityRow,
            AllegationRow,
            FindingRow,
            FindingEvidenceRow,
            RecommendationRow,
            RecommendationFindingRow,
            RecommendationStatusChangeRow,
            ReportNarrativeRow,
            ReprisalCaseRow,
            ProgrammeEntryRow,
            AttachmentRow,
        ):
            rows = self.rows.get(row_class)
            if rows and row_class is IntervieweeIdentityRow:
                rows = [{**row, **identity_columns(session, row["identity"])} for row in rows]
            if rows:
                # render_nulls: rows whose None values differ still go in one batch.
                table = row_class.__tablename__
                audited = issubclass(row_class, SyncColumns)
                after = audit_log.last_rowid(session, table) if audited else 0
                statement = sa.insert(row_class).execution_options(render_nulls=True)
                if row_class is AttachmentRow:
                    self.write_attachments(session, statement, rows)
                else:
                    session.execute(statement, rows)
                if audited:
                    ids = [row["id"] for row in rows]
                    audit_log.note_inserted(session, table, after, ids, AuditAction.IMPORT)


def _checked(
    document: Any, device_id: str, attachment_folder: Path | None = _UNCHECKED
) -> _Importer:
    """An importer that went through the whole `document`: schema first (InvalidDataError),
    then every rule, whose problems it holds."""
    validate_document(document)
    importer = _Importer(device_id, attachment_folder)
    importer.registered_places(document.get("places_register", []))
    for n, visit in enumerate(document["visits"]):
        importer.visit(f"$.visits[{n}]", visit)
    for n, profile in enumerate(document.get("country_profiles", ())):
        importer.country_profile(f"$.country_profiles[{n}]", profile)
    return importer


def document_problems(document: Any) -> list[ValidationError]:
    """Every problem of `document` as an import would find it (schema, then rules), without
    looking at a database."""
    try:
        return _checked(document, "").problems
    except InvalidDataError as error:
        return list(error.problems)


def import_document(
    session: Session, document: Any, attachment_folder: Path | None = None
) -> ImportSummary:
    """Validate `document` whole, then add every record; raises InvalidDataError, writes nothing.
    The files of its attachments are in `attachment_folder` (see interchange.attachment_files)."""
    importer = _checked(document, device_of(session), attachment_folder)
    importer.check_ids_are_new(session)
    if importer.problems:
        raise InvalidDataError(importer.problems)
    importer.write(session)
    for record_id, profile in importer.profiles:
        save_country_profile(session, profile, record_id=record_id)
    return importer.summary
