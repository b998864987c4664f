"""A finalized report's content as JSON: the records the report was built from, so that it is
built again from them whatever is edited since, in any of its languages (the country's name and
every generated text follow the language; what drafters typed is as it was).

Interviews are kept without their notes: the report never prints them.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import datetime
from typing import Any, TypeVar

from spt_field.domain.countries import country_name
from spt_field.domain.country_profiles import profile_from_json, profile_to_json
from spt_field.domain.json_values import from_json, to_json
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.values import (
    DelegationMember,
    Finding,
    Interview,
    PersonMet,
    Place,
    Recommendation,
    Visit,
)
from spt_field.export.report_sections_builder import VisitMaterial
from spt_field.export.report_wording import ReportWording

T = TypeVar("T")
_LISTS: dict[str, type] = {
    "members": DelegationMember,
    "persons_met": PersonMet,
    "places": Place,
    "interviews": Interview,
    "findings": Finding,
    "recommendations": Recommendation,
}


def _plain(value: Any) -> dict[str, Any]:
    return {field.name: _scalar(getattr(value, field.name)) for field in dataclasses.fields(value)}


def _scalar(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else to_json(value)


def _typed(cls: type[T], data: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    values = {}
    for name, value in data.items():
        hint = hints[name]
        if value is not None and datetime in (hint, *typing.get_args(hint)):
            values[name] = datetime.fromisoformat(value)
        else:
            values[name] = from_json(hint, value)
    return cls(**values)


def material_json(material: VisitMaterial) -> str:
    """`material` as JSON (without the country's name, which depends on the language)."""
    document: dict[str, Any] = {
        "visit": _plain(material.visit),
        "narratives": {section.value: text for section, text in material.narratives.items()},
    }
    for name in _LISTS:
        values = getattr(material, name)
        if name == "interviews":
            values = [dataclasses.replace(interview, notes="") for interview in values]
        document[name] = [_plain(value) for value in values]
    if material.profile is not None:
        document["profile"] = profile_to_json(material.profile)
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def material_from_json(text: str, wording: ReportWording) -> VisitMaterial:
    """The material `material_json` wrote, with the country named in `wording`'s language."""
    document = json.loads(text)
    visit = _typed(Visit, document["visit"])
    lists: dict[str, list[Any]] = {
        name: [_typed(cls, item) for item in document[name]] for name, cls in _LISTS.items()
    }
    return VisitMaterial(
        visit=visit,
        country=country_name(visit.country, wording.language),
        narratives={ReportSection(code): text for code, text in document["narratives"].items()},
        # A report finalized before profiles were recorded has none.
        profile=profile_from_json(document["profile"]) if "profile" in document else None,
        **lists,
    )
