"""The statistics sample: visits of 2017 to 2019 as a spt-field/1 document, and the figures
the annual report states for them, computed independently of services.statistics."""

from __future__ import annotations

import copy
import uuid
from collections import Counter
from datetime import date
from typing import Any

from spt_field.db.session import Database
from spt_field.domain.codes import (
    IntervieweeCategory,
    InterviewKind,
    PlaceType,
    RecommendationStatus,
)
from spt_field.interchange.import_json import import_document

Json = dict[str, Any]
TODAY = date(2020, 3, 1)
_NAMESPACE = uuid.UUID("0b8c7a52-3f0e-4c8e-9d1a-52f1c8a0e001")

# The annual report's groups, written out from domain.md section 2 (not read from the code).
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
GROUPS = [
    "prisons",
    "police_stations",
    "juvenile_centres",
    "psychiatric_health",
    "migrant_centres",
    "other_places",
]


def uid(name: str) -> str:
    """A stable UUID per name, so tests can find records the document names."""
    return str(uuid.uuid5(_NAMESPACE, name))


# Writing the document -----------------------------------------------------------------------


def _interviews(*specs: tuple[str, int]) -> list[Json]:
    """(category, persons) pairs; persons > 1 makes a group interview. Pseudonyms are set per
    visit by `_visit`."""
    return [
        {
            "pseudonym": "",
            "category": category,
            "kind": "group" if persons > 1 else "individual",
            "persons": persons,
            # An interview with nothing in it is not counted (domain.empty_records).
            "notes": "Interviewed in private.",
        }
        for category, persons in specs
    ]


def _place(
    key: str, name: str, place_type: str, region: str = "", *interviews: tuple[str, int]
) -> Json:
    return {
        "id": uid(key),
        "name": name,
        "place_type": place_type,
        "region": region,
        "interviews": _interviews(*interviews),
    }


def _recommendation(
    key: str,
    paragraph: int | None,
    status: str,
    addressee: str = "state",
    reply: str = "",
) -> Json:
    return {
        "id": uid(key),
        "text": f"The Subcommittee recommends that the State party act on {key}.",
        "addressee": addressee,
        "authority": "Ministry of Justice" if addressee == "authority" else "",
        "status": status,
        "paragraph_number": paragraph,
        "state_reply": reply,
    }


def _finding(key: str, place_key: str, area: str, title: str) -> Json:
    return {
        "id": uid(key),
        "place_id": uid(place_key),
        "area": area,
        "severity": "high",
        "title": title,
        "text": f"{title}: observed by the delegation.",
    }


def _visit(key: str, country: str, start: str, end: str, status: str, **parts: Any) -> Json:
    visit: Json = {
        "id": uid(key),
        "country": country,
        "visit_type": parts.pop("visit_type", "regular"),
        "status": status,
        "start_date": start,
        "end_date": end,
        **parts,
    }
    letters = iter(range(1, 1000))
    for place in visit.get("places", []):
        for interview in place["interviews"]:
            interview["pseudonym"] = f"P{next(letters)}"
    return visit


def _report(
    symbol: str,
    transmitted: str | None,
    *,
    due: str | None = None,
    received: str | None = None,
    requested_by: str | None = None,
    requested_on: str | None = None,
    public: str | None = None,
) -> Json:
    return {
        "restricted_symbol": symbol,
        "transmitted_on": transmitted,
        "reply_due_on": due,
        "reply_received_on": received,
        "publication_requested_by": requested_by,
        "publication_requested_on": requested_on,
        "public_symbol": public,
    }


