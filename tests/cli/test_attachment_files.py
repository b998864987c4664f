"""export-json --with-attachments writes the attachments' files beside the document, named by
their SHA-256; import reads them from there, all or nothing, naming a missing or altered file."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from spt_field.db.session import open_database
from spt_field.domain.attachments import AttachmentOwner
from spt_field.interchange.attachment_files import companion_folder
from spt_field.services.attachments import attach, list_attachments, read_attachment
from tests.services import attachment_files as files
from tests.support.cli import PASSPHRASE, Run, database_with_a_visit

NOW = datetime(2019, 1, 28, 14, 30)


def _with_photographs(run: Run, db: Path) -> tuple[str, dict[str, bytes]]:
    """A visit whose first place holds a photograph and a scan: (place id, sha256 -> bytes)."""
    document = database_with_a_visit(run, db)
    place_id = document["visits"][0]["places"][0]["id"]
    database = open_database(db, PASSPHRASE)
    try:
        with database.begin() as session:
            stored = {}
            for name, data in (("cell.jpg", files.photograph()), ("register.pdf", files.pdf())):
                item = attach(session, AttachmentOwner.PLACE, place_id, name, data, "", "I", NOW)
                stored[item.sha256] = read_attachment(session, item.id)
    finally:
        database.close()
    return place_id, stored


def _exported(run: Run, db: Path, out: Path, *options: str) -> dict[str, Any]:
    result = run("export-json", "--db", db, "--out", out, *options)
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def test_attachments_travel_in_a_companion_folder(run: Run, db: Path, tmp_path: Path) -> None:
    place_id, stored = _with_photographs(run, db)
    out = tmp_path / "visit.json"
    document = _exported(run, db, out, "--with-attachments")
    folder = companion_folder(out)
    assert folder == tmp_path / "visit.attachments"
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == stored
    for sha256, data in stored.items():
        assert hashlib.sha256(data).hexdigest() == sha256
    [visit] = document["visits"]
    assert {item["sha256"] for item in visit["attachments"]} == set(stored)
    assert {item["owner_id"] for item in visit["attachments"]} == {place_id}

    copy = tmp_path / "copy.sptdb"
    assert run("init", "--db", copy).code == 0
    assert run("import", "--db", copy, out).code == 0
    database = open_database(copy, PASSPHRASE)
    try:
        with database.read() as session:
            items = list_attachments(session, AttachmentOwner.PLACE, place_id)
            assert {item.sha256: read_attachment(session, item.id) for item in items} == stored
    finally:
        database.close()
    again = tmp_path / "again.json"
    assert _exported(run, copy, again) == document


def test_without_the_option_the_document_refers_by_hash_only(
    run: Run, db: Path, tmp_path: Path
) -> None:
    _place, stored = _with_photographs(run, db)
    out = tmp_path / "visit.json"
    document = _exported(run, db, out)
    assert not companion_folder(out).exists()
    [visit] = document["visits"]
    assert {item["sha256"] for item in visit["attachments"]} == set(stored)
    # Importing it needs the files: refused, naming what is missing.
    copy = tmp_path / "copy.sptdb"
    assert run("init", "--db", copy).code == 0
    result = run("import", "--db", copy, out)
    assert result.code == 1 and ".attachments folder" in result.err
    assert json.loads(run("visits", "--db", copy, "--json").out) == []


@pytest.mark.parametrize("damage", ["missing", "altered"])
def test_a_missing_or_altered_file_imports_nothing(
    run: Run, db: Path, tmp_path: Path, damage: str
) -> None:
    _place, stored = _with_photographs(run, db)
    out = tmp_path / "visit.json"
    _exported(run, db, out, "--with-attachments")
    victim = companion_folder(out) / next(iter(stored))
    if damage == "missing":
        victim.unlink()
    else:
        victim.write_bytes(victim.read_bytes()[:-1] + b"\x00")
    copy = tmp_path / "copy.sptdb"
    assert run("init", "--db", copy).code == 0
    result = run("import", "--db", copy, out)
    assert result.code == 1
    assert str(victim) in result.err
    assert ("missing" if damage == "missing" else "SHA-256 does not match") in result.err
    assert json.loads(run("visits", "--db", copy, "--json").out) == []
