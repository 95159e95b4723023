"""Schema 2: a note can be hidden from the projector view (kept across restarts mid-meeting).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note") as batch_op:  # SQLite adds a column in place: no table copy
        batch_op.add_column(
            sa.Column("hidden_from_projector", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    with op.batch_alter_table("note") as batch_op:
        batch_op.drop_column("hidden_from_projector")
    op.execute("PRAGMA user_version = 1")