def _visits_2019() -> list[Json]:
    xaa = _visit(
        "xaa-2019",
        "XAA",
        "2019-02-04",
        "2019-02-15",
        "completed",
        report=_report(
            "CAT/OP/XAA/R.2",
            "2019-06-03",
            received="2019-11-20",
            requested_by="state",
            requested_on="2020-01-10",
            public="CAT/OP/XAA/2",
        ),
        places=[
            _place(
                "xaa19-central",
                "Central Prison",
                "prison",
                "North",
                ("detainee", 1),
                ("detainee", 1),
                ("detainee", 1),
                ("detainee", 6),
                ("custodial_staff", 1),
            ),
            _place(
                "xaa19-police",
                "Police station 1",
                "police",
                "Capital",
                ("detainee", 1),
                ("detainee", 1),
                ("law_enforcement", 1),
            ),
            _place("xaa19-remand", "Prisión Ñuñoa", "pretrial", "", ("lawyer", 1)),
            _place("xaa19-court", "Court cells", "court_cells"),
            _place("xaa19-juvenile", "Juvenile centre", "juvenile", "", ("detainee", 4)),
            _place("xaa19-psy", "Psychiatric hospital", "psychiatric", "", ("medical", 1)),
            _place("xaa19-home", "Care home", "social_care", "", ("management", 1)),
            _place(
                "xaa19-migrants",
                "Migrant centre",
                "immigration",
                "",
                ("detainee", 3),
                ("official", 1),
            ),
            _place("xaa19-airport", "Airport transit zone", "transit_zone"),
            _place("xaa19-military", "Military prison", "military", "", ("family", 1)),
            _place("xaa19-rehab", "Rehabilitation centre", "rehabilitation", "", ("npm", 1)),
            _place("xaa19-camp", "Prayer camp", "religious", "", ("civil_society", 1)),
            _place("xaa19-van", "Transport van", "transport", "", ("other", 1)),
            _place("xaa19-other", "Guarded hostel", "other"),
        ],
        findings=[_finding("xaa19-f1", "xaa19-central", "treatment", "Beatings persist")],
        recommendations=[
            _recommendation("xaa19-r10", 10, "implemented", reply="Cameras were installed."),
            _recommendation("xaa19-r11", 11, "partially_implemented"),
            _recommendation("xaa19-r12", 12, "not_assessed", addressee="npm"),
            _recommendation("xaa19-r13", 13, "not_implemented", addressee="authority"),
        ],
    )
    xbb = _visit(
        "xbb-2019",
        "XBB",
        "2019-03-04",
        "2019-03-14",
        "in_progress",
        visit_type="follow_up",
        # Six months after 31 August is the last day of February.
        report=_report("CAT/OP/XBB/R.1", "2019-08-31"),
        places=[
            _place("xbb19-p1", "North prison", "prison", "", ("detainee", 2), ("detainee", 1)),
            _place("xbb19-p2", "South prison", "prison", "", ("management", 1)),
            _place("xbb19-police", "Police HQ", "police", "", ("law_enforcement", 5)),
        ],
        recommendations=[
            _recommendation("xbb19-r1", 1, "superseded"),
            _recommendation("xbb19-r2", 2, "no_information", addressee="npm"),
            _recommendation("xbb19-r3", 3, "not_implemented"),
        ],
    )
    return [
        xaa,
        xbb,
        # A postponed visit's preparatory list of places is not a figure.
        _visit(
            "xcc-2019",
            "XCC",
            "2019-05-06",
            "2019-05-17",
            "postponed",
            postponement_reason="Budget constraints",
            places=[_place("xcc19-p", "Planned prison", "prison", "", ("detainee", 1))],
        ),
        _visit(
            "xdd-2019",
            "XDD",
            "2019-10-07",
            "2019-10-18",
            "postponed",
            postponement_reason="Administrative reasons",
        ),
        _visit("xee-2019", "XEE", "2019-11-04", "2019-11-15", "cancelled"),
        _visit("xff-2019", "XFF", "2019-12-02", "2019-12-13", "planned"),
    ]


