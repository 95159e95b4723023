"""Merging two notes that make the same point: one stays, with both notes' votes and themes; the
other goes to the bin pointing at it, so its provenance (who, when, where from) stays in the file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Step
from dialog_app.core.models import Note, NoteEvent, Tagging
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.timeutil import utc_now


@dataclass(frozen=True)
class _Before:
    """What a merge changes, to put back on undo."""

    keep_id: uuid.UUID
    absorb_id: uuid.UUID
    votes: int
    key_quote: bool
    added_themes: tuple[uuid.UUID, ...]


class MergeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def merge(self, keep_id: uuid.UUID | str, absorb_id: uuid.UUID | str) -> int:
        """Merge ``absorb_id`` into ``keep_id``; undoable. Returns the kept note's votes."""
        keep_id, absorb_id = as_uuid(keep_id, "note id"), as_uuid(absorb_id, "note id")
        if keep_id == absorb_id:
            raise InvalidValueError("a note cannot be merged into itself")
        before = self._merge(keep_id, absorb_id)
        self._ctx.history.record(
            Step("merge", 2, undo=lambda: self._unmerge(before), redo=lambda: self._merge(keep_id, absorb_id))
        )
        return self._votes_of(keep_id)

    def merged_into(self, note_id: uuid.UUID | str) -> list[Note]:
        """The notes that were merged into this one, oldest first: their provenance."""
        with self._ctx.db.read() as session:
            return list(
                session.scalars(
                    select(Note).where(Note.merged_into_id == as_uuid(note_id, "note id")).order_by(Note.created_at)
                )
            )

    def _merge(self, keep_id: uuid.UUID, absorb_id: uuid.UUID) -> _Before:
        now = utc_now()
        with self._ctx.db.write() as session:
            keep = require(session, Note, keep_id, "note")
            absorb = require(session, Note, absorb_id, "note")
            if keep.deleted_at is not None or absorb.deleted_at is not None:
                raise InvalidValueError("only notes that are not in the bin can be merged")
            kept_themes = set(session.scalars(select(Tagging.theme_id).where(Tagging.note_id == keep_id)))
            absorbed = list(session.scalars(select(Tagging).where(Tagging.note_id == absorb_id)))
            added = tuple(t.theme_id for t in absorbed if t.theme_id not in kept_themes)
            before = _Before(keep_id, absorb_id, keep.votes, keep.key_quote, added)
            if added:
                session.execute(insert(Tagging.__table__), [
                    {"note_id": keep_id, "theme_id": t.theme_id, "tagged_by": t.tagged_by,
                     "tagged_at": t.tagged_at, "origin": t.origin}
                    for t in absorbed if t.theme_id in added
                ])
            session.execute(update(Note).where(Note.id == keep_id).values(
                votes=keep.votes + absorb.votes, key_quote=keep.key_quote or absorb.key_quote, updated_at=now))
            session.execute(update(Note).where(Note.id == absorb_id).values(
                deleted_at=now, merged_into_id=keep_id, updated_at=now))
            session.add(NoteEvent(note_id=keep_id, by=self._ctx.user, action="merged", detail={
                "absorbed": str(absorb_id), "captured_by": absorb.captured_by,
                "created_at": absorb.created_at.isoformat(), "dialogue_id": str(absorb.dialogue_id),
                "source_kind": absorb.source_kind, "source_ref": absorb.source_ref, "votes": absorb.votes,
            }))
            session.add(NoteEvent(note_id=absorb_id, by=self._ctx.user, action="merged_into",
                                  detail={"into": str(keep_id)}))
        self._ctx.changes.publish(ChangeKind.NOTES, [keep_id, absorb_id])
        self._ctx.changes.publish(ChangeKind.TAGS, [keep_id])
        return before

    def _unmerge(self, before: _Before) -> None:
        now = utc_now()
        with self._ctx.db.write() as session:
            session.execute(update(Note).where(Note.id == before.keep_id).values(
                votes=before.votes, key_quote=before.key_quote, updated_at=now))
            session.execute(update(Note).where(Note.id == before.absorb_id).values(
                deleted_at=None, merged_into_id=None, updated_at=now))
            if before.added_themes:
                session.execute(delete(Tagging).where(
                    Tagging.note_id == before.keep_id, Tagging.theme_id.in_(before.added_themes)))
            session.add(NoteEvent(note_id=before.keep_id, by=self._ctx.user, action="unmerged",
                                  detail={"restored": str(before.absorb_id)}))
        self._ctx.changes.publish(ChangeKind.NOTES, [before.keep_id, before.absorb_id])
        self._ctx.changes.publish(ChangeKind.TAGS, [before.keep_id])

    def _votes_of(self, note_id: uuid.UUID) -> int:
        with self._ctx.db.read() as session:
            return require(session, Note, note_id, "note").votes
