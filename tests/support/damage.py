"""Deliberately damaged copies of encrypted databases, for the integrity and restore tests."""

from __future__ import annotations

import shutil
from pathlib import Path

#: SQLCipher's page size.
PAGE_SIZE = 4096


def damaged_copy(source: Path, target: Path) -> Path:
    """A copy of `source` with 64 bytes flipped inside its last page.

    The last page holds records written last, never the schema's first pages: the key still opens
    the file, and the damage is found by the integrity checks rather than taken for a wrong key.
    """
    shutil.copyfile(source, target)
    data = bytearray(target.read_bytes())
    pages = len(data) // PAGE_SIZE
    assert pages > 3, "too small a database to damage one page of it"
    start = (pages - 1) * PAGE_SIZE + 1000
    for offset in range(start, start + 64):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return target
