"""Merging another project's rows into this one by id, row by row, table by table (issue 13).

Every row is known by its key (UUIDs, or the pair of ids of a tag or a quote). A row only the other
project has is added; a row both have and that differs is settled the same way whichever project
merges into which: the later version wins (``updated_at``, or ``tagged_at`` for a tag), and when
both are equally recent the greater stored value decides. So merging is idempotent, symmetric and
associative for these rows. A note both hold is settled field by field from its history
(merge_notes.py); a tag one side removed, by the time of the removal (merge_tags.py); a theme,
a question or a key quote one side removed stays removed (merge_removals.py). Two themes of
one framework with one name but different ids are a conflict the caller settles (merge_themes.py).

Values are compared and written as SQLite stores them (UUIDs as hex text, times as sortable UTC
text): read with a plain ``sqlite3`` cursor from the other file, written on this project's
transaction. Project settings (the title, a table project's table, the record of imports) stay
this project's own. Everything written is recorded (``MergeCounts.changes``) for the undo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from dialog_app.core.jobs import Job
from dialog_app.core.services import merge_notes, merge_removals, merge_tags, merge_themes
from dialog_app.core.services.merge_changes import TableChange, add_notes, reindex_notes
from dialog_app.core.services.merge_read import columns_of, delete, insert, rows, rows_in, shared_columns, update
from dialog_app.core.services.merge_tags import SettledTag
from dialog_app.core.services.merge_themes import ThemeConflict

# In the order their references need: a row's parents are merged before it.
TABLES = ("dialogue", "agendaitem", "stakeholdergroup", "attendance", "organisation", "dialogueorganisation",
          "participant", "themeframework", "theme", "note", "noteevent", "tagging", "themesynthesis",
          "synthesisquote")
VERSIONS = {"dialogue": "updated_at", "note": "updated_at", "themesynthesis": "updated_at", "tagging": "tagged_at"}
# Rows made apart from one preset or default, known by what they are rather than by id: the default
# stakeholder groups, organisations by name, frameworks added from the same preset and their themes.
# The other project's row takes this project's id, and everything pointing at it follows.
NATURAL = {"stakeholdergroup": ("key",), "organisation": ("name_key",), "themeframework": ("preset_id",),
           "theme": ("framework_id", "code")}


@dataclass
class MergeCounts:
    """What a merge added and changed, per table; which notes had two versions; the tags and
    themes it settled; and every row it wrote (for the undo, not for reports)."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    superseded_notes: list[str] = field(default_factory=list)  # hex ids of notes whose other text went to history
    settled_tags: list[SettledTag] = field(default_factory=list)
    theme_conflicts: list[ThemeConflict] = field(default_factory=list)
    changes: dict[str, TableChange] = field(default_factory=dict, repr=False)

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values()) or any(self.removed.values())

    @property
    def unsettled(self) -> list[ThemeConflict]:
        """The theme conflicts no choice was given for."""
        return [c for c in self.theme_conflicts if c.choice is None]

    def note_ids(self) -> list[str]:
        """Every note the merge added or changed, or whose tags it settled (hex ids)."""
        notes = self.changes.get("note")
        found = dict.fromkeys(row[0] for row in (*notes.added, *notes.after)) if notes else {}
        found.update(dict.fromkeys(self.superseded_notes))
        found.update(dict.fromkeys(tag.note_id for tag in self.settled_tags))
        return list(found)


def merge_all(other: sqlite3.Connection, connection, job: Job | None = None,
              choices: Mapping[str, str] | None = None) -> MergeCounts:
    """Merge every table of ``other`` (read-only, same schema) into ``connection``'s transaction.
    ``choices``: for a theme conflict, the other theme's hex id -> "both" or "one"."""
    job = job or Job()
    counts = MergeCounts()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # a sub-theme may come before its parent
    themes = merge_themes.Themes(connection, choices or {})
    same: dict = dict(themes.joined)  # the other project's id -> this project's id
    removals = merge_removals.take_in(other, connection, counts.changes, TABLES)
    for done, table in enumerate(TABLES):
        job.check()
        _merge_table(other, connection, table, counts, same, themes, removals)
        job.report(done + 1, len(TABLES))
    counts.theme_conflicts = themes.conflicts
    setting = themes.remember(connection)
    if setting is not None:
        counts.changes["projectsetting"] = setting
    return counts


