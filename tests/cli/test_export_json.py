"""spt-field export-json: every visit or one, with or without recorded identities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from spt_field.interchange.validate import schema_problems
from tests.support.cli import Run, contents, database_with_a_visit, write_json
from tests.support.interchange_sample import valid_document


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _identities(document: dict[str, Any]) -> list[str | None]:
    return [
        interview["identity"]
        for visit in document["visits"]
        for place in visit["places"]
        for interview in place["interviews"]
    ]


def _database_with_two_visits(run: Run, db: Path) -> list[str]:
    first = database_with_a_visit(run, db)["visits"][0]["id"]
    second = valid_document()
    second["visits"][0]["country"] = "CHE"
    assert run("import", "--db", db, write_json(db.with_name("second.json"), second)).code == 0
    return [first, second["visits"][0]["id"]]


def test_export_every_visit(run: Run, db: Path, tmp_path: Path) -> None:
    ids = _database_with_two_visits(run, db)
    out = tmp_path / "all.json"
    result = run("export-json", "--db", db, "--with-identities", "--out", out)
    assert (result.code, result.out) == (0, f"exported 2 visit(s) to {out}\n")
    assert result.err == "recorded identities included (noted in the audit trail)\n"
    document = _read(out)
    assert schema_problems(document) == []
    assert sorted(visit["id"] for visit in document["visits"]) == sorted(ids)
    records, identities, _counts = contents(db)
    assert _identities(document) == ["R. Example", None, "R. Example", None]
    assert len(identities) == 2 and set(identities.values()) == {"R. Example"}
    for visit in document["visits"]:
        for place in visit["places"]:
            for interview in place["interviews"]:
                interview["identity"] = None
    assert document == records


def test_export_one_visit(run: Run, db: Path, tmp_path: Path) -> None:
    ids = _database_with_two_visits(run, db)
    out = tmp_path / "one.json"
    result = run("export-json", "--db", db, "--visit", ids[1], "--out", out)
    assert (result.code, result.out) == (0, f"exported 1 visit(s) to {out}\n")
    assert [visit["id"] for visit in _read(out)["visits"]] == [ids[1]]


def test_export_an_unknown_visit(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    unknown = "00000000-0000-4000-8000-000000000000"
    result = run("export-json", "--db", db, "--visit", unknown, "--out", tmp_path / "x.json")
    assert result.code == 1
    assert result.err.startswith("error: ") and unknown in result.err
    assert not (tmp_path / "x.json").exists()


def test_without_identities_is_still_accepted(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    out = tmp_path / "shareable.json"
    assert run("export-json", "--db", db, "--without-identities", "--out", out).code == 0
    document = _read(out)
    assert _identities(document) == [None, None]
    assert "R. Example" not in out.read_text(encoding="utf-8")


def test_export_then_import_into_a_fresh_database(run: Run, db: Path, tmp_path: Path) -> None:
    _database_with_two_visits(run, db)
    out, again = tmp_path / "out.json", tmp_path / "again.json"
    fresh = tmp_path / "fresh.sptdb"
    assert run("export-json", "--db", db, "--out", out).code == 0
    assert run("init", "--db", fresh).code == 0
    result = run("import", "--db", fresh, out)
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("imported 2 visit(s)")
    assert run("export-json", "--db", fresh, "--out", again).code == 0
    assert _read(again) == _read(out)


def test_export_overwrites_the_output_file_whole(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    out = tmp_path / "out.json"
    out.write_text("x" * 100_000, encoding="utf-8")
    assert run("export-json", "--db", db, "--out", out).code == 0
    assert len(_read(out)["visits"]) == 1
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".partial")] == []


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_unwritable_output_is_a_user_error(run: Run, db: Path, tmp_path: Path, where: str) -> None:
    assert run("init", "--db", db).code == 0
    out = tmp_path / "no" / "such" / "out.json" if where == "missing folder" else tmp_path
    result = run("export-json", "--db", db, "--out", out)
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert "internal error" not in result.err
