"""The writer killed by crash_trials.py: creates a database, imports a document, edits forever.

    SPT_FIELD_PASSPHRASE=... python -m benchmarks.crash_writer DB DOCUMENT

Prints, each line flushed before the next unit of work begins:

* ``created`` once the (new) database exists;
* ``records KIND:ID KIND:ID ...`` once the document is imported (one unit of work): the places and
  interviews it then edits, in the order it edits them;
* ``committed N ID VALUE`` after edit N is COMMITTED: edit N sets the town of a place or the
  notes of an interview (record number N modulo the number of records) to ``VALUE`` = ``vN``,
  through the services, one unit of work per edit, as a delegation member saving a form.

It runs until it is killed. The passphrase comes from the environment, never the command line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from spt_field.db.session import create_database
from spt_field.interchange.import_json import import_document
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.services import interviews, places


def main(argv: list[str]) -> int:
    database_path, document_path = (Path(argument) for argument in argv)
    document = json.loads(document_path.read_text(encoding="utf-8"))
    database = create_database(database_path, os.environ[ENVIRONMENT_VARIABLE])
    print("created", flush=True)
    with database.begin() as session:
        summary = import_document(session, document)
    with database.begin() as session:
        place_ids: list[str] = []
        interview_ids: list[str] = []
        for visit_id in summary.visit_ids:
            place_ids += [place.id for place in places.list_places_for_visit(session, visit_id)]
            interview_ids += [
                interview.id
                for interview in interviews.list_interviews_for_visit(session, visit_id)
            ]
    records = [("place", record_id) for record_id in place_ids]
    records += [("interview", record_id) for record_id in interview_ids]
    print("records " + " ".join(f"{kind}:{record_id}" for kind, record_id in records), flush=True)
    number = 0
    while True:
        number += 1
        kind, record_id = records[number % len(records)]
        value = f"v{number}"
        with database.begin() as session:
            if kind == "place":
                places.update_place(session, record_id, town=value)
            else:
                interviews.update_interview(session, record_id, notes=value)
        print(f"committed {number} {record_id} {value}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
