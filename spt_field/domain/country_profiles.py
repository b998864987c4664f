"""A country's profile: what the introduction of a report to that State says of it.

The dates the State ratified the Convention against Torture and its Optional Protocol, the body
it designated as its national preventive mechanism, and the Subcommittee's earlier visits with
the symbols of their reports. One profile per country, every part optional: the report says only
what is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from spt_field.domain.countries import is_valid_country
from spt_field.domain.limits import problems_in_texts, text_problem
from spt_field.domain.values import Record
from spt_field.errors import ValidationError

#: The year of the Subcommittee's first visit (Mauritius, 2007): no visit is earlier.
FIRST_VISIT_YEAR = 2007
#: A bound for typing slips in a year (four digits).
LAST_YEAR = 9999
#: A United Nations document symbol: capital-letter bodies and parts joined by slashes
#: ("CAT/OP/BRA/3", "CAT/OP/MEX/R.1").
_SYMBOL = re.compile(r"[A-Z]+(/[A-Za-z0-9.]+)+")


@dataclass(frozen=True)
class PreviousVisit:
    """An earlier visit of the Subcommittee to the State: its year and its report's symbol
    (empty while unknown or unpublished)."""

    year: int
    symbol: str = ""


@dataclass(frozen=True, kw_only=True)
class CountryProfileFields:
    country: str
    convention_ratified_on: date | None = None
    protocol_ratified_on: date | None = None
    #: The body designated as national preventive mechanism, as the report names it.
    npm_body: str = ""
    npm_designated_on: date | None = None
    #: Oldest first, as the report lists them.
    previous_visits: tuple[PreviousVisit, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing recorded: the report says nothing of the country's profile."""
        return (
            self.convention_ratified_on is None
            and self.protocol_ratified_on is None
            and not self.npm_body.strip()
            and self.npm_designated_on is None
            and not self.previous_visits
        )


@dataclass(frozen=True, kw_only=True)
class CountryProfile(CountryProfileFields, Record):
    pass


def profile_to_json(profile: CountryProfileFields) -> dict[str, Any]:
    """The profile's fields as the `spt-field/1` format writes them (dates in ISO 8601)."""
    return {
        "country": profile.country,
        "convention_ratified_on": _iso(profile.convention_ratified_on),
        "protocol_ratified_on": _iso(profile.protocol_ratified_on),
        "npm_body": profile.npm_body,
        "npm_designated_on": _iso(profile.npm_designated_on),
        "previous_visits": [
            {"year": visit.year, "symbol": visit.symbol} for visit in profile.previous_visits
        ],
    }


def profile_from_json(data: Mapping[str, Any]) -> CountryProfileFields:
    """The fields `profile_to_json` wrote (a document already checked against the schema);
    keys left out are not recorded."""
    return CountryProfileFields(
        country=data["country"],
        convention_ratified_on=_day(data.get("convention_ratified_on")),
        protocol_ratified_on=_day(data.get("protocol_ratified_on")),
        npm_body=data.get("npm_body", ""),
        npm_designated_on=_day(data.get("npm_designated_on")),
        previous_visits=tuple(
            PreviousVisit(year=visit["year"], symbol=visit.get("symbol", ""))
            for visit in data.get("previous_visits", ())
        ),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text is not None else None


def problems_in_country_profile(profile: CountryProfileFields) -> Iterator[ValidationError]:
    yield from problems_in_texts(profile)
    if not is_valid_country(profile.country):
        yield ValidationError(
            "country",
            "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ",
            country=profile.country,
        )
    convention, protocol = profile.convention_ratified_on, profile.protocol_ratified_on
    if convention is not None and protocol is not None and protocol < convention:
        yield ValidationError(
            "protocol_ratified_on", "must not be before the Convention's ratification"
        )
    if profile.npm_designated_on is not None and not profile.npm_body.strip():
        yield ValidationError("npm_body", "name the body designated on that date")
    for position, visit in enumerate(profile.previous_visits):
        yield from _problems_in_previous_visit(f"previous_visits[{position}]", visit)


def _problems_in_previous_visit(path: str, visit: PreviousVisit) -> Iterator[ValidationError]:
    if not FIRST_VISIT_YEAR <= visit.year <= LAST_YEAR:
        yield ValidationError(
            f"{path}.year",
            "must be a year from {first} on",
            first=FIRST_VISIT_YEAR,
        )
    problem = text_problem("symbol", visit.symbol)
    if problem is not None:
        yield ValidationError(f"{path}.symbol", problem.template, **problem.params)
    elif visit.symbol and _SYMBOL.fullmatch(visit.symbol) is None:
        yield ValidationError(
            f"{path}.symbol",
            "{symbol!r} is not a document symbol such as CAT/OP/BRA/3",
            symbol=visit.symbol,
        )
