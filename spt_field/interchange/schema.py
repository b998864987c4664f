"""The JSON Schema of the `spt-field/1` interchange format, built from the domain values.

Run ``python -m spt_field.interchange.schema`` to print it; the copy shipped in the package
(`spt-field-1.schema.json`) is checked against this by the tests.
"""

from __future__ import annotations

import enum
import json
import typing
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

from spt_field.domain.attachments import MAX_ATTACHMENT_BYTES, AttachmentOwner
from spt_field.domain.codes import ConsentScope
from spt_field.domain.country_profiles import FIRST_VISIT_YEAR, LAST_YEAR, CountryProfileFields
from spt_field.domain.json_values import (
    REPORT_KEYS,
    field_hints,
    required_fields,
    unwrap_optional,
)
from spt_field.domain.limits import max_length
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.rules import MAX_COUNT
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

FORMAT = "spt-field/1"
SCHEMA_FILE = Path(__file__).with_name("spt-field-1.schema.json")

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
# Python's "$" also matches before a final newline: maxLength closes that gap.
ID = {"type": "string", "pattern": UUID_PATTERN, "maxLength": 36}
# "(?!\n)": Python's "$" also matches before a final newline (ECMA-262's does not).
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$(?!\n)"

# A local time as Python writes it (ISO 8601 without an offset).
DATE_TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$(?!\n)"

# Constraints the type alone does not say.
_EXTRA: dict[str, dict[str, Any]] = {
    "country": {"pattern": "^[A-Z]{3}$", "maxLength": 3},
    "nationality": {"pattern": "^[A-Z]{3}$", "maxLength": 3},
    "persons": {"minimum": 1},
    "paragraph_number": {"minimum": 1},
    "latitude": {"minimum": -90, "maximum": 90},
    "longitude": {"minimum": -180, "maximum": 180},
}
# Fields that hold ids of other records.
_ID_LISTS = {"members_present", "interviewers", "evidence", "finding_ids"}
_ID_FIELDS = {"place_id", "interview_id", "register_id"}


def _type_schema(name: str, hint: Any) -> dict[str, Any]:
    if typing.get_origin(hint) is tuple:
        item = ID if name in _ID_LISTS else _type_schema(name, typing.get_args(hint)[0])
        return {"type": "array", "items": item}
    if name in _ID_FIELDS:
        return dict(ID)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if hint is date:
        return {"type": "string", "format": "date"}
    if hint is time:
        return {"type": "string", "pattern": TIME_PATTERN, "maxLength": 8}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}
    if hint is float:
        return {"type": "number"}
    return {"type": "string", "maxLength": max_length(name)}


def _property(name: str, hint: Any) -> dict[str, Any]:
    inner, optional = unwrap_optional(hint)
    schema = {**_type_schema(name, inner), **_EXTRA.get(name, {})}
    if optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _record(
    fields_class: type,
    *,
    skip: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    properties: dict[str, Any] = {"id": ID}
    for name, hint in field_hints(fields_class).items():
        if name not in skip:
            properties[name] = _property(name, hint)
    properties.update(extra or {})
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [name for name in required_fields(fields_class) if name not in skip],
        "properties": properties,
    }


def _codes(code_list: type[enum.Enum]) -> dict[str, Any]:
    return {"type": "string", "enum": [member.value for member in code_list]}


#: An attachment, referred to by the SHA-256 of its bytes (kept in a companion folder, or not
#: exported at all: see spt_field.interchange.attachment_files).
_ATTACHMENT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["owner_kind", "owner_id", "consent", "media_type", "size", "sha256"],
    "properties": {
        "id": ID,
        "owner_kind": _codes(AttachmentOwner),
        "owner_id": ID,
        "caption": {"type": "string", "maxLength": max_length("caption")},
        "consent": _codes(ConsentScope),
        "media_type": {"type": "string", "minLength": 1, "maxLength": 100},
        "file_name": {"type": "string", "maxLength": max_length("file_name")},
        "size": {"type": "integer", "minimum": 1, "maximum": MAX_ATTACHMENT_BYTES},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$", "maxLength": 64},
        "added_by": {"type": "string", "maxLength": max_length("added_by")},
        "added_at": {"type": "string", "pattern": DATE_TIME_PATTERN, "maxLength": 26},
        "metadata_removed": {"type": "array", "items": {"type": "string", "maxLength": 100}},
        "kept_original": {"type": "boolean"},
        "in_internal_notes": {"type": "boolean"},
    },
}


def _array_of(definition: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{definition}"}}


@cache
def build_schema() -> dict[str, Any]:
    visit_hints = field_hints(VisitFields)
    report = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            **{key: _property(key, visit_hints[key]) for key in REPORT_KEYS},
            "narratives": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    section.value: {"type": "string", "maxLength": max_length("narrative")}
                    for section in ReportSection
                },
            },
        },
    }
    text = {"type": "string", "minLength": 1, "maxLength": max_length("identity"), "pattern": r"\S"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://spt-field.org/schema/spt-field-1.json",
        "title": "SPT Field interchange format spt-field/1",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "visits"],
        "properties": {
            "format": {"const": FORMAT},
            "visits": _array_of("visit"),
            "country_profiles": _array_of("country_profile"),
            # The registers of places of the visits' countries (optional: added later).
            "places_register": _array_of("registered_place"),
        },
        "$defs": {
            "visit": _record(
                VisitFields,
                skip=REPORT_KEYS,
                extra={
                    "report": report,
                    "delegation": _array_of("member"),
                    "persons_met": _array_of("person_met"),
                    "places": _array_of("place"),
                    "findings": _array_of("finding"),
                    "recommendations": _array_of("recommendation"),
                    "reprisal_cases": _array_of("reprisal_case"),
                    "programme": _array_of("programme_entry"),
                    "attachments": _array_of("attachment"),
                },
            ),
            "member": _record(DelegationMemberFields),
            "person_met": _record(PersonMetFields),
            "place": _record(PlaceFields, extra={"interviews": _array_of("interview")}),
            "interview": _record(
                InterviewFields,
                extra={
                    "identity": {"anyOf": [text, {"type": "null"}]},
                    "allegations": _array_of("allegation"),
                },
            ),
            "allegation": _record(AllegationFields),
            "finding": _record(FindingFields),
            "recommendation": _record(
                RecommendationFields, extra={"status_history": _array_of("status_change")}
            ),
            "status_change": _record(StatusChangeFields),
            "reprisal_case": _record(ReprisalCaseFields),
            "country_profile": _record(
                CountryProfileFields,
                skip=("previous_visits",),
                extra={"previous_visits": _array_of("previous_visit")},
            ),
            "previous_visit": {
                "type": "object",
                "additionalProperties": False,
                "required": ["year"],
                "properties": {
                    "year": {"type": "integer", "minimum": FIRST_VISIT_YEAR, "maximum": LAST_YEAR},
                    "symbol": {"type": "string", "maxLength": max_length("symbol")},
                },
            },
            "registered_place": _record(RegisteredPlaceFields),
            "programme_entry": _record(ProgrammeEntryFields),
            "attachment": _ATTACHMENT,
        },
    }


def shipped_schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return result


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
