"""The window has SQLCipher wipe the memory SQLite frees, from before its first connection; a
command does not (its process ends with it, and wiping slows a large import about 3.8 times)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from spt_field.cli import main
from spt_field.db import connection

_REPORT = """
import sys
from pathlib import Path
from spt_field.app import wipe_freed_memory
from spt_field.db.connection import unkeyed_connection
if sys.argv[1] == "window":
    wipe_freed_memory()
print(unkeyed_connection(Path(":memory:")).execute("PRAGMA cipher_memory_security").fetchone()[0])
"""


@pytest.mark.parametrize(("process", "wiping"), [("window", "1"), ("command", "0")])
def test_wiping_is_on_in_the_window_only(process: str, wiping: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _REPORT, process], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == wiping


def test_the_window_turns_wiping_on_before_its_first_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(connection, "WIPE_MEMORY", False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    seen: list[bool] = []

    def start_opening(_db: Path | None, _demo: bool) -> Future[None]:
        seen.append(connection.WIPE_MEMORY)
        future: Future[None] = Future()
        future.set_result(None)
        return future

    monkeypatch.setattr("spt_field.app.start_opening", start_opening)
    monkeypatch.setattr("spt_field.ui.launch.run_gui", lambda **_options: 0)
    assert main([]) == 0
    assert seen == [True]
