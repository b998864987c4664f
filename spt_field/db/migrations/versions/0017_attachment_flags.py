"""Attachments: whether a photograph goes into the delegation's internal notes.

Revision ID: 0017_attachment_flags
Revises: 0013
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_attachment_flags"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the table would copy every attachment's bytes.
    op.add_column(
        "attachments",
        sa.Column("in_internal_notes", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.drop_column("in_internal_notes")
