"""Standard citations: the standards a finding or a recommendation cites (JSON lists of codes).

Revision ID: 0011_standard_citations
Revises: 0010
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from spt_field.db.search_index import rebuild_statements

revision = "0011_standard_citations"
down_revision = "0010"
branch_labels = None
depends_on = None

_TABLES = ("finding", "recommendation")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("standards", sa.JSON(), nullable=True))
        op.execute(f"UPDATE {table} SET standards = '[]'")
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("standards", existing_type=sa.JSON(), nullable=False)
        # Rebuilding the table dropped its search triggers and may have renumbered its rowids.
        for statement in rebuild_statements(table):
            op.execute(statement)


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("standards")
        for statement in rebuild_statements(table):
            op.execute(statement)
