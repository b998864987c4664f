"""Headquarters at scale: the laptop's targets on a PostgreSQL server holding L or ten times L.

    python -m benchmarks.server_scale --server URL [--load VISITS] [--multiply N] [--runs 9]
    python -m benchmarks.server_scale --db FILE.sptdb [--runs 9] [--json]

`--load 300` loads the L data set (300 visits, 150,000 interviews) into the server's empty SPT
Field database (create it first with `spt-field init --server URL`); each batch of 30 visits is
one import, as a delegation's documents arrive. `--multiply 10` then copies every visit nine
times in the server under new ids: ten times L (3,000 visits, 1,500,000 interviews). Then, on
the server (or on a laptop's file with `--db`, the baseline), each timed as one unit of work,
medians of `--runs` (`--json` prints them as JSON):

- the visit list (target < 0.5 s);
- opening a visit: the visit, its places, findings, recommendations, its interview count
  and the first page of its interviews, as the workspace reads them;
- search: a rare word, a common word, a prefix and two words, across every visit (target
  < 50 ms median);
- the annual statistics of the busiest year (target < 1 s).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from statistics import median
from time import perf_counter
from typing import Any

from benchmarks import generate, vocabulary
from spt_field.db.session import Database, open_database
from spt_field.interchange.schema import FORMAT

TARGETS = {"visit list": 0.5, "search": 0.05, "annual statistics": 1.0}
BATCH = 30
QUERIES = (
    vocabulary.RARE_WORD,
    vocabulary.COMMON_WORD,
    vocabulary.COMMON_WORD[:6],
    f"cell {vocabulary.RARE_WORD}",
)


def _batches(visits: int) -> Iterator[list[dict[str, Any]]]:
    generator = generate.Generator(generate.DEFAULT_SEED)
    every = (generator.visit(index) for index in range(visits))
    while batch := list(islice(every, BATCH)):
        yield batch


def load(database: Database, visits: int) -> float:
    """Import `visits` generated visits, BATCH per unit of work: the seconds it took."""
    from spt_field.interchange.import_json import import_document

    start = perf_counter()
    done = 0
    for batch in _batches(visits):
        with database.begin() as session:
            import_document(session, {"format": FORMAT, "visits": batch})
        done += len(batch)
        print(f"  loaded {done}/{visits} visits ({perf_counter() - start:.0f} s)", file=sys.stderr)
    return perf_counter() - start


#: The tables a visit's records live in, parents first (what an import fills).
VISIT_TABLES = (
    "visit",
    "delegation_member",
    "person_met",
    "place",
    "interview",
    "interviewee_identity",
    "allegation",
    "finding",
    "finding_evidence",
    "recommendation",
    "recommendation_finding",
    "recommendation_status_change",
    "report_narrative",
    "reprisal_case",
    "programme_entry",
)


def multiply(database: Database, times: int) -> float:
    """On the server: make the visits already loaded `times` times as many, by copying every
    visit's records `times - 1` times under new ids (one statement per table, in the server;
    an id column's copy k is md5(id:k) as a UUID, so references follow). Records are loaded
    by the import above; the copies only make the volume, far faster than importing it."""
    import sqlalchemy as sa

    start = perf_counter()
    with database.begin() as session:
        connection = session.connection()
        for table_name in VISIT_TABLES:
            table = sa.Table(table_name, sa.MetaData(), autoload_with=connection)
            # Generated columns (the server's folded search text) are computed, not copied.
            names = [column.name for column in table.columns if column.computed is None]
            values = [
                f"CASE WHEN {name} IS NULL THEN NULL ELSE md5({name} || ':' || k)::uuid::text END"
                if name == "id" or (name.endswith("_id") and name != "device_id")
                else name
                for name in names
            ]
            columns = ", ".join(names)
            connection.exec_driver_sql(
                f"INSERT INTO {table_name} ({columns}) SELECT {', '.join(values)} "
                f"FROM {table_name} CROSS JOIN generate_series(1, {times - 1}) AS k"
            )
            print(f"  copied {table_name} ({perf_counter() - start:.0f} s)", file=sys.stderr)
    with database.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return perf_counter() - start


def _timed(database: Database, work: Callable[[Any], object], runs: int) -> float:
    seconds = []
    for _ in range(runs):
        start = perf_counter()
        with database.read() as session:
            work(session)
        seconds.append(perf_counter() - start)
    return median(seconds)


def measure(database: Database, runs: int) -> dict[str, float]:
    from spt_field.services.findings import list_findings_for_visit
    from spt_field.services.interview_pages import count_interviews, interview_page
    from spt_field.services.places import list_places_for_visit
    from spt_field.services.recommendations import list_recommendations_for_visit
    from spt_field.services.search import search
    from spt_field.services.statistics import annual_statistics, statistics_years
    from spt_field.services.visits import get_visit, list_visits

    with database.read() as session:
        visits = list_visits(session)
        busiest = max(statistics_years(session), key=lambda year: year)
    middle = visits[len(visits) // 2].id

    def open_visit(session: Any) -> None:
        get_visit(session, middle)
        list_places_for_visit(session, middle)
        list_findings_for_visit(session, middle)
        list_recommendations_for_visit(session, middle)
        count_interviews(session, middle)
        interview_page(session, middle, 0, 100)

    def searching(text: str) -> Callable[[Any], object]:
        return lambda session: search(session, text)

    searches = {f"search '{text}'": _timed(database, searching(text), runs) for text in QUERIES}
    figures = {
        "visit list": _timed(database, list_visits, runs),
        "opening a visit": _timed(database, open_visit, runs),
        "search": median(searches.values()),
        "annual statistics": _timed(
            database, lambda session: annual_statistics(session, busiest), runs
        ),
    }
    figures.update(searches)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--server", metavar="URL")
    where.add_argument("--db", type=Path, metavar="FILE.sptdb")
    parser.add_argument("--load", type=int, default=0, metavar="VISITS")
    parser.add_argument(
        "--multiply", type=int, default=0, metavar="N", help="(server) N times the visits loaded"
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.server:
        from spt_field.db.server import open_server_database, server_address

        database = open_server_database(server_address(args.server))
    else:
        database = open_database(args.db, generate.passphrase())
    with database:
        result: dict[str, Any] = {"database": database.name}
        if args.load:
            result["load seconds"] = load(database, args.load)
        if args.multiply > 1:
            result["multiply seconds"] = multiply(database, args.multiply)
        result["medians"] = measure(database, args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['database']}")
    if "load seconds" in result:
        print(f"  loading {args.load} visits: {result['load seconds']:.0f} s")
    for name, seconds in result["medians"].items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"  (target < {target} s: {seconds / target:.2f}x)"
        print(f"  {name}: {seconds * 1000:.1f} ms{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
