"""Time field bundles of about 5,000 changed records: export, and import into the M database.

    python -m benchmarks.bundle_speed [--runs 5] [--json]

One visit of the generator's shape, grown to about 5,000 records, is recorded on a sending
laptop (a new database, from its JSON document; not timed). Timed, each run: writing its bundle
(`export_bundle`, key derivation included); merging the bundle into a copy of the M database
(`import_bundle`: reading, decrypting, merging, one unit of work); and, as the reference of the
same run, a plain JSON import of the same records into another copy of the M database
(`read_document` + `import_document`). A second merge times a bundle in which every one of those
records was changed on the sender after the receiver had them (the merge's update path). Targets:
each under 2 s, and the import at most 3 times the plain JSON import.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from statistics import median
from tempfile import TemporaryDirectory
from time import perf_counter
from typing import Any

from benchmarks import generate
from benchmarks.timing import DATA_DIR, document_path, progress
from spt_field.db.session import Database, create_database, open_database
from spt_field.interchange.import_json import import_document
from spt_field.interchange.validate import read_document
from spt_field.sync import export_bundle, import_bundle

TARGET_SECONDS = 2.0
TARGET_RATIO = 3.0
RECORDS = 5_000
DEFAULT_RUNS = 5
BUNDLE_PASSPHRASE = "benchmark delegation passphrase"
SEED = 5000


def record_count(visit: dict[str, Any]) -> int:
    places = visit["places"]
    interviews = [interview for place in places for interview in place["interviews"]]
    return (
        1
        + len(visit["delegation"])
        + len(visit["persons_met"])
        + len(places)
        + len(interviews)
        + sum(
            len(interview["allegations"]) + bool(interview["identity"]) for interview in interviews
        )
        + len(visit["findings"])
        + len(visit["recommendations"])
    )


def large_visit() -> dict[str, Any]:
    """A generated visit with places added until it holds about RECORDS records."""
    generator = generate.Generator(SEED)
    visit = generator.visit(0)
    frame = generate.VisitFrame(
        0,
        date.fromisoformat(visit["start_date"]),
        (date.fromisoformat(visit["end_date"]) - date.fromisoformat(visit["start_date"])).days + 1,
        [member["id"] for member in visit["delegation"]],
    )
    while record_count(visit) < RECORDS:
        visit["places"].append(generator.place(frame, len(visit["places"])))
    return {"format": "spt-field/1", "visits": [visit]}


def m_database() -> Path:
    """The M database the GUI benchmarks use, built from the M document when missing."""
    path = DATA_DIR / "gui-M.sptdb"
    if not path.exists():
        progress(f"building {path.name} from the M document ...")
        progress(generate.import_into_new_database(document_path("M"), path))
    return path


def _copy_of_m(source: Path, target: Path) -> Database:
    shutil.copy(source, target)
    database = open_database(target, generate.passphrase())  # migrations run here, not timed
    database.member = "Headquarters"
    return database


def _timed(action: Callable[[], object]) -> float:
    start = perf_counter()
    action()
    return perf_counter() - start


def _touch_every_record(sender: Database, visit_id: str) -> None:
    """Change one field of each record of the visit, as a person editing would (not timed)."""
    from spt_field.services import (
        allegations,
        delegation,
        findings,
        interviews,
        places,
        recommendations,
        visits,
    )

    with sender.begin() as session:
        visits.update_visit(session, visit_id, postponement_reason=None, objectives=("Changed",))
        for member in delegation.list_delegation(session, visit_id):
            delegation.update_member(session, member.id, name=member.name + " (changed)")
        for person in delegation.list_persons_met(session, visit_id):
            delegation.update_person_met(session, person.id, title=person.title + " (changed)")
        for place in places.list_places_for_visit(session, visit_id):
            places.update_place(session, place.id, obstruction="changed")
        for interview in interviews.list_interviews_for_visit(session, visit_id):
            interviews.update_interview(session, interview.id, language="changed")
        for allegation in allegations.list_allegations_for_visit(session, visit_id):
            allegations.update_allegation(session, allegation.id, witnesses="changed")
        for finding in findings.list_findings_for_visit(session, visit_id):
            findings.update_finding(session, finding.id, text=finding.text + " (changed)")
        for recommendation in recommendations.list_recommendations_for_visit(session, visit_id):
            recommendations.update_recommendation(session, recommendation.id, authority="changed")


def one_run(folder: Path, document_file: Path, visit_id: str, m_path: Path) -> dict[str, float]:
    sender = create_database(folder / "sender.sptdb", generate.passphrase())
    sender.member = "Field laptop"
    with sender.begin() as session:
        import_document(session, read_document(document_file))
    bundle = folder / "visit.sptbundle"
    figures = {"export": _timed(lambda: export_bundle(sender, visit_id, bundle, BUNDLE_PASSPHRASE))}
    receiver = _copy_of_m(m_path, folder / "receiver.sptdb")
    figures["import"] = _timed(lambda: import_bundle(receiver, bundle, BUNDLE_PASSPHRASE))
    reference = _copy_of_m(m_path, folder / "reference.sptdb")

    def plain_import() -> None:
        with reference.begin() as session:
            import_document(session, read_document(document_file))

    figures["json_import"] = _timed(plain_import)
    reference.close()
    _touch_every_record(sender, visit_id)
    export_bundle(sender, visit_id, bundle, BUNDLE_PASSPHRASE)
    figures["import_updates"] = _timed(lambda: import_bundle(receiver, bundle, BUNDLE_PASSPHRASE))
    figures["ratio"] = figures["import"] / figures["json_import"]
    sender.close()
    receiver.close()
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    m_path = m_database()
    document = large_visit()
    visit_id = document["visits"][0]["id"]
    runs = []
    with TemporaryDirectory() as temporary:
        folder = Path(temporary)
        document_file = folder / "visit.json"
        document_file.write_text(json.dumps(document), encoding="utf-8")
        for number in range(args.runs):
            run_folder = folder / f"run{number}"
            run_folder.mkdir()
            runs.append(one_run(run_folder, document_file, visit_id, m_path))
            progress(f"run {number + 1}: " + ", ".join(f"{k} {v:.3f}" for k, v in runs[-1].items()))
    medians = {name: median(run[name] for run in runs) for name in runs[0]}
    result = {"records": record_count(document["visits"][0]), "runs": args.runs, "median": medians}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['records']} records, median of {args.runs} runs:")
        for name, seconds in medians.items():
            print(f"  {name:15} {seconds:.3f}" + ("" if name == "ratio" else " s"))
    within = (
        max(medians["export"], medians["import"], medians["import_updates"]) < TARGET_SECONDS
        and medians["ratio"] <= TARGET_RATIO
    )
    print("within the targets" if within else "OUTSIDE the targets", file=sys.stderr)
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
