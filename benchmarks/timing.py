"""Time the import, opening a database and full-text search on a synthetic document.

    python -m benchmarks.timing --size S|M|L [--repeat N] [--queries N] [--json]

Each import (ours, then the plain sqlcipher3 baseline) runs N times, each in a fresh process so
that its peak memory is its own; medians are reported. The document is generated once and cached
in benchmarks/data/ (git-ignored), as are the results of the last run of each size.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from tempfile import TemporaryDirectory
from typing import Any

from benchmarks import generate, measure, vocabulary
from benchmarks.compare import differences
from benchmarks.report import markdown

DATA_DIR = Path(__file__).with_name("data")
DEFAULT_REPEAT = {"S": 5, "M": 5, "L": 3}
DEFAULT_QUERIES = 50

Figures = dict[str, float]


@dataclass(frozen=True)
class Settings:
    size: str
    repeat: int
    queries: int
    passphrase: str


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def document_path(size: str, *, regenerate: bool = False) -> Path:
    """The cached document of this size, generated when missing."""
    path = DATA_DIR / f"spt-field-{size}-seed{generate.DEFAULT_SEED}.json"
    if regenerate or not path.exists():
        DATA_DIR.mkdir(exist_ok=True)
        progress(f"generating {path.name} ...")
        generate.write_document(size, path)
    return path


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def time_imports(settings: Settings, document: Path, folder: Path) -> dict[str, Any]:
    """Ours and the baseline, alternately; the first run's databases are kept for the rest."""
    runs: dict[str, list[dict[str, Any]]] = {"ours": [], "baseline": []}
    for n in range(settings.repeat):
        for name, function in (("ours", measure.our_import), ("baseline", measure.plain_import)):
            database = folder / f"{name}-{n}.sptdb"
            runs[name].append(measure.in_child(function, document, database, settings.passphrase))
            progress(f"  {name} import {n + 1}/{settings.repeat}: {summary(name, runs[name][-1])}")
            if n:
                remove_database(database)
    return runs


def total(name: str, laps: dict[str, float]) -> float:
    """Seconds of one import as a user waits for it (ours without the extra validate)."""
    if name == "ours":
        return laps["parse"] + laps["import"] + laps["commit"]
    return laps["parse"] + laps["rows"] + laps["insert"]


def run_benchmark(settings: Settings, document: Path) -> dict[str, Any]:
    with TemporaryDirectory(dir=DATA_DIR, prefix="run-") as folder_name:
        folder = Path(folder_name)
        results = time_imports(settings, document, folder)
        ours, theirs = folder / "ours-0.sptdb", folder / "baseline-0.sptdb"
        progress("  comparing the two databases ...")
        results["differences"] = measure.in_child(differences, ours, theirs, settings.passphrase)
        results["rows"] = measure.in_child(measure.row_counts, ours, settings.passphrase)
        progress("  open_database + list_visits ...")
        results["open_list"] = measure.in_child(
            measure.open_and_list, ours, settings.passphrase, settings.repeat
        )
        progress("  search ...")
        results["search"] = {
            word: measure.in_child(
                measure.search_word, ours, settings.passphrase, word, settings.queries
            )
            for word in (vocabulary.COMMON_WORD, vocabulary.RARE_WORD)
        }
    return results


def summary(name: str, run: dict[str, Any]) -> str:
    return f"{total(name, run['wall']):.2f} s wall, {total(name, run['cpu']):.2f} s CPU"


def import_figures(ours: list[dict[str, float]], theirs: list[dict[str, float]]) -> Figures:
    """Medians of one kind of time (wall or CPU) of the import runs."""
    figures = {
        "ours_parse": median(laps["parse"] for laps in ours),
        "ours_validate": median(laps["validate"] for laps in ours),
        "ours_import_document": median(laps["import"] + laps["commit"] for laps in ours),
        "ours_commit": median(laps["commit"] for laps in ours),
        "ours_rules_insert": median(
            laps["import"] + laps["commit"] - laps["validate"] for laps in ours
        ),
        "ours_total": median(total("ours", laps) for laps in ours),
        "baseline_parse": median(laps["parse"] for laps in theirs),
        "baseline_rows": median(laps["rows"] for laps in theirs),
        "baseline_insert": median(laps["insert"] for laps in theirs),
        "baseline_total": median(total("baseline", laps) for laps in theirs),
    }
    figures["ratio"] = figures["ours_total"] / figures["baseline_total"]
    return figures


def query_figures(results: dict[str, Any], kind: str) -> Figures:
    """Medians of open + list and of each word's searches."""
    runs = [run[kind] for run in results["open_list"]]
    figures = {
        "open": median(laps["open"] for laps in runs),
        "list": median(laps["list"] for laps in runs),
        "open_list": median(laps["open"] + laps["list"] for laps in runs),
        "open_list_first": runs[0]["open"] + runs[0]["list"],
    }
    for word, found in results["search"].items():
        figures[f"search_{word}"] = median(found[kind])
        figures[f"search_{word}_max"] = max(found[kind])
    return figures


def memory_figures(results: dict[str, Any]) -> Figures:
    figures = {}
    for name in ("ours", "baseline"):
        runs = results[name]
        figures[f"{name}_peak_mb"] = median(run["rss_peak_mb"] for run in runs)
        figures[f"{name}_growth_mb"] = median(
            run["rss_peak_mb"] - run["rss_before_mb"] for run in runs
        )
    return figures


def medians(results: dict[str, Any]) -> dict[str, Figures]:
    """The figures of the report: medians over the runs, of wall and of CPU time."""
    figures = {"memory": memory_figures(results)}
    for kind in ("wall", "cpu"):
        ours = [run[kind] for run in results["ours"]]
        theirs = [run[kind] for run in results["baseline"]]
        figures[kind] = {**import_figures(ours, theirs), **query_figures(results, kind)}
    return figures


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time import, open + list and search.")
    parser.add_argument("--size", choices=sorted(generate.VISITS), required=True)
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement")
    parser.add_argument("--queries", type=int, default=DEFAULT_QUERIES, help="searches per word")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--regenerate", action="store_true", help="generate the document again")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    settings = Settings(
        size=args.size,
        repeat=args.repeat or DEFAULT_REPEAT[args.size],
        queries=args.queries,
        passphrase=generate.passphrase(),
    )
    document = document_path(settings.size, regenerate=args.regenerate)
    progress(f"size {settings.size}: {document.name}, {settings.repeat} runs")
    results = run_benchmark(settings, document)
    results.update(
        size=settings.size,
        repeat=settings.repeat,
        queries=settings.queries,
        document_mb=document.stat().st_size / 1e6,
        medians=medians(results),
    )
    (DATA_DIR / f"results-{settings.size}.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2) if args.json else markdown(results))
    return 1 if results["differences"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
