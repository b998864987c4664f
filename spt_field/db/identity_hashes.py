"""The keyed hashes stored beside each interviewee identity (spt_field.domain.identity_secrets).

Every write of an identity goes through `identity_columns`, which gives the row's `identity`
and `secret_hashes` together: the interview form, an interchange import and a field sync
merge. The key is this database's own, random, kept in database_info (readable by every
role of a server: the report check of a reader or drafter needs it) and made at the first
identity written. The hashes are derived: field sync and interchange files never carry them.
"""

from __future__ import annotations

import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from spt_field.db.models import DatabaseInfoRow
from spt_field.domain.identity_secrets import identity_secrets, secret_hashes

#: database_info key: the key of this database's identity hashes (hex).
HASH_KEY = "identity_hash_key"

Executor = Session | sa.Connection


def hash_key(executor: Executor, *, create: bool = False) -> bytes | None:
    """This database's key of the identity hashes; made now if `create` and there is none."""
    value = executor.execute(
        sa.select(DatabaseInfoRow.value).where(DatabaseInfoRow.key == HASH_KEY)
    ).scalar_one_or_none()
    if value is None and create:
        value = secrets.token_hex(32)
        executor.execute(sa.insert(DatabaseInfoRow).values(key=HASH_KEY, value=value))
    return bytes.fromhex(value) if value is not None else None


def identity_hashes(executor: Executor, identity: str) -> list[str]:
    """The stored hashes of an identity's secrets."""
    key = hash_key(executor, create=True)
    assert key is not None
    return secret_hashes(key, identity_secrets(identity))


def identity_columns(executor: Executor, identity: str) -> dict[str, Any]:
    """The columns of an identity row written with `identity`: it and its hashes."""
    return {"identity": identity, "secret_hashes": identity_hashes(executor, identity)}
