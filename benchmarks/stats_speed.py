"""Time the annual statistics on the L database: the median must stay under one second.

    python -m benchmarks.stats_speed [--db FILE.sptdb] [--year 2019] [--runs 9] [--json]

The L database (300 visits, 150,000 interviews) is benchmarks/data/gui-L.sptdb when present,
else benchmarks/data/stats-L.sptdb, built once from the generated L document (a few minutes).
Each run is one unit of work, as the dashboard reads it; the first run (cold caches) counts in
the median like the others. The figures of all years are timed too, for information.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from statistics import median
from time import perf_counter
from typing import Any

from benchmarks import generate
from benchmarks.timing import DATA_DIR, document_path
from spt_field.db.session import Database, open_database
from spt_field.services.statistics import annual_statistics

TARGET_SECONDS = 1.0
DEFAULT_RUNS = 9
CANDIDATES = ("gui-L.sptdb", "stats-L.sptdb")


def l_database() -> Path:
    """An existing L database, or a new one imported from the L document."""
    for name in CANDIDATES:
        if (DATA_DIR / name).exists():
            return DATA_DIR / name
    path = DATA_DIR / CANDIDATES[-1]
    print(f"building {path.name} from the L document ...", file=sys.stderr, flush=True)
    print(generate.import_into_new_database(document_path("L"), path), file=sys.stderr)
    return path


def time_statistics(database: Database, year: int | None, runs: int) -> list[float]:
    today = date.today()
    seconds = []
    for _ in range(runs):
        start = perf_counter()
        with database.begin() as session:
            annual_statistics(session, year, today=today)
        seconds.append(perf_counter() - start)
    return seconds


def summary(seconds: list[float]) -> dict[str, float]:
    return {
        "median": median(seconds),
        "min": min(seconds),
        "max": max(seconds),
        "first": seconds[0],
    }


def measure(path: Path, year: int, runs: int) -> dict[str, Any]:
    database = open_database(path, generate.passphrase())
    try:
        by_year = time_statistics(database, year, runs)
        all_years = time_statistics(database, None, runs)
        with database.begin() as session:
            figures = annual_statistics(session, year)
    finally:
        database.close()
    return {
        "database": path.name,
        "year": year,
        "runs": runs,
        "visits_conducted": figures.conducted,
        "interviews": figures.interviews,
        "seconds": summary(by_year),
        "all_years_seconds": summary(all_years),
        "target_seconds": TARGET_SECONDS,
        "within_target": median(by_year) < TARGET_SECONDS,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=None, metavar="FILE.sptdb")
    parser.add_argument("--year", type=int, default=2019)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    result = measure(args.db or l_database(), args.year, max(args.runs, 1))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        times, everything = result["seconds"], result["all_years_seconds"]
        print(
            f"annual_statistics({args.year}) on {result['database']} "
            f"({result['visits_conducted']} visits, {result['interviews']:,} interviews): "
            f"median {times['median'] * 1000:.1f} ms over {args.runs} runs "
            f"(first {times['first'] * 1000:.1f} ms, max {times['max'] * 1000:.1f} ms); "
            f"target < {TARGET_SECONDS:.0f} s: {'met' if result['within_target'] else 'MISSED'}"
        )
        print(f"all years: median {everything['median'] * 1000:.1f} ms")
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
