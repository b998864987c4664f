"""The attachments' bytes of a bundle: one stream after its records, encrypted in chunks, so
neither the sender nor the receiver ever holds the whole bundle in memory.

The stream is the attachments' bytes one after the other, in the order the signed content lists
them (id, SHA-256 and size each). It is cut into chunks of CHUNK bytes, each sealed with
AES-256-GCM under a key derived from the bundle's own (HKDF), the chunk's number as nonce, and
as additional data the bundle's clear header, the chunk's number and whether it is the last:
a chunk moved, dropped, repeated or cut off is refused. Each attachment's SHA-256, signed with
the records, then proves its bytes are the sender's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from spt_field.errors import UserError

CHUNK = 1 << 20
_TAG_BYTES = 16
_NONCE_BYTES = 12
_INFO = b"spt-field bundle attachments"


def stream_key(bundle_key: bytes) -> bytes:
    """The key of the attachments' stream, apart from the records' (their nonces may repeat)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(bundle_key)


def _additional(aad: bytes, index: int, last: bool) -> bytes:
    return aad + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def _nonce(index: int) -> bytes:
    return index.to_bytes(_NONCE_BYTES, "big")


def total_size(entries: Sequence[Mapping[str, Any]]) -> int:
    return sum(int(entry["size"]) for entry in entries)


class _ChunkWriter:
    """Seals what it is given in chunks of CHUNK bytes into `out`."""

    def __init__(self, out: BinaryIO, key: bytes, aad: bytes, total: int) -> None:
        self.out, self.cipher, self.aad, self.total = out, AESGCM(key), aad, total
        self.pending = bytearray()
        self.index = self.sealed = 0

    def write(self, data: bytes) -> None:
        self.pending += data
        while len(self.pending) >= CHUNK and self.sealed + CHUNK < self.total:
            self._seal(bytes(self.pending[:CHUNK]))
            del self.pending[:CHUNK]

    def close(self) -> None:
        if self.sealed + len(self.pending) != self.total:
            raise ValueError("the attachments' bytes differ from their listed sizes")
        if self.pending:
            self._seal(bytes(self.pending))
            self.pending.clear()

    def _seal(self, chunk: bytes) -> None:
        last = self.sealed + len(chunk) == self.total
        additional = _additional(self.aad, self.index, last)
        self.out.write(self.cipher.encrypt(_nonce(self.index), chunk, additional))
        self.index += 1
        self.sealed += len(chunk)


def write_stream(
    out: BinaryIO,
    key: bytes,
    aad: bytes,
    entries: Sequence[Mapping[str, Any]],
    pieces_of: Callable[[Mapping[str, Any]], Iterable[bytes]],
) -> None:
    """Write the attachments of `entries`, each read piece by piece with `pieces_of`."""
    writer = _ChunkWriter(out, key, aad, total_size(entries))
    for entry in entries:
        for piece in pieces_of(entry):
            writer.write(piece)
    writer.close()


@dataclass(frozen=True)
class AttachmentStream:
    """Where a bundle's attachments start, and how to open them."""

    path: Path
    offset: int
    key: bytes
    aad: bytes
    entries: tuple[Mapping[str, Any], ...]


def _damaged(path: Path, what: str) -> UserError:
    return UserError(f"{path} is not a readable SPT Field bundle: {what}; nothing was imported")


def _chunks(stream: AttachmentStream, source: BinaryIO) -> Iterator[bytes]:
    cipher = AESGCM(stream.key)
    remaining = total_size(stream.entries)
    index = 0
    while remaining:
        size = min(CHUNK, remaining)
        sealed = source.read(size + _TAG_BYTES)
        last = size == remaining
        try:
            yield cipher.decrypt(_nonce(index), sealed, _additional(stream.aad, index, last))
        except InvalidTag:
            raise _damaged(stream.path, "its attachments were altered or cut short") from None
        remaining -= size
        index += 1
    if source.read(1):
        raise _damaged(stream.path, "it holds more than it lists")


def read_stream(stream: AttachmentStream) -> Iterator[tuple[Mapping[str, Any], bytes]]:
    """Each listed attachment with its bytes, one at a time, checked against its SHA-256."""
    try:
        source = open(stream.path, "rb")  # noqa: SIM115 (closed below, the generator may pause)
    except OSError as error:
        raise UserError(f"cannot read the bundle {stream.path}: {error.strerror}") from None
    with source:
        source.seek(stream.offset)
        chunks = _chunks(stream, source)
        pending = bytearray()
        for entry in stream.entries:
            size = int(entry["size"])
            while len(pending) < size:
                pending += next(chunks)
            data = bytes(pending[:size])
            del pending[:size]
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise _damaged(stream.path, f"the attachment {str(entry['id'])[:8]} is altered")
            yield entry, data
        for _rest in chunks:  # checks the last chunk's flag and that nothing follows
            pass
