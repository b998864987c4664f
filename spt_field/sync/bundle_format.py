"""The `.sptbundle` file: an authenticated header, then the content encrypted with AES-256-GCM.

    MAGIC | header length (4 bytes, big-endian) | header (UTF-8 JSON) | ciphertext with GCM tag

The key comes from the delegation passphrase through Argon2id with a random salt per bundle;
the header (format version, sender, time, visit, manifest, salt, nonce) is the additional
authenticated data, so changing any byte of the file makes it unreadable. The manifest's
SHA-256 of the content is checked again after decryption. Every refusal is a UserError and
happens before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from spt_field.errors import UserError
from spt_field.safe_files import write_atomically

MAGIC = b"SPT-FIELD-BUNDLE\n"
FORMAT_VERSION = 1
_LENGTH_BYTES = 4
#: The largest header a bundle may have (it holds no records, only their counts).
_MAX_HEADER = 1 << 20
# Argon2id as RFC 9106 recommends where memory is scarce: 64 MiB, 3 passes, 4 lanes. Fixed by
# the format version, so a damaged header cannot ask for a gigabyte.
_ARGON2_ITERATIONS, _ARGON2_LANES, _ARGON2_MEMORY_KIB = 3, 4, 64 * 1024
_SALT_BYTES = 16
_NONCE_BYTES = 12


class WrongBundlePassphraseError(UserError):
    """The delegation passphrase does not open the bundle (exit code 3, as for a database)."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "wrong delegation passphrase for this bundle (ask the sender which one was agreed)"
        )


def damaged(path: Path, what: str) -> UserError:
    return UserError(f"{path} is not a readable SPT Field bundle: {what}; nothing was imported")


@dataclass(frozen=True)
class Bundle:
    """A decrypted bundle: its authenticated header and its content."""

    header: dict[str, Any]
    content: dict[str, Any]


def _derive(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    """The AES key, and a check value that tells a wrong passphrase from a damaged file."""
    derived = Argon2id(
        salt=salt,
        length=64,
        iterations=_ARGON2_ITERATIONS,
        lanes=_ARGON2_LANES,
        memory_cost=_ARGON2_MEMORY_KIB,
    ).derive(passphrase.encode("utf-8"))
    return derived[:32], hashlib.sha256(derived[32:]).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_bundle(
    path: Path, header: dict[str, Any], content: dict[str, Any], passphrase: str
) -> None:
    """Encrypt `content` under `passphrase` and write the file atomically. `header` gets the
    format version, the content's SHA-256 and the key material added."""
    plain = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    key, check = _derive(passphrase, salt)
    full = {
        "format_version": FORMAT_VERSION,
        **header,
        "manifest": {**header.get("manifest", {}), "sha256": hashlib.sha256(plain).hexdigest()},
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "key_check": _b64(check),
    }
    header_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True).encode("utf-8")
    aad = MAGIC + len(header_bytes).to_bytes(_LENGTH_BYTES, "big") + header_bytes
    ciphertext = AESGCM(key).encrypt(nonce, zlib.compress(plain, 1), aad)
    write_atomically(aad + ciphertext, path)


def read_header(path: Path, data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """The header, the authenticated bytes and the ciphertext; refuses what is not a bundle of
    a format this version reads."""
    if not data.startswith(MAGIC):
        raise damaged(path, "it does not start like one (or is cut short)")
    start = len(MAGIC) + _LENGTH_BYTES
    if len(data) < start:
        raise damaged(path, "it is cut short")
    length = int.from_bytes(data[len(MAGIC) : start], "big")
    if length > _MAX_HEADER or len(data) < start + length:
        raise damaged(path, "it is cut short or its header is damaged")
    try:
        header = json.loads(data[start : start + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged(path, "its header is damaged") from None
    if not isinstance(header, dict) or not isinstance(header.get("format_version"), int):
        raise damaged(path, "its header is damaged")
    if header["format_version"] > FORMAT_VERSION:
        raise UserError(
            f"{path} was written by a newer version of SPT Field (bundle format "
            f"{header['format_version']}, this version reads {FORMAT_VERSION}): update SPT "
            "Field to import it; nothing was imported"
        )
    return header, data[: start + length], data[start + length :]


def _decoded(path: Path, header: dict[str, Any], name: str) -> bytes:
    try:
        return base64.b64decode(str(header[name]), validate=True)
    except (KeyError, binascii.Error):
        raise damaged(path, "its header is damaged") from None


def read_bundle(path: Path, passphrase: str) -> Bundle:
    """Read, authenticate and decrypt `path`; any damaged, cut or altered byte is refused."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read the bundle {path}: {error.strerror}") from None
    header, aad, ciphertext = read_header(path, data)
    salt, nonce = _decoded(path, header, "salt"), _decoded(path, header, "nonce")
    if len(salt) != _SALT_BYTES or len(nonce) != _NONCE_BYTES:
        raise damaged(path, "its header is damaged")
    key, check = _derive(passphrase, salt)
    if not hmac.compare_digest(check, _decoded(path, header, "key_check")):
        raise WrongBundlePassphraseError()
    try:
        plain = zlib.decompress(AESGCM(key).decrypt(nonce, ciphertext, aad))
    except (InvalidTag, zlib.error):
        raise damaged(path, "it was altered or cut short after it was written") from None
    manifest = header.get("manifest")
    if (
        not isinstance(manifest, dict)
        or manifest.get("sha256") != hashlib.sha256(plain).hexdigest()
    ):
        raise damaged(path, "its content does not match its manifest")
    content = json.loads(plain.decode("utf-8"))
    return Bundle(header=header, content=content)
