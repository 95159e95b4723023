"""Full-text search over notes: what the search box and ``dialog-app search`` ask."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from dialog_app.core.models import Dialogue, Note
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_filter import NoteFilter, conditions, text_condition
from dialog_app.core.store import fts


@dataclass(frozen=True)
class SearchHit:
    id: uuid.UUID
    text: str
    dialogue_id: uuid.UUID
    dialogue: str


class SearchService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(
        self, query: str, note_filter: NoteFilter | None = None, limit: int | None = 200
    ) -> list[SearchHit]:
        """Notes holding every word of the query (the last as a prefix), newest first.

        When the index finds nothing for a query without Latin letters, a literal substring match
        is tried, so that text the tokenizer does not take for words (emoji, symbols, scripts newer
        than its Unicode 6.1 tables) is found. A query with Latin letters (Swedish, Sámi, Finnish)
        is always tokenized right, so its empty answer stands: no scan of every note for nothing.
        """
        if not query.strip():
            return []
        hits = self._run(text_condition(query), note_filter, limit)
        if not hits and fts.match_expression(query) is not None and not _has_latin_letter(query):
            hits = self._run(text_condition(query, literal=True), note_filter, limit)
        return hits

    def _run(self, match, note_filter: NoteFilter | None, limit: int | None) -> list[SearchHit]:
        statement = (
            select(Note.id, Note.text, Note.dialogue_id, Dialogue.title)
            .join(Dialogue, Dialogue.id == Note.dialogue_id)
            .where(match, *conditions(note_filter or NoteFilter()))
            .order_by(Note.created_at.desc(), Note.seq.desc())
            .limit(limit)
        )
        with self._ctx.db.read_connection() as connection:  # Core: no ORM cost on every keystroke
            return [SearchHit(*row) for row in connection.execute(statement)]


def _has_latin_letter(text: str) -> bool:
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)