def _visits_2018() -> list[Json]:
    xaa = _visit(
        "xaa-2018",
        "XAA",
        "2018-03-05",
        "2018-03-16",
        "completed",
        report=_report(
            "CAT/OP/XAA/R.1",
            "2018-07-02",
            due="2019-01-15",
            requested_by="npm",
            requested_on="2018-09-03",
        ),
        places=[
            _place("xaa18-central", "  CENTRAL prison ", "prison", "north", ("detainee", 2)),
            _place("xaa18-central-south", "Central Prison", "pretrial", "South", ("lawyer", 1)),
            _place("xaa18-remand", "PRISIÓN ÑUÑOA", "pretrial", "", ("detainee", 1)),
            _place("xaa18-police", "Police station 9", "police", "", ("law_enforcement", 1)),
        ],
        findings=[
            _finding("xaa18-f1", "xaa18-central", "treatment", "Beatings on admission"),
            _finding("xaa18-f2", "xaa18-central", "material_conditions", "Overcrowded cells"),
            _finding("xaa18-f3", "xaa18-central-south", "health_care", "No screening"),
            _finding("xaa18-f4", "xaa18-remand", "safeguards", "No custody register"),
        ],
        recommendations=[
            _recommendation("xaa18-r30", 30, "implemented"),
            _recommendation(
                "xaa18-r31", 31, "not_implemented", reply="The ministry does not agree."
            ),
            _recommendation("xaa18-r32", 32, "partially_implemented"),
            _recommendation("xaa18-r33", 33, "no_information"),
            _recommendation("xaa18-r34", 34, "superseded", addressee="npm"),
            _recommendation("xaa18-rnone", None, "not_assessed"),
        ],
    )
    xhh = _visit(
        "xhh-2018",
        "XHH",
        "2018-10-01",
        "2018-10-12",
        "completed",
        report=_report(
            "CAT/OP/XHH/R.1",
            "2019-01-31",
            received="2019-08-15",
            requested_by="state",
            requested_on="2019-09-01",
            public="CAT/OP/XHH/1",
        ),
        places=[
            _place("xhh18-central", "Central Prison", "prison", "North", ("detainee", 1)),
            _place("xhh18-juvenile", "Boys' home", "juvenile", "", ("detainee", 3)),
            _place("xhh18-migrants", "Deportation centre", "immigration", "", ("official", 1)),
            _place("xhh18-port", "Port zone", "transit_zone"),
            _place("xhh18-other", "Closed school", "other", "", ("other", 2)),
        ],
        findings=[_finding("xhh18-f1", "xhh18-central", "treatment", "Other country's prison")],
        recommendations=[
            _recommendation("xhh18-r1", 1, "not_assessed"),
            _recommendation("xhh18-r2", 2, "implemented"),
        ],
    )
    return [
        xaa,
        xhh,
        _visit(
            "xjj-2018",
            "XJJ",
            "2018-04-09",
            "2018-04-20",
            "postponed",
            postponement_reason="Budget",
        ),
    ]


def _visits_2017() -> list[Json]:
    return [
        _visit(
            "xaa-2017",
            "XAA",
            "2017-05-08",
            "2017-05-19",
            "completed",
            places=[_place("xaa17-police", "Police station 1", "police", "", ("detainee", 1))],
            recommendations=[_recommendation("xaa17-r5", 5, "implemented")],
        )
    ]


def statistics_document() -> Json:
    """Visits of 2017 to 2019 of every status, places of every type, group and individual
    interviews, reports at every stage and recommendations of every status."""
    return {"format": "spt-field/1", "visits": _visits_2019() + _visits_2018() + _visits_2017()}


def import_statistics_document(database: Database) -> Json:
    document = statistics_document()
    with database.begin() as session:
        import_document(session, copy.deepcopy(document))
    return document


# Counting the document ----------------------------------------------------------------------


def six_months_after(day: date) -> date:
    """Independent of the code under test: step back from day 31 until the date exists."""
    month = day.month + 6
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, day.day)


