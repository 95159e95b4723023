"""Merging another project's rows into this one by id, row by row, table by table (issue 13).

Every row is known by its key (UUIDs, or the pair of ids of a tag or a quote). A row only the other
project has is added; a row both have and that differs is settled the same way whichever project
merges into which: the later version wins (``updated_at``, or ``tagged_at`` for a tag), and when
both are equally recent the greater stored value decides. So merging is idempotent, symmetric and
associative for these rows. A note both hold is settled field by field from its history
(merge_notes.py).

Values are compared and written as SQLite stores them (UUIDs as hex text, times as sortable UTC
text): read with a plain ``sqlite3`` cursor from the other file, written on this project's
transaction. Project settings (the title, a table project's table, the record of imports) stay
this project's own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dialog_app.core.jobs import Job
from dialog_app.core.services import merge_notes
from dialog_app.core.store import fts

# In the order their references need: a row's parents are merged before it.
TABLES = ("dialogue", "agendaitem", "stakeholdergroup", "attendance", "organisation", "dialogueorganisation",
          "participant", "themeframework", "theme", "note", "noteevent", "tagging", "themesynthesis",
          "synthesisquote")
VERSIONS = {"dialogue": "updated_at", "note": "updated_at", "themesynthesis": "updated_at", "tagging": "tagged_at"}
LOCAL_ONLY = {"note": ("seq",)}
# Rows made apart from one preset or default, known by what they are rather than by id: the default
# stakeholder groups, organisations by name, frameworks added from the same preset and their themes.
# The other project's row takes this project's id, and everything pointing at it follows.
NATURAL = {"stakeholdergroup": ("key",), "organisation": ("name_key",), "themeframework": ("preset_id",),
           "theme": ("framework_id", "code")}  # the search index's row number: each file numbers its own notes


@dataclass
class MergeCounts:
    """What a merge added and changed, per table, and which notes had two versions."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    superseded_notes: list[str] = field(default_factory=list)  # hex ids of notes whose other text went to history

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())


def merge_all(other: sqlite3.Connection, connection, job: Job | None = None) -> MergeCounts:
    """Merge every table of ``other`` (read-only, same schema) into ``connection``'s transaction."""
    job = job or Job()
    counts = MergeCounts()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # a sub-theme may come before its parent
    same: dict = {}  # the other project's id -> this project's id, for rows known by what they are
    for done, table in enumerate(TABLES):
        job.check()
        _merge_table(other, connection, table, counts, same)
        job.report(done + 1, len(TABLES))
    return counts


def _columns(connection, table: str) -> tuple[list[str], list[str]]:
    """(every column, the key columns in key order) of ``table``."""
    info = list(_rows(connection, f"PRAGMA table_info({table})"))
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted((row for row in info if row[5]), key=lambda row: row[5])]
    return columns, keys


def _rows(connection, sql: str, params: Iterable = ()) -> Iterable[tuple]:
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, tuple(params))
    return connection.exec_driver_sql(sql, tuple(params))


def _rows_in(connection, sql: str, ids: list) -> Iterator[tuple]:
    """The rows of ``sql``, whose ``{marks}`` is an IN list, for ``ids``: 500 at a time, below
    SQLite's limit on parameters."""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from (tuple(row) for row in _rows(connection, sql.format(marks=", ".join("?" * len(chunk))), chunk))


def _merge_table(other: sqlite3.Connection, connection, table: str, counts: MergeCounts, same: dict) -> None:
    columns, keys = _columns(connection, table)
    shared = [c for c in columns if c not in LOCAL_ONLY.get(table, ())]
    select = f"SELECT {', '.join(shared)} FROM {table}"
    key_at = [shared.index(k) for k in keys]
    key = (lambda row: tuple(row[i] for i in key_at))
    ours = {key(row): tuple(row) for row in _rows(connection, select)}
    pointing = [shared.index(c) for c in _references(connection, table, keys) if c in shared]
    known = _natural_index(table, shared, ours)
    theirs = {}
    for row in _rows(other, select):
        row = _follow(tuple(row), pointing, same)
        row = _recognised(table, shared, row, ours, known, same)
        theirs[key(row)] = row
    if not theirs:
        return
    version_at = shared.index(VERSIONS[table]) if table in VERSIONS else None
    added = [row for k, row in theirs.items() if k not in ours]
    differ = [(ours[k], row) for k, row in theirs.items() if k in ours and row != ours[k]]
    if table == "note":
        _add_notes(connection, shared, added)
        updated = _settle_notes(other, connection, shared, differ, version_at, counts)
    else:
        won = [row for mine, row in differ if _wins(row, mine, version_at)]
        _insert(connection, table, shared, added)
        _update(connection, table, shared, keys, won)
        updated = len(won)
    counts.added[table] = len(added)
    counts.updated[table] = updated


