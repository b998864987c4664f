"""Code lists: the stable codes of architecture.md, labels for people, report groups of places."""

from __future__ import annotations

import pytest

from spt_field.domain.codes import (
    Addressee,
    AllegationForm,
    AuthorityKind,
    CodeList,
    ConsentScope,
    Consistency,
    DelegationRole,
    FindingArea,
    IntervieweeCategory,
    InterviewKind,
    Perpetrator,
    PersonMetCategory,
    PlaceType,
    Priority,
    RecommendationStatus,
    ReportGroup,
    ReprisalAction,
    ReprisalStatus,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.kinds import RecordKind

# Written out from architecture.md ("Code lists"): these codes are a contract, in this order.
CONTRACT: list[tuple[type[CodeList], list[str]]] = [
    (VisitType, ["regular", "follow_up", "npm_advisory", "npm_visit", "other"]),
    (VisitStatus, ["planned", "postponed", "cancelled", "in_progress", "completed"]),
    (
        DelegationRole,
        [
            "head_of_delegation",
            "member",
            "expert",
            "medical_expert",
            "secretariat",
            "interpreter",
            "security",
        ],
    ),
    (
        PersonMetCategory,
        [
            "executive",
            "judiciary",
            "legislature",
            "npm",
            "nhri",
            "un_agency",
            "civil_society",
            "other",
        ],
    ),
    (
        PlaceType,
        [
            "police",
            "prison",
            "pretrial",
            "court_cells",
            "juvenile",
            "psychiatric",
            "social_care",
            "immigration",
            "transit_zone",
            "military",
            "rehabilitation",
            "religious",
            "transport",
            "other",
        ],
    ),
    (InterviewKind, ["individual", "group"]),
    (
        IntervieweeCategory,
        [
            "detainee",
            "custodial_staff",
            "law_enforcement",
            "management",
            "medical",
            "official",
            "lawyer",
            "family",
            "npm",
            "civil_society",
            "other",
        ],
    ),
    (ConsentScope, ["none", "internal", "anonymous", "transmit"]),
    (
        AllegationForm,
        [
            "beating",
            "falanga",
            "positional",
            "electric_shock",
            "asphyxiation",
            "burns",
            "sexual",
            "threats",
            "humiliation",
            "deprivation",
            "solitary",
            "other",
        ],
    ),
    (
        Perpetrator,
        [
            "police",
            "custodial_staff",
            "military",
            "other_detainees",
            "medical_staff",
            "other",
            "unknown",
        ],
    ),
    (
        Consistency,
        ["not_consistent", "consistent", "highly_consistent", "typical", "diagnostic"],
    ),
    (
        FindingArea,
        [
            "treatment",
            "safeguards",
            "material_conditions",
            "regime_activities",
            "health_care",
            "personnel",
            "reprisals",
            "npm",
            "legal_framework",
            "other",
        ],
    ),
    (Severity, ["low", "medium", "high", "urgent"]),
    (Addressee, ["state", "npm", "authority"]),
    (
        RecommendationStatus,
        [
            "not_assessed",
            "implemented",
            "partially_implemented",
            "in_progress",
            "not_implemented",
            "no_information",
            "superseded",
        ],
    ),
    (
        AuthorityKind,
        [
            "unspecified",
            "government",
            "justice",
            "prison_administration",
            "interior",
            "police",
            "health",
            "social_affairs",
            "migration",
            "defence",
            "prosecution",
            "judiciary",
            "legislature",
            "npm",
            "other",
        ],
    ),
    (Priority, ["high", "medium", "low"]),
    (ReprisalStatus, ["open", "monitoring", "closed"]),
    (ReprisalAction, ["letter", "article_15", "next_visit", "other"]),
]

# domain.md section 2: the annual-report group of each place type.
REPORT_GROUPS = {
    "police": "police_stations",
    "prison": "prisons",
    "pretrial": "prisons",
    "court_cells": "other_places",
    "juvenile": "juvenile_centres",
    "psychiatric": "psychiatric_health",
    "social_care": "psychiatric_health",
    "immigration": "migrant_centres",
    "transit_zone": "migrant_centres",
    "military": "other_places",
    "rehabilitation": "other_places",
    "religious": "other_places",
    "transport": "other_places",
    "other": "other_places",
}


def _all_code_lists() -> list[type[CodeList]]:
    found: list[type[CodeList]] = []
    pending = list(CodeList.__subclasses__())
    while pending:
        code_list = pending.pop()
        found.append(code_list)
        pending.extend(code_list.__subclasses__())
    return found


@pytest.mark.parametrize(
    ("code_list", "codes"), CONTRACT, ids=[code_list.__name__ for code_list, _ in CONTRACT]
)
def test_codes_match_the_contract_exactly(code_list: type[CodeList], codes: list[str]) -> None:
    assert code_list.codes() == codes


@pytest.mark.parametrize(
    ("code_list", "codes"), CONTRACT, ids=[code_list.__name__ for code_list, _ in CONTRACT]
)
def test_a_code_reads_back_as_its_member_and_prints_as_itself(
    code_list: type[CodeList], codes: list[str]
) -> None:
    for code in codes:
        member = code_list(code)
        assert member.value == code
        assert str(member) == code
        assert f"{member}" == code


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError):
        PlaceType("castle")


@pytest.mark.parametrize("code_list", _all_code_lists(), ids=lambda c: c.__name__)
def test_every_code_has_a_label(code_list: type[CodeList]) -> None:
    for member in code_list:
        assert isinstance(member.label, str)
        assert member.label.strip(), f"{code_list.__name__}.{member.name} has no label"


def test_labels_are_for_people_not_codes() -> None:
    assert PlaceType.PRETRIAL.label == "Remand centre"
    assert ConsentScope.TRANSMIT.label != "transmit"


def test_record_kinds_are_stable() -> None:
    assert RecordKind.codes() == [
        "visit",
        "member",
        "person_met",
        "place",
        "interview",
        "allegation",
        "finding",
        "recommendation",
        "registered_place",
        "programme_entry",
        "attachment",
    ]


def test_every_place_type_has_its_report_group() -> None:
    assert {place_type.value: place_type.report_group.value for place_type in PlaceType} == (
        REPORT_GROUPS
    )
    for place_type in PlaceType:
        assert isinstance(place_type.report_group, ReportGroup)


def test_report_groups_are_stable() -> None:
    assert ReportGroup.codes() == [
        "prisons",
        "police_stations",
        "juvenile_centres",
        "psychiatric_health",
        "migrant_centres",
        "other_places",
    ]


def test_every_report_group_holds_some_place_type() -> None:
    assert {place_type.report_group for place_type in PlaceType} == set(ReportGroup)


@pytest.mark.parametrize(
    ("consent", "allowed"),
    [
        (ConsentScope.NONE, False),
        (ConsentScope.INTERNAL, False),
        (ConsentScope.ANONYMOUS, True),
        (ConsentScope.TRANSMIT, True),
    ],
)
def test_only_anonymous_or_transmit_consent_allows_the_report(
    consent: ConsentScope, allowed: bool
) -> None:
    assert consent.allows_report is allowed
