"""Kill a writer with SIGKILL at random moments; check that nothing committed is lost.

    python -m benchmarks.crash_trials [--trials 50] [--seed 2019] [--write-doc]

Each trial starts benchmarks/crash_writer.py on a new database, waits a random 0.2-2 s after it
reports the database created (the import takes ~50 ms, so kills land in the edits), kills it
with SIGKILL, then reopens the database, runs the integrity check and verifies that every edit
the writer reported as committed is there: each record holds the last value reported for it,
or the value of the one edit the writer may have committed just before dying without printing.
With --write-doc the figures replace the results section of docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spt_field.db.session import open_database
from spt_field.security.integrity import check_integrity
from spt_field.security.passphrase import ENVIRONMENT_VARIABLE
from spt_field.services import interviews, places

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DOCUMENT = ROOT / "benchmarks" / "data" / "spt-field-S-seed2019.json"
DOC = ROOT / "docs" / "reliability.md"
PASSPHRASE = "crash-trial-passphrase"
START_TIMEOUT_S = 60.0
START_MARK = "<!-- crash-trials:start -->"
END_MARK = "<!-- crash-trials:end -->"
VALUE = re.compile(r"v(\d+)")


@dataclass
class Trial:
    number: int
    delay: float
    records: list[str] = field(default_factory=list)  # ids, in the order the writer edits them
    kinds: dict[str, str] = field(default_factory=dict)  # record id -> "place" or "interview"
    committed: dict[str, int] = field(default_factory=dict)  # record id -> last edit reported
    last_edit: int = 0
    corrupt: bool = False
    problems: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unreported_commit: bool = False
    check_seconds: float = 0.0


def small_document() -> dict[str, Any]:
    """The first visit of the S benchmark document, cut to 2 places of 3 interviews each."""
    document: dict[str, Any] = json.loads(SOURCE_DOCUMENT.read_text(encoding="utf-8"))
    visit = document["visits"][0]
    visit["places"] = visit["places"][:2]
    for place in visit["places"]:
        place["interviews"] = place["interviews"][:3]
    visit["findings"] = []
    visit["recommendations"] = []
    document["visits"] = [visit]
    return document


def read_line(
    child: subprocess.Popen[str], selector: selectors.BaseSelector, timeout: float
) -> str:
    """The child's next line, or "" if none came within `timeout` or the child ended."""
    assert child.stdout is not None
    if not selector.select(timeout=max(0.0, timeout)):
        return ""
    return child.stdout.readline()


def take(trial: Trial, line: str) -> None:
    words = line.split()
    if not words:
        return
    if words[0] == "records":
        for token in words[1:]:
            kind, record_id = token.split(":", 1)
            trial.records.append(record_id)
            trial.kinds[record_id] = kind
    elif words[0] == "committed" and len(words) == 4:
        number, record_id = int(words[1]), words[2]
        trial.committed[record_id] = number
        trial.last_edit = max(trial.last_edit, number)


def run_writer(trial: Trial, database_path: Path, document_path: Path) -> None:
    environment = {**os.environ, ENVIRONMENT_VARIABLE: PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.crash_writer", str(database_path), str(document_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=ROOT,
    )
    try:
        with selectors.DefaultSelector() as selector:
            assert child.stdout is not None
            selector.register(child.stdout, selectors.EVENT_READ)
            if read_line(child, selector, START_TIMEOUT_S).strip() != "created":
                child.kill()
                child.wait()
                stderr = child.stderr.read() if child.stderr else ""
                raise SystemExit(f"the writer did not start: {stderr[-2000:]}")
            deadline = time.monotonic() + trial.delay
            while (left := deadline - time.monotonic()) > 0:
                line = read_line(child, selector, left)
                if not line and child.poll() is not None:
                    stderr = child.stderr.read() if child.stderr else ""
                    raise SystemExit(f"the writer stopped by itself: {stderr[-2000:]}")
                take(trial, line)
    finally:
        child.send_signal(signal.SIGKILL)  # no clean-up of any kind
        child.wait()
    # What the writer printed before it died is still in the pipe: all of it was committed.
    assert child.stdout is not None
    for line in child.stdout.read().splitlines():
        take(trial, line)
    child.stdout.close()
    if child.stderr:
        child.stderr.close()


def read_values(database_path: Path, trial: Trial) -> dict[str, str | None]:
    database = open_database(database_path, PASSPHRASE)
    try:
        report = check_integrity(database)
        trial.check_seconds = report.seconds
        if not report.ok:
            trial.corrupt = True
            trial.problems = list(report.problems)
        values: dict[str, str | None] = {}
        with database.begin() as session:
            for record_id in trial.records:
                if trial.kinds[record_id] == "place":
                    values[record_id] = places.get_place(session, record_id).town
                else:
                    values[record_id] = interviews.get_interview(session, record_id).notes
        return values
    finally:
        database.close()


