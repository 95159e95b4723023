"""The bin: notes are deleted softly and can be restored. Undoing an added note moves it here too,
which is why adding and deleting share ``set_deleted``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Step
from dialog_app.core.models import Note, NoteEvent
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.timeutil import utc_now


class NoteBin:
    """The deleting and restoring part of ``NoteService`` (notes.py)."""

    _ctx: ServiceContext

    def delete(self, note_ids: Iterable[uuid.UUID | str]) -> int:
        """Move notes to the bin (soft deletion); undoable. Returns how many were deleted."""
        return self._bin_step(note_ids, deleted=True)

    def restore(self, note_ids: Iterable[uuid.UUID | str]) -> int:
        """Bring notes back from the bin; undoable."""
        return self._bin_step(note_ids, deleted=False)

    def _bin_step(self, note_ids: Iterable[uuid.UUID | str], deleted: bool) -> int:
        ids = set_deleted(self._ctx, [as_uuid(i, "note id") for i in note_ids], deleted=deleted)
        if ids:
            self._ctx.history.record(
                Step(
                    "delete" if deleted else "restore",
                    len(ids),
                    undo=lambda: set_deleted(self._ctx, ids, deleted=not deleted),
                    redo=lambda: set_deleted(self._ctx, ids, deleted=deleted),
                )
            )
        return len(ids)


def set_deleted(ctx: ServiceContext, ids: list[uuid.UUID], deleted: bool) -> list[uuid.UUID]:
    """Soft-delete or restore; returns the ids whose state actually changed."""
    now = utc_now()
    with ctx.db.write() as session:
        state = Note.deleted_at.is_(None) if deleted else Note.deleted_at.is_not(None)
        changed = list(session.scalars(select(Note.id).where(Note.id.in_(ids), state)))
        if changed:
            session.execute(
                update(Note)
                .where(Note.id.in_(changed))
                .values(deleted_at=now if deleted else None, updated_at=now)
            )
            session.add_all(
                NoteEvent(note_id=i, by=ctx.user, action="delete" if deleted else "restore")
                for i in changed
            )
    if changed:
        ctx.changes.publish(ChangeKind.NOTES, changed)
    return changed
