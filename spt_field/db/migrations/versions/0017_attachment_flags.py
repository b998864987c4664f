"""Attachments: whether a photograph goes into the delegation's internal notes; the bytes last.

The table is rebuilt with `content` as its last column: SQLite reads a row's columns in order,
and a column stored after several megabytes of bytes is reached only by walking every overflow
page of them, so listing a visit's attachments read all their photographs.

Revision ID: 0017_attachment_flags
Revises: 0016_places_register
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_attachment_flags"
down_revision = "0016_places_register"
branch_labels = None
depends_on = None

_KEPT = (
    "owner_kind, owner_id, caption, media_type, file_name, size, sha256, added_by, added_at, "
    "consent, metadata_removed, kept_original, id, created_at, updated_at, deleted_at, "
    "device_id, version"
)


def upgrade() -> None:
    op.drop_index("ix_attachments_owner", table_name="attachments")
    op.rename_table("attachments", "attachments_0013")
    op.create_table(
        "attachments",
        sa.Column("owner_kind", sa.Enum(native_enum=False, length=40), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("caption", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("consent", sa.Enum(native_enum=False, length=40), nullable=False),
        sa.Column("metadata_removed", sa.JSON(), nullable=False),
        sa.Column("kept_original", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("in_internal_notes", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.execute(
        f"INSERT INTO attachments ({_KEPT}, in_internal_notes, content) "
        f"SELECT {_KEPT}, 0, content FROM attachments_0013"
    )
    op.drop_table("attachments_0013")
    op.create_index("ix_attachments_owner", "attachments", ["owner_kind", "owner_id"])


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.drop_column("in_internal_notes")
