"""Counts of notes per theme, stakeholder group and dialogue: the overview and the reports use them."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from dialog_app.core.models import Note, Tagging, Theme
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.services.note_filter import NoteFilter, conditions


@dataclass(frozen=True)
class CountRow:
    """How many notes carry ``theme_id`` (None: no theme of the framework) per group and dialogue."""

    theme_id: uuid.UUID | None
    group_id: uuid.UUID | None
    dialogue_id: uuid.UUID
    notes: int


class StatsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def counts(
        self, framework_id: uuid.UUID | str, note_filter: NoteFilter | None = None
    ) -> list[CountRow]:
        """Note counts by theme × stakeholder group × dialogue, for one framework.

        A note with two themes counts once under each; a note with none of the framework's
        themes counts under ``theme_id=None``.
        """
        framework_id = as_uuid(framework_id, "framework id")
        where = conditions(note_filter or NoteFilter())
        framework_tags = (
            select(Tagging.note_id, Tagging.theme_id)
            .join(Theme, Theme.id == Tagging.theme_id)
            .where(Theme.framework_id == framework_id)
            .subquery()
        )
        statement = (
            select(framework_tags.c.theme_id, Note.group_id, Note.dialogue_id, func.count())
            .select_from(Note)
            .outerjoin(framework_tags, framework_tags.c.note_id == Note.id)
            .where(*where)
            .group_by(framework_tags.c.theme_id, Note.group_id, Note.dialogue_id)
        )
        with self._ctx.db.read() as session:
            return [CountRow(*row) for row in session.execute(statement)]

    @staticmethod
    def matrix(rows: list[CountRow], by: str = "group_id") -> dict[tuple, int]:
        """Fold count rows into {(theme_id, group_id or dialogue_id): notes}."""
        totals: Counter[tuple] = Counter()
        for row in rows:
            totals[(row.theme_id, getattr(row, by))] += row.notes
        return dict(totals)

    @staticmethod
    def per_theme(rows: list[CountRow]) -> dict[uuid.UUID | None, int]:
        totals: Counter[uuid.UUID | None] = Counter()
        for row in rows:
            totals[row.theme_id] += row.notes
        return dict(totals)
