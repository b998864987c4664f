"""The markdown table of one benchmark run: medians of wall-clock and of CPU time."""

from __future__ import annotations

from typing import Any

IMPORT_TARGET = 5.0  # our import at most 5x the plain sqlcipher3 baseline
OPEN_LIST_TARGET = 0.5  # seconds
SEARCH_TARGET = 0.050  # seconds

_TABLES = ("visit", "place", "interview", "allegation", "finding", "recommendation")

# (figure, label) of the import rows without a comparison.
_IMPORT_PHASES = (
    ("ours_parse", "parse: `read_document` (json.load)"),
    ("ours_validate", "schema: `validate_document`"),
    ("ours_import_document", "`import_document` (one unit of work, commit included)"),
    ("ours_rules_insert", "- of which rules + insert (`import_document` - schema)"),
    ("ours_commit", "- of which commit"),
)
_BASELINE_PHASES = (
    ("baseline_parse", "baseline: json.load"),
    ("baseline_rows", "baseline: building the row tuples"),
    ("baseline_insert", "baseline: executemany + commit"),
)


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(value: float) -> str:
    return f"{value:,.0f} MB"


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "**missed**"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _timed(figures: dict[str, Any], key: str, label: str, *rest: str) -> str:
    wall, cpu = figures["wall"][key], figures["cpu"][key]
    return _row(label, seconds(wall), seconds(cpu), *(rest or ("", "")))


def import_rows(figures: dict[str, Any]) -> list[str]:
    wall, cpu = figures["wall"], figures["cpu"]
    ratios = f"{wall['ratio']:.1f}x wall, {cpu['ratio']:.1f}x CPU"
    return [
        *(_timed(figures, key, label) for key, label in _IMPORT_PHASES),
        _timed(
            figures,
            "ours_total",
            "**our import** (parse + `import_document`)",
            f"baseline {seconds(wall['baseline_total'])} wall, "
            f"{seconds(cpu['baseline_total'])} CPU",
            f"{ratios}: {verdict(max(wall['ratio'], cpu['ratio']), IMPORT_TARGET)} "
            f"(at most {IMPORT_TARGET:.0f}x)",
        ),
        *(_timed(figures, key, label) for key, label in _BASELINE_PHASES),
    ]


def memory_rows(figures: dict[str, Any]) -> list[str]:
    memory = figures["memory"]
    ours, theirs = memory["ours_peak_mb"], memory["baseline_peak_mb"]
    return [
        _row(
            "peak RSS of the import process (growth during the import)",
            f"{megabytes(ours)} (+{megabytes(memory['ours_growth_mb'])})",
            "",
            f"baseline {megabytes(theirs)} (+{megabytes(memory['baseline_growth_mb'])})",
            f"{ours / theirs:.1f}x",
        )
    ]


def query_rows(results: dict[str, Any]) -> list[str]:
    figures = results["medians"]
    wall = figures["wall"]
    lines = [
        _timed(
            figures,
            "open_list",
            f"`open_database` + `list_visits` (open {seconds(wall['open'])}, "
            f"list {seconds(wall['list'])}; first run {seconds(wall['open_list_first'])})",
            f"target < {seconds(OPEN_LIST_TARGET)}",
            verdict(wall["open_list"], OPEN_LIST_TARGET),
        )
    ]
    for word, found in results["search"].items():
        lines.append(
            _timed(
                figures,
                f"search_{word}",
                f'`search` "{word}" ({found["notes"]:,} notes match; '
                f"{results['queries']} queries, slowest {seconds(wall[f'search_{word}_max'])})",
                f"target < {seconds(SEARCH_TARGET)}",
                verdict(wall[f"search_{word}"], SEARCH_TARGET),
            )
        )
    return lines


def heading(results: dict[str, Any]) -> list[str]:
    rows = results["rows"]
    counts = ", ".join(f"{rows.get(table, 0):,} {table}" for table in _TABLES)
    differences = results["differences"]
    same = "identical" if not differences else "DIFFERENT: " + "; ".join(differences)
    return [
        f"### Size {results['size']}: {counts} ({results['document_mb']:.1f} MB of JSON)",
        "",
        f"Medians of {results['repeat']} runs. Rows of the baseline and of our import: {same}.",
        "",
    ]


def markdown(results: dict[str, Any]) -> str:
    lines = [
        *heading(results),
        _row("measure", "wall", "CPU", "compared with", "ratio / target"),
        _row("---", "---:", "---:", "---", "---"),
        *import_rows(results["medians"]),
        *memory_rows(results["medians"]),
        *query_rows(results),
    ]
    return "\n".join(lines) + "\n"
