"""What the command-line tests share: the passphrase, the result of a run, a database with data."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spt_field.db.session import create_database, open_database
from spt_field.interchange.import_json import import_document
from tests.support.interchange_sample import snapshot, valid_document

PASSPHRASE = "correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def database_with_a_visit(run: Run, db: Path) -> dict[str, Any]:
    """Create `db` and import valid_document() into it; returns the document."""
    document = valid_document()
    assert run("init", "--db", db).code == 0
    assert run("import", "--db", db, write_json(db.with_suffix(".json"), document)).code == 0
    return document


def library_database_with_a_visit(db: Path) -> dict[str, Any]:
    """The same as database_with_a_visit, without the command line (nor its captured output)."""
    document = valid_document()
    database = create_database(db, PASSPHRASE)
    try:
        with database.begin() as session:
            import_document(session, document)
    finally:
        database.close()
    return document


def contents(db: Path) -> tuple[dict[str, Any], dict[str, str], dict[str, int]]:
    """The whole database: records, identities and row counts (see sample.snapshot)."""
    database = open_database(db, PASSPHRASE)
    try:
        return snapshot(database)
    finally:
        database.close()
