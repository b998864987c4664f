"""Deterministic synthetic `spt-field/1` documents at three sizes, valid for the import.

    python -m benchmarks.generate --size S|M|L --out FILE.json [--db FILE.sptdb] [--seed N]

Every visit has the same shape (6 members, ~10 persons met, 20 places of 25 interviews, ~133
findings, ~67 recommendations); the sizes differ in their number of visits. L holds 300 visits:
6,000 places, 150,000 interviews, 40,000 findings and 20,000 recommendations.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

from benchmarks import vocabulary
from spt_field.domain.codes import (
    Addressee,
    AgeBracket,
    AllegationForm,
    AllegationSetting,
    Consistency,
    DelegationRole,
    EvidenceSource,
    FindingArea,
    Gender,
    IntervieweeCategory,
    LegalStatus,
    Perpetrator,
    PersonMetCategory,
    PlaceType,
    RecommendationStatus,
    Register,
    Severity,
    VisitType,
)
from spt_field.interchange.schema import FORMAT

Json = dict[str, Any]

DEFAULT_SEED = 2019
BENCHMARK_PASSPHRASE = "benchmark-passphrase"
VISITS = {"S": 1, "M": 30, "L": 300}
PLACES_PER_VISIT = 20
INTERVIEWS_PER_PLACE = 25
# Totals for the 300 visits of L, spread evenly: visit n gets its share of each.
FINDINGS_PER_300 = 40_000
RECOMMENDATIONS_PER_300 = 20_000
MEMBERS_PER_VISIT = 6
ALLEGATION_SHARE = 0.10
IDENTITY_SHARE = 0.01
GROUP_SHARE = 0.08


def _codes(code_list: Any) -> list[str]:
    return [member.value for member in code_list]


def share_of(total: int, index: int, parts: int = 300) -> int:
    """Visit `index`'s share of `total` spread evenly over `parts` visits."""
    return total * (index % parts + 1) // parts - total * (index % parts) // parts


def pseudonym(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the `index`-th pseudonym (0-based)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class VisitFrame:
    """What the records of one visit need from it."""

    index: int
    start: date
    days: int
    member_ids: list[str]

    def day(self, rng: random.Random) -> date:
        return self.start + timedelta(days=rng.randrange(self.days))

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.days - 1)


