"""The State party's reply to each recommendation, for the follow-up.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from spt_field.db.search_index import rebuild_statements

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.add_column(sa.Column("state_reply", sa.String(), nullable=True))
    op.execute("UPDATE recommendation SET state_reply = ''")
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.alter_column("state_reply", existing_type=sa.String(), nullable=False)
    # Rebuilding the table dropped its search triggers and may have renumbered its rowids.
    for statement in rebuild_statements("recommendation"):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.drop_column("state_reply")
    for statement in rebuild_statements("recommendation"):
        op.execute(statement)
