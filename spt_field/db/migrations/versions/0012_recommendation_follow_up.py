"""Recommendations addressed and dated: the kind of authority, a priority, themes, a due date,
the date of the State's reply, and the history of each implementation status. The reprisals
register: the follow-up of each person at risk, by interview.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from spt_field.db.search_index import rebuild_statements

revision = "0012"
down_revision = "0011_standard_citations"
branch_labels = None
depends_on = None

_FILLED = (
    ("authority_kind", "'unspecified'"),
    ("priority", "'medium'"),
    ("themes", "'[]'"),
)


# A version 4 UUID made by SQLite.
_NEW_ID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
# The status a recommendation already has starts its history.
_FIRST_CHANGES = f"""
INSERT INTO recommendation_status_change (id, visit_id, recommendation_id, position, status,
    state_reply, state_reply_on, created_at, updated_at, deleted_at, device_id, version)
SELECT {_NEW_ID}, visit_id, id, 1, status, state_reply, NULL, updated_at, updated_at,
    deleted_at, device_id, 1
FROM recommendation WHERE status != 'not_assessed'
"""


def upgrade() -> None:
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.add_column(sa.Column("authority_kind", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("priority", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("themes", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("state_reply_on", sa.Date(), nullable=True))
    for column, value in _FILLED:
        op.execute(f"UPDATE recommendation SET {column} = {value}")
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.alter_column("authority_kind", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("priority", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("themes", existing_type=sa.JSON(), nullable=False)
    # Rebuilding the table dropped its search triggers and may have renumbered its rowids.
    for statement in rebuild_statements("recommendation"):
        op.execute(statement)
    op.create_table(
        "recommendation_status_change",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("recommendation_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("state_reply", sa.String(), nullable=False),
        sa.Column("state_reply_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_recommendation_status_change_recommendation_id_recommendation"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_recommendation_status_change_visit_id_visit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_status_change")),
    )
    op.create_index(
        op.f("ix_recommendation_status_change_visit_id"),
        "recommendation_status_change",
        ["visit_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_recommendation_status_change_recommendation_id"),
        "recommendation_status_change",
        ["recommendation_id"],
        unique=False,
    )
    op.execute(_FIRST_CHANGES)
    op.create_table(
        "reprisal_case",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("contacts", sa.String(), nullable=False),
        sa.Column("incidents", sa.String(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("actions_taken", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_reprisal_case_interview_id_interview"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_reprisal_case_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reprisal_case")),
    )
    for column in ("interview_id", "visit_id"):
        op.create_index(op.f(f"ix_reprisal_case_{column}"), "reprisal_case", [column])


def downgrade() -> None:
    for column in ("interview_id", "visit_id"):
        op.drop_index(op.f(f"ix_reprisal_case_{column}"), table_name="reprisal_case")
    op.drop_table("reprisal_case")
    op.drop_index(
        op.f("ix_recommendation_status_change_visit_id"), table_name="recommendation_status_change"
    )
    op.drop_index(
        op.f("ix_recommendation_status_change_recommendation_id"),
        table_name="recommendation_status_change",
    )
    op.drop_table("recommendation_status_change")
    with op.batch_alter_table("recommendation") as batch_op:
        for column in ("state_reply_on", "due_on", "themes", "priority", "authority_kind"):
            batch_op.drop_column(column)
    for statement in rebuild_statements("recommendation"):
        op.execute(statement)
