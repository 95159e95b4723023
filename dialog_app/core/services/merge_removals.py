"""Carrying removals over in a merge (issue 13): a theme, a framework, a question, a key quote or a
group removed in one project stays removed once the projects are merged; so does a note emptied
from the bin (recorded by bin_emptying.py, not by a trigger).

Each project records its removals (``removedrow``, written by the database's triggers on every
delete and cleared when the row is inserted again). A merge first takes in the other project's
record; then a row either project removed is neither brought in nor kept: ours is removed, with
what the database removes or empties with it (the rows a deletion cascades to, and the references
it sets to NULL), all recorded so that the merge's undo puts them back. A row of the other project
that points at a removed row is handled as the database would: dropped (CASCADE) or given NULL
(SET NULL).

Removals carry over without regard to time: a row, once removed, comes back only by an undo in
the project that removed it, which clears that project's record before it is merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dialog_app.core.services.merge_changes import HONOURED, REMOVALS as TABLE, TableChange, removal_key, unindex_notes
from dialog_app.core.services.merge_read import columns_of, delete, insert, rows, rows_in, shared_columns


@dataclass
class Removals:
    """The removals both projects recorded, and every id removed (for the rows pointing at them)."""

    keys: set[tuple[str, str]] = field(default_factory=set)  # (table, row key)
    ids: set[str] = field(default_factory=set)
    children: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # parent -> (child, column, action)
    _pointing: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def pointing(self, table: str, columns: list[str]) -> list[tuple[int, str]]:
        """(column index, ON DELETE action) of each reference ``table``'s rows make."""
        if table not in self._pointing:
            self._pointing[table] = [(columns.index(column), action) for children in self.children.values()
                                     for child, column, action in children if child == table and column in columns]
        return self._pointing[table]

    def removed(self, table: str, key: tuple) -> bool:
        return table in HONOURED and (table, removal_key(key)) in self.keys


def take_in(other, connection, changes: dict[str, TableChange], tables: tuple[str, ...]) -> Removals:
    """The other project's record of removals added to ours; both, as a ``Removals``."""
    ours = {(table, key) for table, key, _at in rows(connection, f"SELECT * FROM {TABLE}")}
    theirs = [tuple(row) for row in rows(other, f"SELECT table_name, row_key, removed_at FROM {TABLE}")
              if (row[0], row[1]) not in ours]
    if theirs:
        columns, keys = columns_of(connection, TABLE)
        insert(connection, TABLE, columns, theirs)
        changes[TABLE] = TableChange(TABLE, columns, keys, added=theirs)
    found = Removals(keys=ours | {(row[0], row[1]) for row in theirs})
    found.ids = {key for _table, key in found.keys if "|" not in key}
    for child in (*tables, "tagging", "noteevent"):
        for row in rows(connection, f"PRAGMA foreign_key_list({child})"):
            found.children.setdefault(row[2], []).append((child, row[3], row[6]))
    return found


def follow(table: str, columns: list[str], row: tuple, removals: Removals) -> tuple | None:
    """The other project's row as the database leaves it once the rows it points at are removed:
    None (dropped, and its id counted removed) or with the reference set to NULL."""
    if not removals.ids:
        return row
    pointing = removals.pointing(table, columns)
    if not any(row[at] in removals.ids for at, _action in pointing):
        return row
    values = list(row)
    for at, action in pointing:
        if values[at] is None or values[at] not in removals.ids:
            continue
        if action == "CASCADE":
            if "id" in columns:
                removals.ids.add(values[columns.index("id")])
            return None
        if action == "SET NULL":
            values[at] = None
    return tuple(values)


def remove_ours(connection, table: str, change: TableChange, doomed: list[tuple], removals: Removals,
                changes: dict[str, TableChange]) -> None:
    """Our rows the other project removed, removed here, with what the database removes or empties
    with them recorded first (for the undo)."""
    if not doomed:
        return
    change.removed.extend(doomed)
    _record_cascade(connection, table, change.columns, doomed, removals, changes)
    if table == "note":  # emptied from the other project's bin: its index entries go first
        unindex_notes(connection, [row[change.columns.index("id")] for row in doomed])
    delete(connection, table, change.columns, change.keys, doomed)


def _record_cascade(connection, table: str, columns: list[str], doomed: list[tuple], removals: Removals,
                    changes: dict[str, TableChange]) -> None:
    for child, column, action in removals.children.get(table, []):
        parent_at = columns.index("id") if "id" in columns else None
        if parent_at is None or action not in ("CASCADE", "SET NULL"):
            continue
        ids = [row[parent_at] for row in doomed]
        removals.ids.update(ids)
        shared, child_keys = shared_columns(connection, child)
        found = list(rows_in(connection, f"SELECT {', '.join(shared)} FROM {child} WHERE {column} IN ({{marks}})",
                             ids))
        if not found:
            continue
        record = changes.setdefault(child, TableChange(child, shared, child_keys))
        if action == "CASCADE":
            seen = set(record.removed)  # a sub-theme removed itself, or with two parents' removal
            found = [row for row in found if row not in seen]
            record.removed.extend(found)
            _record_cascade(connection, child, shared, found, removals, changes)
        else:
            at = shared.index(column)
            record.before.extend(found)
            record.after.extend(tuple(None if i == at else v for i, v in enumerate(row)) for row in found)
