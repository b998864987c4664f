"""Domain values <-> JSON values, driven by the dataclasses' type hints.

The same hints drive the JSON Schema (interchange/schema.py), the interchange files and field
sync, so a field added to a domain value is exported, imported, validated and merged without a
second list to keep in step.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date, time
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

# Visit fields that travel in the visit's "report" object rather than at its top level.
REPORT_KEYS = (
    "restricted_symbol",
    "transmitted_on",
    "reply_due_on",
    "reply_received_on",
    "publication_requested_by",
    "publication_requested_on",
    "public_symbol",
)


def unwrap_optional(hint: Any) -> tuple[Any, bool]:
    """(`X`, True) for `X | None`, (`X`, False) otherwise."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return members[0], True
    return hint, False


@cache
def field_hints(fields_class: type) -> dict[str, Any]:
    """Field name -> type hint, in declaration order."""
    hints = typing.get_type_hints(fields_class)
    return {field.name: hints[field.name] for field in dataclasses.fields(fields_class)}


@cache
def required_fields(fields_class: type) -> tuple[str, ...]:
    """Fields without a default must be present in an imported record."""
    return tuple(
        field.name
        for field in dataclasses.fields(fields_class)
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )


def to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [to_json(item) for item in value]
    return value


def fields_to_json(fields_class: type, value: Any) -> dict[str, Any]:
    """Every field of `fields_class` read from `value`, as JSON values, in declaration order."""
    return {name: to_json(getattr(value, name)) for name in field_hints(fields_class)}


def from_json(hint: Any, value: Any) -> Any:
    """A JSON value already checked by the schema -> the domain value for `hint`."""
    inner, optional = unwrap_optional(hint)
    if value is None and optional:
        return None
    if typing.get_origin(inner) is tuple:
        item_hint = typing.get_args(inner)[0]
        return tuple(from_json(item_hint, item) for item in value)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return inner(value)
    if inner is date:
        return date.fromisoformat(value)
    if inner is time:
        return time.fromisoformat(value)
    if inner is float:
        return float(value)
    return value


def fields_from_json(fields_class: type[T], record: dict[str, Any]) -> T:
    """Build a Fields value from a JSON object; absent keys take the dataclass defaults."""
    hints = field_hints(fields_class)  # type: ignore[arg-type]
    kwargs = {name: from_json(hints[name], record[name]) for name in hints if name in record}
    return fields_class(**kwargs)
