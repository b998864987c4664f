"""What SQLCipher's memory wiping (PRAGMA cipher_memory_security) costs on open, search and
import:

    python -m benchmarks.memory_wiping [--size S|M] [--repeat 5] [--queries 20]

Each measurement runs in a fresh process (the setting holds for a whole process), with wiping
off, then on, alternately; medians are reported with the on/off ratio. Uses the synthetic
documents of benchmarks/timing.py (generated once into benchmarks/data/).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from statistics import median
from tempfile import TemporaryDirectory
from typing import Any

from benchmarks import measure
from benchmarks.timing import document_path, remove_database

PASSPHRASE = "benchmark-passphrase"
WORD = "beating"


def _wiping(on: bool) -> None:
    from spt_field.db import connection

    connection.WIPE_MEMORY = on


def one_run(on: bool, document: Path, database: Path, queries: int) -> dict[str, float]:
    """Import, open + list, search: seconds (wall) of each, in this (child) process."""
    _wiping(on)
    imported = measure.our_import(document, database, PASSPHRASE)
    opened = measure.open_and_list(database, PASSPHRASE, runs=3)[-1]  # warm: the file cached
    searched = measure.search_word(database, PASSPHRASE, WORD, queries)
    wall = imported["wall"]
    return {
        "import": wall["validate"] + wall["import"] + wall["commit"],
        "open": opened["wall"]["open"],
        "list": opened["wall"]["list"],
        "search": median(searched["wall"]),
    }


def run(size: str, repeat: int, queries: int) -> dict[bool, list[dict[str, float]]]:
    document = document_path(size)
    results: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    with TemporaryDirectory() as folder:
        database = Path(folder) / "wiping.sptdb"
        for round_number in range(repeat):
            for on in (False, True):
                remove_database(database)
                print(f"round {round_number + 1}, wiping {'on' if on else 'off'}", file=sys.stderr)
                results[on].append(measure.in_child(one_run, on, document, database, queries))
    return results


def table(size: str, results: dict[bool, list[dict[str, float]]]) -> str:
    lines = [
        f"| {size}: median of {len(results[True])} | wiping off | wiping on | on / off |",
        "|---|---|---|---|",
    ]
    for name in ("open", "list", "search", "import"):
        off = median(run[name] for run in results[False])
        on = median(run[name] for run in results[True])
        lines.append(f"| {name} | {off * 1000:.1f} ms | {on * 1000:.1f} ms | {on / off:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", choices=("S", "M"), default="S")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args(argv)
    results: Any = run(args.size, args.repeat, args.queries)
    print(table(args.size, results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
