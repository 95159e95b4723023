"""What the writer makes of a theme: the synthesis text ("what we heard") and its key quotes.

Picking, unpicking and reordering quotes are undoable steps in the project's history. The text is
not: it is saved as typed, and typing is undone in the editor's own undo stack.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Step
from dialog_app.core.models import Note, SynthesisQuote, Theme, ThemeSynthesis
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.timeutil import utc_now


@dataclass(frozen=True)
class Synthesis:
    theme_id: uuid.UUID
    text: str
    quotes: tuple[uuid.UUID, ...]  # note ids, in the writer's order
    updated_at: datetime | None
    updated_by: str


class SynthesisService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def get(self, theme_id: uuid.UUID | str) -> Synthesis:
        theme_id = as_uuid(theme_id, "theme id")
        with self._ctx.db.read() as session:
            require(session, Theme, theme_id, "theme")
            row = session.get(ThemeSynthesis, theme_id)
            quotes = tuple(session.scalars(
                select(SynthesisQuote.note_id).where(SynthesisQuote.theme_id == theme_id)
                .order_by(SynthesisQuote.position)))
        return Synthesis(theme_id, row.text if row else "", quotes,
                         row.updated_at if row else None, row.updated_by if row else "")

    def save_text(self, theme_id: uuid.UUID | str, text: str) -> None:
        """Keep the writer's text as typed (the editor calls this as the writer types)."""
        theme_id = as_uuid(theme_id, "theme id")
        if not isinstance(text, str):
            raise InvalidValueError("a synthesis is text")
        with self._ctx.db.write() as session:
            require(session, Theme, theme_id, "theme")
            row = session.get(ThemeSynthesis, theme_id) or ThemeSynthesis(theme_id=theme_id)
            row.text, row.updated_at, row.updated_by = text, utc_now(), self._ctx.user
            session.add(row)
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def add_quote(self, theme_id: uuid.UUID | str, note_id: uuid.UUID | str) -> None:
        """Pick a note as a key quote of the theme's chapter (last in order); picking twice is one.
        An undoable step ("add_quote") when the note was not picked already."""
        theme_id, note_id = as_uuid(theme_id, "theme id"), as_uuid(note_id, "note id")
        with self._ctx.db.write() as session:
            require(session, Theme, theme_id, "theme")
            if require(session, Note, note_id, "note").deleted_at is not None:
                raise InvalidValueError("a note in the bin cannot be a key quote")
            position = None
            if session.get(SynthesisQuote, (theme_id, note_id)) is None:
                last = session.execute(select(func.max(SynthesisQuote.position))
                                       .where(SynthesisQuote.theme_id == theme_id)).scalar_one()
                position = (last + 1) if last is not None else 0
                session.add(SynthesisQuote(theme_id=theme_id, note_id=note_id, position=position))
        if position is not None:
            self._ctx.history.record(Step(
                "add_quote", 1,
                undo=lambda: self._delete_quote(theme_id, note_id),
                redo=lambda: self._insert_quote(theme_id, note_id, position),
            ))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def remove_quote(self, theme_id: uuid.UUID | str, note_id: uuid.UUID | str) -> None:
        """Unpick a key quote; undo puts it back where it was ("remove_quote")."""
        theme_id, note_id = as_uuid(theme_id, "theme id"), as_uuid(note_id, "note id")
        with self._ctx.db.write() as session:
            row = session.get(SynthesisQuote, (theme_id, note_id))
            position = row.position if row is not None else None
            if row is not None:
                session.delete(row)
        if position is not None:
            self._ctx.history.record(Step(
                "remove_quote", 1,
                undo=lambda: self._insert_quote(theme_id, note_id, position),
                redo=lambda: self._delete_quote(theme_id, note_id),
            ))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def order_quotes(self, theme_id: uuid.UUID | str, note_ids: list[uuid.UUID | str]) -> None:
        """Put the theme's quotes in this order (the ids must be its quotes, each once); an undoable
        step ("order_quotes") when the order changed."""
        theme_id = as_uuid(theme_id, "theme id")
        wanted = [as_uuid(i, "note id") for i in note_ids]
        with self._ctx.db.write() as session:
            rows = self._quote_rows(session, theme_id)
            if sorted(wanted) != sorted(rows):
                raise InvalidValueError("give every key quote of the theme exactly once")
            before = sorted(rows, key=lambda note_id: rows[note_id].position)
            self._set_positions(session, rows, wanted)
        if before != wanted:
            self._ctx.history.record(Step(
                "order_quotes", len(wanted),
                undo=lambda: self._reorder(theme_id, before),
                redo=lambda: self._reorder(theme_id, wanted),
            ))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    # --- internals shared with undo ------------------------------------------------------------

    @staticmethod
    def _quote_rows(session, theme_id: uuid.UUID) -> dict[uuid.UUID, SynthesisQuote]:
        return {q.note_id: q for q in session.scalars(
            select(SynthesisQuote).where(SynthesisQuote.theme_id == theme_id))}

    @staticmethod
    def _set_positions(session, rows: dict[uuid.UUID, SynthesisQuote], order: list[uuid.UUID]) -> None:
        """Number the quotes in ``order``; any not named (none, unless the history was bypassed)
        keep their relative order after them."""
        rest = sorted((i for i in rows if i not in order), key=lambda i: rows[i].position)
        for position, note_id in enumerate([i for i in order if i in rows] + rest):
            rows[note_id].position = position
            session.add(rows[note_id])

    def _insert_quote(self, theme_id: uuid.UUID, note_id: uuid.UUID, position: int) -> None:
        """Put a quote back at its old place; the quotes from there on move one down."""
        with self._ctx.db.write() as session:
            rows = self._quote_rows(session, theme_id)
            if note_id not in rows:
                order = sorted(rows, key=lambda i: rows[i].position)
                index = sum(1 for i in order if rows[i].position < position)
                rows[note_id] = SynthesisQuote(theme_id=theme_id, note_id=note_id, position=position)
                self._set_positions(session, rows, order[:index] + [note_id] + order[index:])
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def _delete_quote(self, theme_id: uuid.UUID, note_id: uuid.UUID) -> None:
        with self._ctx.db.write() as session:
            session.execute(delete(SynthesisQuote).where(
                SynthesisQuote.theme_id == theme_id, SynthesisQuote.note_id == note_id))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def _reorder(self, theme_id: uuid.UUID, order: list[uuid.UUID]) -> None:
        with self._ctx.db.write() as session:
            self._set_positions(session, self._quote_rows(session, theme_id), order)
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])
