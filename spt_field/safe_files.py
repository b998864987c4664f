"""Files the app writes: owner-only whatever the umask, and whole or not at all.

Every file SPT Field or its command line creates is 0600 and every folder 0700: the process
umask is set to 077 when it starts (`owner_only_umask`), and the functions here set the modes
explicitly too, so that a library caller with a lax umask gets the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from spt_field.errors import UserError

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
#: The umask under which whatever a library creates for us (SQLite, Qt) is owner-only.
_OWNER_ONLY_UMASK = 0o077


def owner_only_umask() -> int:
    """Make every file and folder this process creates from now on owner-only; returns the
    umask it replaces."""
    return os.umask(_OWNER_ONLY_UMASK)


def private_folder(folder: Path) -> Path:
    """`folder` and the missing folders above it, created 0700 (an existing one is left as
    the user set it: it may be theirs, like their Documents folder)."""
    missing = [folder, *folder.parents]
    missing = [path for path in missing if not path.exists()]
    for path in reversed(missing):
        path.mkdir(mode=OWNER_ONLY_FOLDER, exist_ok=True)
        os.chmod(path, OWNER_ONLY_FOLDER)  # mkdir's mode is filtered by the umask
    return folder


def create_private_file(path: Path) -> None:
    """Create the new, empty file `path` as 0600 (FileExistsError if it exists)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    try:
        os.fchmod(descriptor, OWNER_ONLY_FILE)
    finally:
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Tighten an existing file of ours (one an older version left readable) to 0600."""
    if path.is_file():
        os.chmod(path, OWNER_ONLY_FILE)


def open_private(path: Path, mode: str = "wb") -> int:
    """A descriptor for writing the new file `path` as 0600 ("wb": truncating an existing one,
    "xb": refusing one), for `open(descriptor, ...)`."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if mode == "xb" else os.O_TRUNC)
    descriptor = os.open(path, flags, OWNER_ONLY_FILE)
    os.fchmod(descriptor, OWNER_ONLY_FILE)
    return descriptor


def write_atomically(data: bytes, path: Path) -> None:
    """The file is either the old one or the complete new one (written aside, then renamed),
    owner-only; it is noted among the files the app wrote (written_files)."""
    write_atomically_with(lambda stream: stream.write(data), path)


def write_atomically_with(write: Callable[[BinaryIO], object], path: Path) -> None:
    """As write_atomically, for a file `write` streams into the open file it is given (a file
    too large to hold in memory)."""
    from spt_field.security import written_files

    if path.is_dir():
        raise UserError(f"{path} is a folder: name the file to write")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    partial = path.with_name(path.name + ".partial")
    try:
        with open(open_private(partial), "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(path)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
    written_files.note(path)
