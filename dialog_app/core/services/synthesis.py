"""What the writer makes of a theme: the synthesis text ("what we heard") and its key quotes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
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
        """Pick a note as a key quote of the theme's chapter (last in order); picking twice is one."""
        theme_id, note_id = as_uuid(theme_id, "theme id"), as_uuid(note_id, "note id")
        with self._ctx.db.write() as session:
            require(session, Theme, theme_id, "theme")
            if require(session, Note, note_id, "note").deleted_at is not None:
                raise InvalidValueError("a note in the bin cannot be a key quote")
            if session.get(SynthesisQuote, (theme_id, note_id)) is None:
                last = session.execute(select(func.max(SynthesisQuote.position))
                                       .where(SynthesisQuote.theme_id == theme_id)).scalar_one()
                session.add(SynthesisQuote(theme_id=theme_id, note_id=note_id,
                                           position=(last + 1) if last is not None else 0))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def remove_quote(self, theme_id: uuid.UUID | str, note_id: uuid.UUID | str) -> None:
        theme_id = as_uuid(theme_id, "theme id")
        with self._ctx.db.write() as session:
            session.execute(delete(SynthesisQuote).where(
                SynthesisQuote.theme_id == theme_id, SynthesisQuote.note_id == as_uuid(note_id, "note id")))
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])

    def order_quotes(self, theme_id: uuid.UUID | str, note_ids: list[uuid.UUID | str]) -> None:
        """Put the theme's quotes in this order (the ids must be its quotes, each once)."""
        theme_id = as_uuid(theme_id, "theme id")
        wanted = [as_uuid(i, "note id") for i in note_ids]
        with self._ctx.db.write() as session:
            rows = {q.note_id: q for q in session.scalars(
                select(SynthesisQuote).where(SynthesisQuote.theme_id == theme_id))}
            if sorted(wanted) != sorted(rows):
                raise InvalidValueError("give every key quote of the theme exactly once")
            for position, note_id in enumerate(wanted):
                rows[note_id].position = position
                session.add(rows[note_id])
        self._ctx.changes.publish(ChangeKind.SYNTHESIS, [theme_id])
