"""An spt-field/1 export made comparable across databases: random ids and the order of ties
between equal rows set aside, every reference named by what it points to."""

from __future__ import annotations

import json
from typing import Any


def comparable(document: dict[str, Any]) -> Any:
    """`document` with each id gone and each reference replaced by the referenced record's
    name (member, place), pseudonym (interview) or title (finding); lists of records sorted."""
    names: dict[str, str] = {
        entry["id"]: f"registered place {entry['name']}"
        for entry in document.get("places_register", [])
    }
    for visit in document["visits"]:
        names.update({member["id"]: f"member {member['name']}" for member in visit["delegation"]})
        for place in visit["places"]:
            names[place["id"]] = f"place {place['name']}"
            for interview in place["interviews"]:
                names[interview["id"]] = f"interview {interview['pseudonym']}"
        for finding in visit["findings"]:
            names[finding["id"]] = f"finding {finding['title']}"
    return _named(document, names)


def _named(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _named(item, names) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        items = [_named(item, names) for item in value]
        if all(isinstance(item, dict) for item in items):
            return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        return items
    if isinstance(value, str):
        return names.get(value, value)
    return value
