"""The one-folder application against the virtualenv: its size, and the start-up of the built
program beside `python -m spt_field` in the venv.

    python -m benchmarks.dist_startup [--folder dist/spt-field] [--runs N]

Each run is a fresh process with its own empty configuration, log and data folders, timed from
its start to its exit for ``--db demo.sptdb --screenshot OUT.png --view visits`` (the window
painted with the demo's visit list, saved, closed: 300 ms of that is --screenshot's own wait)
and for ``--version`` (the command line alone). Build the folder first with `make dist`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from statistics import median

from benchmarks.gui_startup import child_environment

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RUNS = 7
PASSPHRASE = "dist-benchmark-passphrase"


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links duplicates of a library)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def timed(command: Sequence[str], home: Path, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        env=child_environment(home, PASSPHRASE),
        cwd=cwd,
        check=True,
        timeout=120,
        capture_output=True,
    )
    return time.perf_counter() - start


def median_time(command: Sequence[str], runs: int, work: Path) -> float:
    return median(timed(command, work / f"home{run}", work) for run in range(runs))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "spt-field")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    args = parser.parse_args(argv)
    built = [str(args.folder / "spt-field")]
    venv = [sys.executable, "-m", "spt_field"]
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        subprocess.run(
            [*built, "demo", "--db", "demo.sptdb"],
            env=child_environment(work / "setup", PASSPHRASE),
            cwd=work,
            check=True,
        )
        window = ["--db", "demo.sptdb", "--screenshot", "out.png", "--view", "visits"]
        archives = sorted(args.folder.parent.glob("spt-field-*.*"))
        print(f"folder: {folder_size(args.folder) / 2**20:.0f} MiB")
        for archive in archives:
            print(f"{archive.name}: {archive.stat().st_size / 2**20:.0f} MiB")
        for label, arguments in (("window", window), ("--version", ["--version"])):
            frozen = median_time([*built, *arguments], args.runs, work)
            in_venv = median_time([*venv, *arguments], args.runs, work)
            print(
                f"{label}: built {frozen:.2f} s, venv {in_venv:.2f} s, "
                f"ratio {frozen / in_venv:.2f} (medians of {args.runs})"
            )


if __name__ == "__main__":
    main()
