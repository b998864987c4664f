"""Fixtures of the command-line tests: `main()` run in-process, logs kept inside tmp_path."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field.cli import main
from spt_field.security.written_files import start_recording
from tests.support.cli import PASSPHRASE, Result, Run


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Passphrase in the environment, logs and the written-files record in tmp_path, and what
    main() sets for the process (log handler, umask, record) undone after."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", PASSPHRASE)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)
    start_recording(None)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`run("visits", "--db", path)` runs the command line in-process: Result(code, out, err)."""

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "visits.sptdb"
