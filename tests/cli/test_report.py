"""spt-field report and internal-notes: files written only when safe."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from spt_field.db.session import open_database
from spt_field.services.findings import list_findings_for_visit, update_finding
from spt_field.services.interviews import identities_for_visit
from spt_field.services.recommendations import list_recommendations_for_visit
from tests.support.cli import PASSPHRASE, Run


def _demo(run: Run, tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "demo.sptdb"
    assert run("demo", "--db", db).code == 0
    visits = json.loads(run("visits", "--db", db, "--json").out)
    return db, visits[0]["id"]


def test_report_writes_pdf_and_docx(run: Run, tmp_path: Path) -> None:
    db, visit_id = _demo(run, tmp_path)
    for name in ("draft.pdf", "draft.docx"):
        result = run("report", "--db", db, "--visit", visit_id, "--out", tmp_path / name)
        assert result.code == 0, result.err
    assert "Introduction" in PdfReader(tmp_path / "draft.pdf").pages[0].extract_text()
    texts = [p.text for p in Document(str(tmp_path / "draft.docx")).paragraphs]
    assert any("Introduction" in text for text in texts)


def test_finalize_stores_the_paragraph_numbers(run: Run, tmp_path: Path) -> None:
    db, visit_id = _demo(run, tmp_path)
    out = tmp_path / "draft.pdf"
    result = run("report", "--db", db, "--visit", visit_id, "--out", out, "--finalize")
    assert result.code == 0 and "numbered" in result.out
    database = open_database(db, PASSPHRASE)
    with database.begin() as session:
        recommendations = list_recommendations_for_visit(session, visit_id)
    database.close()
    # Recommendations to the NPM belong to the NPM's report, not to the State party's.
    numbers = [r.paragraph_number for r in recommendations if r.addressee.value != "npm"]
    assert numbers and all(numbers)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert all(f"{number}." in text for number in numbers)


def test_a_report_naming_an_interviewee_is_refused_and_not_written(
    run: Run, tmp_path: Path
) -> None:
    db, visit_id = _demo(run, tmp_path)
    database = open_database(db, PASSPHRASE)
    with database.begin() as session:
        identity = next(iter(identities_for_visit(session, visit_id).values()))
        finding = list_findings_for_visit(session, visit_id)[0]
        update_finding(session, finding.id, text=f"{identity} described the beating.")
    database.close()
    out = tmp_path / "draft.pdf"
    result = run("report", "--db", db, "--visit", visit_id, "--out", out)
    assert result.code == 1
    assert result.err.startswith("error: ") and identity not in result.err
    assert not out.exists()


def test_password_file_protects_the_pdf(run: Run, tmp_path: Path) -> None:
    db, visit_id = _demo(run, tmp_path)
    secret = tmp_path / "password.txt"
    secret.write_text("a long report password\n", encoding="utf-8")
    out = tmp_path / "draft.pdf"
    result = run("report", "--db", db, "--visit", visit_id, "--out", out, "--password-file", secret)
    assert result.code == 0, result.err
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("a long report password")


def test_internal_notes_carry_pseudonyms_not_identities(run: Run, tmp_path: Path) -> None:
    db, visit_id = _demo(run, tmp_path)
    out = tmp_path / "notes.pdf"
    secret = tmp_path / "password.txt"
    secret.write_text("notes for the delegation only\n", encoding="utf-8")
    args = ("--visit", visit_id, "--out", out, "--password-file", secret)
    assert run("internal-notes", "--db", db, *args).code == 0
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("notes for the delegation only")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "not for transmission" in text.lower()
    database = open_database(db, PASSPHRASE)
    with database.begin() as session:
        identities = identities_for_visit(session, visit_id).values()
    database.close()
    assert identities and not any(identity in text for identity in identities)
