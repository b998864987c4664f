"""Opening a large visit in the workspace, and the memory of the window on the L database.

    python -m benchmarks.gui_open_visit [--runs N] [--profile] [--no-memory] [--size L|M|S]

(1) A visit of 2,000 interviews (20 places of 100, from the synthetic generator, brought in
through the JSON import): the time of ``Workspace.set_visit`` plus showing its interview list
(selecting "All interviews" and painting it), median of N runs in one process after the
workspace is built (its construction is reported apart: the main window builds it once).
Target < 200 ms. ``--profile`` prints where one more run spends its time.

(2) The main window with the L database: peak resident memory (ru_maxrss) with the visit list
shown, then with its first visit open on the interview list. Target < 400 MB.

Each measurement runs in a fresh process (spawned), on the offscreen Qt platform unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import tempfile
from collections.abc import Sequence
from pathlib import Path
from statistics import median
from time import perf_counter
from typing import Any

from benchmarks import generate
from benchmarks.gui_startup import ensure_database
from benchmarks.measure import in_child, peak_rss_mb
from benchmarks.timing import DATA_DIR, progress

OPEN_TARGET_S = 0.200
MEMORY_TARGET_MB = 400.0
DEFAULT_RUNS = 7
PLACES = 20
INTERVIEWS_PER_PLACE = 100  # 2,000 interviews in the visit


# The visit of 2,000 interviews ------------------------------------------------------------------


def big_visit_document(path: Path) -> None:
    """One synthetic visit with PLACES x INTERVIEWS_PER_PLACE interviews, as a JSON document."""
    saved = generate.PLACES_PER_VISIT, generate.INTERVIEWS_PER_PLACE
    generate.PLACES_PER_VISIT, generate.INTERVIEWS_PER_PLACE = PLACES, INTERVIEWS_PER_PLACE
    try:
        document = generate.generate_document("S")
    finally:
        generate.PLACES_PER_VISIT, generate.INTERVIEWS_PER_PLACE = saved
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def ensure_big_visit() -> Path:
    database = DATA_DIR / "gui-visit-2000.sptdb"
    if not database.exists():
        DATA_DIR.mkdir(exist_ok=True)
        document = DATA_DIR / "gui-visit-2000.json"
        progress(f"generating {document.name} and importing it ...")
        big_visit_document(document)
        partial = database.with_name(database.name + ".partial.sptdb")
        partial.unlink(missing_ok=True)
        progress("  " + generate.import_into_new_database(document, partial))
        partial.replace(database)
    return database


# In the child process ---------------------------------------------------------------------------


def _open_and_show(workspace: Any, application: Any, visit_id: str) -> int:
    """What the user waits for: the visit loaded, its interview list selected and painted."""
    from spt_field.ui.models.navigator_model import SECTION_INTERVIEWS

    workspace.set_visit(visit_id)
    workspace.select(SECTION_INTERVIEWS, visit_id)
    workspace.repaint()
    application.processEvents()
    rows: int = workspace.interview_table.model.rowCount()
    return rows


def time_open_visit(database_path: Path, passphrase: str, runs: int, profile: bool) -> Any:
    from PySide6.QtWidgets import QApplication

    from spt_field.db.session import open_database
    from spt_field.domain.kinds import RecordKind
    from spt_field.services.visits import list_visits
    from spt_field.ui.store import Store
    from spt_field.ui.workspace import Workspace

    application = QApplication.instance() or QApplication([])
    store = Store(open_database(database_path, passphrase))
    [summary] = store.read(list_visits)
    start = perf_counter()
    workspace = Workspace(store)
    workspace.resize(1280, 800)
    workspace.show()
    application.processEvents()
    built = perf_counter() - start
    laps, rows = [], 0
    for _ in range(runs):
        workspace.select(RecordKind.VISIT.value, summary.id)  # leave the list (not timed)
        application.processEvents()
        start = perf_counter()
        rows = _open_and_show(workspace, application, summary.id)
        laps.append(perf_counter() - start)
    report = ""
    if profile:
        workspace.select(RecordKind.VISIT.value, summary.id)
        application.processEvents()
        profiler = cProfile.Profile()
        profiler.runcall(_open_and_show, workspace, application, summary.id)
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        report = stream.getvalue()
    store.close()
    return {
        "interviews": summary.interviews,
        "rows_loaded": rows,
        "build_workspace": built,
        "laps": laps,
        "profile": report,
    }


def memory_with_database(database_path: Path, passphrase: str) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from spt_field.db.session import open_database
    from spt_field.ui.main_window import MainWindow
    from spt_field.ui.models.navigator_model import SECTION_INTERVIEWS
    from spt_field.ui.settings import Settings

    application = QApplication.instance() or QApplication([])
    figures = {"python_and_qt": peak_rss_mb()}
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        application.processEvents()
        figures["empty_window"] = peak_rss_mb()
        window.use_database(open_database(database_path, passphrase))
        application.processEvents()
        figures["visit_list"] = peak_rss_mb()
        assert window.visit_list is not None
        visit_id = window.visit_list.model.visits[0].id
        window.open_visit(visit_id)
        assert window.workspace is not None
        window.workspace.select(SECTION_INTERVIEWS, visit_id)
        application.processEvents()
        figures["visit_open"] = peak_rss_mb()
        window.close()
    return figures


# The parent -------------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def report_open(result: dict[str, Any]) -> str:
    laps = result["laps"]
    typical = median(laps)
    verdict = "met" if typical < OPEN_TARGET_S else "MISSED"
    return "\n".join(
        [
            f"Open a visit of {result['interviews']:,} interviews "
            f"({result['rows_loaded']} rows loaded in the list), {len(laps)} runs:",
            f"  set_visit + interview list shown: median {ms(typical)} "
            f"(first {ms(laps[0])}, min {ms(min(laps))}, max {ms(max(laps))}); "
            f"target < {ms(OPEN_TARGET_S)}: {verdict}",
            f"  building the Workspace (once, at the first visit opened): "
            f"{ms(result['build_workspace'])}",
        ]
    )


def report_memory(figures: dict[str, float], database: Path) -> str:
    verdict = "met" if figures["visit_open"] < MEMORY_TARGET_MB else "MISSED"
    return "\n".join(
        [
            f"Peak resident memory (ru_maxrss), {database.name}:",
            f"  Python + imports: {figures['python_and_qt']:.0f} MB; empty main window: "
            f"{figures['empty_window']:.0f} MB",
            f"  database open, visit list shown: {figures['visit_list']:.0f} MB",
            f"  first visit open on its interview list: {figures['visit_open']:.0f} MB; "
            f"target < {MEMORY_TARGET_MB:.0f} MB: {verdict}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--profile", action="store_true", help="profile one more run")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory measurement")
    parser.add_argument("--size", choices=sorted(generate.VISITS), default="L")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    passphrase = generate.passphrase()
    result = in_child(time_open_visit, ensure_big_visit(), passphrase, args.runs, args.profile)
    print(report_open(result))
    if result["profile"]:
        print(result["profile"])
    if not args.no_memory:
        database = ensure_database(args.size)
        print(report_memory(in_child(memory_with_database, database, passphrase), database))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
