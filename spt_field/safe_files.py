"""Writing a file the user chose: whole or not at all, never a half-written export."""

from __future__ import annotations

import os
from pathlib import Path

from spt_field.errors import UserError


def write_atomically(data: bytes, path: Path) -> None:
    """The file is either the old one or the complete new one (written aside, then renamed)."""
    if path.is_dir():
        raise UserError(f"{path} is a folder: name the file to write")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(path)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
