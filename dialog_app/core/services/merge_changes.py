"""What a project merge wrote, table by table, and how to take it back and put it again: the merge
is one undo step however many files and rows it touched.

The undo runs while the merge is the latest step (the history's order), so the rows it added are
still there to remove and the rows it updated still hold what it wrote. Notes taken back leave the
search index; notes put again get this file's next index numbers (a number freed by the undo may
have gone to a note typed since).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dialog_app.core.services.merge_read import delete, insert, rows, rows_in, update
from dialog_app.core.store import fts


REMOVALS = "removedrow"
# The tables schema 7's triggers record removals of (a note goes to the bin instead).
RECORDED = frozenset({"agendaitem", "stakeholdergroup", "attendance", "organisation", "dialogueorganisation",
                      "participant", "themeframework", "theme", "themesynthesis", "synthesisquote"})
# The removals a merge honours: those, and the notes emptied from the bin (bin_emptying.py records them).
HONOURED = RECORDED | {"note"}


def removal_key(values) -> str:
    """A row's key as schema 7's triggers record it: the key columns' values joined by "|"."""
    return "|".join(map(str, values))


@dataclass
class TableChange:
    """What a merge wrote to one table, as rows of ``columns``."""

    table: str
    columns: list[str]
    keys: list[str]
    added: list[tuple] = field(default_factory=list)
    before: list[tuple] = field(default_factory=list)  # updated rows as they were
    after: list[tuple] = field(default_factory=list)  # the same rows as the merge left them
    removed: list[tuple] = field(default_factory=list)


def undo(connection, changes: list[TableChange]) -> None:
    """Take a merge back, in one transaction: the latest writes first."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for change in reversed(changes):
        if change.table == "note":  # notes the other project had emptied from its bin, back with their index
            add_notes(connection, change.columns, change.removed)
        else:
            insert(connection, change.table, change.columns, change.removed)
        update(connection, change.table, change.columns, change.keys, change.before[::-1])  # the first before last
        if change.table == "note":
            reindex_notes(connection, [row[0] for row in change.before])
            unindex_notes(connection, [row[0] for row in change.added])
        delete(connection, change.table, change.columns, change.keys, change.added)
        if change.table in RECORDED:  # taken back, not removed: no record of a removal to carry over
            _forget_removals(connection, change)


def redo(connection, changes: list[TableChange]) -> None:
    """Put a merge that was taken back again, in one transaction."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for change in changes:
        if change.table == "note":
            add_notes(connection, change.columns, change.added)
        else:
            insert(connection, change.table, change.columns, change.added)
        update(connection, change.table, change.columns, change.keys, change.after)
        if change.table == "note":
            reindex_notes(connection, [row[0] for row in change.after])
            unindex_notes(connection, [row[0] for row in change.removed])
        delete(connection, change.table, change.columns, change.keys, change.removed)


def add_notes(connection, columns: list[str], added: list[tuple]) -> None:
    """New notes get this file's next search-index numbers, and their index entries."""
    if not added:
        return
    (top,) = next(iter(rows(connection, "SELECT coalesce(max(seq), 0) FROM note")))
    numbered = [row + (top + n,) for n, row in enumerate(added, start=1)]
    insert(connection, "note", [*columns, "seq"], numbered)
    text_at = columns.index("text")
    fts.index_rows(connection, [(row[-1], row[text_at]) for row in numbered])


def reindex_notes(connection, note_ids: list) -> None:
    """The search index's entries of these notes made again from their text."""
    found = list(rows_in(connection, "SELECT seq, text FROM note WHERE id IN ({marks})", note_ids))
    fts.unindex_rows(connection, [seq for seq, _text in found])
    fts.index_rows(connection, found)


def _forget_removals(connection, change: TableChange) -> None:
    at = [change.columns.index(k) for k in change.keys]
    keys = [(change.table, removal_key(row[i] for i in at)) for row in change.added]
    if keys:
        connection.exec_driver_sql(f"DELETE FROM {REMOVALS} WHERE table_name = ? AND row_key = ?", keys)


def unindex_notes(connection, note_ids: list) -> None:
    """The search index's entries of these notes taken out (before the notes are deleted)."""
    fts.unindex_rows(connection, [seq for (seq,) in rows_in(connection, "SELECT seq FROM note WHERE id IN ({marks})",
                                                             note_ids)])
