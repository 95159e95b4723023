"""Merging another project's rows into this one by id, row by row, table by table (issue 13).

Every row is known by its key (UUIDs, or the pair of ids of a tag or a quote). A row only the other
project has is added; a row both have and that differs is settled the same way whichever project
merges into which: the later version wins (``updated_at``, or ``tagged_at`` for a tag), and when
both are equally recent the greater stored value decides. So merging is idempotent, symmetric and
associative for these rows. A note's losing text is kept in the note's history, under an id made
from that version, so merging the same file twice keeps it once.

Values are compared and written as SQLite stores them (UUIDs as hex text, times as sortable UTC
text): read with a plain ``sqlite3`` cursor from the other file, written on this project's
transaction. Project settings (the title, a table project's table, the record of imports) stay
this project's own.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from dialog_app.core.jobs import Job
from dialog_app.core.store import fts

# In the order their references need: a row's parents are merged before it.
TABLES = ("dialogue", "agendaitem", "stakeholdergroup", "attendance", "organisation", "dialogueorganisation",
          "participant", "themeframework", "theme", "note", "noteevent", "tagging", "themesynthesis",
          "synthesisquote")
VERSIONS = {"dialogue": "updated_at", "note": "updated_at", "themesynthesis": "updated_at", "tagging": "tagged_at"}
LOCAL_ONLY = {"note": ("seq",)}  # the search index's row number: each file numbers its own notes
HISTORY_NAMESPACE = uuid.UUID("6f1c1a52-1d0e-4c55-9a83-3b0c2a7f9e41")
SUPERSEDED = "merge_superseded"


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
    for done, table in enumerate(TABLES):
        job.check()
        _merge_table(other, connection, table, counts)
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


def _merge_table(other: sqlite3.Connection, connection, table: str, counts: MergeCounts) -> None:
    columns, keys = _columns(connection, table)
    shared = [c for c in columns if c not in LOCAL_ONLY.get(table, ())]
    select = f"SELECT {', '.join(shared)} FROM {table}"
    key_at = [shared.index(k) for k in keys]
    key = (lambda row: tuple(row[i] for i in key_at))
    theirs = {key(row): tuple(row) for row in _rows(other, select)}
    if not theirs:
        return
    ours = {key(row): tuple(row) for row in _rows(connection, select)}
    version_at = shared.index(VERSIONS[table]) if table in VERSIONS else None
    added = [row for k, row in theirs.items() if k not in ours]
    differ = [(ours[k], row) for k, row in theirs.items() if k in ours and row != ours[k]]
    won = [pair for pair in differ if _wins(pair[1], pair[0], version_at)]
    if table == "note":
        _add_notes(connection, shared, added)
        _replace_notes(connection, shared, won)
        _keep_losing_texts(connection, shared, differ, won, counts)
    else:
        _insert(connection, table, shared, added)
        _update(connection, table, shared, keys, [row for _old, row in won])
    counts.added[table] = len(added)
    counts.updated[table] = len(won)


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
    connection.exec_driver_sql(sql, [tuple(row[at[c]] for c in values) + tuple(row[at[k]] for k in keys) for row in rows])


def _add_notes(connection, columns: list[str], rows: list[tuple]) -> None:
    """New notes get this file's next search-index numbers, and their index entries."""
    if not rows:
        return
    (top,) = next(iter(_rows(connection, "SELECT coalesce(max(seq), 0) FROM note")))
    numbered = [row + (top + n,) for n, row in enumerate(rows, start=1)]
    _insert(connection, "note", [*columns, "seq"], numbered)
    text_at = columns.index("text")
    fts.index_rows(connection, [(row[-1], row[text_at]) for row in numbered])


def _replace_notes(connection, columns: list[str], won: list[tuple[tuple, tuple]]) -> None:
    """Notes whose other version won; the search index follows their text."""
    if not won:
        return
    text_at, id_at = columns.index("text"), columns.index("id")
    _update(connection, "note", columns, ["id"], [theirs for _ours, theirs in won])
    changed = [theirs[id_at] for ours, theirs in won if ours[text_at] != theirs[text_at]]
    for start in range(0, len(changed), 500):
        chunk = changed[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        seqs = [tuple(row) for row in _rows(connection, f"SELECT seq, text FROM note WHERE id IN ({marks})", chunk)]
        fts.unindex_rows(connection, [seq for seq, _text in seqs])
        fts.index_rows(connection, seqs)


def _keep_losing_texts(connection, columns: list[str], differ: list[tuple[tuple, tuple]],
                       won: list[tuple[tuple, tuple]], counts: MergeCounts) -> None:
    """The text of every note version that lost, ours or theirs, in the note's history: so both
    directions of a merge keep the same versions."""
    at = {c: i for i, c in enumerate(columns)}
    theirs_won = {id(pair) for pair in won}
    events = []
    for pair in differ:
        ours, theirs = pair
        if ours[at["text"]] == theirs[at["text"]]:
            continue
        events.append(_superseded_event(ours if id(pair) in theirs_won else theirs, at))
    known = set()
    for start in range(0, len(events), 500):
        chunk = [event[0] for event in events[start:start + 500]]
        known.update(row[0] for row in _rows(
            connection, f"SELECT id FROM noteevent WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    new = [event for event in events if event[0] not in known]  # a version kept by an earlier merge is not news
    if new:
        connection.exec_driver_sql(
            "INSERT INTO noteevent (id, note_id, at, by, action, detail) VALUES (?, ?, ?, ?, ?, ?)", new)
    counts.superseded_notes.extend(event[1] for event in new)


def _superseded_event(ours: tuple, at: dict[str, int]) -> tuple:
    """The history entry for a note version that lost to a later one: the same id in every merge."""
    note_id, text, when = ours[at["id"]], ours[at["text"]], ours[at["updated_at"]]
    event_id = uuid.uuid5(HISTORY_NAMESPACE, f"{note_id}|{when}|{text}").hex
    detail = json.dumps({"text": text, "status": ours[at["status"]], "kind": ours[at["kind"]]}, ensure_ascii=False)
    return (event_id, note_id, when, ours[at["captured_by"]], SUPERSEDED, detail)
