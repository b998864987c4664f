"""Usage errors exit 2 (argparse); --help works from a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from spt_field.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["visits"],
        ["init"],
        ["import", "--db", "x.sptdb"],
        ["export-json", "--db", "x.sptdb"],
        ["frobnicate"],
        ["visits", "--db", "x.sptdb", "--jsn"],
    ],
    ids=" ".join,
)
def test_usage_error_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "usage: spt-field" in err and "error:" in err


def test_passphrase_argument_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    code: object
    try:
        code = main(["visits", "--db", "x.sptdb", "--passphrase", "my secret phrase"])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    assert "my secret phrase" not in capsys.readouterr().err


def test_help_in_a_real_process(tmp_path: Path) -> None:
    environment = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "spt_field", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("usage: spt-field")
    for command in ("init", "demo", "visits", "import", "export-json"):
        assert command in completed.stdout
    assert completed.stderr == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("spt-field ")
