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
    # Plain ALTER TABLE ADD COLUMN, in place: a batch operation would copy the table for the
    # boolean and drop its triggers (schema 7's record of removed participants) on the way.
    for column in COLUMNS:
        op.add_column("participant", sa.Column(column, sa.String(), nullable=False, server_default=""))
    op.add_column("participant", sa.Column("consent", sa.Boolean(create_constraint=False), nullable=False,
                                           server_default=sa.text("0")))
    op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        for column in (*COLUMNS, "consent"):
            batch_op.drop_column(column)
    op.execute("PRAGMA user_version = 7")
