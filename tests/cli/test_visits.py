"""spt-field visits [--json]: list visits with their ids."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import Run, database_with_a_visit


def test_no_visits(run: Run, db: Path) -> None:
    assert run("init", "--db", db).code == 0
    assert run("visits", "--db", db).out == "no visits\n"
    result = run("visits", "--db", db, "--json")
    assert (result.code, json.loads(result.out)) == (0, [])


def test_visits_as_text(run: Run, db: Path) -> None:
    visit = database_with_a_visit(run, db)["visits"][0]
    result = run("visits", "--db", db)
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{visit['id']}  XAB  2021-05-03 to 2021-05-07")
    assert "2 places, 2 interviews" in lines[0]


def test_visits_as_json(run: Run, db: Path) -> None:
    visit = database_with_a_visit(run, db)["visits"][0]
    result = run("visits", "--db", db, "--json")
    assert (result.code, result.err) == (0, "")
    assert json.loads(result.out) == [
        {
            "id": visit["id"],
            "country": "XAB",
            "visit_type": "npm_visit",
            "status": "in_progress",
            "start_date": "2021-05-03",
            "end_date": "2021-05-07",
            "places": 2,
            "interviews": 2,
        }
    ]


def test_no_database(run: Run, tmp_path: Path) -> None:
    result = run("visits", "--db", tmp_path / "missing.sptdb")
    assert result.code == 1
    assert result.err == f"error: no database at {tmp_path / 'missing.sptdb'}\n"
