"""Signed bundles: the pinned signing key of every laptop a bundle came from.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-07 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_signer",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=44), nullable=False),
        sa.Column("member", sa.String(length=200), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_bundle_signer")),
    )


def downgrade() -> None:
    op.drop_table("bundle_signer")
