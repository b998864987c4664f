"""The one-folder application (`make dist`), built with PyInstaller and run without the
virtualenv: the demo database, the French report as PDF and Word, a French screenshot and a
field bundle out and back in, and the same at headquarters on a PostgreSQL server, all by the
built program alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from spt_field import __version__
from tests.support import pg_server as pg
from tests.support.clean_tree import ROOT, isolated_environment

pytestmark = pytest.mark.dist

sys.path.insert(0, str(ROOT / "packaging"))
from build_dist import build  # type: ignore[import-not-found]  # noqa: E402 (a script, not a package)

Run = Callable[..., subprocess.CompletedProcess[str]]
FRENCH_MASTHEAD = "Sous-Comité pour la prévention de la torture"
PYTHONS = ("python", "python3", "python.exe")  # no folder holding one stays on PATH


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    archive = build(dist)
    assert archive.exists() and archive.stat().st_size > 10_000_000
    return dist / "spt-field"


@pytest.fixture
def run(folder: Path, tmp_path: Path) -> Run:
    """Run the built program in `tmp_path`, with no Python or virtualenv on its paths."""
    program = folder / ("spt-field.exe" if sys.platform == "win32" else "spt-field")
    environment = isolated_environment(tmp_path / "home")
    environment["PATH"] = os.pathsep.join(
        entry
        for entry in environment.get("PATH", "").split(os.pathsep)
        if not any(Path(entry, name).exists() for name in PYTHONS)
    )
    environment["SPT_FIELD_BUNDLE_PASSPHRASE"] = "a delegation passphrase for the test"

    def run(*arguments: object) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(program), *map(str, arguments)],
            env=environment,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        return result

    return run


def test_the_folder_carries_qt_translations_and_leaves_out_the_web_engine(folder: Path) -> None:
    names = [path.name for path in folder.rglob("*")]
    assert "qtbase_fr.qm" in names and "qtbase_zh_CN.qm" in names
    assert "spt_field_fr.qm" in names and "DroidSansFallbackFull.ttf" in names
    assert "default.docx" in names  # python-docx's template
    assert not [name for name in names if "WebEngine" in name or "Qt6Quick" in name]


def test_the_built_program_does_a_day_of_field_work(run: Run, tmp_path: Path) -> None:
    assert run("--version").stdout.strip() == f"spt-field {__version__}"
    run("demo", "--db", "demo.sptdb")
    (visit,) = json.loads(run("visits", "--db", "demo.sptdb", "--json").stdout)

    run("report", "--db", "demo.sptdb", "--visit", visit["id"], "--lang", "fr", "--out", "r.pdf")
    pdf_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert FRENCH_MASTHEAD in " ".join(pdf_text.split())
    run("report", "--db", "demo.sptdb", "--visit", visit["id"], "--lang", "fr", "--out", "r.docx")
    docx_text = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert FRENCH_MASTHEAD in docx_text

    shot = ("--screenshot", "shot.png", "--screenshot-texts", "shot.txt")
    run("--db", "demo.sptdb", "--lang", "fr", *shot, "--view", "interview")
    # Without the Alt-letter marks, which translators move to keep them unique.
    shown = set((tmp_path / "shot.txt").read_text(encoding="utf-8").replace("&", "").splitlines())
    assert {"Fichier", "Aide", "Pseudonyme", "Consentement"} <= shown
    assert (tmp_path / "shot.png").stat().st_size > 20_000
    log = next((tmp_path / "home").rglob("spt-field.log")).read_text(encoding="utf-8")
    assert "translations for" not in log, "ours and Qt's own catalogues both load"

    run("bundle", "export", "--db", "demo.sptdb", "--visit", visit["id"], "--out", "v.sptbundle")
    run("init", "--db", "office.sptdb")
    run("bundle", "import", "--db", "office.sptdb", "v.sptbundle")
    (received,) = json.loads(run("visits", "--db", "office.sptdb", "--json").stdout)
    assert (received["id"], received["interviews"]) == (visit["id"], 60)


def test_the_built_program_works_at_headquarters(
    run: Run, pg_server: pg.PgServer, tmp_path: Path
) -> None:
    """psycopg and its libpq travel with the folder: the built program creates the demo on a
    PostgreSQL server, lists it, writes its report and checks the visit out to a laptop."""
    name = pg_server.new_name("spt_dist")
    with pg_server.admin().connect() as admin:
        admin.exec_driver_sql(f"CREATE DATABASE {name}")
    server = pg_server.url(name)
    run("demo", "--server", server)
    (visit,) = json.loads(run("visits", "--server", server, "--json").stdout)
    assert visit["interviews"] == 60
    run("report", "--server", server, "--visit", visit["id"], "--out", "hq.pdf")
    first_page = " ".join(PdfReader(tmp_path / "hq.pdf").pages[0].extract_text().split())
    assert "Subcommittee on Prevention of Torture" in first_page
    run("checkout", "--server", server, "--visit", visit["id"], "--db", "field.sptdb")
    (field,) = json.loads(run("visits", "--db", "field.sptdb", "--json").stdout)
    assert (field["id"], field["interviews"]) == (visit["id"], 60)
