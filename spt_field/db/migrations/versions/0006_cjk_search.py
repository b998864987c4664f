"""Search finds Chinese, Japanese and Korean words inside unspaced text.

The index now stores each CJK character as a word of its own (see search_index.indexed_text), so a
CJK word is searched as the phrase of its characters. The search tables are rebuilt and every live
row indexed again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

from spt_field.db.search_index import SEARCH_INDEX, rebuild_statements

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in SEARCH_INDEX:
        for statement in rebuild_statements(table, split_cjk=True):
            op.execute(statement)


def downgrade() -> None:
    for table in SEARCH_INDEX:
        for statement in rebuild_statements(table, split_cjk=False):
            op.execute(statement)
