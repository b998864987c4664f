"""spt-field demo: a database holding the demo visit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import Run


def test_demo_creates_one_visit_with_60_interviews(run: Run, db: Path) -> None:
    pytest.importorskip("spt_field.services.demo")
    result = run("demo", "--db", db)
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith(f"created {db} with the demo visit ")
    visits = json.loads(run("visits", "--db", db, "--json").out)
    assert len(visits) == 1
    assert visits[0]["interviews"] == 60
    assert result.out.rstrip().endswith(visits[0]["id"])


def test_demo_refuses_an_existing_file(run: Run, db: Path) -> None:
    assert run("init", "--db", db).code == 0
    result = run("demo", "--db", db)
    assert result.code == 1 and "already exists" in result.err
