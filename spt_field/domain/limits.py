"""How long a text may be: generous for people, bounded for machines.

A limit stops a pasted or imported 50 MB "note" before the report, search and internal notes
spend minutes on it. Free texts (notes, findings, recommendations, narratives) take 200,000
characters, about 40,000 words or 80 printed pages; names, titles and other one-line values
take 1,000. The same limits bind the forms, the services, the JSON schema and field sync (see
docs/interchange.md).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from spt_field.errors import ValidationError

LONG_TEXT = 200_000
SHORT_TEXT = 1_000

#: Fields whose text is free writing (everything else is one line).
LONG_TEXT_FIELDS = frozenset(
    {
        "notes",
        "text",
        "description",
        "officials_involved",
        "witnesses",
        "injuries",
        "state_reply",
        "obstruction",
        "postponement_reason",
        "objectives",
        "identity",
        "narrative",
        "contacts",
        "incidents",
        "actions_taken",
    }
)

# C0 control characters other than tab, line feed and carriage return: no keyboard types them
# and neither the report nor Word's XML can hold them (NUL also cuts SQLite's C strings).
CONTROL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f"
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
# Half of a UTF-16 pair alone (a damaged paste or file): no encoding can store it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def max_length(field: str) -> int:
    return LONG_TEXT if field in LONG_TEXT_FIELDS else SHORT_TEXT


def text_problem(field: str, text: str) -> ValidationError | None:
    """What is wrong with `text` as the value of `field` (None if nothing)."""
    limit = max_length(field)
    if len(text) > limit:
        return ValidationError(
            field,
            "is {length:,} characters long; at most {limit:,} are allowed",
            length=len(text),
            limit=limit,
        )
    control = _CONTROL.search(text)
    if control is not None:
        return ValidationError(
            field,
            "holds the control character {code} at position {position}",
            code=f"U+{ord(control.group()):04X}",
            position=control.start() + 1,
        )
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        return ValidationError(
            field,
            "holds half of a UTF-16 pair ({code}) at position {position}: the text was "
            "damaged on its way",
            code=f"U+{ord(surrogate.group()):04X}",
            position=surrogate.start() + 1,
        )
    return None


def problems_in_texts(fields: Any) -> Iterator[ValidationError]:
    """Every text of the dataclass `fields` that is too long or holds control characters."""
    for item in dataclasses.fields(fields):
        value = getattr(fields, item.name)
        texts = value if isinstance(value, tuple) else (value,)
        for position, text in enumerate(texts):
            if not isinstance(text, str):
                continue
            name = item.name if texts is not value else f"{item.name}[{position}]"
            problem = text_problem(item.name, text)
            if problem is not None:
                yield ValidationError(name, problem.problem)
