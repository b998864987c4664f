"""Country profiles: ratification dates, the NPM's designation and earlier visits.

Revision ID: 0015_country_profiles
Revises: 0014_member_gender
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_country_profiles"
down_revision = "0014_member_gender"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "country_profile",
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("convention_ratified_on", sa.Date(), nullable=True),
        sa.Column("protocol_ratified_on", sa.Date(), nullable=True),
        sa.Column("npm_body", sa.String(), nullable=False),
        sa.Column("npm_designated_on", sa.Date(), nullable=True),
        sa.Column("previous_visits", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_country_profile")),
        sa.UniqueConstraint("country", name=op.f("uq_country_profile_country")),
    )


def downgrade() -> None:
    op.drop_table("country_profile")