def verify(trial: Trial, values: dict[str, str | None]) -> None:
    """Every reported edit is there; at most the one unreported edit after the last is too."""
    count = len(trial.records)
    unreported = trial.last_edit + 1
    for index, record_id in enumerate(trial.records):
        value = values[record_id] or ""
        match = VALUE.fullmatch(value)
        found = int(match.group(1)) if match else None
        expected = trial.committed.get(record_id)
        if found == expected:
            continue
        if found == unreported and unreported % count == index:
            trial.unreported_commit = True
            continue
        trial.lost.append(f"{record_id}: found {value!r}, last reported v{expected}")


def run_trial(number: int, delay: float, document_path: Path, folder: Path) -> Trial:
    trial = Trial(number=number, delay=delay)
    database_path = folder / f"trial-{number}.sptdb"
    run_writer(trial, database_path, document_path)
    try:
        values = read_values(database_path, trial)
    except Exception as error:  # a file that will not even open counts as corrupt
        trial.corrupt = True
        trial.problems.append(f"cannot reopen: {type(error).__name__}: {error}")
        return trial
    verify(trial, values)
    if not trial.corrupt:
        for leftover in folder.glob(f"trial-{number}.sptdb*"):
            leftover.unlink()
    return trial


@dataclass
class Summary:
    trials: int
    corrupt: int
    lost: int
    edits_reported: int
    killed_in_import: int
    unreported_commits: int
    median_check_s: float
    seconds: float
    min_delay: float
    max_delay: float
    seed: int


def summarise(
    results: list[Trial], seconds: float, min_delay: float, max_delay: float, seed: int
) -> Summary:
    checks = sorted(trial.check_seconds for trial in results)
    return Summary(
        trials=len(results),
        corrupt=sum(trial.corrupt for trial in results),
        lost=sum(len(trial.lost) for trial in results),
        edits_reported=sum(trial.last_edit for trial in results),
        killed_in_import=sum(not trial.records for trial in results),
        unreported_commits=sum(trial.unreported_commit for trial in results),
        median_check_s=checks[len(checks) // 2] if checks else 0.0,
        seconds=seconds,
        min_delay=min_delay,
        max_delay=max_delay,
        seed=seed,
    )


def results_markdown(summary: Summary) -> str:
    return "\n".join(
        [
            START_MARK,
            f"Run of {time.strftime('%Y-%m-%d')} on {platform.system()} "
            f"{platform.machine()}, Python {platform.python_version()}, seed {summary.seed}, "
            f"kill delay {summary.min_delay}-{summary.max_delay} s, "
            f"{summary.seconds:.0f} s in all:",
            "",
            "| | |",
            "|---|---|",
            f"| trials (writer killed with SIGKILL) | {summary.trials} |",
            f"| corrupt databases | {summary.corrupt} |",
            f"| lost committed edits | {summary.lost} |",
            f"| committed edits reported, all trials | {summary.edits_reported} |",
            f"| trials killed before the import committed | {summary.killed_in_import} |",
            f"| trials where the edit after the last one printed was committed too | "
            f"{summary.unreported_commits} |",
            f"| median integrity check on reopening | {summary.median_check_s * 1000:.0f} ms |",
            END_MARK,
        ]
    )


def write_doc(summary: Summary) -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(START_MARK), text.index(END_MARK) + len(END_MARK)
    DOC.write_text(text[:start] + results_markdown(summary) + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--min-delay", type=float, default=0.2)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--write-doc", action="store_true", help="update docs/reliability.md")
    arguments = parser.parse_args(argv)
    chooser = random.Random(arguments.seed)
    folder = Path(tempfile.mkdtemp(prefix="spt-crash-trials-"))
    document_path = folder / "small.json"
    document_path.write_text(json.dumps(small_document()), encoding="utf-8")
    started = time.monotonic()
    results: list[Trial] = []
    for number in range(1, arguments.trials + 1):
        delay = chooser.uniform(arguments.min_delay, arguments.max_delay)
        trial = run_trial(number, delay, document_path, folder)
        results.append(trial)
        verdict = "CORRUPT" if trial.corrupt else ("LOST" if trial.lost else "ok")
        print(
            f"trial {number:3d}: killed after {delay:.2f} s, {trial.last_edit:4d} edits "
            f"reported, {verdict}",
            flush=True,
        )
        for line in trial.problems + trial.lost:
            print(f"    {line}", flush=True)
    summary = summarise(
        results,
        time.monotonic() - started,
        arguments.min_delay,
        arguments.max_delay,
        arguments.seed,
    )
    print(f"trials: {summary.trials}")
    print(f"corrupt databases: {summary.corrupt}")
    print(f"lost committed records: {summary.lost}")
    print(f"committed edits reported: {summary.edits_reported}")
    if summary.corrupt:
        print(f"corrupt files kept in {folder}")
    else:
        shutil.rmtree(folder)
    if arguments.write_doc:
        write_doc(summary)
    return 1 if summary.corrupt or summary.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
