"""Schema 8: the participant register's remaining fields (issue 14): a role ("ordförande",
"projektledare"), a phone number, whether the person consented to being registered, and the
purpose the data is kept for (GDPR asks that a register states why it holds each person).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = ("role", "phone", "purpose")


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:  # SQLite adds a column in place: no table copy
        for column in COLUMNS:
            batch_op.add_column(sa.Column(column, sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.text("0")))
    op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        for column in (*COLUMNS, "consent"):
            batch_op.drop_column(column)
    op.execute("PRAGMA user_version = 7")
