"""Schema 6: a participant's e-mail address, for the persons a form export names (Microsoft Forms'
Email column), kept only when the user asks to keep them, and only in the participant register.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:  # SQLite adds a column in place: no table copy
        batch_op.add_column(sa.Column("email", sa.String(), nullable=False, server_default=""))
    op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        batch_op.drop_column("email")
    op.execute("PRAGMA user_version = 5")
