"""Interviewee identities: the keyed hashes of their secrets beside them, so the report's check
needs no identity (spt_field.db.identity_hashes). The key is made now if there are identities.

Revision ID: 0018_identity_secret_hashes
Revises: 0017_attachment_flags
Create Date: 2026-12-08 01:30:00
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

from spt_field.domain.identity_secrets import identity_secrets, secret_hashes

revision = "0018_identity_secret_hashes"
down_revision = "0017_attachment_flags"
branch_labels = None
depends_on = None

_KEY = "identity_hash_key"


def upgrade() -> None:
    with op.batch_alter_table("interviewee_identity") as batch:
        batch.add_column(sa.Column("secret_hashes", sa.JSON(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, identity FROM interviewee_identity")).all()
    if not rows:
        return
    key = connection.execute(
        sa.text("SELECT value FROM database_info WHERE key = :key"), {"key": _KEY}
    ).scalar_one_or_none()
    if key is None:
        key = secrets.token_hex(32)
        connection.execute(
            sa.text("INSERT INTO database_info (key, value) VALUES (:key, :value)"),
            {"key": _KEY, "value": key},
        )
    raw = bytes.fromhex(key)
    connection.execute(
        sa.text(
            "UPDATE interviewee_identity SET secret_hashes = :hashes WHERE id = :id"
        ).bindparams(sa.bindparam("hashes", type_=sa.JSON)),
        [
            {"id": row_id, "hashes": secret_hashes(raw, identity_secrets(identity))}
            for row_id, identity in rows
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("interviewee_identity") as batch:
        batch.drop_column("secret_hashes")
