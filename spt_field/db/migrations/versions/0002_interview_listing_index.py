"""Index the interview listing order, so lists page without sorting a whole visit.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interview_listing", "interview", ["held_on", "held_at", "pseudonym", "id"])


def downgrade() -> None:
    op.drop_index("ix_interview_listing", table_name="interview")
