"""A finalized report's content, so that it stays final whatever is edited since.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_freeze",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("addressee", sa.String(length=10), nullable=False),
        sa.Column("material", sa.Text(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_report_freeze_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("visit_id", "addressee", name=op.f("pk_report_freeze")),
    )


def downgrade() -> None:
    op.drop_table("report_freeze")
