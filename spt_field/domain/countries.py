"""Country codes: ISO 3166-1 alpha-3, or a user-assigned XAA-XZZ for fictional or training data."""

from __future__ import annotations

import re
from functools import cache

import pycountry

_USER_ASSIGNED = re.compile(r"X[A-Z]{2}")
_ALPHA_3 = re.compile(r"[A-Z]{3}")


def is_user_assigned(code: str) -> bool:
    return bool(_USER_ASSIGNED.fullmatch(code))


@cache
def is_valid_country(code: str) -> bool:
    if is_user_assigned(code):
        return True
    return bool(_ALPHA_3.fullmatch(code)) and pycountry.countries.get(alpha_3=code) is not None


def country_name(code: str) -> str:
    """The English short name; a user-assigned code names a fictional State."""
    country = pycountry.countries.get(alpha_3=code) if not is_user_assigned(code) else None
    if country is None:
        return f"Fictional State {code}" if is_user_assigned(code) else code
    return str(getattr(country, "common_name", None) or country.name)
