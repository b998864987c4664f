"""Every sensitive export is protected: passwords as strong as a database passphrase, internal
notes always encrypted, the Word report encrypted the standard Office way, identities out of the
JSON export unless asked for (and audited), withheld findings named on stderr."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
from docx import Document
from msoffcrypto.exceptions import InvalidKeyError
from pypdf import PdfReader

from spt_field.cli import main
from spt_field.db.session import open_database
from spt_field.domain.audit import AuditAction
from spt_field.domain.codes import ConsentScope, FindingArea
from spt_field.domain.kinds import RecordKind
from spt_field.domain.values import FindingFields, InterviewFields
from spt_field.services.findings import add_finding
from spt_field.services.history import record_history
from spt_field.services.interviews import identities_for_visit, record_interview
from spt_field.services.places import list_places_for_visit
from tests.support.cli import PASSPHRASE, Run, database_with_a_visit

STRONG = "a long report password"


def _demo(run: Run, tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "demo.sptdb"
    assert run("demo", "--db", db).code == 0
    return db, json.loads(run("visits", "--db", db, "--json").out)[0]["id"]


def _secret(tmp_path: Path, password: str) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["report", "internal-notes"])
def test_a_weak_password_is_refused_and_nothing_written(
    run: Run, tmp_path: Path, command: str
) -> None:
    db, visit_id = _demo(run, tmp_path)
    out = tmp_path / "out.pdf"
    secret = _secret(tmp_path, "x")
    result = run(command, "--db", db, "--visit", visit_id, "--out", out, "--password-file", secret)
    assert result.code == 1
    assert result.err.startswith("error: the password must have at least 12 characters")
    assert not out.exists()


def test_internal_notes_without_a_password_are_refused(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit_id = _demo(run, tmp_path)
    out = tmp_path / "notes.pdf"
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        main(["internal-notes", "--db", str(db), "--visit", visit_id, "--out", str(out)])
    assert caught.value.code == 2
    assert "--password-file" in capsys.readouterr().err
    assert not out.exists()


def test_a_protected_word_report_opens_with_its_password_only(run: Run, tmp_path: Path) -> None:
    db, visit_id = _demo(run, tmp_path)
    out = tmp_path / "draft.docx"
    secret = _secret(tmp_path, STRONG)
    result = run("report", "--db", db, "--visit", visit_id, "--out", out, "--password-file", secret)
    assert result.code == 0, result.err
    with pytest.raises(Exception):  # noqa: B017 (not a zip: python-docx cannot read it)
        Document(str(out))
    office = msoffcrypto.OfficeFile(io.BytesIO(out.read_bytes()))
    assert office.is_encrypted()
    with pytest.raises(InvalidKeyError):
        office.load_key(password="not the password", verify_password=True)
    office.load_key(password=STRONG, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    texts = [p.text for p in Document(plain).paragraphs]
    assert any("Introduction" in text for text in texts)


def test_withheld_findings_are_named_on_stderr_and_the_file_is_written(
    run: Run, tmp_path: Path
) -> None:
    db, visit_id = _demo(run, tmp_path)
    database = open_database(db, PASSPHRASE)
    with database.begin() as session:
        place = list_places_for_visit(session, visit_id)[0]
        interview = record_interview(
            session,
            place.id,
            InterviewFields(
                pseudonym="ZZ", consent=ConsentScope.INTERNAL, held_on=date(2019, 3, 11)
            ),
        )
        fields = FindingFields(
            place_id=place.id,
            area=FindingArea.TREATMENT,
            title="Night-time beatings in the yard",
            evidence=(interview.id,),
        )
        add_finding(session, visit_id, fields)
    database.close()
    out = tmp_path / "draft.pdf"
    result = run("report", "--db", db, "--visit", visit_id, "--out", out)
    assert result.code == 0
    assert result.err == (
        "withheld: finding 'Night-time beatings in the yard' withheld: an interviewee allowed "
        "delegation use only\n"
    )
    assert out.exists()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Night-time beatings" not in text


def _identities(document: dict[str, Any]) -> list[str | None]:
    return [
        interview["identity"]
        for visit in document["visits"]
        for place in visit["places"]
        for interview in place["interviews"]
    ]


def test_export_json_leaves_identities_out_unless_asked_and_audits_when_asked(
    run: Run, db: Path, tmp_path: Path
) -> None:
    database_with_a_visit(run, db)
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    assert run("export-json", "--db", db, "--out", plain).code == 0
    assert not any(_identities(json.loads(plain.read_text(encoding="utf-8"))))
    assert "R. Example" not in plain.read_text(encoding="utf-8")
    result = run("export-json", "--db", db, "--with-identities", "--out", full)
    assert result.code == 0
    assert any(_identities(json.loads(full.read_text(encoding="utf-8"))))
    database = open_database(db, PASSPHRASE)
    with database.begin() as session:
        visit_id = json.loads(full.read_text(encoding="utf-8"))["visits"][0]["id"]
        interview_ids = list(identities_for_visit(session, visit_id))
        history = record_history(session, RecordKind.INTERVIEW, interview_ids[0])
        actions = [event.action for event in history]
    database.close()
    assert actions.count(AuditAction.REVEAL_IDENTITY) == 1
