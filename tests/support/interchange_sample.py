"""Sample data for the interchange tests: a rich visit built through the services, a valid
hand-written document, and snapshots that show whether a database changed."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.session import Database, create_database
from spt_field.domain.codes import (
    Addressee,
    AgeBracket,
    AllegationForm,
    AllegationSetting,
    AuthorityKind,
    ConsentScope,
    Consistency,
    DelegationRole,
    EvidenceSource,
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
    Register,
    ReprisalAction,
    ReprisalStatus,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.country_profiles import CountryProfileFields, PreviousVisit
from spt_field.domain.values import (
    AllegationFields,
    DelegationMemberFields,
    FindingFields,
    InterviewFields,
    PersonMetFields,
    PlaceFields,
    RecommendationFields,
    ReprisalCaseFields,
    VisitFields,
)
from spt_field.interchange.export_json import export_document
from spt_field.services.allegations import add_allegation
from spt_field.services.country_profiles import save_country_profile
from spt_field.services.delegation import add_member, add_person_met
from spt_field.services.findings import add_finding
from spt_field.services.interviews import identities_for_visit, record_interview, set_identity
from spt_field.services.places import add_place
from spt_field.services.recommendations import add_recommendation, update_recommendation
from spt_field.services.reprisals import open_reprisal_case
from spt_field.services.visits import create_visit

PASSPHRASE = "correct horse battery staple"
FORMAT = "spt-field/1"


def new_database(directory: Path, name: str = "visits.sptdb") -> Database:
    return create_database(directory / name, PASSPHRASE)


def build_rich_visit(session: Session) -> str:
    """A completed visit using every entity kind and nearly every field; returns its id."""
    visit = create_visit(
        session,
        VisitFields(
            country="XRU",
            visit_type=VisitType.REGULAR,
            status=VisitStatus.COMPLETED,
            start_date=date(2019, 1, 27),
            end_date=date(2019, 2, 7),
            objectives=("Assess the treatment of persons in police custody", "Advise the NPM"),
            restricted_symbol="CAT/OP/XRU/R.1",
            transmitted_on=date(2019, 6, 3),
            reply_due_on=date(2019, 12, 3),
            reply_received_on=date(2019, 11, 28),
            publication_requested_by=PublicationRequester.STATE,
            publication_requested_on=date(2020, 1, 15),
            public_symbol="CAT/OP/XRU/1",
        ),
    )
    head = add_member(
        session,
        visit.id,
        DelegationMemberFields(name="Ilse Varnava", role=DelegationRole.HEAD_OF_DELEGATION),
    )
    doctor = add_member(
        session, visit.id, DelegationMemberFields(name="Dr Omar Tell", role=DelegationRole.EXPERT)
    )
    add_member(
        session,
        visit.id,
        DelegationMemberFields(name="Ana Brisk", role=DelegationRole.INTERPRETER),
    )
    add_person_met(
        session,
        visit.id,
        PersonMetFields(
            name="Karl Ost",
            title="Minister of Justice",
            institution="Ministry of Justice",
            category=PersonMetCategory.EXECUTIVE,
        ),
    )
    add_person_met(
        session, visit.id, PersonMetFields(name="Mira Dax", category=PersonMetCategory.NPM)
    )
    prison = add_place(
        session,
        visit.id,
        PlaceFields(
            name="Central Prison of Lorvik",
            place_type=PlaceType.PRISON,
            authority="Prison administration",
            region="North",
            town="Lorvik",
            latitude=46.2044,
            longitude=6.1432,
            visited_on=date(2019, 1, 28),
            arrived_at=time(9, 30),
            left_at=time(17, 45),
            announced=False,
            members_present=(head.id, doctor.id),
            capacity=120,
            population=151,
            men=140,
            women=11,
            children=0,
            pretrial=80,
            sentenced=71,
            administrative=0,
            foreign_nationals=23,
            registers_checked=(Register.ADMISSIONS, Register.USE_OF_FORCE, Register.MEDICAL),
            obstruction="The medical register was shown only after two hours.",
        ),
    )
    police = add_place(
        session,
        visit.id,
        PlaceFields(
            name="Police station 4",
            place_type=PlaceType.POLICE,
            visited_on=date(2019, 1, 30),
            announced=True,
            registers_checked=(Register.CUSTODY,),
        ),
    )
    person_a = record_interview(
        session,
        prison.id,
        InterviewFields(
            pseudonym="A",
            consent=ConsentScope.TRANSMIT,
            reprisal_risk=True,
            held_on=date(2019, 1, 28),
            held_at=time(10, 15),
            interviewers=(head.id, doctor.id),
            interpreter="Ana Brisk",
            language="ru",
            gender=Gender.MALE,
            age_bracket=AgeBracket.AGE_26_40,
            legal_status=LegalStatus.PRETRIAL,
            nationality="CHE",
            notes="Says he was beaten on arrest; marks on both forearms.",
        ),
    )
    set_identity(session, person_a.id, "Jon Doe, born 1990")
    add_allegation(
        session,
        person_a.id,
        AllegationFields(
            form=AllegationForm.BEATING,
            perpetrator=Perpetrator.POLICE,
            setting=AllegationSetting.ARREST,
            occurred_on=date(2019, 1, 20),
            description="Kicked and punched while handcuffed.",
            officials_involved="Two officers in uniform",
            witnesses="Cell mate",
            injuries="Bruises on both forearms",
            medical_examination=True,
            consistency=Consistency.HIGHLY_CONSISTENT,
            part_of_pattern=True,
            consent_to_transmit=True,
        ),
    )
    add_allegation(
        session,
        person_a.id,
        AllegationFields(form=AllegationForm.THREATS, perpetrator=Perpetrator.CUSTODIAL_STAFF),
    )
    group = record_interview(
        session,
        prison.id,
        InterviewFields(
            kind=InterviewKind.GROUP,
            persons=5,
            pseudonym="B",
            consent=ConsentScope.ANONYMOUS,
            private=False,
            held_on=date(2019, 1, 28),
            held_at=time(14, 0),
            notes="Group of women in wing C: food, water, visits.",
        ),
    )
    staff = record_interview(
        session,
        police.id,
        InterviewFields(
            pseudonym="C",
            category=IntervieweeCategory.LAW_ENFORCEMENT,
            consent=ConsentScope.INTERNAL,
            held_on=date(2019, 1, 30),
        ),
    )
    overcrowding = add_finding(
        session,
        visit.id,
        FindingFields(
            place_id=prison.id,
            area=FindingArea.MATERIAL_CONDITIONS,
            severity=Severity.HIGH,
            title="Overcrowding in wing C",
            text="151 persons for 120 places.",
            evidence=(group.id, person_a.id),
            sources=(EvidenceSource.OBSERVATION, EvidenceSource.REGISTERS),
        ),
    )
    beatings = add_finding(
        session,
        visit.id,
        FindingFields(
            area=FindingArea.TREATMENT,
            severity=Severity.URGENT,
            title="Beatings on arrest",
            evidence=(person_a.id, staff.id),
            sources=(EvidenceSource.MEDICAL_EXAMINATION,),
            immediate_observation=True,
        ),
    )
    investigate = add_recommendation(
        session,
        visit.id,
        RecommendationFields(
            finding_ids=(beatings.id, overcrowding.id),
            addressee=Addressee.AUTHORITY,
            authority="Ministry of the Interior",
            authority_kind=AuthorityKind.INTERIOR,
            priority=Priority.HIGH,
            themes=(FindingArea.TREATMENT, FindingArea.SAFEGUARDS),
            due_on=date(2019, 11, 30),
            text="Investigate every allegation of ill-treatment on arrest.",
            status=RecommendationStatus.IN_PROGRESS,
            state_reply="An inquiry has been opened.",
            state_reply_on=date(2019, 9, 2),
            paragraph_number=12,
        ),
    )
    open_reprisal_case(
        session,
        ReprisalCaseFields(
            interview_id=person_a.id,
            status=ReprisalStatus.MONITORING,
            opened_on=date(2019, 2, 20),
            contacts="Lawyer visited him on 18 February.",
            incidents="Searched twice after the visit.",
            actions=(ReprisalAction.LETTER, ReprisalAction.NEXT_VISIT),
            actions_taken="Letter to the Director of Prisons.",
        ),
    )
    update_recommendation(
        session,
        investigate.id,
        status=RecommendationStatus.PARTIALLY_IMPLEMENTED,
        state_reply="Two officers were suspended.",
        state_reply_on=date(2020, 1, 15),
    )
    add_recommendation(
        session,
        visit.id,
        RecommendationFields(
            finding_ids=(overcrowding.id,),
            text="Reduce the population of the Central Prison to its official capacity.",
        ),
    )
    save_country_profile(
        session,
        CountryProfileFields(
            country="XRU",
            convention_ratified_on=date(1996, 3, 12),
            protocol_ratified_on=date(2008, 6, 3),
            npm_body="the Office of the People's Advocate",
            npm_designated_on=date(2010, 1, 15),
            previous_visits=(PreviousVisit(2011, "CAT/OP/XRU/1"), PreviousVisit(2015)),
        ),
    )
    return visit.id


def build_postponed_visit(session: Session) -> str:
    visit = create_visit(
        session,
        VisitFields(
            country="CHE",
            visit_type=VisitType.FOLLOW_UP,
            status=VisitStatus.POSTPONED,
            postponement_reason="Budget",
            start_date=date(2020, 3, 2),
            end_date=date(2020, 3, 6),
        ),
    )
    return visit.id


def new_uuid() -> str:
    return str(uuid.uuid4())


def valid_document() -> dict[str, Any]:
    """A small hand-written document that imports cleanly; fresh ids on each call.

    Shape: visits[0] has 1 member, 2 places (places[0] with 2 interviews, the first with 1
    allegation), 1 finding and 1 recommendation.
    """
    member, prison, police = new_uuid(), new_uuid(), new_uuid()
    person_a, person_b, finding = new_uuid(), new_uuid(), new_uuid()
    return {
        "format": FORMAT,
        "visits": [
            {
                "id": new_uuid(),
                "country": "XAB",
                "visit_type": "npm_visit",
                "status": "in_progress",
                "start_date": "2021-05-03",
                "end_date": "2021-05-07",
                "report": {"restricted_symbol": "NPM/2021/7"},
                "delegation": [{"id": member, "name": "Lea Moor", "role": "head_of_delegation"}],
                "persons_met": [{"id": new_uuid(), "name": "Director", "category": "executive"}],
                "places": [
                    {
                        "id": prison,
                        "name": "Remand centre East",
                        "place_type": "pretrial",
                        "visited_on": "2021-05-04",
                        "arrived_at": "08:05",
                        "capacity": 60,
                        "population": 72,
                        "members_present": [member],
                        "interviews": [
                            {
                                "id": person_a,
                                "pseudonym": "A",
                                "consent": "transmit",
                                "interviewers": [member],
                                "identity": "R. Example",
                                "allegations": [
                                    {
                                        "id": new_uuid(),
                                        "form": "falanga",
                                        "perpetrator": "police",
                                        "consent_to_transmit": True,
                                    }
                                ],
                            },
                            {
                                "id": person_b,
                                "kind": "group",
                                "persons": 4,
                                "pseudonym": "B",
                                "consent": "anonymous",
                            },
                        ],
                    },
                    {
                        "id": police,
                        "name": "Police post 2",
                        "place_type": "police",
                        "visited_on": "2021-05-05",
                        "capacity": 10,
                    },
                ],
                "findings": [
                    {
                        "id": finding,
                        "place_id": prison,
                        "area": "treatment",
                        "severity": "urgent",
                        "title": "Falanga during interrogation",
                        "evidence": [person_a],
                    }
                ],
                "recommendations": [
                    {
                        "id": new_uuid(),
                        "finding_ids": [finding],
                        "addressee": "state",
                        "text": "Prohibit and investigate falanga.",
                    }
                ],
            }
        ],
    }


def row_counts(database: Database) -> dict[str, int]:
    """Rows of every table of the file (FTS shadow tables included)."""
    with database.begin() as session:
        names = sorted(sa.inspect(session.connection()).get_table_names())
        return {
            name: session.execute(sa.text(f'SELECT count(*) FROM "{name}"')).scalar_one()
            for name in names
        }


def snapshot(database: Database) -> tuple[dict[str, Any], dict[str, str], dict[str, int]]:
    """What must not change when an import fails: the records, identities and row counts.

    (Exporting identities would itself add an event to the audit trail, so they are read apart.)
    """
    counts = row_counts(database)
    with database.begin() as session:
        document = export_document(session, identities=False)
        identities = {
            interview: identity
            for visit in document["visits"]
            for interview, identity in identities_for_visit(session, visit["id"]).items()
        }
    return document, identities, counts
