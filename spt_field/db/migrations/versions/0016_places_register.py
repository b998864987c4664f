"""The next visit's programme: a register of places of deprivation of liberty per country, a
visit's places linked to it, and the delegation's daily programme.

Revision ID: 0016_places_register
Revises: 0015_country_profiles
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_places_register"
down_revision = "0015_country_profiles"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "registered_place",
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("place_type", sa.String(length=40), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_place")),
    )
    op.create_index(
        op.f("ix_registered_place_country"), "registered_place", ["country"], unique=False
    )
    with op.batch_alter_table("place") as batch_op:
        batch_op.add_column(sa.Column("register_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_place_register_id"), ["register_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_place_register_id_registered_place"),
            "registered_place",
            ["register_id"],
            ["id"],
        )
    op.create_table(
        "programme_entry",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("team", sa.String(), nullable=False),
        sa.Column("register_id", sa.String(length=36), nullable=True),
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_with", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_programme_entry_visit_id_visit")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["registered_place.id"],
            name=op.f("fk_programme_entry_register_id_registered_place"),
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_programme_entry_place_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_entry")),
    )
    for column in ("visit_id", "register_id", "place_id"):
        op.create_index(
            op.f(f"ix_programme_entry_{column}"), "programme_entry", [column], unique=False
        )


def downgrade() -> None:
    op.drop_table("programme_entry")
    with op.batch_alter_table("place") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_place_register_id_registered_place"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_place_register_id"))
        batch_op.drop_column("register_id")
    op.drop_index(op.f("ix_registered_place_country"), table_name="registered_place")
    op.drop_table("registered_place")
