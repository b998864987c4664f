"""Who wrote a bundle: each database's own Ed25519 key, and the keys of other laptops pinned
on first contact.

The private key is made the first time the database writes a bundle and kept in it (so it is
as safe as the database, and travels with its backups). A receiver pins a sender's public key
when it first imports a bundle from that laptop (its device id), showing the key's
fingerprint so people can compare it by phone or in person; a later bundle claiming the same
laptop under another key is refused. The delegation passphrase alone no longer lets anyone
speak for a laptop.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from spt_field.db.base import utcnow
from spt_field.db.models import BundleSignerRow, DatabaseInfoRow
from spt_field.errors import UserError

#: database_info key: this database's private signing key (raw, base64).
_SIGNING_KEY = "signing_key"


def own_signing_key(session: Session) -> Ed25519PrivateKey:
    """This database's signing key, made and stored on first use."""
    row = session.get(DatabaseInfoRow, _SIGNING_KEY)
    if row is not None:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.value))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes_raw()
    session.add(DatabaseInfoRow(key=_SIGNING_KEY, value=base64.b64encode(raw).decode("ascii")))
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """A key's fingerprint to read aloud: 80 bits of its SHA-256 in five groups of four."""
    digest = hashlib.sha256(public).hexdigest()[:20].upper()
    return " ".join(digest[start : start + 4] for start in range(0, 20, 4))


class SignerMismatchError(UserError):
    def __init__(self, member: str, device: str, found: bytes, pinned: bytes) -> None:
        super().__init__(
            f"this bundle says it comes from {member or 'an unnamed member'}'s laptop "
            f"({device[:8]}), but it is signed with another key (fingerprint "
            f"{fingerprint(found)}; that laptop's key is {fingerprint(pinned)}): it may be "
            "forged. Nothing was imported; check with the sender"
        )


def check_signer(
    session: Session, own_device: str, device: str, member: str, public: bytes
) -> bool:
    """Refuse a bundle whose laptop `device` is pinned to another key than `public`; pin it
    when it is new. True on first contact (the caller shows the fingerprint)."""
    if device == own_device:
        own = public_bytes(own_signing_key(session))
        if own != public:
            raise SignerMismatchError(member, device, public, own)
        return False
    row = session.get(BundleSignerRow, device)
    encoded = base64.b64encode(public).decode("ascii")
    if row is None:
        session.add(
            BundleSignerRow(
                device_id=device, public_key=encoded, member=member[:200], first_seen=utcnow()
            )
        )
        return True
    if row.public_key != encoded:
        raise SignerMismatchError(member, device, public, base64.b64decode(row.public_key))
    return False
