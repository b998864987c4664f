"""spt-field stats: the annual figures as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import Run


def _demo(run: Run, tmp_path: Path) -> Path:
    db = tmp_path / "demo.sptdb"
    assert run("demo", "--db", db).code == 0
    return db


def test_stats_json_has_the_stable_core(run: Run, tmp_path: Path) -> None:
    db = _demo(run, tmp_path)
    result = run("stats", "--db", db, "--year", "2019", "--json")
    assert result.code == 0, result.err
    figures = json.loads(result.out)
    assert figures["year"] == 2019
    assert figures["visits"]["conducted"] == 1
    assert figures["interviews"]["count"] == 60
    groups = figures["places"]["by_group"]
    assert set(groups) == {
        "prisons",
        "police_stations",
        "juvenile_centres",
        "psychiatric_health",
        "migrant_centres",
        "other_places",
    }
    assert sum(groups.values()) == figures["places"]["total"] == 9
    assert {"reports", "recommendations"} <= set(figures)


def test_stats_for_a_year_without_visits_and_for_all_years(run: Run, tmp_path: Path) -> None:
    db = _demo(run, tmp_path)
    empty = json.loads(run("stats", "--db", db, "--year", "2018", "--json").out)
    assert empty["interviews"]["count"] == 0
    every = json.loads(run("stats", "--db", db, "--json").out)
    assert every["year"] is None and every["interviews"]["count"] == 60


def test_stats_text_reads_like_the_annual_report(run: Run, tmp_path: Path) -> None:
    db = _demo(run, tmp_path)
    result = run("stats", "--db", db, "--year", "2019")
    assert result.code == 0
    assert "During its official visits in 2019, the Subcommittee conducted 60" in result.out
