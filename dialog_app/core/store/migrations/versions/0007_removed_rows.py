"""Schema 7: a record of removed rows, so that merging table projects carries a removal over (a
theme, a framework, a question, a key quote removed at one table stays removed) instead of
bringing the row back from a laptop that still has it (issue 13).

Triggers write the record on every delete of these tables, whichever code path deletes (and a
deletion the database cascades), and clear it when the row is inserted again (an undo). They only
touch ``removedrow``. Notes are not recorded: they go to the bin, and the bin carries over by time.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The tables whose removals carry over, with their key columns (as in schema 7).
TABLES = {
    "agendaitem": ("id",), "stakeholdergroup": ("id",), "attendance": ("id",), "organisation": ("id",),
    "dialogueorganisation": ("dialogue_id", "organisation_id"), "participant": ("id",),
    "themeframework": ("id",), "theme": ("id",), "themesynthesis": ("theme_id",),
    "synthesisquote": ("theme_id", "note_id"),
}


def _key(row: str, columns: tuple[str, ...]) -> str:
    return " || '|' || ".join(f"{row}.{column}" for column in columns)


def upgrade() -> None:
    op.create_table(
        "removedrow",
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_key", sa.String(), nullable=False),
        sa.Column("removed_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_key"),
    )
    for table, columns in TABLES.items():
        op.execute(
            f"CREATE TRIGGER removedrow_{table}_deleted AFTER DELETE ON {table} BEGIN "
            f"INSERT OR IGNORE INTO removedrow (table_name, row_key, removed_at) VALUES "
            f"('{table}', {_key('OLD', columns)}, strftime('%Y-%m-%d %H:%M:%f', 'now')); END"
        )
        op.execute(
            f"CREATE TRIGGER removedrow_{table}_back AFTER INSERT ON {table} BEGIN "
            f"DELETE FROM removedrow WHERE table_name = '{table}' AND row_key = {_key('NEW', columns)}; END"
        )
    op.execute("PRAGMA user_version = 7")


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS removedrow_{table}_deleted")
        op.execute(f"DROP TRIGGER IF EXISTS removedrow_{table}_back")
    op.drop_table("removedrow")
    op.execute("PRAGMA user_version = 6")