def _references(connection, table: str, keys: list[str]) -> list[str]:
    """The columns of ``table`` holding a row's id (its own key, and every foreign key)."""
    foreign = [row[3] for row in _rows(connection, f"PRAGMA foreign_key_list({table})")]
    return [*(k for k in keys if k == "id"), *foreign]


def _follow(row: tuple, pointing: list[int], same: dict) -> tuple:
    """The row with every id the merge gave this project's id for replaced."""
    if not same or not any(row[i] in same for i in pointing):
        return row
    values = list(row)
    for i in pointing:
        values[i] = same.get(values[i], values[i])
    return tuple(values)


def _natural_index(table: str, columns: list[str], ours: dict) -> dict:
    """This project's rows of ``table`` by what they are (NATURAL), to their ids; empty for others."""
    natural = NATURAL.get(table)
    if natural is None:
        return {}
    at, id_at = [columns.index(c) for c in natural], columns.index("id")
    return {tuple(row[i] for i in at): row[id_at] for row in ours.values()}


def _recognised(table: str, columns: list[str], row: tuple, ours: dict, known: dict, same: dict) -> tuple:
    """A row new by id that this project holds by what it is: given this project's id."""
    id_at = columns.index("id") if known else -1
    if not known or (row[id_at],) in ours:
        return row
    wanted = tuple(row[columns.index(c)] for c in NATURAL[table])
    match = None if any(value in (None, "") for value in wanted) else known.get(wanted)
    if match is None:
        return row
    same[row[id_at]] = match
    return tuple(match if i == id_at else value for i, value in enumerate(row))


def _wins(theirs: tuple, ours: tuple, version_at: int | None) -> bool:
    """Whether the other project's version of a row replaces ours: later wins, then the greater value."""
    if version_at is not None and theirs[version_at] != ours[version_at]:
        return (theirs[version_at] or "") > (ours[version_at] or "")
    return _order(theirs) > _order(ours)


def _order(row: tuple) -> tuple:
    return tuple((value is None, type(value).__name__, value if value is not None else 0) for value in row)


def _insert(connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    if rows:
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _update(connection, table: str, columns: list[str], keys: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    values = [c for c in columns if c not in keys]
    at = {c: i for i, c in enumerate(columns)}
    sql = (f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} "
           f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}")
    order = [at[c] for c in (*values, *keys)]
    connection.exec_driver_sql(sql, [tuple(row[i] for i in order) for row in rows])


def _add_notes(connection, columns: list[str], rows: list[tuple]) -> None:
    """New notes get this file's next search-index numbers, and their index entries."""
    if not rows:
        return
    (top,) = next(iter(_rows(connection, "SELECT coalesce(max(seq), 0) FROM note")))
    numbered = [row + (top + n,) for n, row in enumerate(rows, start=1)]
    _insert(connection, "note", [*columns, "seq"], numbered)
    text_at = columns.index("text")
    fts.index_rows(connection, [(row[-1], row[text_at]) for row in numbered])


def _settle_notes(other, connection, columns: list[str], differ: list[tuple[tuple, tuple]], version_at: int,
                  counts: MergeCounts) -> int:
    """Notes both hold that differ: settled field by field (merge_notes.py); the index follows the
    text; a text edited on both sides keeps the losing one in the note's history."""
    if not differ:
        return 0
    id_at, text_at = columns.index("id"), columns.index("text")
    ids = [ours[id_at] for ours, _theirs in differ]
    ours_events = merge_notes.events_of(lambda sql, chunked: _rows_in(connection, sql, chunked), ids)
    their_events = merge_notes.events_of(lambda sql, chunked: _rows_in(other, sql, chunked), ids)
    changed, kept = [], []
    for ours, theirs in differ:
        note_id = ours[id_at]
        merged, losing = merge_notes.settle(columns, ours, theirs, _wins(theirs, ours, version_at),
                                            ours_events.get(note_id, []), their_events.get(note_id, []))
        if merged != ours:
            changed.append((ours, merged))
        if losing is not None:
            kept.append(losing)
    _update(connection, "note", columns, ["id"], [merged for _ours, merged in changed])
    retexted = [merged[id_at] for ours, merged in changed if ours[text_at] != merged[text_at]]
    seqs = list(_rows_in(connection, "SELECT seq, text FROM note WHERE id IN ({marks})", retexted))
    fts.unindex_rows(connection, [seq for seq, _text in seqs])
    fts.index_rows(connection, seqs)
    new = _not_yet_kept(connection, kept)
    if new:
        connection.exec_driver_sql(
            "INSERT INTO noteevent (id, note_id, at, by, action, detail) VALUES (?, ?, ?, ?, ?, ?)", new)
    counts.superseded_notes.extend(event[1] for event in new)
    return len(changed)


def _not_yet_kept(connection, events: list[tuple]) -> list[tuple]:
    """The versions no earlier merge kept already (those are no news)."""
    ids = [event[0] for event in events]
    known = {row[0] for row in _rows_in(connection, "SELECT id FROM noteevent WHERE id IN ({marks})", ids)}
    return [event for event in events if event[0] not in known]
