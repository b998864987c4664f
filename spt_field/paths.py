"""Where SPT Field keeps its own files: the log, the list of written files, the demo database."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from spt_field.safe_files import private_folder

APP_NAME = "spt-field"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file_path() -> Path:
    return log_dir() / "spt-field.log"


def written_files_record() -> Path:
    """Where the list of the files the app wrote (exports, bundles) is kept: beside the
    settings (security.written_files says why not in the database)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "written-files.txt"


def demo_path() -> Path:
    folder = private_folder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
    return folder / "demo.sptdb"
