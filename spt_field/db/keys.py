"""The database key: Argon2id of the passphrase, handed to SQLCipher as a raw key.

SQLCipher's own derivation (PBKDF2, 256,000 iterations) is cheap to guess on a GPU. We derive
the 256-bit page key ourselves with Argon2id (64 MiB, 3 passes, 4 lanes: the bundles' own
parameters, RFC 9106's choice where memory is scarce) and give it to SQLCipher raw
(``PRAGMA key = "x'<key><salt>'"``), so SQLCipher skips its derivation. The Argon2 salt is
SQLCipher's file salt: the first 16 bytes of every database file, written by SQLCipher in clear
and random per file. Nothing besides the file is needed to open it, so backups, restore and
erase need no side file.

Databases written before this used SQLCipher's PBKDF2 derivation from the passphrase ("legacy");
they still open, and are re-keyed to the Argon2id key when opened (see connection.py).
"""

from __future__ import annotations

import os
from pathlib import Path

SALT_BYTES = 16
KEY_BYTES = 32
ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
ARGON2_MEMORY_KIB = 64 * 1024


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def file_salt(path: Path) -> bytes | None:
    """The salt SQLCipher wrote at the start of `path`; None for a missing or empty file."""
    try:
        with path.open("rb") as stream:
            salt = stream.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The page key of the file whose salt is `salt` (about 0.15 s, 64 MiB; the GIL is free)."""
    # Loaded here, on the start-up thread that derives the first key, while Qt loads.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=ARGON2_ITERATIONS,
        lanes=ARGON2_LANES,
        memory_cost=ARGON2_MEMORY_KIB,
    ).derive(passphrase.encode("utf-8"))


def raw_key_value(key: bytes, salt: bytes) -> str:
    """The value of ``PRAGMA key``/``rekey`` for a raw key and its file's salt."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def passphrase_key_value(passphrase: str) -> str:
    """The value of ``PRAGMA key`` for SQLCipher's own (legacy) derivation."""
    return "'" + passphrase.replace("'", "''") + "'"
