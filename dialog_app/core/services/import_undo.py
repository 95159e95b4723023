"""Undoing and redoing an import: everything it made is deleted, kept as it is at that moment, and
put back with the same ids.

Rows made later that point at what the import made (tags, edits' history, quotes, attendance of a
new group, a note captured under a new question) are found through the schema's foreign keys and
kept too: those the database would delete with their parent are put back whole, those it would
set to NULL get their reference back. A reference the database refuses to lose (a note captured
in a dialogue the import made) stops the undo instead.

Rows are read and written as stored, without SQLAlchemy's per-value conversion: an import of
100 000 notes is undone in seconds (as theme_snapshots.py does for tags).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Column, Table
from sqlmodel import SQLModel

from dialog_app.core.errors import DialogueHasNotesError, InvalidValueError
from dialog_app.core.models import Note
from dialog_app.core.services.import_writing import Made
from dialog_app.core.store import fts

_CHUNK = 500  # keys per IN (...): well under SQLite's limit on bound values
_NOTE = Note.__table__
Stored = tuple  # a row as SQLite holds it, in its table's column order


@dataclass
class Kept:
    """What an undo removed, as it was: rows to insert again (parents first) and references to set."""

    rows: list[tuple[Table, list[Stored]]] = field(default_factory=list)
    references: list[tuple[Table, str, list[tuple[object, object]]]] = field(default_factory=list)  # (value, row id)
    index: list[tuple[int, str]] = field(default_factory=list)  # (seq, text) of the notes


def made_tables(made: Made) -> list[tuple[Table, list[str]]]:
    """Every table the import wrote rows to, in the order it made them, with their ids as stored."""
    tables = [(model.__table__, [_hex(i) for i in ids]) for model, ids in made.rows.items()]
    return tables + [(_NOTE, [_hex(i) for i in made.note_ids])] if made.note_ids else tables


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
            table = column.table
            at_id = _position(table, "id")
            rows = [row for row in _rows(connection, table, column, ids)
                    if at_id is None or row[at_id] not in own.get(table.name, ())]
            if action == "CASCADE":
                rows = [row for row in rows if _first(seen, table, row)]
            if not rows:
                continue
            if action == "CASCADE":
                kept.rows.append((table, rows))
                if at_id is not None:
                    queue.append((table, [row[at_id] for row in rows]))
            elif action == "SET NULL":
                at_column = _position(table, column.name)
                kept.references.append((table, column.name, [(row[at_column], row[at_id]) for row in rows]))
            elif table is _NOTE:
                raise DialogueHasNotesError(len(rows))
            else:
                raise InvalidValueError(f"{len(rows)} rows of {table.name} depend on what the import made")
    at_seq, at_text = _position(_NOTE, "seq"), _position(_NOTE, "text")
    notes = next((rows for table, rows in kept.rows if table is _NOTE), [])
    kept.index = [(row[at_seq], row[at_text]) for row in notes]
    fts.unindex_rows(connection, [seq for seq, _ in kept.index])
    for table, ids in reversed(tables):
        for chunk in _chunks(ids):
            connection.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE id IN ({_marks(chunk)})', tuple(chunk))
    return kept


def restore(connection, kept: Kept) -> None:
    """Put back what ``remove`` kept, in the caller's transaction."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit, whatever the order
    for table, rows in kept.rows:
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({_marks(table.columns)})', rows)
    for table, name, pairs in kept.references:
        connection.exec_driver_sql(f'UPDATE "{table.name}" SET "{name}" = ? WHERE id = ?', pairs)
    fts.index_rows(connection, kept.index)


def _references_to(table: Table) -> list[tuple[Column, str]]:
    """Every column of the schema that points at ``table``, with what its deletion does to it."""
    found = []
    for other in SQLModel.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is table:
                found.append((key.parent, (key.ondelete or "NO ACTION").upper()))
    return found


def _rows(connection, table: Table, column: Column, keys: Sequence[object]) -> list[Stored]:
    """The rows whose ``column`` holds one of ``keys`` (as stored); by id, in the order of ``keys``."""
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    found: list[Stored] = []
    for chunk in _chunks(list(keys)):
        found.extend(connection.exec_driver_sql(
            f'SELECT {names} FROM "{table.name}" WHERE "{column.name}" IN ({_marks(chunk)})', tuple(chunk)).all())
    if column.name == "id":
        order = {key: n for n, key in enumerate(keys)}
        at_id = _position(table, "id")
        found.sort(key=lambda row: order[row[at_id]])
    return [tuple(row) for row in found]


def _first(seen: set[tuple], table: Table, row: Stored) -> bool:
    key = (table.name, *(row[_position(table, c.name)] for c in table.primary_key.columns))
    if key in seen:
        return False
    seen.add(key)
    return True


@lru_cache(maxsize=256)
def _position(table: Table, name: str) -> int | None:
    names = [c.name for c in table.columns]
    return names.index(name) if name in names else None


def _hex(value: uuid.UUID) -> str:
    return value.hex  # how a UUID column is stored in SQLite


def _marks(items: Iterable[object]) -> str:
    return ", ".join("?" for _ in items)


def _chunks(keys: list) -> Iterable[list]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start:start + _CHUNK]
