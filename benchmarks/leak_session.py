"""A scripted session with contention, then a count of what it left in clear:

    QT_QPA_PLATFORM=offscreen python -m benchmarks.leak_session [--edits 20]

Everything happens in a temporary home (XDG folders, TMPDIR) under umask 022, set up as main()
sets the process up (owner-only umask, the log, the record of written files, the crash
handler). The window opens the demo database; distinct markers are typed into interview notes
and place names through the forms (autosave); half-way a second process holds the database's
write lock while a marker is typed (the edit waits in the form, then is written); an unexpected
error quoting a marker reaches the crash handler; a search looks for a marker; the window takes
its backups, locks (live Python objects scanned for the markers and the passphrase), and closes.
Then every file in the temporary home is read: hits of a marker or of the passphrase, in UTF-8
or UTF-16-LE, and files or folders that are not owner-only, are counted.

Markers and passphrase are kept reversed in this script, so that the scan of live objects does
not find the script's own copies.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PASSPHRASE_REVERSED = "eniwolG-7102-kcehcsirtaM-kaeL"


def passphrase() -> str:
    return PASSPHRASE_REVERSED[::-1]


def marker(number: int) -> str:
    """The number-th marker, built on demand (never kept whole in this script)."""
    return f"Zebulon-Marker-{number:04d}-Kestrel"


def reversed_marker(number: int) -> str:
    return marker(number)[::-1]


def isolate(home: Path) -> None:
    """Point every folder the app or Qt writes to into `home`, before they are first used."""
    for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(home / variable.lower())
    os.environ["TMPDIR"] = str(home / "tmp")
    (home / "tmp").mkdir(mode=0o700)
    tempfile.tempdir = None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(seconds: float, until: Any = None) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (until is not None and until()):
        QApplication.processEvents()
        time.sleep(0.01)


def type_into(widget: Any, text: str) -> None:
    from PySide6.QtTest import QTest

    widget.setFocus()
    QTest.keyClicks(widget, text)


def with_contention(db_path: Path, form: Any, number: int) -> bool:
    """Type marker `number` while another process holds the write lock; True if the form kept
    it unsaved, then wrote it once the lock was released."""
    from tests.ui.test_contention import release, start_holder

    holder = start_holder(db_path, passphrase())
    type_into(form.notes, f" {marker(number)}.")
    kept = not form.binder.flush() and form.binder.has_pending_edits
    release(holder)
    settle(20, until=lambda: not form.binder.has_pending_edits)
    return kept and not form.binder.has_pending_edits


def session(home: Path, edits: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from spt_field.app import wipe_freed_memory
    from spt_field.db.session import open_database
    from spt_field.domain.kinds import RecordKind
    from spt_field.logs import configure_logging
    from spt_field.paths import written_files_record
    from spt_field.safe_files import owner_only_umask
    from spt_field.security.written_files import start_recording
    from spt_field.services import interviews, places
    from spt_field.startup import build_demo
    from spt_field.ui.launch import install_crash_handler
    from spt_field.ui.main_window import MainWindow
    from spt_field.ui.settings import Settings

    os.umask(0o022)
    owner_only_umask()
    wipe_freed_memory()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_crash_handler(configure_logging())
    start_recording(written_files_record())
    QMessageBox.critical = lambda *_args: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    work = home / "work"
    work.mkdir()
    db_path = work / "visits.sptdb"
    database, visit_id = build_demo(db_path, passphrase())
    database.close()
    del database  # this script's hold on it; the window opens its own
    window = MainWindow(Settings())
    window.settings.member_name = "Ilse Varnava"
    window.show()
    window.use_database(open_database(db_path, passphrase()))
    window.open_visit(visit_id)
    assert window.store is not None and window.workspace is not None
    interview_ids = [
        i.id for i in window.store.read(interviews.list_interviews_for_visit, visit_id)
    ]
    place_ids = [p.id for p in window.store.read(places.list_places_for_visit, visit_id)]
    contention_kept = False
    for number in range(edits):
        if number % 2 == 0:
            window.workspace.select(RecordKind.INTERVIEW.value, interview_ids[number % 5])
            form: Any = window.workspace.forms[RecordKind.INTERVIEW.value]
            if number == edits // 2:
                contention_kept = with_contention(db_path, form, number)
                continue
            type_into(form.notes, f" {marker(number)}.")
        else:
            window.workspace.select(RecordKind.PLACE.value, place_ids[number % len(place_ids)])
            form = window.workspace.forms[RecordKind.PLACE.value]
            type_into(form.name, f" {marker(number)}")
        form.binder.flush()
        settle(0.05)
    try:
        raise ValueError(f"could not parse {marker(0)!r}")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    window.store.flush_all()
    del form  # this script's own hold on the last form (and its record's text)
    settle(2)
    window.lock.unlock = lambda: False  # type: ignore[method-assign]  # nobody unlocks
    window.lock.lock_now()
    live = live_secrets(edits)
    window.close()
    del window
    settle(0.5)
    app.processEvents()
    return {"edits": edits, "contention_kept": contention_kept, "live_after_lock": live}


def live_secrets(edits: int) -> int:
    """Live containers holding a marker or the passphrase (the lock test's scan)."""
    secrets = [reversed_marker(number) for number in range(edits)] + [PASSPHRASE_REVERSED]
    gc.collect()
    count = 0
    for obj in gc.get_objects():
        if obj is secrets:
            continue
        for item in gc.get_referents(obj):
            if isinstance(item, str):
                text = item[::-1]
                found = sum(secret in text for secret in secrets)
                if found and os.environ.get("LEAK_DEBUG"):
                    print("live:", type(obj).__name__, repr(obj)[:200], file=sys.stderr)
                count += found
    return count


def read(path: Path) -> bytes:
    return path.read_bytes()


def scan_files(home: Path, edits: int) -> dict[str, Any]:
    needles = [marker(number) for number in range(edits)] + [passphrase()]
    encoded = [n.encode("utf-8") for n in needles] + [n.encode("utf-16-le") for n in needles]
    files = [path for path in home.rglob("*") if path.is_file()]
    hits = [
        str(path.relative_to(home)) for path in files for n in encoded if n in path.read_bytes()
    ]
    loose = [
        str(path.relative_to(home))
        for path in home.rglob("*")
        if path.stat().st_mode & 0o777 != (0o700 if path.is_dir() else 0o600)
    ]
    names = sorted(str(path.relative_to(home)) for path in files)
    logs = [read(path).decode("utf-8") for path in files if path.name == "spt-field.log"]
    crashes = sum(log.count("unexpected error") for log in logs)
    return {"files": len(files), "names": names, "hits": hits, "loose": loose, "crashes": crashes}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A scripted session, then a leak count.")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        home.mkdir(mode=0o700)
        isolate(home)
        result = session(home, args.edits)
        scanned = scan_files(home, args.edits)
    print(f"edits typed: {result['edits']} (one while another process held the write lock)")
    print(f"contended edit kept in the form, then written: {result['contention_kept']}")
    print(
        f"live objects holding a marker or the passphrase after lock: {result['live_after_lock']}"
    )
    print(f"files scanned: {scanned['files']}")
    for name in scanned["names"]:
        print(f"  {name}")
    print(f"unexpected errors logged (one quoted a marker): {scanned['crashes']}")
    print(f"plaintext hits (markers, passphrase; UTF-8 and UTF-16-LE): {len(scanned['hits'])}")
    for hit in scanned["hits"]:
        print(f"  {hit}")
    print(f"files or folders not owner-only: {len(scanned['loose'])}")
    for loose in scanned["loose"]:
        print(f"  {loose}")
    clean = not scanned["hits"] and not scanned["loose"] and not result["live_after_lock"]
    return 0 if clean and result["contention_kept"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
