"""Time what the window does to keep a database safe, on a copy of a benchmark file:

    python -m benchmarks.safety_timing [--db benchmarks/data/gui-L.sptdb] [--repeat 3]

the integrity check on opening, an automatic backup (and how long the GUI thread stalls while
the background worker writes it), listing the backups with their counts, restoring one, and
changing the passphrase of the database and its backups. The file is copied into a temporary
folder first: the benchmark file itself is never touched. Medians of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from statistics import median
from tempfile import TemporaryDirectory

from benchmarks.clock import Clock

DEFAULT_DB = Path(__file__).with_name("data") / "gui-L.sptdb"
PASSPHRASE = "benchmark-passphrase"
NEW = "a new benchmark passphrase 2026"
TICK_MS = 10


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def seconds(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def gui_stall_during_backup(path: Path) -> tuple[float, float]:
    """(seconds the backup took, longest gap in ms between 10 ms GUI timer ticks meanwhile)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from spt_field.db.session import open_database
    from spt_field.security.backups import take_backup
    from spt_field.ui.background import BackgroundJobs

    app = QApplication.instance() or QApplication([])
    database = open_database(path, PASSPHRASE)
    jobs = BackgroundJobs()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(TICK_MS)
    done: list[float] = []
    started = time.perf_counter()
    jobs.submit(lambda: take_backup(database), lambda _future: done.append(time.perf_counter()))
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    jobs.shutdown()
    database.close()
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    return done[0] - started, max(gaps, default=0.0) * 1000


def one_run(source: Path, folder: Path) -> dict[str, float]:
    from spt_field.db.session import open_database
    from spt_field.security.backups import list_backups, rekey_backups, restore_backup, take_backup
    from spt_field.security.integrity import check_integrity
    from spt_field.security.rekey import change_passphrase

    path = folder / source.name
    shutil.copyfile(source, path)
    clock = Clock()
    database = open_database(path, PASSPHRASE)
    clock.lap("open")
    check_integrity(database)
    clock.lap("integrity check")
    take_backup(database)
    clock.lap("backup")
    database.close()
    backup_seconds, stall_ms = gui_stall_during_backup(path)
    clock.lap("backup on the worker")
    listed = list_backups(path, PASSPHRASE)
    clock.lap("list backups with counts")
    restore_backup(path, listed[-1].path, PASSPHRASE)
    clock.lap("restore")
    change_passphrase(path, PASSPHRASE, NEW)
    clock.lap("change passphrase")
    rekey_backups(path, PASSPHRASE, NEW)
    clock.lap("re-encrypt backups")
    figures = dict(clock.wall)
    figures["backup on the worker"] = backup_seconds
    figures["longest GUI stall during it (ms)"] = stall_ms
    figures["backups re-encrypted"] = float(len(listed) + 1)  # and the before-restore copy
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = []
    for number in range(args.repeat):
        progress(f"run {number + 1} of {args.repeat} ...")
        with TemporaryDirectory(dir=args.db.parent) as folder:
            runs.append(one_run(args.db, Path(folder)))
    size_mb = args.db.stat().st_size / 1_000_000
    print(f"{args.db.name} ({size_mb:.0f} MB), median of {len(runs)}:")
    for name in runs[0]:
        values = [run[name] for run in runs]
        listed = ", ".join(f"{value:.2f}" for value in values)
        print(f"  {name:36} {median(values):8.2f}   ({listed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
