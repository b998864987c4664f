"""Where the passphrase comes from: the environment, else --passphrase-file, else a prompt."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.support.cli import PASSPHRASE, Run


class _NoTerminal(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def created(run: Run, db: Path) -> Path:
    assert run("init", "--db", db).code == 0
    return db


def test_passphrase_file_first_line(
    run: Run, created: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{PASSPHRASE}\nsecond line is ignored\n", encoding="utf-8")
    result = run("visits", "--db", created, "--passphrase-file", secret)
    assert (result.code, result.out, result.err) == (0, "no visits\n", "")


def test_passphrase_file_for_init(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text("a longer file passphrase\n", encoding="utf-8")
    db = tmp_path / "from-file.sptdb"
    assert run("init", "--db", db, "--passphrase-file", secret).code == 0
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", "a longer file passphrase")
    assert run("visits", "--db", db).code == 0


def test_environment_wins_over_the_file(run: Run, created: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase of this file\n", encoding="utf-8")
    result = run("visits", "--db", created, "--passphrase-file", wrong)
    assert (result.code, result.out) == (0, "no visits\n")


def test_wrong_passphrase_in_the_file(
    run: Run, created: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase of this file\n", encoding="utf-8")
    result = run("visits", "--db", created, "--passphrase-file", wrong)
    assert (result.code, result.err) == (
        3,
        "error: wrong passphrase or not an SPT Field database\n",
    )


@pytest.mark.parametrize(("content", "message"), [(None, "cannot read"), ("\n\n", "is empty")])
def test_unusable_passphrase_file(
    run: Run,
    created: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str | None,
    message: str,
) -> None:
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    if content is not None:
        secret.write_text(content, encoding="utf-8")
    result = run("visits", "--db", created, "--passphrase-file", secret)
    assert result.code == 1
    assert result.err.startswith("error: the passphrase file" if content else "error: cannot")
    assert message in result.err and result.err.count("\n") == 1


@pytest.mark.parametrize("command", ["visits", "init"])
def test_no_passphrase_and_no_terminal(
    run: Run, db: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    if command == "visits":
        assert run("init", "--db", db).code == 0
    monkeypatch.delenv("SPT_FIELD_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", _NoTerminal())
    result = run(command, "--db", db)
    assert result.code == 1
    assert result.err == (
        "error: no passphrase: set SPT_FIELD_PASSPHRASE or use --passphrase-file "
        "(there is no terminal to ask on)\n"
    )
    assert result.out == ""


def test_empty_environment_variable_falls_back_to_the_file(
    run: Run, created: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPT_FIELD_PASSPHRASE", "")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    assert run("visits", "--db", created, "--passphrase-file", secret).code == 0
