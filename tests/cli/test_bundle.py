"""`spt-field bundle export|import`: one line on success, exit codes as for every command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.cli import Run, contents, database_with_a_visit

BUNDLE_PASSPHRASE = "our delegation's bundle passphrase 2019"


@pytest.fixture(autouse=True)
def _bundle_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPT_FIELD_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)


def _visit_id(document: dict[str, object]) -> str:
    visits = document["visits"]
    assert isinstance(visits, list)
    return str(visits[0]["id"])


def test_a_visit_travels_to_headquarters_in_a_bundle(run: Run, db: Path, tmp_path: Path) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    bundle = tmp_path / "visit.sptbundle"
    exported = run("bundle", "export", "--db", db, "--visit", visit_id, "--out", bundle)
    assert exported.code == 0, exported.err
    assert exported.out.startswith("wrote ") and str(bundle) in exported.out
    headquarters = tmp_path / "hq.sptdb"
    assert run("init", "--db", headquarters).code == 0
    imported = run("bundle", "import", "--db", headquarters, bundle)
    assert imported.code == 0, imported.err
    assert imported.out.startswith(f"merged visit {visit_id} from an unnamed member: ")
    assert "0 new conflict(s)" in imported.out
    assert re.search(
        r"signed by laptop [0-9a-f]{8}, key ([0-9A-F]{4} ){4}[0-9A-F]{4}\n", imported.out
    )
    assert "first bundle from this laptop: its key is now pinned" in imported.out
    again = run("bundle", "import", "--db", headquarters, bundle)
    assert again.code == 0 and "first bundle" not in again.out
    listed = json.loads(run("visits", "--db", headquarters, "--json").out)
    assert [visit["id"] for visit in listed] == [visit_id]
    records, identities, _counts = contents(headquarters)
    assert (records, identities) == contents(db)[:2]


def test_since_last_holds_only_what_changed_for_that_recipient(
    run: Run, db: Path, tmp_path: Path
) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    out = tmp_path / "b.sptbundle"
    common = ("bundle", "export", "--db", db, "--visit", visit_id, "--out", out, "--to", "HQ")
    first = run(*common, "--since-last")
    second = run(*common, "--since-last")
    assert first.code == second.code == 0
    assert "(all)" in first.out and "record(s) (all)" in first.out
    assert second.out.startswith("wrote 0 record(s) (changes since the last bundle for HQ)")


def test_since_last_needs_a_recipient(run: Run, db: Path, tmp_path: Path) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    result = run(
        "bundle", "export", "--db", db, "--visit", visit_id, "--out", tmp_path / "b", "--since-last"
    )
    assert result.code == 1
    assert result.err.startswith("error: recipient:")


def test_a_wrong_delegation_passphrase_exits_3_and_changes_nothing(
    run: Run, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    bundle = tmp_path / "visit.sptbundle"
    assert run("bundle", "export", "--db", db, "--visit", visit_id, "--out", bundle).code == 0
    other = tmp_path / "other.sptdb"
    assert run("init", "--db", other).code == 0
    before = contents(other)
    monkeypatch.setenv("SPT_FIELD_BUNDLE_PASSPHRASE", "a different passphrase")
    result = run("bundle", "import", "--db", other, bundle)
    assert result.code == 3
    assert result.err.startswith("error: wrong delegation passphrase")
    assert contents(other) == before


def test_a_damaged_bundle_exits_1(run: Run, db: Path, tmp_path: Path) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    bundle = tmp_path / "visit.sptbundle"
    assert run("bundle", "export", "--db", db, "--visit", visit_id, "--out", bundle).code == 0
    bundle.write_bytes(bundle.read_bytes()[:-5])
    result = run("bundle", "import", "--db", db, bundle)
    assert result.code == 1
    assert "nothing was imported" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_without_a_delegation_passphrase_it_says_where_to_give_one(
    run: Run, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    monkeypatch.delenv("SPT_FIELD_BUNDLE_PASSPHRASE")
    result = run("bundle", "export", "--db", db, "--visit", visit_id, "--out", tmp_path / "b")
    assert result.code == 1
    assert "SPT_FIELD_BUNDLE_PASSPHRASE" in result.err


def test_the_passphrase_can_come_from_a_file(
    run: Run, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = _visit_id(database_with_a_visit(run, db))
    monkeypatch.delenv("SPT_FIELD_BUNDLE_PASSPHRASE")
    secret = tmp_path / "bundle-passphrase.txt"
    secret.write_text(BUNDLE_PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "b.sptbundle"
    args = ("--visit", visit_id, "--out", out, "--bundle-passphrase-file", secret)
    assert run("bundle", "export", "--db", db, *args).code == 0


def test_bundle_without_an_action_is_a_usage_error(run: Run, db: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        run("bundle", "--db", db)
    assert raised.value.code == 2
