"""Profile our import (read_document + import_document in one unit of work) with cProfile.

    python -m benchmarks.profile_import --size S|M|L [--top N]

Writes benchmarks/data/import-SIZE.prof (open it with ``python -m pstats`` or snakeviz) and
prints the functions that take the most time, by own time and by cumulative time. The profiler
counts CPU time, so that other processes competing for the cores do not skew the picture.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Sequence
from pathlib import Path
from tempfile import TemporaryDirectory

from benchmarks import generate
from benchmarks.timing import DATA_DIR, document_path
from spt_field.db.session import create_database
from spt_field.interchange.import_json import import_document
from spt_field.interchange.validate import read_document


def import_once(document: Path, database_path: Path, passphrase: str) -> None:
    database = create_database(database_path, passphrase)
    try:
        with database.begin() as session:
            import_document(session, read_document(document))
    finally:
        database.close()


def profile_import(size: str) -> Path:
    document = document_path(size)
    output = DATA_DIR / f"import-{size}.prof"
    with TemporaryDirectory(dir=DATA_DIR, prefix="profile-") as folder:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(
            import_once, document, Path(folder) / "profiled.sptdb", generate.passphrase()
        )
    profiler.dump_stats(output)
    return output


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile our import with cProfile.")
    parser.add_argument("--size", choices=sorted(generate.VISITS), required=True)
    parser.add_argument("--top", type=int, default=25, help="functions to print")
    args = parser.parse_args(argv)
    output = profile_import(args.size)
    print(f"profile written to {output}")
    for order in ("tottime", "cumulative"):
        pstats.Stats(str(output)).strip_dirs().sort_stats(order).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
