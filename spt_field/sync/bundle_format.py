"""The `.sptbundle` file: a short header in clear, then the signed content encrypted with
AES-256-GCM.

    MAGIC | header length (4 bytes, big-endian) | header (UTF-8 JSON)
          | ciphertext length (8 bytes, big-endian) | ciphertext with GCM tag | attachments

The clear header holds only what decryption needs: the format version, the Argon2id salt, the
GCM nonce and a check value that tells a wrong passphrase from a damaged file. It is the GCM's
additional authenticated data, so changing any byte of the file makes it unreadable. Inside the
ciphertext (zlib-compressed):

    Ed25519 signature (64 bytes) | sender's public key (32 bytes) | body (UTF-8 JSON)

where the body is ``{"header": {sender, member, time, visit, recipient, manifest}, "content":
{...}}`` and the signature covers the body. Each database signs with its own key (see
spt_field.sync.signing); the receiver checks the signature here and the sender's key against
the one it pinned. The attachments' bytes follow in their own stream, in chunks (see
spt_field.sync.attachment_stream). Format 2 (before attachments: no ciphertext length, nothing
after the ciphertext) is still read; format 1 (before signatures: sender, visit and counts in
clear) is refused.
Every refusal is a UserError and happens before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from spt_field.errors import UserError
from spt_field.interchange.parse import parse_json
from spt_field.safe_files import write_atomically_with
from spt_field.sync.attachment_stream import (
    AttachmentStream,
    read_stream,
    stream_key,
    write_stream,
)

MAGIC = b"SPT-FIELD-BUNDLE\n"
FORMAT_VERSION = 3
#: The format whose bundles were neither signed nor hid their sender.
_UNSIGNED_FORMAT = 1
#: The format before attachments, still read.
_WITHOUT_ATTACHMENTS = 2
_CIPHERTEXT_LENGTH_BYTES = 8
_SIGNATURE_BYTES, _PUBLIC_KEY_BYTES = 64, 32
#: The largest content a bundle may unpack to (a visit of 150,000 interviews is about 300 MB).
MAX_CONTENT = 1 << 30
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
    """A decrypted bundle whose signature holds: its signed header and content, and the raw
    Ed25519 public key that signed them."""

    header: dict[str, Any]
    content: dict[str, Any]
    signer: bytes = b""
    #: The attachments' bytes, read on demand (none in a bundle of format 2).
    attachments: AttachmentStream | None = None

    def attachment_bytes(self) -> Iterator[tuple[Mapping[str, Any], bytes]]:
        """Each attachment the content lists, with its checked bytes, one at a time."""
        if self.attachments is not None:
            yield from read_stream(self.attachments)


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
    path: Path,
    header: dict[str, Any],
    content: dict[str, Any],
    passphrase: str,
    signing_key: Ed25519PrivateKey,
    pieces_of: Callable[[Mapping[str, Any]], Iterable[bytes]] = lambda _entry: (),
) -> None:
    """Sign `header` and `content` with `signing_key`, encrypt them under `passphrase` and
    write the file atomically. The bytes of each attachment `content["attachments"]` lists
    are streamed after them, read piece by piece with `pieces_of`."""
    body = json.dumps(
        {"header": header, "content": content}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    public = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    signed = signing_key.sign(body) + public + body
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    key, check = _derive(passphrase, salt)
    clear = {
        "format_version": FORMAT_VERSION,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "key_check": _b64(check),
    }
    header_bytes = json.dumps(clear, sort_keys=True).encode("utf-8")
    aad = MAGIC + len(header_bytes).to_bytes(_LENGTH_BYTES, "big") + header_bytes
    ciphertext = AESGCM(key).encrypt(nonce, zlib.compress(signed, 1), aad)
    entries = content.get("attachments", [])

    def write(out: BinaryIO) -> None:
        out.write(aad + len(ciphertext).to_bytes(_CIPHERTEXT_LENGTH_BYTES, "big") + ciphertext)
        write_stream(out, stream_key(key), aad, entries, pieces_of)

    write_atomically_with(write, path)


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
    if header["format_version"] == _UNSIGNED_FORMAT:
        raise UserError(
            f"{path} was written by an earlier version of SPT Field, before bundles were "
            "signed: its sender cannot be checked. Ask the sender to update SPT Field and "
            "export the bundle again; nothing was imported"
        )
    if header["format_version"] not in (FORMAT_VERSION, _WITHOUT_ATTACHMENTS):
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
    """Read, authenticate and decrypt `path`'s records; any damaged, cut or altered byte is
    refused. Its attachments are read later, one at a time (Bundle.attachment_bytes)."""
    try:
        with open(path, "rb") as source:
            header, aad, ciphertext, offset = _read_records(path, source)
    except OSError as error:
        raise UserError(f"cannot read the bundle {path}: {error.strerror}") from None
    salt, nonce = _decoded(path, header, "salt"), _decoded(path, header, "nonce")
    if len(salt) != _SALT_BYTES or len(nonce) != _NONCE_BYTES:
        raise damaged(path, "its header is damaged")
    key, check = _derive(passphrase, salt)
    if not hmac.compare_digest(check, _decoded(path, header, "key_check")):
        raise WrongBundlePassphraseError()
    try:
        compressed = AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise damaged(path, "it was altered or cut short after it was written") from None
    signed = _decompressed(path, compressed)
    bundle = _verified(path, signed)
    if offset is None:
        return bundle
    entries = bundle.content.get("attachments", [])
    if not isinstance(entries, list) or not all(_is_entry(entry) for entry in entries):
        raise damaged(path, "its list of attachments is damaged")
    stream = AttachmentStream(path, offset, stream_key(key), aad, tuple(entries))
    return replace(bundle, attachments=stream)


def _is_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("id"), str)
        and isinstance(entry.get("sha256"), str)
        and type(entry.get("size")) is int
        and 0 <= entry["size"] <= MAX_CONTENT
    )


def _read_records(path: Path, source: BinaryIO) -> tuple[dict[str, Any], bytes, bytes, int | None]:
    """The clear header, the authenticated bytes, the records' ciphertext and where the
    attachments start (None in a bundle of format 2)."""
    start = source.read(len(MAGIC) + _LENGTH_BYTES)
    length = int.from_bytes(start[len(MAGIC) :], "big") if start.startswith(MAGIC) else 0
    header, aad, _rest = read_header(path, start + source.read(min(length, _MAX_HEADER + 1)))
    if header["format_version"] == _WITHOUT_ATTACHMENTS:
        return header, aad, source.read(MAX_CONTENT + 1), None
    size = int.from_bytes(source.read(_CIPHERTEXT_LENGTH_BYTES), "big")
    if size > MAX_CONTENT:
        raise damaged(path, "its header is damaged")
    ciphertext = source.read(size)
    if len(ciphertext) != size:
        raise damaged(path, "it is cut short")
    return header, aad, ciphertext, source.tell()


def _decompressed(path: Path, compressed: bytes) -> bytes:
    """The signed body, refused past MAX_CONTENT (a small file must not unpack to gigabytes)."""
    inflater = zlib.decompressobj()
    try:
        signed = inflater.decompress(compressed, MAX_CONTENT + 1)
    except zlib.error:
        raise damaged(path, "its content cannot be unpacked") from None
    if len(signed) > MAX_CONTENT:
        raise damaged(path, f"its content unpacks to more than {MAX_CONTENT >> 20:,} MiB")
    if not inflater.eof:
        raise damaged(path, "its content cannot be unpacked")
    return signed


def _verified(path: Path, signed: bytes) -> Bundle:
    """The body of a decrypted bundle, once its signature holds and it reads as a bundle."""
    signature = signed[:_SIGNATURE_BYTES]
    public = signed[_SIGNATURE_BYTES : _SIGNATURE_BYTES + _PUBLIC_KEY_BYTES]
    body = signed[_SIGNATURE_BYTES + _PUBLIC_KEY_BYTES :]
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, body)
    except (ValueError, InvalidSignature):
        raise damaged(path, "its signature does not hold") from None
    parsed = parse_json(body, path.name)
    header = parsed.get("header") if isinstance(parsed, dict) else None
    content = parsed.get("content") if isinstance(parsed, dict) else None
    if not isinstance(header, dict) or not isinstance(content, dict):
        raise damaged(path, "its content is not laid out as a bundle")
    return Bundle(header=header, content=content, signer=public)
