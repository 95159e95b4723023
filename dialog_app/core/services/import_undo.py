"""Undoing and redoing an import: everything it made is deleted, kept as it is at that moment, and
put back with the same ids.

Rows made later that point at what the import made (tags, edits' history, quotes, attendance of a
new group, a note captured under a new question) are found through the schema's foreign keys and
kept too: those the database would delete with their parent are put back whole, those it would
set to NULL get their reference back. A reference the database refuses to lose (a note captured
in a dialogue the import made) stops the undo instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlmodel import SQLModel

from dialog_app.core.errors import DialogueHasNotesError, InvalidValueError
from dialog_app.core.models import Note
from dialog_app.core.services.import_writing import Made
from dialog_app.core.store import fts

_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound values
_NOTE = Note.__table__


@dataclass
class Kept:
    """What an undo removed, as it was: rows to insert again (parents first) and references to set."""

    rows: list[tuple[Table, list[dict[str, Any]]]] = field(default_factory=list)
    references: list[tuple[Table, str, list[dict[str, Any]]]] = field(default_factory=list)
    index: list[tuple[int, str]] = field(default_factory=list)  # (seq, text) of the notes


def made_tables(made: Made) -> list[tuple[Table, list[uuid.UUID]]]:
    """Every table the import wrote rows to, in the order it made them, with their ids."""
    tables = [(model.__table__, ids) for model, ids in made.rows.items()]
    return tables + [(_NOTE, made.note_ids)] if made.note_ids else tables


def remove(connection, made: Made) -> Kept:
    """Delete what the import made (and what hangs on it) in the caller's transaction."""
    tables = made_tables(made)
    own = {table.name: set(ids) for table, ids in tables}
    kept = Kept(rows=[(table, _rows(connection, table, table.c.id, ids)) for table, ids in tables])
    seen: set[tuple] = set()  # a tag hangs on its note and on its theme: keep it once
    queue = list(tables)
    while queue:
        parent, ids = queue.pop(0)
        for column, action in _references_to(parent):
            rows = [row for row in _rows(connection, column.table, column, ids)
                    if row.get("id") not in own.get(column.table.name, ())]
            if action == "CASCADE":
                rows = [row for row in rows if _first(seen, column.table, row)]
            if not rows:
                continue
            if action == "CASCADE":
                kept.rows.append((column.table, rows))
                if "id" in column.table.c:
                    queue.append((column.table, [row["id"] for row in rows]))
            elif action == "SET NULL":
                kept.references.append((column.table, column.name, [
                    {"row_id": row["id"], "value": row[column.name]} for row in rows]))
            elif column.table is _NOTE:
                raise DialogueHasNotesError(len(rows))
            else:
                raise InvalidValueError(f"{len(rows)} rows of {column.table.name} depend on what the import made")
    notes = next((rows for table, rows in kept.rows if table is _NOTE), [])
    kept.index = [(row["seq"], row["text"]) for row in notes]
    fts.unindex_rows(connection, [seq for seq, _ in kept.index])
    for table, ids in reversed(tables):
        for chunk in _chunks(ids):
            connection.execute(delete(table).where(table.c.id.in_(chunk)))
    return kept


def restore(connection, kept: Kept) -> None:
    """Put back what ``remove`` kept, in the caller's transaction."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit, whatever the order
    for table, rows in kept.rows:
        for start in range(0, len(rows), 5000):
            connection.execute(insert(table), rows[start:start + 5000])
    for table, name, pairs in kept.references:
        statement = update(table).where(table.c.id == bindparam("row_id")).values({name: bindparam("value")})
        connection.execute(statement, pairs)
    fts.index_rows(connection, kept.index)


def _first(seen: set[tuple], table: Table, row: dict[str, Any]) -> bool:
    key = (table.name, *(row[c.name] for c in table.primary_key.columns))
    if key in seen:
        return False
    seen.add(key)
    return True


def _references_to(table: Table) -> list[tuple[Any, str]]:
    """Every column of the schema that points at ``table``, with what its deletion does to it."""
    found = []
    for other in SQLModel.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is table:
                found.append((key.parent, (key.ondelete or "NO ACTION").upper()))
    return found


def _rows(connection, table: Table, column, ids: Iterable[uuid.UUID]) -> list[dict[str, Any]]:
    """The rows whose ``column`` holds one of ``ids``; by id, in the order of ``ids``."""
    found: list[dict[str, Any]] = []
    for chunk in _chunks(list(ids)):
        found.extend(dict(row._mapping) for row in connection.execute(select(table).where(column.in_(chunk))))
    if column is table.c.get("id"):
        order = {row_id: n for n, row_id in enumerate(ids)}
        found.sort(key=lambda row: order[row["id"]])
    return found


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]
