"""One measurement each, run in a fresh child process so that memory peaks do not mix.

Each function sets up outside the clock (creating the database, keying the connection), then
times only the work, and returns plain numbers (seconds, megabytes) the parent can pickle.
"""

from __future__ import annotations

import resource
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa

from benchmarks.baseline import baseline_import, connect
from benchmarks.clock import Clock
from spt_field.db.session import Database, create_database, open_database
from spt_field.interchange.import_json import import_document
from spt_field.interchange.validate import read_document, validate_document
from spt_field.services.search import fts_query, search
from spt_field.services.visits import list_visits

P = ParamSpec("P")
R = TypeVar("R")


def in_child(function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run `function` in a new process (spawned, so it starts from a clean interpreter)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args, **kwargs).result()


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def our_import(document_path: Path, database_path: Path, passphrase: str) -> dict[str, Any]:
    """Laps parse, validate (validate_document), import (the import_document call), commit.

    import_document validates again: rules + insert = import + commit - validate.
    """
    database = create_database(database_path, passphrase)
    rss_before = peak_rss_mb()
    clock = Clock()
    document = read_document(document_path)
    clock.lap("parse")
    validate_document(document)
    clock.lap("validate")
    with database.begin() as session:
        import_document(session, document)
        clock.lap("import")
    clock.lap("commit")
    database.close()
    return {**clock.laps(), "rss_before_mb": rss_before, "rss_peak_mb": peak_rss_mb()}


def plain_import(document_path: Path, database_path: Path, passphrase: str) -> dict[str, Any]:
    """The baseline: laps parse (json.load), rows, insert (executemany + commit)."""
    create_database(database_path, passphrase).close()
    connection = connect(database_path, passphrase)
    rss_before = peak_rss_mb()
    clock = Clock()
    try:
        baseline_import(document_path, connection, clock)
    finally:
        connection.close()
    return {**clock.laps(), "rss_before_mb": rss_before, "rss_peak_mb": peak_rss_mb()}


def open_and_list(database_path: Path, passphrase: str, runs: int) -> list[dict[str, Any]]:
    """open_database + list_visits + close, `runs` times in this process (the first is cold)."""
    results = []
    for _ in range(runs):
        clock = Clock()
        database = open_database(database_path, passphrase)
        clock.lap("open")
        with database.begin() as session:
            visits = list_visits(session)
        clock.lap("list")
        database.close()
        results.append({**clock.laps(), "visits": len(visits)})
    return results


def search_word(database_path: Path, passphrase: str, word: str, queries: int) -> dict[str, Any]:
    """`queries` searches, one unit of work each: their wall and CPU times, and the matches."""
    database = open_database(database_path, passphrase)
    laps = []
    try:
        for _ in range(queries):
            clock = Clock()
            with database.begin() as session:
                hits = search(session, word)
            clock.lap("search")
            laps.append(clock.laps())
        notes = matching_notes(database, word)
    finally:
        database.close()
    return {
        "wall": [lap["wall"]["search"] for lap in laps],
        "cpu": [lap["cpu"]["search"] for lap in laps],
        "hits": len(hits),
        "notes": notes,
    }


def matching_notes(database: Database, word: str) -> int:
    with database.begin() as session:
        count = session.execute(
            sa.text("SELECT count(*) FROM interview_search WHERE interview_search MATCH :query"),
            {"query": fts_query(word)},
        ).scalar_one()
    return int(count)


def row_counts(database_path: Path, passphrase: str) -> dict[str, Any]:
    """Rows per table (FTS5 tables included), read through a raw connection."""
    connection = connect(database_path, passphrase)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()
