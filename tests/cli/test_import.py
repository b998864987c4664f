"""spt-field import: all or nothing, every problem named by its JSON path."""

from __future__ import annotations

from pathlib import Path

import pytest

from spt_field.cli import main
from tests.support.cli import (
    Run,
    contents,
    database_with_a_visit,
    library_database_with_a_visit,
    write_json,
)
from tests.support.interchange_sample import valid_document


def test_import_prints_a_summary(run: Run, db: Path, tmp_path: Path) -> None:
    assert run("init", "--db", db).code == 0
    result = run("import", "--db", db, write_json(tmp_path / "in.json", valid_document()))
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("imported 1 visit(s): ")
    assert "2 interview" in result.out and "2 place" in result.out
    assert len(contents(db)[0]["visits"]) == 1


def test_invalid_file_changes_nothing(run: Run, db: Path, tmp_path: Path) -> None:
    database_with_a_visit(run, db)
    before = contents(db)
    document = valid_document()
    document["visits"][0]["places"][1]["capacity"] = "many"
    document["visits"][0]["country"] = 7
    result = run("import", "--db", db, write_json(tmp_path / "bad.json", document))
    assert result.code == 1
    assert result.err.startswith("error: 2 problems found\n")
    assert "$.visits[0].places[1].capacity" in result.err
    assert "$.visits[0].country" in result.err
    assert "Traceback" not in result.err + result.out
    assert contents(db) == before


def test_rule_problems_change_nothing(run: Run, db: Path, tmp_path: Path) -> None:
    document = database_with_a_visit(run, db)
    before = contents(db)
    result = run("import", "--db", db, write_json(tmp_path / "again.json", document))
    assert result.code == 1
    assert "$.visits[0].id: " in result.err and "already in this database" in result.err
    assert contents(db) == before


def test_file_that_is_not_json(run: Run, db: Path, tmp_path: Path) -> None:
    assert run("init", "--db", db).code == 0
    path = tmp_path / "notes.json"
    path.write_text("visits:\n  - CHE\n", encoding="utf-8")
    result = run("import", "--db", db, path)
    assert result.code == 1
    assert result.err.startswith("error: notes.json is not valid JSON: line 1, column 1")


def test_missing_file(run: Run, db: Path, tmp_path: Path) -> None:
    assert run("init", "--db", db).code == 0
    result = run("import", "--db", db, tmp_path / "nothing.json")
    assert (result.code, result.err) == (1, f"error: no file at {tmp_path / 'nothing.json'}\n")


@pytest.mark.parametrize("command", ["import", "visits", "export-json"])
def test_wrong_passphrase(
    command: str, db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Checked on the file descriptors: nothing else (no C library noise, no traceback)."""
    library_database_with_a_visit(db)
    before = contents(db)
    extra = {
        "import": [str(write_json(tmp_path / "in.json", valid_document()))],
        "visits": [],
        "export-json": ["--out", str(tmp_path / "out.json")],
    }[command]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPT_FIELD_PASSPHRASE", "not the right passphrase")
        capfd.readouterr()
        code = main([command, "--db", str(db), *extra])
        captured = capfd.readouterr()
    assert code == 3
    assert captured.err == "error: wrong passphrase or not an SPT Field database\n"
    assert captured.out == ""
    assert not (tmp_path / "out.json").exists()
    assert contents(db) == before


def test_a_file_that_is_not_a_database(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "letter.sptdb"
    path.write_text("Dear Minister,\n" * 100, encoding="utf-8")
    result = run("visits", "--db", path)
    assert (result.code, result.err) == (
        3,
        "error: wrong passphrase or not an SPT Field database\n",
    )
