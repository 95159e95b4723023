"""Emptying the bin, worked out before it is written: the binned notes with everything that hangs
on them (their history, earlier texts included; their themes; their places among a synthesis's key
quotes), and the notes merged into them, which only lose that pointer. Writing the plan removes
them; writing it back is its undo, exactly (ids, texts, stamps, history). The plan lives only in
memory, in the project's undo history: once the file is closed, emptying is final.

Each emptied note is recorded in ``removedrow`` (the record schema 7's triggers keep of other
removals), so that a merge with an older copy that still holds the note does not bring it back
(merge_removals.py honours it); the undo clears the record again.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.models import Note, NoteEvent, RemovedRow, SynthesisQuote, Tagging
from dialog_app.core.store import fts
from dialog_app.core.timeutil import utc_now

REMOVED_NOTE = "note"  # the table name the record of an emptied note carries
_CHUNK = 500  # below SQLite's limit on parameters


@dataclass
class EmptyPlan:
    notes: list[dict[str, Any]] = field(default_factory=list)  # every column, ``seq`` too
    events: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    pointing: list[tuple[uuid.UUID, uuid.UUID]] = field(default_factory=list)  # (kept note, emptied note)
    removed_at: str = ""

    @property
    def ids(self) -> list[uuid.UUID]:
        return [row["id"] for row in self.notes]


def plan_emptying(session, note_ids: list[uuid.UUID]) -> EmptyPlan:
    """What emptying these binned notes removes; nothing is written. Notes not in the bin are left out."""
    plan = EmptyPlan(removed_at=utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
    for chunk in _chunks(note_ids):
        plan.notes += [_row(n) for n in session.scalars(
            select(Note).where(Note.id.in_(chunk), Note.deleted_at.is_not(None)).order_by(Note.seq))]
    ids = plan.ids
    emptied = set(ids)
    for chunk in _chunks(ids):
        plan.events += [_row(e) for e in session.scalars(select(NoteEvent).where(NoteEvent.note_id.in_(chunk)))]
        plan.tags += [_row(t) for t in session.scalars(select(Tagging).where(Tagging.note_id.in_(chunk)))]
        quotes = session.scalars(select(SynthesisQuote).where(SynthesisQuote.note_id.in_(chunk)))
        plan.quotes += [_row(q) for q in quotes]
        plan.pointing += [(kept, into) for kept, into in session.execute(
            select(Note.id, Note.merged_into_id).where(Note.merged_into_id.in_(chunk))) if kept not in emptied]
    return plan


def write_plan(session, plan: EmptyPlan, forward: bool) -> None:
    """Remove the notes (``forward``) or put back all the plan removed, in the caller's transaction."""
    connection = session.connection()
    if forward:
        for chunk in _chunks(plan.ids):
            session.execute(delete(Note).where(Note.id.in_(chunk)))  # the rest goes with them (ON DELETE)
        fts.unindex_rows(connection, [row["seq"] for row in plan.notes if row["seq"] is not None])
        for note_id in plan.ids:
            session.merge(RemovedRow(table_name=REMOVED_NOTE, row_key=note_id.hex, removed_at=plan.removed_at))
        session.flush()
        return
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # a note merged into another emptied one
    keys = [note_id.hex for note_id in plan.ids]
    for chunk in _chunks(keys):
        session.execute(delete(RemovedRow).where(RemovedRow.table_name == REMOVED_NOTE,
                                                 RemovedRow.row_key.in_(chunk)))
    taken = _taken_seqs(session, [row["seq"] for row in plan.notes])
    for row in plan.notes:
        note = Note(**copy.deepcopy(row))
        if note.seq in taken:  # a note typed since took its number: a new one (the index follows)
            note.seq = None
        session.add(note)
    session.flush()  # the notes, and their index entries (store/database.py), before what points at them
    session.add_all(NoteEvent(**copy.deepcopy(row)) for row in plan.events)
    session.add_all(Tagging(**copy.deepcopy(row)) for row in plan.tags)
    session.add_all(SynthesisQuote(**copy.deepcopy(row)) for row in plan.quotes)
    for kept, into in plan.pointing:
        session.execute(update(Note).where(Note.id == kept, Note.merged_into_id.is_(None)).values(merged_into_id=into))
    session.flush()


def publish(changes, plan: EmptyPlan) -> None:
    changes.publish(ChangeKind.NOTES, [*plan.ids, *(kept for kept, _into in plan.pointing)])
    if plan.tags:
        changes.publish(ChangeKind.TAGS, plan.ids)
    if plan.quotes:
        changes.publish(ChangeKind.SYNTHESIS, {row["theme_id"] for row in plan.quotes})


def _taken_seqs(session, seqs: list[int | None]) -> set[int]:
    wanted = [seq for seq in seqs if seq is not None]
    return {seq for chunk in _chunks(wanted) for seq in session.scalars(select(Note.seq).where(Note.seq.in_(chunk)))}


def _row(obj) -> dict[str, Any]:
    return {column.name: copy.deepcopy(getattr(obj, column.name)) for column in type(obj).__table__.columns}


def _chunks(values: list) -> list[list]:
    return [values[start:start + _CHUNK] for start in range(0, len(values), _CHUNK)]