def _merge_table(other: sqlite3.Connection, connection, table: str, counts: MergeCounts, same: dict,
                 themes: merge_themes.Themes, removals: merge_removals.Removals) -> None:
    shared, keys = shared_columns(connection, table)
    select = f"SELECT {', '.join(shared)} FROM {table}"
    key_at = [shared.index(k) for k in keys]
    key = (lambda row: tuple(row[i] for i in key_at))
    ours = {key(row): tuple(row) for row in rows(connection, select)}
    doomed = [ours.pop(k) for k in [k for k in ours if removals.removed(table, k)]]
    pointing = [shared.index(c) for c in _references(connection, table, keys) if c in shared]
    known = _natural_index(table, shared, ours)
    theirs = {}
    for row in rows(other, select):
        if table == "theme" and themes.is_joined(row[0]):
            continue  # made one with a theme of this project in an earlier merge: taken as ours
        row = merge_removals.follow(table, shared, _follow(tuple(row), pointing, same), removals)
        if row is None or removals.removed(table, key(row)):
            continue
        row = _recognised(table, shared, row, ours, known, same)
        if table == "theme" and themes.settle(shared, row, ours, same):
            continue
        theirs[key(row)] = row
    if not theirs and not doomed and table != "tagging":  # a removal of a tag leaves no row behind
        return
    change = counts.changes.setdefault(table, TableChange(table, shared, keys))  # a removal may have begun it
    merge_removals.remove_ours(connection, table, change, doomed, removals, counts.changes)
    version_at = shared.index(VERSIONS[table]) if table in VERSIONS else None
    added = [row for k, row in theirs.items() if k not in ours]
    differ = [(ours[k], row) for k, row in theirs.items() if k in ours and row != ours[k]]
    if table == "note":
        add_notes(connection, shared, added)
        before, after = _settle_notes(other, connection, shared, differ, version_at, counts)
    else:
        won = [(mine, row) for mine, row in differ if _wins(row, mine, version_at)]
        before, after, removed = [mine for mine, _row in won], [row for _mine, row in won], []
        if table == "tagging":
            added, before, after, removed = _settle_tags(connection, shared, ours, added, before, after, same,
                                                         counts)
        insert(connection, table, shared, added)
        update(connection, table, shared, keys, after)
        delete(connection, table, shared, keys, removed)
        change.removed.extend(removed)
    change.added.extend(added)
    change.before.extend(before)
    change.after.extend(after)
    counts.added[table] = len(change.added)
    counts.updated[table] = len(change.after)
    counts.removed[table] = len(change.removed)


def _settle_tags(connection, columns: list[str], ours: dict, added: list, before: list, after: list, same: dict,
                 counts: MergeCounts) -> tuple[list, list, list, list]:
    """Tags one side removed after the other's tag: left out, or taken off here."""
    added, kept_after, removed, settled = merge_tags.settle(connection, columns, ours, added, after, same)
    kept = set(kept_after)
    before = [mine for mine, row in zip(before, after, strict=True) if row in kept]
    counts.settled_tags.extend(settled)
    return added, before, kept_after, removed


def _references(connection, table: str, keys: list[str]) -> list[str]:
    """The columns of ``table`` holding a row's id (its own key, and every foreign key)."""
    foreign = [row[3] for row in rows(connection, f"PRAGMA foreign_key_list({table})")]
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


def _settle_notes(other, connection, columns: list[str], differ: list[tuple[tuple, tuple]], version_at: int,
                  counts: MergeCounts) -> tuple[list[tuple], list[tuple]]:
    """Notes both hold that differ: settled field by field (merge_notes.py); the index follows the
    text; a text edited on both sides keeps the losing one in the note's history."""
    if not differ:
        return [], []
    id_at, text_at = columns.index("id"), columns.index("text")
    ids = [ours[id_at] for ours, _theirs in differ]
    ours_events = merge_notes.events_of(lambda sql, chunked: rows_in(connection, sql, chunked), ids)
    their_events = merge_notes.events_of(lambda sql, chunked: rows_in(other, sql, chunked), ids)
    kept, before, after = [], [], []
    for ours, theirs in differ:
        note_id = ours[id_at]
        merged, losing = merge_notes.settle(columns, ours, theirs, _wins(theirs, ours, version_at),
                                            ours_events.get(note_id, []), their_events.get(note_id, []))
        if merged != ours:
            before.append(ours)
            after.append(merged)
        if losing is not None:
            kept.append(losing)
    update(connection, "note", columns, ["id"], after)
    reindex_notes(connection, [new[id_at] for old, new in zip(before, after, strict=True)
                               if old[text_at] != new[text_at]])
    new = _not_yet_kept(connection, kept)
    if new:
        event_columns, event_keys = columns_of(connection, "noteevent")
        insert(connection, "noteevent", event_columns, new)
        counts.changes["noteevent_kept"] = TableChange("noteevent", event_columns, event_keys, added=new)
    counts.superseded_notes.extend(event[1] for event in new)
    return before, after


def _not_yet_kept(connection, events: list[tuple]) -> list[tuple]:
    """The versions no earlier merge kept already (those are no news)."""
    ids = [event[0] for event in events]
    known = {row[0] for row in rows_in(connection, "SELECT id FROM noteevent WHERE id IN ({marks})", ids)}
    return [event for event in events if event[0] not in known]
