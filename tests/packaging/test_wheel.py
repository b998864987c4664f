"""The package as a delegation member gets it: built from a fresh clone without `make`, it
carries its compiled translations and every file it reads, and once installed with pip into a
new virtualenv the application speaks French."""

from __future__ import annotations

import gettext
import io
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from spt_field import __version__
from tests.support.clean_tree import ROOT, copy_clean_tree, isolated_environment

pytestmark = pytest.mark.slow

LANGUAGES = ("fr", "es", "zh")
#: The gettext catalogues below the interface (spt_field/catalogues.py).
CATALOGUES = ("codes", "report", "rules")
MIGRATIONS = sorted(path.name for path in (ROOT / "spt_field/db/migrations/versions").glob("*.py"))


@pytest.fixture(scope="module")
def clean_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_clean_tree(tmp_path_factory.mktemp("clone"))


@pytest.fixture(scope="module")
def built(clean_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sdist, then the wheel built from it (`python -m build`), in a folder."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(clean_tree)],
        check=True,
        capture_output=True,
    )
    yield out


LIBERATION = ("Regular", "Bold", "Italic", "BoldItalic")


def test_the_wheel_carries_what_the_application_reads(built: Path) -> None:
    (wheel,) = built.glob("spt_field-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        *(f"spt_field/resources/translations/spt_field_{code}.qm" for code in LANGUAGES),
        "spt_field/resources/fonts/DejaVuSerif.ttf",
        *(f"spt_field/resources/fonts/LiberationSerif-{face}.ttf" for face in LIBERATION),
        "spt_field/resources/fonts/LICENSE-LiberationSerif.txt",
        "spt_field/resources/fonts/DroidSansFallbackFull.ttf",
        "spt_field/db/migrations/env.py",
        "spt_field/db/migrations/script.py.mako",
        *(f"spt_field/db/migrations/versions/{name}" for name in MIGRATIONS),
        "spt_field/interchange/spt-field-1.schema.json",
        "spt_field/resources/demo/demo-visit.json",
        "spt_field/resources/icons/spt-field.png",
        *(
            f"spt_field/resources/locale/{code}/LC_MESSAGES/{domain}.mo"
            for code in LANGUAGES
            for domain in CATALOGUES
        ),
        "spt_field/resources/locale/languages.txt",
    }
    assert expected - names == set()
    assert not [name for name in names if name.endswith((".ts", ".po", ".pot"))], "sources stay out"
    assert wheel.name.startswith(f"spt_field-{__version__}-")


def test_the_catalogues_are_compiled_and_not_empty(built: Path) -> None:
    (wheel,) = built.glob("spt_field-*.whl")
    archive = zipfile.ZipFile(wheel)
    for code in LANGUAGES:
        catalogue = archive.read(f"spt_field/resources/translations/spt_field_{code}.qm")
        assert catalogue.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
        assert len(catalogue) > 10_000


def test_the_gettext_catalogues_are_compiled_and_translate(built: Path) -> None:
    (wheel,) = built.glob("spt_field-*.whl")
    archive = zipfile.ZipFile(wheel)
    for code in LANGUAGES:
        for domain in CATALOGUES:
            name = f"spt_field/resources/locale/{code}/LC_MESSAGES/{domain}.mo"
            messages = gettext.GNUTranslations(io.BytesIO(archive.read(name)))
            assert messages.info()["language"] == code
    french = gettext.GNUTranslations(
        io.BytesIO(archive.read("spt_field/resources/locale/fr/LC_MESSAGES/report.mo"))
    )
    assert french.pgettext("watermark", "DRAFT") == "PROJET"


def test_the_sdist_carries_the_sources_the_build_needs(built: Path) -> None:
    (sdist,) = built.glob("spt_field-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {
        "setup.py",
        "build_resources.py",
        "resources/translations/spt_field_fr.ts",
        "resources/locale/languages.txt",
        *(f"resources/locale/{code}/LC_MESSAGES/{d}.po" for code in LANGUAGES for d in CATALOGUES),
        "resources/demo/demo-visit.json",
        "resources/icons/spt-field.png",
    } <= names
    assert not [name for name in names if name.endswith(".qm")], "built, never shipped as source"


def test_pip_install_into_a_new_venv_speaks_french(clean_tree: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(clean_tree)],
        check=True,
        capture_output=True,
    )
    environment = isolated_environment(tmp_path / "home")
    program = str(bin_dir / "spt-field")
    version = subprocess.run(
        [program, "--version"], env=environment, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"spt-field {__version__}"
    shot, texts = tmp_path / "x.png", tmp_path / "x.txt"
    arguments = ["--lang", "fr", "--screenshot", shot, "--screenshot-texts", texts]
    subprocess.run(
        [program, *map(str, arguments), "--view", "start"],
        env=environment,
        cwd=tmp_path,
        check=True,
        timeout=120,
    )
    assert shot.stat().st_size > 10_000
    # Without the Alt-letter marks, which translators move to keep them unique.
    shown = texts.read_text(encoding="utf-8").replace("&", "").splitlines()
    assert {"Fichier", "Édition", "Aide", "Ouvrir la démo"} <= set(shown)
