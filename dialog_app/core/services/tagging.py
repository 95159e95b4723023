"""Putting themes on notes and taking them off, one note or thousands at a time; undoable."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, insert, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.history import Step
from dialog_app.core.kinds import TagOrigin
from dialog_app.core.models import Note, NoteEvent, Tagging, Theme
from dialog_app.core.services.context import ServiceContext, as_uuid, choice
from dialog_app.core.timeutil import utc_now

_CHUNK = 500


class TaggingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def tag(
        self,
        note_ids: Iterable[uuid.UUID | str],
        theme_id: uuid.UUID | str,
        origin: str = TagOrigin.TYPED,
    ) -> int:
        """Put a theme on notes that lack it; returns how many notes gained it."""
        theme_id = as_uuid(theme_id, "theme id")
        origin = choice(origin, TagOrigin, "tag origin")
        ids = _unique(note_ids)
        with self._ctx.db.write() as session:
            if session.get(Theme, theme_id) is None:
                raise NotFoundError("theme", theme_id)
            added = self._insert(session, ids, theme_id, origin)
        if added:
            self._ctx.history.record(
                Step(
                    "tag",
                    len(added),
                    undo=lambda: self._remove(added, theme_id),
                    redo=lambda: self._add(added, theme_id, origin),
                )
            )
            self._ctx.changes.publish(ChangeKind.TAGS, added)
        return len(added)

    def untag(self, note_ids: Iterable[uuid.UUID | str], theme_id: uuid.UUID | str) -> int:
        """Take a theme off notes; returns how many notes lost it. Undo restores who tagged, when."""
        theme_id = as_uuid(theme_id, "theme id")
        ids = _unique(note_ids)
        with self._ctx.db.write() as session:
            removed = self._delete(session, ids, theme_id)
        if removed:
            removed_ids = [row.note_id for row in removed]
            self._ctx.history.record(
                Step(
                    "untag",
                    len(removed),
                    undo=lambda: self._reinsert(removed),
                    redo=lambda: self._remove(removed_ids, theme_id),
                )
            )
            self._ctx.changes.publish(ChangeKind.TAGS, removed_ids)
        return len(removed)

    def import_many(self, pairs: Iterable[tuple[uuid.UUID, uuid.UUID]], origin: str = TagOrigin.IMPORTED) -> int:
        """Store many (note id, theme id) taggings in one transaction; not an undoable step."""
        origin = choice(origin, TagOrigin, "tag origin")
        now = utc_now()
        rows = [
            {"note_id": note_id, "theme_id": theme_id, "tagged_by": self._ctx.user,
             "tagged_at": now, "origin": origin}
            for note_id, theme_id in dict.fromkeys(pairs)
        ]
        with self._ctx.db.write() as session:
            for start in range(0, len(rows), 5000):
                session.connection().execute(insert(Tagging.__table__), rows[start : start + 5000])
        self._ctx.changes.publish(ChangeKind.TAGS, {row["note_id"] for row in rows})
        return len(rows)

    def themes_of(self, note_id: uuid.UUID | str) -> list[Theme]:
        statement = (
            select(Theme)
            .join(Tagging, Tagging.theme_id == Theme.id)
            .where(Tagging.note_id == as_uuid(note_id, "note id"))
            .order_by(Theme.framework_id, Theme.position)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def themes_by_note(self, note_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
        """Theme ids per note for a batch of notes (what a list view shows as chips)."""
        ids = list(note_ids)
        result: dict[uuid.UUID, list[uuid.UUID]] = {i: [] for i in ids}
        with self._ctx.db.read() as session:
            for start in range(0, len(ids), _CHUNK):
                rows = session.execute(
                    select(Tagging.note_id, Tagging.theme_id).where(
                        Tagging.note_id.in_(ids[start : start + _CHUNK])
                    )
                )
                for note_id, theme_id in rows:
                    result[note_id].append(theme_id)
        return result

    def taggings_of(self, note_id: uuid.UUID | str) -> list[Tagging]:
        with self._ctx.db.read() as session:
            return list(
                session.scalars(select(Tagging).where(Tagging.note_id == as_uuid(note_id)))
            )

    # --- internals shared with undo ------------------------------------------------------------

    def _insert(self, session, ids: list[uuid.UUID], theme_id: uuid.UUID, origin: str) -> list[uuid.UUID]:
        existing_notes: set[uuid.UUID] = set()
        already: set[uuid.UUID] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            existing_notes.update(
                session.scalars(select(Note.id).where(Note.id.in_(chunk), Note.deleted_at.is_(None)))
            )
            already.update(
                session.scalars(
                    select(Tagging.note_id).where(
                        Tagging.theme_id == theme_id, Tagging.note_id.in_(chunk)
                    )
                )
            )
        added = [i for i in ids if i in existing_notes and i not in already]
        if added:
            now = utc_now()
            session.connection().execute(  # Core, not the ORM's bulk insert: a third of the time
                insert(Tagging.__table__),
                [
                    {"note_id": i, "theme_id": theme_id, "tagged_by": self._ctx.user,
                     "tagged_at": now, "origin": origin}
                    for i in added
                ],
            )
            self._log(session, added, "tag", {"theme_id": str(theme_id), "origin": origin})
        return added

    def _delete(self, session, ids: list[uuid.UUID], theme_id: uuid.UUID) -> list[Tagging]:
        removed: list[Tagging] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            removed.extend(
                session.scalars(
                    select(Tagging).where(Tagging.theme_id == theme_id, Tagging.note_id.in_(chunk))
                )
            )
            session.execute(
                delete(Tagging).where(Tagging.theme_id == theme_id, Tagging.note_id.in_(chunk))
            )
        session.expunge_all()
        if removed:
            self._log(session, [t.note_id for t in removed], "untag", {"theme_id": str(theme_id)})
        return removed

    def _add(self, ids: list[uuid.UUID], theme_id: uuid.UUID, origin: str) -> None:
        with self._ctx.db.write() as session:
            self._insert(session, ids, theme_id, origin)
        self._ctx.changes.publish(ChangeKind.TAGS, ids)

    def _remove(self, ids: list[uuid.UUID], theme_id: uuid.UUID) -> None:
        with self._ctx.db.write() as session:
            self._delete(session, ids, theme_id)
        self._ctx.changes.publish(ChangeKind.TAGS, ids)

    def _reinsert(self, taggings: list[Tagging]) -> None:
        """Put removed taggings back exactly as they were (who, when, origin)."""
        with self._ctx.db.write() as session:
            session.connection().execute(
                insert(Tagging.__table__),
                [
                    {"note_id": t.note_id, "theme_id": t.theme_id, "tagged_by": t.tagged_by,
                     "tagged_at": t.tagged_at, "origin": t.origin}
                    for t in taggings
                ],
            )
            by_theme: dict[uuid.UUID, list[uuid.UUID]] = {}
            for t in taggings:
                by_theme.setdefault(t.theme_id, []).append(t.note_id)
            for theme_id, ids in by_theme.items():
                self._log(session, ids, "tag", {"theme_id": str(theme_id), "origin": "undo"})
        self._ctx.changes.publish(ChangeKind.TAGS, [t.note_id for t in taggings])

    def _log(self, session, note_ids: list[uuid.UUID], action: str, detail: dict) -> None:
        now = utc_now()
        session.connection().execute(
            insert(NoteEvent.__table__),
            [
                {"id": uuid.uuid4(), "note_id": i, "at": now, "by": self._ctx.user,
                 "action": action, "detail": detail}
                for i in note_ids
            ],
        )


def _unique(note_ids: Iterable[uuid.UUID | str]) -> list[uuid.UUID]:
    return list(dict.fromkeys(as_uuid(i, "note id") for i in note_ids))
