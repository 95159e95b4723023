"""Adding, editing, deleting and restoring notes; edits and deletions can be undone."""

from __future__ import annotations

import uuid
from dataclasses import make_dataclass
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Step
from dialog_app.core.kinds import NoteKind, NoteSource, NoteStatus, TagOrigin
from dialog_app.core.models import AgendaItem, Dialogue, Note, NoteEvent, StakeholderGroup, Tagging, Theme
from dialog_app.core.services.context import ServiceContext, as_uuid, aware, choice, require
from dialog_app.core.services.note_filter import NoteFilter, conditions
from dialog_app.core.services.note_order import ordered
from dialog_app.core.store import fts
from dialog_app.core.store.driver_rows import first_column
from dialog_app.core.timeutil import utc_now

EDITABLE_FIELDS = frozenset(
    {"text", "kind", "group_id", "agenda_item_id", "table_label", "votes", "key_quote", "status",
     "hidden_from_projector"}
)


class NoteService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # --- writing -------------------------------------------------------------------------------

    def add(
        self,
        dialogue_id: uuid.UUID | str,
        text: str,
        *,
        agenda_item_id: uuid.UUID | str | None = None,
        group_id: uuid.UUID | str | None = None,
        table_label: str | None = None,
        kind: str = NoteKind.STATEMENT,
        votes: int = 0,
        key_quote: bool = False,
        status: str = NoteStatus.CAPTURED,
        source_kind: str = NoteSource.TYPED,
        source_ref: str | None = None,
        created_at: datetime | None = None,
        note_id: uuid.UUID | None = None,
        theme_ids: Sequence[uuid.UUID] = (),
    ) -> NoteRecord:
        """Store a note and commit it; when this returns, the note is on disk.

        This is the capture hot path: one Core transaction for the note and its themes, references
        checked by the database's foreign keys (a failure is then explained), no ORM unit of work.
        The caller may choose ``note_id`` (the capture screen shows the note before it is saved).
        Undoable: undo moves the note to the bin.
        """
        record = {
            "id": note_id, "dialogue_id": dialogue_id, "text": text, "agenda_item_id": agenda_item_id,
            "group_id": group_id, "table_label": table_label, "kind": kind, "votes": votes,
            "key_quote": key_quote, "status": status, "source_kind": source_kind,
            "source_ref": source_ref, "created_at": created_at,
        }
        row = _new_row(record, utc_now(), self._ctx.user)
        themes = list(dict.fromkeys(as_uuid(t, "theme id") for t in theme_ids))
        try:
            with self._ctx.db.write_connection() as connection:
                row["seq"] = connection.execute(_NEXT_SEQ).scalar_one()
                _insert_rows(connection, [row])
                if themes:
                    connection.execute(insert(Tagging.__table__), [
                        {"note_id": row["id"], "theme_id": theme, "tagged_by": self._ctx.user,
                         "tagged_at": row["updated_at"], "origin": TagOrigin.TYPED.value}
                        for theme in themes
                    ])
        except IntegrityError:
            self._explain_missing_reference(row, themes)
            raise
        ids = [row["id"]]
        self._ctx.history.record(
            Step(
                "capture",
                1,
                undo=lambda: self._set_deleted(ids, deleted=True),
                redo=lambda: self._set_deleted(ids, deleted=False),
            )
        )
        self._ctx.changes.publish(ChangeKind.NOTES, ids)
        if themes:
            self._ctx.changes.publish(ChangeKind.TAGS, ids)
        return NoteRecord(**row)

    def import_many(self, records: Iterable[dict[str, Any]], chunk: int = 2000) -> list[uuid.UUID]:
        """Store many notes in one transaction (imports, demo projects); not an undoable step.

        Each record holds the keyword arguments of ``add`` (``dialogue_id`` and ``text`` at least);
        references are checked by the database's foreign keys.
        """
        ids: list[uuid.UUID] = []
        now = utc_now()
        with self._ctx.db.write_connection() as connection:
            next_seq = connection.execute(_NEXT_SEQ).scalar_one()
            batch: list[dict[str, Any]] = []
            for record in records:
                row = _new_row({"source_kind": NoteSource.IMPORTED, **record}, now, self._ctx.user)
                row["seq"] = next_seq
                next_seq += 1
                batch.append(row)
                ids.append(row["id"])
                if len(batch) >= chunk:
                    _insert_rows(connection, batch)
                    batch = []
            _insert_rows(connection, batch)
        self._ctx.changes.publish(ChangeKind.NOTES, ids)
        return ids

    def _explain_missing_reference(self, row: dict[str, Any], themes: Sequence[uuid.UUID] = ()) -> None:
        with self._ctx.db.read() as session:
            for theme in themes:
                require(session, Theme, theme, "theme")
            require(session, Dialogue, row["dialogue_id"], "dialogue")
            if row["agenda_item_id"]:
                require(session, AgendaItem, row["agenda_item_id"], "agenda item")
            if row["group_id"]:
                require(session, StakeholderGroup, row["group_id"], "stakeholder group")

    def update(self, note_id: uuid.UUID | str, **fields: Any) -> Note:
        """Change some fields of a note (see EDITABLE_FIELDS); undoable."""
        note_id = as_uuid(note_id, "note id")
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise InvalidValueError(f"cannot edit {', '.join(sorted(unknown))}")
        after = _validated(fields)
        with self._ctx.db.write() as session:
            note = require(session, Note, note_id, "note")
            if after.get("agenda_item_id"):  # as in add(): a typed error, not a broken reference
                require(session, AgendaItem, after["agenda_item_id"], "agenda item")
            if after.get("group_id"):
                require(session, StakeholderGroup, after["group_id"], "stakeholder group")
            before = {name: getattr(note, name) for name in after}
            changed = {name: value for name, value in after.items() if before[name] != value}
            if not changed:
                return note
            self._apply(session, note, changed, action="edit")
        before = {name: before[name] for name in changed}
        self._ctx.history.record(
            Step(
                "edit",
                1,
                undo=lambda: self._set_fields(note_id, before),
                redo=lambda: self._set_fields(note_id, changed),
            )
        )
        self._ctx.changes.publish(ChangeKind.NOTES, [note_id])
        return note

    def set_status(self, note_ids: Iterable[uuid.UUID | str], status: str) -> int:
        """Set the review status (reviewed, approved for publication, excluded …) of many notes at
        once; undoable, each note getting back its own earlier status. Returns how many changed."""
        return self._set_many("status", note_ids, choice(status, NoteStatus, "status"))

    def set_key_quote(self, note_ids: Iterable[uuid.UUID | str], key_quote: bool) -> int:
        """Mark (or unmark) many notes as key quotes at once; undoable. Returns how many changed."""
        return self._set_many("key_quote", note_ids, bool(key_quote))

    def _set_many(self, field: str, note_ids: Iterable[uuid.UUID | str], value: Any) -> int:
        ids = list(dict.fromkeys(as_uuid(i, "note id") for i in note_ids))
        before = self._values(field, ids)
        changed = {note_id: old for note_id, old in before.items() if old != value}
        if not changed:
            return 0
        self._write_values(field, {note_id: value for note_id in changed})
        self._ctx.history.record(
            Step(
                field,
                len(changed),
                undo=lambda: self._write_values(field, changed),
                redo=lambda: self._write_values(field, {note_id: value for note_id in changed}),
            )
        )
        return len(changed)

    def delete(self, note_ids: Iterable[uuid.UUID | str]) -> int:
        """Move notes to the bin (soft deletion); undoable. Returns how many were deleted."""
        ids = self._set_deleted([as_uuid(i, "note id") for i in note_ids], deleted=True)
        if ids:
            self._ctx.history.record(
                Step(
                    "delete",
                    len(ids),
                    undo=lambda: self._set_deleted(ids, deleted=False),
                    redo=lambda: self._set_deleted(ids, deleted=True),
                )
            )
        return len(ids)

    def restore(self, note_ids: Iterable[uuid.UUID | str]) -> int:
        """Bring notes back from the bin; undoable."""
        ids = self._set_deleted([as_uuid(i, "note id") for i in note_ids], deleted=False)
        if ids:
            self._ctx.history.record(
                Step(
                    "restore",
                    len(ids),
                    undo=lambda: self._set_deleted(ids, deleted=True),
                    redo=lambda: self._set_deleted(ids, deleted=False),
                )
            )
        return len(ids)

    # --- reading -------------------------------------------------------------------------------

    def get(self, note_id: uuid.UUID | str) -> Note:
        with self._ctx.db.read() as session:
            return require(session, Note, as_uuid(note_id, "note id"), "note")

    def list(
        self, note_filter: NoteFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[Note]:
        """Notes matching the filter, newest first."""
        statement = (
            select(Note)
            .where(*conditions(note_filter or NoteFilter()))
            .order_by(Note.created_at.desc(), Note.seq.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def ids(self, note_filter: NoteFilter | None = None, sort: str = "created_at",
            descending: bool = True) -> list[uuid.UUID]:
        """Only the ids of matching notes, in the order asked (see note_order.SORT_KEYS): what list
        and table views hold. Text sorts the Swedish way (å, ä, ö after z)."""
        statement = ordered(select(Note.id).where(*conditions(note_filter or NoteFilter())), sort, descending)
        with self._ctx.db.read_connection() as connection:
            return list(connection.execute(statement).scalars())

    def keys(self, note_filter: NoteFilter | None = None, sort: str = "created_at",
             descending: bool = True, limit: int | None = None) -> list[int]:
        """Like ``ids``, as the notes' local row numbers: a table over 100 000 notes holds ints,
        which SQLite hands over without the cost of building 100 000 UUIDs. With ``limit``, only
        the first rows: a table shows its first screen while the whole listing is read."""
        where = conditions(note_filter or NoteFilter(), first_rows=limit is not None and sort == "created_at")
        statement = ordered(select(Note.seq).where(*where), sort, descending)
        with self._ctx.db.read_connection() as connection:
            return first_column(connection, statement.limit(limit))

    def by_keys(self, keys: Sequence[int]) -> dict[int, Note]:
        """Fetch a page of notes by their row numbers (see ``keys``)."""
        found: dict[int, Note] = {}
        with self._ctx.db.read() as session:
            for start in range(0, len(keys), 500):
                for note in session.scalars(select(Note).where(Note.seq.in_(keys[start : start + 500]))):
                    found[note.seq] = note
        return found

    def records_by_keys(self, keys: Sequence[int]) -> dict[int, NoteRecord]:
        """A page of live notes by row number, as plain records (no ORM objects): what a table
        paints. Deleted and unknown numbers are left out."""
        found: dict[int, NoteRecord] = {}
        table = Note.__table__
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(keys), 500):
                rows = connection.execute(
                    select(table).where(table.c.seq.in_(keys[start : start + 500]), table.c.deleted_at.is_(None))
                )
                for row in rows:
                    found[row.seq] = NoteRecord(**row._mapping)
        return found

    def ids_of_keys(self, keys: Sequence[int]) -> list[uuid.UUID]:
        """The ids of notes given by row number (see ``keys``), in the order given; unknown
        numbers are left out. What a table's selection becomes before a bulk action."""
        found: dict[int, uuid.UUID] = {}
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(keys), 500):
                rows = connection.execute(select(Note.seq, Note.id).where(Note.seq.in_(keys[start : start + 500])))
                found.update(rows.all())
        return [found[key] for key in keys if key in found]

    def by_ids(self, note_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Note]:
        """Fetch a batch of notes (a page of a list view), keyed by id."""
        found: dict[uuid.UUID, Note] = {}
        with self._ctx.db.read() as session:
            for start in range(0, len(note_ids), 500):
                chunk = note_ids[start : start + 500]
                for note in session.scalars(select(Note).where(Note.id.in_(chunk))):
                    found[note.id] = note
        return found

    def table_labels(self, dialogue_id: uuid.UUID | str) -> list[str]:
        """The table and breakout labels used in a dialogue so far, in order."""
        statement = (
            select(Note.table_label)
            .where(Note.dialogue_id == as_uuid(dialogue_id, "dialogue id"), Note.table_label.is_not(None))
            .distinct()
            .order_by(Note.table_label)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def count(self, note_filter: NoteFilter | None = None) -> int:
        statement = select(func.count()).select_from(Note).where(
            *conditions(note_filter or NoteFilter())
        )
        with self._ctx.db.read() as session:
            return session.execute(statement).scalar_one()

    def events(self, note_id: uuid.UUID | str) -> list[NoteEvent]:
        """A note's history, oldest first."""
        statement = (
            select(NoteEvent)
            .where(NoteEvent.note_id == as_uuid(note_id, "note id"))
            .order_by(NoteEvent.at)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    # --- internals shared with undo ------------------------------------------------------------

    def _apply(self, session, note: Note, changed: dict[str, Any], action: str) -> None:
        for name, value in changed.items():
            setattr(note, name, value)
        note.updated_at = utc_now()
        session.add(note)
        session.add(
            NoteEvent(
                note_id=note.id,
                by=self._ctx.user,
                action=action,
                detail={name: _jsonable(value) for name, value in changed.items()},
            )
        )

    def _set_fields(self, note_id: uuid.UUID, values: dict[str, Any]) -> None:
        with self._ctx.db.write() as session:
            note = require(session, Note, note_id, "note")
            self._apply(session, note, values, action="edit")
        self._ctx.changes.publish(ChangeKind.NOTES, [note_id])

    def _values(self, field: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        column = getattr(Note, field)
        found: dict[uuid.UUID, Any] = {}
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(ids), 500):
                rows = connection.execute(
                    select(Note.id, column).where(Note.id.in_(ids[start : start + 500]), Note.deleted_at.is_(None))
                )
                found.update(dict(rows.all()))
        return found

    def _write_values(self, field: str, values: dict[uuid.UUID, Any]) -> None:
        """Write one field of many notes, grouped by value: one UPDATE per value, one transaction,
        and a history event per note."""
        by_value: dict[Any, list[uuid.UUID]] = {}
        for note_id, value in values.items():
            by_value.setdefault(value, []).append(note_id)
        now = utc_now()
        with self._ctx.db.write() as session:
            for value, ids in by_value.items():
                for start in range(0, len(ids), 500):
                    session.execute(
                        update(Note).where(Note.id.in_(ids[start : start + 500])).values({field: value, "updated_at": now})
                    )
            session.execute(insert(NoteEvent.__table__), [
                {"id": uuid.uuid4(), "note_id": note_id, "at": now, "by": self._ctx.user,
                 "action": "status" if field == "status" else "edit", "detail": {field: value}}
                for note_id, value in values.items()
            ])
        self._ctx.changes.publish(ChangeKind.NOTES, list(values))

    def _set_deleted(self, ids: list[uuid.UUID], deleted: bool) -> list[uuid.UUID]:
        """Soft-delete or restore; returns the ids whose state actually changed."""
        now = utc_now()
        with self._ctx.db.write() as session:
            state = Note.deleted_at.is_(None) if deleted else Note.deleted_at.is_not(None)
            changed = list(session.scalars(select(Note.id).where(Note.id.in_(ids), state)))
            if changed:
                session.execute(
                    update(Note)
                    .where(Note.id.in_(changed))
                    .values(deleted_at=now if deleted else None, updated_at=now)
                )
                session.add_all(
                    NoteEvent(note_id=i, by=self._ctx.user, action="delete" if deleted else "restore")
                    for i in changed
                )
        if changed:
            self._ctx.changes.publish(ChangeKind.NOTES, changed)
        return changed


# What ``add`` returns: the stored row, with Note's fields, without the ORM's instrumentation
# (building an ORM object cost more than the rest of the capture path together).
NoteRecord = make_dataclass(
    "NoteRecord", [column.name for column in Note.__table__.columns], frozen=True, slots=True
)

_NEXT_SEQ = select(func.coalesce(func.max(Note.seq), 0) + 1)
_INSERT_NOTE = insert(Note.__table__)


def _new_row(record: dict[str, Any], now: datetime, user: str) -> dict[str, Any]:
    """A complete, validated note row from the keyword arguments of ``add``."""
    values = _validated({k: v for k, v in record.items() if k in EDITABLE_FIELDS - {"text"} and v is not None})
    return {
        "id": record.get("id") or uuid.uuid4(),
        "seq": None,
        "dialogue_id": as_uuid(record["dialogue_id"], "dialogue id"),
        "agenda_item_id": values.get("agenda_item_id"),
        "group_id": values.get("group_id"),
        "table_label": values.get("table_label"),
        "kind": values.get("kind", NoteKind.STATEMENT.value),
        "text": _checked_text(record.get("text")),
        "votes": values.get("votes", 0),
        "key_quote": values.get("key_quote", False),
        "status": values.get("status", NoteStatus.CAPTURED.value),
        "created_at": aware(record.get("created_at"), "created_at") or now,
        "updated_at": now,
        "captured_by": record.get("captured_by", user),
        "source_kind": choice(record.get("source_kind") or NoteSource.TYPED, NoteSource, "source"),
        "source_ref": record.get("source_ref"),
        "deleted_at": None,
        "hidden_from_projector": values.get("hidden_from_projector", False),
        "merged_into_id": None,
    }


def _insert_rows(connection, rows: list[dict[str, Any]]) -> None:
    """Insert note rows and their search-index entries in the caller's transaction."""
    if rows:
        connection.execute(_INSERT_NOTE, rows)
        fts.index_rows(connection, [(row["seq"], row["text"]) for row in rows])


def _checked_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidValueError("a note needs some text")
    return text


def _checked_votes(votes: int) -> int:
    if not isinstance(votes, int) or votes < 0:
        raise InvalidValueError("votes must be a whole number of 0 or more")
    return votes


def _validated(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "text" in out:
        out["text"] = _checked_text(out["text"])
    if "kind" in out:
        out["kind"] = choice(out["kind"], NoteKind, "note kind")
    if "status" in out:
        out["status"] = choice(out["status"], NoteStatus, "status")
    if "votes" in out:
        out["votes"] = _checked_votes(out["votes"])
    for key in ("group_id", "agenda_item_id"):
        if out.get(key):
            out[key] = as_uuid(out[key])
    if "table_label" in out:
        out["table_label"] = out["table_label"] or None
    for flag in ("key_quote", "hidden_from_projector"):
        if flag in out:
            out[flag] = bool(out[flag])
    return out


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value
