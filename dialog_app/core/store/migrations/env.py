"""Alembic environment: migrations run on the connection the store hands over, never from an ini."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import dialog_app.core.models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=lambda obj, name, type_, reflected, compare_to: not (
        type_ == "table" and name.startswith("note_fts")
    ),
)
with context.begin_transaction():
    context.run_migrations()
