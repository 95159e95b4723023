"""A framework's keywords compiled for matching, and how rare each is in the project (issue 17).

Kept per framework until its themes change; the rarity counts (see ``suggestion_score``) are counted
over the newest ``SAMPLE`` live notes on first use and again only once a tenth of them (at least
``STALE_MIN`` notes) have changed, so typing a few notes never recounts. Callers are off the GUI
thread; two threads asking at once may both count, and either answer is right.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.models import Note, ThemeFramework
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.services.frameworks import FrameworkService
from dialog_app.core.suggestion_score import SAMPLE, STALE_MIN, STALE_SHARE, KeywordRarity
from dialog_app.core.text_match import ThemeMatcher


@dataclass
class Compiled:
    """A framework's keywords compiled, its themes' codes, and its keywords' rarity once counted."""

    matcher: ThemeMatcher
    codes: dict[uuid.UUID, str]
    rarity: KeywordRarity | None = None
    counted_at: int = 0  # the service's note-change count when the rarity was counted


class CompiledKeywords:
    """The compiled keywords of each framework asked about, refreshed as the project changes."""

    def __init__(self, context: ServiceContext, frameworks: FrameworkService) -> None:
        self._ctx = context
        self._frameworks = frameworks
        self._matchers: dict[uuid.UUID, Compiled] = {}
        self._generation = 0
        self._note_changes = 0  # notes created, edited or deleted since the service started
        self._lock = threading.Lock()
        self._unsubscribe = context.changes.subscribe(self._on_change)

    def compiled(self, framework_id: uuid.UUID | str) -> Compiled:
        """The framework's keywords compiled, cached until its themes change."""
        framework_id = as_uuid(framework_id, "framework id")
        with self._lock:
            compiled = self._matchers.get(framework_id)
            generation = self._generation
        if compiled is not None:
            return compiled
        with self._ctx.db.read() as session:
            if session.get(ThemeFramework, framework_id) is None:
                raise NotFoundError("framework", framework_id)
        themes = self._frameworks.themes(framework_id)
        compiled = Compiled(
            ThemeMatcher((theme.id, [*theme.keywords, *theme.aliases]) for theme in themes),
            {theme.id: theme.code or "" for theme in themes},
        )
        with self._lock:
            if generation == self._generation:  # no theme changed while we compiled
                self._matchers[framework_id] = compiled
        return compiled

    def rarity(self, compiled: Compiled) -> KeywordRarity:
        """The keywords' counts over the newest SAMPLE live notes, counted again once a tenth of
        them changed (a few notes typed or edited do not move a weight that matters)."""
        with self._lock:
            rarity, changes = compiled.rarity, self._note_changes
        if rarity is not None and changes - compiled.counted_at < max(STALE_MIN, STALE_SHARE * rarity.notes):
            return rarity
        statement = select(Note.text).where(Note.deleted_at.is_(None)).order_by(Note.seq.desc()).limit(SAMPLE)
        with self._ctx.db.read_connection() as connection:
            texts = list(connection.scalars(statement))
        rarity = KeywordRarity.count(compiled.matcher, texts)
        with self._lock:
            compiled.rarity, compiled.counted_at = rarity, changes
        return rarity

    def _on_change(self, change: Change) -> None:
        if change.touches(ChangeKind.THEMES):
            with self._lock:
                self._matchers.clear()
                self._generation += 1
        if change.touches(ChangeKind.NOTES):
            with self._lock:
                self._note_changes += max(1, len(change.ids(ChangeKind.NOTES)))

    def close(self) -> None:
        self._unsubscribe()
