"""One table of the last results of each size (benchmarks/data/results-SIZE.json).

    python -m benchmarks.summary

Each cell is "wall / CPU" (medians); the table goes into docs/benchmarks.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from benchmarks import vocabulary
from benchmarks.report import (
    IMPORT_TARGET,
    OPEN_LIST_TARGET,
    SEARCH_TARGET,
    megabytes,
    seconds,
)
from benchmarks.timing import DATA_DIR

Results = dict[str, Any]
Cell = Callable[[Results], str]


def timed(key: str) -> Cell:
    def cell(results: Results) -> str:
        figures = results["medians"]
        return f"{seconds(figures['wall'][key])} / {seconds(figures['cpu'][key])}"

    return cell


def ratio(results: Results) -> str:
    figures = results["medians"]
    return f"{figures['wall']['ratio']:.1f}x / {figures['cpu']['ratio']:.1f}x"


def memory(name: str) -> Cell:
    def cell(results: Results) -> str:
        figures = results["medians"]["memory"]
        peak, growth = figures[f"{name}_peak_mb"], figures[f"{name}_growth_mb"]
        return f"{megabytes(peak)} (+{megabytes(growth)})"

    return cell


ROWS: tuple[tuple[str, Cell, str], ...] = (
    ("**our import** (parse + `import_document`)", timed("ours_total"), ""),
    ("- parse (`read_document`)", timed("ours_parse"), ""),
    ("- schema (`validate_document`)", timed("ours_validate"), ""),
    ("- rules + insert + commit", timed("ours_rules_insert"), ""),
    ("baseline (json.load + sqlcipher3 executemany)", timed("baseline_total"), ""),
    ("**ours / baseline**", ratio, f"at most {IMPORT_TARGET:.0f}x"),
    ("peak RSS, our import (growth)", memory("ours"), ""),
    ("peak RSS, baseline (growth)", memory("baseline"), ""),
    ("`open_database` + `list_visits`", timed("open_list"), f"< {seconds(OPEN_LIST_TARGET)}"),
    (
        f'`search` "{vocabulary.COMMON_WORD}" (common)',
        timed(f"search_{vocabulary.COMMON_WORD}"),
        f"< {seconds(SEARCH_TARGET)}",
    ),
    (
        f'`search` "{vocabulary.RARE_WORD}" (rare)',
        timed(f"search_{vocabulary.RARE_WORD}"),
        f"< {seconds(SEARCH_TARGET)}",
    ),
)


def load(size: str) -> Results | None:
    path = DATA_DIR / f"results-{size}.json"
    if not path.exists():
        return None
    results: Results = json.loads(path.read_text())
    return results


def table(sizes: tuple[str, ...] = ("S", "M", "L")) -> str:
    found = {size: load(size) for size in sizes}
    present = [size for size, results in found.items() if results is not None]
    lines = [
        "| measure (wall / CPU) | " + " | ".join(present) + " | target |",
        "| --- | " + " | ".join("---:" for _ in present) + " | --- |",
    ]
    for label, cell, target in ROWS:
        cells = [cell(found[size] or {}) for size in present]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    print(table(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
