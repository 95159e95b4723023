"""Editing notes: fields one note at a time, review status and key quotes many at a time. Every
edit is an undoable step and writes a line to each note's history."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Step
from dialog_app.core.kinds import NoteStatus
from dialog_app.core.models import AgendaItem, Note, NoteEvent, StakeholderGroup
from dialog_app.core.services.context import ServiceContext, as_uuid, choice, require
from dialog_app.core.services.note_fields import EDITABLE_FIELDS, validated
from dialog_app.core.timeutil import utc_now


class NoteEditing:
    """The editing part of ``NoteService`` (notes.py)."""

    _ctx: ServiceContext

    def update(self, note_id: uuid.UUID | str, **fields: Any) -> Note:
        """Change some fields of a note (see EDITABLE_FIELDS); undoable."""
        note_id = as_uuid(note_id, "note id")
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise InvalidValueError(f"cannot edit {', '.join(sorted(unknown))}")
        after = validated(fields)
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


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value
