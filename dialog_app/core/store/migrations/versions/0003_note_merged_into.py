"""Schema 3: a note merged into another keeps pointing at it (both provenances stay traceable).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: SQLite adds a nullable column with a reference in place, no table copy.
    op.execute("ALTER TABLE note ADD COLUMN merged_into_id CHAR(32) REFERENCES note (id) ON DELETE SET NULL")
    op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    with op.batch_alter_table("note") as batch_op:
        batch_op.drop_column("merged_into_id")
    op.execute("PRAGMA user_version = 2")
