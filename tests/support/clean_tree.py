"""A copy of the project as a fresh clone has it: the files git knows or would add, nothing
built (no compiled translations, no build folder, no virtualenv)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def copy_clean_tree(target: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet staged is still listed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment for running the application with its settings, logs and data in `home`,
    off screen."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "VIRTUAL_ENV", "PYTHON"))
    }
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        APPDATA=str(home / "appdata"),  # Windows: settings and logs
        LOCALAPPDATA=str(home / "localappdata"),
        QT_QPA_PLATFORM="offscreen",
        SPT_FIELD_PASSPHRASE="a passphrase for the packaging tests",
    )
    return environment
