"""spt-field report --lang: the report draft in English, French, Spanish or Chinese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.support.cli import Run


def _demo(run: Run, tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "demo.sptdb"
    assert run("demo", "--db", db).code == 0
    return db, json.loads(run("visits", "--db", db, "--json").out)[0]["id"]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fr", "Table des matières"), ("es", "Índice"), ("zh", "目录"), ("en", "Contents")],
)
def test_report_in_each_language(run: Run, tmp_path: Path, language: str, heading: str) -> None:
    db, visit_id = _demo(run, tmp_path)
    pdf, docx = tmp_path / "draft.pdf", tmp_path / "draft.docx"
    for out in (pdf, docx):
        result = run("report", "--db", db, "--visit", visit_id, "--out", out, "--lang", language)
        assert result.code == 0, result.err
    assert heading in PdfReader(pdf).pages[0].extract_text()
    assert heading in [paragraph.text for paragraph in Document(str(docx)).paragraphs]


def test_a_language_without_wording_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "draft.pdf"
    with pytest.raises(SystemExit) as exited:
        run("report", "--db", tmp_path / "x.sptdb", "--visit", "v", "--out", out, "--lang", "de")
    assert exited.value.code == 2
    assert not out.exists()


def test_help_lists_the_languages(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("report", "--help")
    assert "--lang {en,fr,es,zh}" in capsys.readouterr().out