def _iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _report_figures(visits: list[Json], today: date) -> Json:
    reports = [visit.get("report", {}) for visit in visits]
    transmitted = [r for r in reports if r.get("transmitted_on")]
    received = [r for r in transmitted if r.get("reply_received_on")]
    pending = [r for r in transmitted if not r.get("reply_received_on")]

    def due(report: Json) -> date:
        explicit = _iso(report.get("reply_due_on"))
        return explicit or six_months_after(date.fromisoformat(report["transmitted_on"]))

    overdue = [r for r in pending if due(r) < today]
    requested = Counter(
        r["publication_requested_by"] for r in reports if r.get("publication_requested_by")
    )
    published = [r for r in reports if r.get("public_symbol")]
    published_by = Counter(r.get("publication_requested_by") or "not_recorded" for r in published)
    return {
        "transmitted": len(transmitted),
        "replies_received": len(received),
        "replies_overdue": len(overdue),
        "replies_awaited": len(pending) - len(overdue),
        "publication_requested": sum(requested.values()),
        "publication_requested_by": {"state": requested["state"], "npm": requested["npm"]},
        "published": len(published),
        "published_by": {key: published_by[key] for key in ("state", "npm", "not_recorded")},
    }


def _interview_figures(interviews: list[Json]) -> Json:
    def persons(interview: Json) -> int:
        return int(interview["persons"]) if interview["kind"] == "group" else 1

    def breakdown(key: str, codes: list[str]) -> Json:
        return {
            code: {
                "interviews": sum(1 for i in interviews if i[key] == code),
                "persons": sum(persons(i) for i in interviews if i[key] == code),
            }
            for code in codes
        }

    return {
        "count": len(interviews),
        "persons": sum(persons(i) for i in interviews),
        "by_category": breakdown("category", IntervieweeCategory.codes()),
        "by_kind": breakdown("kind", InterviewKind.codes()),
    }


def expected_json(document: Json, year: int | None, today: date = TODAY) -> Json:
    """Every figure of the stable core, counted from the document."""
    visits = [
        v for v in document["visits"] if year is None or v["start_date"].startswith(f"{year}-")
    ]
    conducted = [v for v in visits if v["status"] in ("completed", "in_progress")]
    statuses = Counter(v["status"] for v in visits)
    places = [p for v in conducted for p in v.get("places", [])]
    types = Counter(p["place_type"] for p in places)
    groups = Counter(REPORT_GROUPS[p["place_type"]] for p in places)
    statuses_of_recommendations = Counter(
        r["status"] for v in conducted for r in v.get("recommendations", [])
    )
    return {
        "year": year,
        "visits": {
            "conducted": statuses["completed"] + statuses["in_progress"],
            "postponed": statuses["postponed"],
            "cancelled": statuses["cancelled"],
            "planned": statuses["planned"],
        },
        "interviews": _interview_figures([i for p in places for i in p["interviews"]]),
        "places": {
            "total": len(places),
            "by_group": {group: groups[group] for group in GROUPS},
            "by_type": {code: types[code] for code in PlaceType.codes()},
        },
        "reports": _report_figures(conducted, today),
        "recommendations": {
            "total": sum(statuses_of_recommendations.values()),
            "by_status": {
                code: statuses_of_recommendations[code] for code in RecommendationStatus.codes()
            },
        },
    }


def core(figures: Json) -> Json:
    """The stable core of statistics_json (the visit lists are checked on their own)."""
    return {
        "year": figures["year"],
        "visits": {
            key: figures["visits"][key]
            for key in ("conducted", "postponed", "cancelled", "planned")
        },
        "interviews": {
            key: figures["interviews"][key]
            for key in ("count", "persons", "by_category", "by_kind")
        },
        "places": figures["places"],
        "reports": figures["reports"],
        "recommendations": figures["recommendations"],
    }


# Tests --------------------------------------------------------------------------------------
