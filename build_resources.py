"""Build what runs from `resources/`: compile the interface's translations and the catalogues
below it, and copy the icon and the demo visit into the package (`spt_field/resources/`).

The build runs it (setup.py's build_py: `pip install .`, `python -m build`), and so does `make`
in a development checkout. Translations are compiled with the lrelease of the PySide6 that is a
build requirement, the gettext catalogues (resources/locale/*/LC_MESSAGES/*.po) into .mo files
with Babel, also a build requirement (fuzzy and empty messages left out: they read in English).
Outputs newer than their source are left alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources"
#: Sources copied as they are: what the application reads at run time.
COPIED = ("icons/spt-field.png", "demo/demo-visit.json", "locale/languages.txt")
_LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def build_resources(package: Path) -> list[Path]:
    """Write the compiled and copied resources into `package` (an `spt_field` folder);
    returns every file it is responsible for."""
    target = package / "resources"
    outputs = []
    for ts in sorted((SOURCES / "translations").glob("*.ts")):
        qm = target / "translations" / ts.with_suffix(".qm").name
        if _stale(qm, ts):
            _compile_translation(ts, qm)
        outputs.append(qm)
    for po in sorted((SOURCES / "locale").glob("*/LC_MESSAGES/*.po")):
        mo = target / po.relative_to(SOURCES).with_suffix(".mo")
        if _stale(mo, po):
            _compile_catalogue(po, mo)
        outputs.append(mo)
    for name in COPIED:
        copy = target / name
        if _stale(copy, SOURCES / name):
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(SOURCES / name, copy)
        outputs.append(copy)
    return outputs


def _stale(output: Path, source: Path) -> bool:
    return not output.exists() or output.stat().st_mtime < source.stat().st_mtime


def _compile_translation(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)]
    try:
        subprocess.run(command, check=True)
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"could not compile {ts.name}: is PySide6 installed?") from error
    if not qm.exists():
        raise SystemExit(f"lrelease wrote no {qm.name}")


def _compile_catalogue(po: Path, mo: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source, abort_invalid=True)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as out:
        write_mo(out, catalog, use_fuzzy=False)


if __name__ == "__main__":
    for path in build_resources(ROOT / "spt_field"):
        print(path.relative_to(ROOT))
