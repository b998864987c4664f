"""The shipped JSON Schema: identical to the one built from the code, codes from the code lists."""

from __future__ import annotations

from typing import Any

import pytest

from spt_field.domain import codes
from spt_field.domain.attachments import AttachmentOwner
from spt_field.domain.codes import CodeList
from spt_field.domain.standards import StandardReference
from spt_field.interchange.schema import (
    FORMAT,
    SCHEMA_FILE,
    build_schema,
    schema_text,
    shipped_schema,
)
from spt_field.interchange.validate import json_path

# (definition, property) -> the code list its enum must equal.
ENUMS: dict[tuple[str, str], type[CodeList]] = {
    ("visit", "visit_type"): codes.VisitType,
    ("visit", "status"): codes.VisitStatus,
    ("report", "publication_requested_by"): codes.PublicationRequester,
    ("member", "role"): codes.DelegationRole,
    ("member", "gender"): codes.Gender,
    ("person_met", "category"): codes.PersonMetCategory,
    ("place", "place_type"): codes.PlaceType,
    ("registered_place", "place_type"): codes.PlaceType,
    ("place", "registers_checked"): codes.Register,
    ("interview", "kind"): codes.InterviewKind,
    ("interview", "category"): codes.IntervieweeCategory,
    ("interview", "consent"): codes.ConsentScope,
    ("interview", "gender"): codes.Gender,
    ("interview", "age_bracket"): codes.AgeBracket,
    ("interview", "legal_status"): codes.LegalStatus,
    ("allegation", "form"): codes.AllegationForm,
    ("allegation", "perpetrator"): codes.Perpetrator,
    ("allegation", "setting"): codes.AllegationSetting,
    ("allegation", "consistency"): codes.Consistency,
    ("finding", "area"): codes.FindingArea,
    ("finding", "severity"): codes.Severity,
    ("finding", "sources"): codes.EvidenceSource,
    ("finding", "standards"): StandardReference,
    ("recommendation", "standards"): StandardReference,
    ("recommendation", "addressee"): codes.Addressee,
    ("recommendation", "status"): codes.RecommendationStatus,
    ("recommendation", "authority_kind"): codes.AuthorityKind,
    ("recommendation", "priority"): codes.Priority,
    ("recommendation", "themes"): codes.FindingArea,
    ("status_change", "status"): codes.RecommendationStatus,
    ("reprisal_case", "status"): codes.ReprisalStatus,
    ("reprisal_case", "actions"): codes.ReprisalAction,
    ("attachment", "consent"): codes.ConsentScope,
}

# The stable codes architecture.md promises; code lists may grow but never lose these.
CONTRACT: dict[type[CodeList], str] = {
    codes.VisitType: "regular follow_up npm_advisory npm_visit other",
    codes.VisitStatus: "planned postponed cancelled in_progress completed",
    codes.DelegationRole: "head_of_delegation member expert medical_expert secretariat "
    "interpreter security",
    codes.PersonMetCategory: "executive judiciary legislature npm nhri un_agency "
    "civil_society other",
    codes.PlaceType: "police prison pretrial court_cells juvenile psychiatric social_care "
    "immigration transit_zone military rehabilitation religious transport other",
    codes.InterviewKind: "individual group",
    codes.IntervieweeCategory: "detainee custodial_staff law_enforcement management medical "
    "official lawyer family npm civil_society other",
    codes.ConsentScope: "none internal anonymous transmit",
    codes.AllegationForm: "beating falanga positional electric_shock asphyxiation burns sexual "
    "threats humiliation deprivation solitary other",
    codes.Perpetrator: "police custodial_staff military other_detainees medical_staff "
    "other unknown",
    codes.Consistency: "not_consistent consistent highly_consistent typical diagnostic",
    codes.FindingArea: "treatment safeguards material_conditions regime_activities health_care "
    "personnel reprisals npm legal_framework other",
    codes.Severity: "low medium high urgent",
    codes.Addressee: "state npm authority",
    codes.RecommendationStatus: "not_assessed implemented partially_implemented not_implemented "
    "no_information superseded",
}


def _enum_of(schema: dict[str, Any]) -> list[str] | None:
    """The enum of a property, looking through `anyOf` (nullable) and `items` (lists)."""
    if "enum" in schema:
        return list(schema["enum"])
    for branch in schema.get("anyOf", []):
        found = _enum_of(branch)
        if found is not None:
            return found
    if "items" in schema:
        return _enum_of(schema["items"])
    return None


Enums = dict[tuple[str, str], list[str]]


def _enums_in(definition: str, body: dict[str, Any], found: Enums) -> None:
    for name, prop in body.get("properties", {}).items():
        if "properties" in prop:  # an inline object, such as a visit's "report"
            _enums_in(name, prop, found)
        enum = _enum_of(prop)
        if enum is not None:
            found[(definition, name)] = enum


def _enum_properties() -> Enums:
    found: Enums = {}
    for definition, body in build_schema()["$defs"].items():
        _enums_in(definition, body, found)
    return found


def test_shipped_schema_equals_the_built_one() -> None:
    assert shipped_schema() == build_schema()


def test_shipped_schema_file_is_exactly_the_generated_text() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()


def test_every_enum_of_the_schema_is_a_domain_code_list() -> None:
    # An attachment's owner is named by the kind of record (its table), not a code list.
    assert set(_enum_properties()) == {*ENUMS, ("attachment", "owner_kind")}


def test_an_attachments_owner_is_one_of_the_kinds_it_may_belong_to() -> None:
    assert _enum_properties()[("attachment", "owner_kind")] == [
        kind.value for kind in AttachmentOwner
    ]


@pytest.mark.parametrize(("where", "code_list"), ENUMS.items(), ids=lambda v: str(v))
def test_schema_enum_equals_code_list(where: tuple[str, str], code_list: type[CodeList]) -> None:
    assert _enum_properties()[where] == code_list.codes()


@pytest.mark.parametrize(("code_list", "stable"), CONTRACT.items(), ids=lambda v: str(v))
def test_code_lists_keep_the_stable_codes(code_list: type[CodeList], stable: str) -> None:
    assert set(stable.split()) <= set(code_list.codes())


def test_top_level_object() -> None:
    schema = build_schema()
    assert schema["required"] == ["format", "visits"]
    assert schema["properties"]["format"] == {"const": FORMAT}
    assert schema["additionalProperties"] is False
    assert all(body["additionalProperties"] is False for body in schema["$defs"].values())


@pytest.mark.parametrize(
    ("definition", "required"),
    [
        ("visit", ["country", "start_date", "end_date"]),
        ("member", ["name"]),
        ("person_met", ["name"]),
        ("place", ["name", "place_type"]),
        ("interview", ["pseudonym"]),
        ("allegation", ["form"]),
        ("finding", ["area", "title"]),
        ("recommendation", ["text"]),
    ],
)
def test_required_keys(definition: str, required: list[str]) -> None:
    assert build_schema()["$defs"][definition].get("required", []) == required


def test_report_is_an_object_of_optional_keys() -> None:
    report = build_schema()["$defs"]["visit"]["properties"]["report"]
    assert report["additionalProperties"] is False
    assert "required" not in report
    assert "report" not in build_schema()["$defs"]["visit"]["required"]


def test_ids_are_optional_everywhere() -> None:
    for body in build_schema()["$defs"].values():
        assert "id" not in body.get("required", [])


def test_json_path() -> None:
    assert json_path(["visits", 0, "places", 1, "capacity"]) == "$.visits[0].places[1].capacity"
    assert json_path([]) == "$"
