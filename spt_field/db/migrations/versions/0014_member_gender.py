"""A delegation member's gender, for the report's agreement ("la cheffe de la délégation"),
and the protocol rank of a person met, for the order of annex I.

Revision ID: 0014_member_gender
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_member_gender"
down_revision = "0013"
branch_labels = None
depends_on = None

_CODE = sa.Enum(native_enum=False, length=40)


def upgrade() -> None:
    with op.batch_alter_table("delegation_member") as batch_op:
        batch_op.add_column(sa.Column("gender", _CODE, nullable=True))
    op.execute("UPDATE delegation_member SET gender = 'unknown'")
    with op.batch_alter_table("delegation_member") as batch_op:
        batch_op.alter_column("gender", existing_type=_CODE, nullable=False)
    with op.batch_alter_table("person_met") as batch_op:
        batch_op.add_column(sa.Column("protocol_rank", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person_met") as batch_op:
        batch_op.drop_column("protocol_rank")
    with op.batch_alter_table("delegation_member") as batch_op:
        batch_op.drop_column("gender")
