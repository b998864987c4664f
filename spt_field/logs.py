"""The log file: owner-only, free of field values, erased on an emergency erase."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from spt_field.errors import describe_bug
from spt_field.paths import log_file_path
from spt_field.safe_files import create_private_file, make_private, private_folder


class ValueFreeFormatter(logging.Formatter):
    """A log line's error is its stack and type, never its message, which may quote a note."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return describe_bug(ei[1])


def configure_logging() -> Path:
    """Log to an owner-only file (never field values or passphrases: only what happened)."""
    log_file = log_file_path()
    private_folder(log_file.parent)
    if log_file.exists():
        make_private(log_file)
    else:
        create_private_file(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(ValueFreeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def erase_log() -> None:
    """Stop logging to the file and delete it (emergency erase): nothing of ours stays."""
    log_file = log_file_path()
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == log_file:
            root.removeHandler(handler)
            handler.close()
    log_file.unlink(missing_ok=True)
