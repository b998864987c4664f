"""`make dist`: the one-folder application in dist/spt-field/ and an archive of it beside it.

Runs PyInstaller on packaging/spt-field.spec (after `make resources` has built the translations,
the icon and the demo into the package), adds the desktop entry and its icon on Linux, and packs
the folder as dist/spt-field-VERSION-SYSTEM-MACHINE.tar.gz (.zip on Windows).
"""

from __future__ import annotations

import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
FOLDER = DIST / "spt-field"


def build(dist: Path = DIST) -> Path:
    """Build the folder and its archive under `dist`; returns the archive."""
    import PyInstaller.__main__

    from spt_field import __version__

    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "spt-field.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        ]
    )
    folder = dist / "spt-field"
    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "resources" / "spt-field.desktop", folder)
        shutil.copy2(ROOT / "resources" / "icons" / "spt-field.png", folder)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    name = f"spt-field-{__version__}-{system}-{platform.machine().lower()}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(dist / name), kind, dist, "spt-field"))


if __name__ == "__main__":
    print(build())
