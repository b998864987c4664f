"""Field sync: each record's version vector and field writes, and the bundles sent per recipient.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("state", sa.JSON(), nullable=True),
        sa.Column("conflicts", sa.JSON(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_state")),
    )
    op.create_index("ix_sync_state_seq", "sync_state", ["seq"], unique=False)
    op.create_index(
        "ix_sync_state_conflicts",
        "sync_state",
        ["record_id"],
        sqlite_where=sa.text("conflicts IS NOT NULL"),
    )
    op.create_table(
        "bundle_sent",
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("recipient", "visit_id", name=op.f("pk_bundle_sent")),
    )


def downgrade() -> None:
    op.drop_table("bundle_sent")
    op.drop_index("ix_sync_state_conflicts", table_name="sync_state")
    op.drop_index("ix_sync_state_seq", table_name="sync_state")
    op.drop_table("sync_state")