class Generator:
    """Builds visits one after the other from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def clock(self, first_hour: int, last_hour: int) -> str:
        return f"{self.rng.randint(first_hour, last_hour):02d}:{self.rng.randrange(60):02d}"

    def some(self, items: Sequence[str], low: int, high: int) -> list[str]:
        return self.rng.sample(list(items), self.rng.randint(low, min(high, len(items))))

    def visit(self, index: int) -> Json:
        rng = self.rng
        start = date(2008, 1, 7) + timedelta(days=rng.randrange(16 * 365))
        frame = VisitFrame(index, start, rng.randint(10, 14), [])
        country = "X" + chr(ord("A") + rng.randrange(26)) + chr(ord("A") + rng.randrange(26))
        delegation = [self.member(n) for n in range(MEMBERS_PER_VISIT)]
        frame.member_ids = [member["id"] for member in delegation]
        places = [self.place(frame, n) for n in range(PLACES_PER_VISIT)]
        findings = self.findings(frame, places)
        return {
            "id": self.new_id(),
            "country": country,
            "visit_type": rng.choice(_codes(VisitType)),
            "status": "completed",
            "start_date": frame.start.isoformat(),
            "end_date": frame.end.isoformat(),
            "postponement_reason": None,
            "objectives": ["Assess the treatment of persons deprived of liberty", "Advise the NPM"],
            "report": self.report(country, frame),
            "delegation": delegation,
            "persons_met": [self.person_met() for _ in range(rng.randint(8, 12))],
            "places": places,
            "findings": findings,
            "recommendations": self.recommendations(frame, findings),
        }

    def report(self, country: str, frame: VisitFrame) -> Json:
        transmitted = frame.end + timedelta(days=self.rng.randint(60, 200))
        return {
            "restricted_symbol": f"CAT/OP/{country}/R.{frame.index + 1}",
            "transmitted_on": transmitted.isoformat(),
            "reply_due_on": (transmitted + timedelta(days=180)).isoformat(),
            "reply_received_on": None,
            "publication_requested_by": None,
            "publication_requested_on": None,
            "public_symbol": None,
        }

    def member(self, n: int) -> Json:
        role = "head_of_delegation" if n == 0 else self.rng.choice(_codes(DelegationRole)[1:])
        return {"id": self.new_id(), "name": vocabulary.person_name(self.rng), "role": role}

    def person_met(self) -> Json:
        rng = self.rng
        return {
            "id": self.new_id(),
            "name": vocabulary.person_name(rng),
            "title": rng.choice(("Director", "Deputy minister", "Chief of police", "Judge")),
            "institution": rng.choice(("Ministry of Justice", "Ministry of the Interior", "NPM")),
            "category": rng.choice(_codes(PersonMetCategory)),
        }

    def place(self, frame: VisitFrame, n: int) -> Json:
        rng = self.rng
        kind = rng.choice(_codes(PlaceType))
        visited_on = frame.day(rng)
        first = n * INTERVIEWS_PER_PLACE
        interviews = [
            self.interview(frame, visited_on, first + k) for k in range(INTERVIEWS_PER_PLACE)
        ]
        return {
            "id": self.new_id(),
            "name": vocabulary.place_name(rng, kind, n + 1),
            "place_type": kind,
            "authority": rng.choice(("Prison administration", "Police", "Ministry of Health")),
            "region": rng.choice(("North", "South", "East", "West", "Capital")),
            "town": rng.choice(("Lorvik", "Estmar", "Carrow", "Dunhill")),
            "latitude": round(rng.uniform(-60, 60), 4),
            "longitude": round(rng.uniform(-170, 170), 4),
            "visited_on": visited_on.isoformat(),
            "arrived_at": self.clock(7, 10),
            "left_at": self.clock(15, 20),
            "announced": rng.random() < 0.3,
            "members_present": self.some(frame.member_ids, 2, 4),
            **self.headcounts(),
            "registers_checked": self.some(_codes(Register), 0, 4),
            "obstruction": "" if rng.random() < 0.9 else "A register was shown only late.",
            "interviews": interviews,
        }

    def headcounts(self) -> Json:
        rng = self.rng
        capacity = rng.randint(10, 1500)
        population = int(capacity * rng.uniform(0.5, 1.7))
        men = rng.randint(0, population)
        pretrial = rng.randint(0, population)
        return {
            "capacity": capacity,
            "population": population,
            "men": men,
            "women": population - men,
            "children": rng.randint(0, population // 10),
            "pretrial": pretrial,
            "sentenced": population - pretrial,
            "administrative": 0,
            "foreign_nationals": rng.randint(0, population // 5),
        }

    def interview(self, frame: VisitFrame, held_on: date, number: int) -> Json:
        rng = self.rng
        group = rng.random() < GROUP_SHARE
        consent = rng.choice(("none", "internal", "anonymous", "transmit"))
        nationality = None if rng.random() < 0.7 else "X" + chr(ord("A") + rng.randrange(26)) * 2
        return {
            "id": self.new_id(),
            "kind": "group" if group else "individual",
            "persons": rng.randint(2, 8) if group else 1,
            "category": rng.choice(_codes(IntervieweeCategory)),
            "pseudonym": pseudonym(number),
            "consent": consent,
            "reprisal_risk": rng.random() < 0.15,
            "private": not group,
            "held_on": held_on.isoformat(),
            "held_at": self.clock(8, 18),
            "interviewers": self.some(frame.member_ids, 1, 2),
            "interpreter": "" if rng.random() < 0.5 else vocabulary.person_name(rng),
            "language": rng.choice(("", "en", "fr", "ru", "es", "ar")),
            "gender": rng.choice(_codes(Gender)),
            "age_bracket": rng.choice(_codes(AgeBracket)),
            "legal_status": rng.choice(_codes(LegalStatus)),
            "nationality": nationality,
            "notes": vocabulary.interview_notes(rng),
            "identity": f"Person {number}, born {rng.randint(1950, 2006)}"
            if rng.random() < IDENTITY_SHARE
            else None,
            "allegations": self.allegations(held_on, consent),
        }

    def allegations(self, held_on: date, consent: str) -> list[Json]:
        if self.rng.random() >= ALLEGATION_SHARE:
            return []
        return [self.allegation(held_on, consent) for _ in range(self.rng.randint(1, 2))]

    def allegation(self, held_on: date, consent: str) -> Json:
        rng = self.rng
        examined = rng.random() < 0.4
        return {
            "id": self.new_id(),
            "form": rng.choice(_codes(AllegationForm)),
            "perpetrator": rng.choice(_codes(Perpetrator)),
            "setting": rng.choice(_codes(AllegationSetting)),
            "occurred_on": (held_on - timedelta(days=rng.randint(1, 90))).isoformat(),
            "description": "Kicked and punched while handcuffed.",
            "officials_involved": rng.choice(("", "Two officers in uniform")),
            "witnesses": rng.choice(("", "Cell mate")),
            "injuries": rng.choice(("", "Bruises on both forearms")),
            "medical_examination": examined,
            "consistency": rng.choice(_codes(Consistency)) if examined else None,
            "part_of_pattern": rng.random() < 0.3,
            "consent_to_transmit": consent == "transmit" and rng.random() < 0.7,
        }

    def findings(self, frame: VisitFrame, places: list[Json]) -> list[Json]:
        interview_ids = [i["id"] for place in places for i in place["interviews"]]
        count = share_of(FINDINGS_PER_300, frame.index)
        return [self.finding(places, interview_ids) for _ in range(count)]

    def finding(self, places: list[Json], interview_ids: list[str]) -> Json:
        rng = self.rng
        place = rng.choice(places) if rng.random() < 0.8 else None
        topic = rng.choice(list(vocabulary.TOPICS))
        return {
            "id": self.new_id(),
            "place_id": place["id"] if place else None,
            "area": rng.choice(_codes(FindingArea)),
            "severity": rng.choice(_codes(Severity)),
            "title": vocabulary.finding_title(topic, place["name"] if place else None),
            "text": vocabulary.finding_text(rng, topic),
            "evidence": rng.sample(interview_ids, rng.randint(1, 4)),
            "sources": self.some(_codes(EvidenceSource), 0, 2),
            "immediate_observation": rng.random() < 0.05,
        }

    def recommendations(self, frame: VisitFrame, findings: list[Json]) -> list[Json]:
        finding_ids = [finding["id"] for finding in findings]
        count = share_of(RECOMMENDATIONS_PER_300, frame.index)
        return [self.recommendation(finding_ids, n + 1) for n in range(count)]

    def recommendation(self, finding_ids: list[str], paragraph: int) -> Json:
        rng = self.rng
        addressee = rng.choice(_codes(Addressee))
        return {
            "id": self.new_id(),
            "finding_ids": rng.sample(finding_ids, rng.randint(1, 3)),
            "addressee": addressee,
            "authority": "Ministry of the Interior" if addressee == "authority" else "",
            "text": vocabulary.recommendation_text(rng, rng.choice(list(vocabulary.TOPICS))),
            "status": rng.choice(_codes(RecommendationStatus)),
            "paragraph_number": paragraph,
        }


def generate_visits(size: str, seed: int = DEFAULT_SEED) -> Iterator[Json]:
    generator = Generator(seed)
    for index in range(VISITS[size]):
        yield generator.visit(index)


def generate_document(size: str, seed: int = DEFAULT_SEED) -> Json:
    return {"format": FORMAT, "visits": list(generate_visits(size, seed))}


def write_visits(visits: Iterator[Json], stream: TextIO) -> None:
    """Write a document one visit at a time, in the layout of ``json.dump(..., indent=2)``."""
    stream.write('{\n  "format": ' + json.dumps(FORMAT) + ',\n  "visits": [')
    for n, visit in enumerate(visits):
        text = json.dumps(visit, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        stream.write(("," if n else "") + "\n    " + text)
    stream.write("\n  ]\n}\n")


def write_document(size: str, path: Path, seed: int = DEFAULT_SEED) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as stream:
        write_visits(generate_visits(size, seed), stream)
    partial.replace(path)


def passphrase() -> str:
    return os.environ.get("SPT_FIELD_PASSPHRASE") or BENCHMARK_PASSPHRASE


def import_into_new_database(document_path: Path, database_path: Path) -> str:
    """Import the file into a new encrypted database, as ``spt-field import`` does."""
    from spt_field.db.session import create_database
    from spt_field.interchange.import_json import import_document
    from spt_field.interchange.validate import read_document

    document = read_document(document_path)
    database = create_database(database_path, passphrase())
    try:
        with database.begin() as session:
            summary = import_document(session, document)
    finally:
        database.close()
    return ", ".join(f"{count} {table}" for table, count in sorted(summary.counts.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", choices=sorted(VISITS), required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    parser.add_argument("--db", type=Path, default=None, metavar="FILE.sptdb")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    write_document(args.size, args.out, args.seed)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    if args.db is not None:
        print(f"imported into {args.db}: {import_into_new_database(args.out, args.db)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
