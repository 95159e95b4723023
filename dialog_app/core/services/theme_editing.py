"""The framework editor's actions: themes added, edited, moved, merged and deleted, frameworks
added, renamed, chosen and deleted; every action is one undoable step.

This is the service ``Project.theme_editing`` holds. The actions' work on the tree is in
theme_tree.py, the snapshots undo puts back in theme_snapshots.py, and the recording of steps
in theme_steps.py. ``FrameworkService`` keeps the plain, unrecorded writes that project creation
and imports use.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.models import Theme, ThemeFramework
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.services.frameworks import (
    FrameworkService, live_note_count, subtree, theme_parents, theme_values,
)
from dialog_app.core.services.theme_snapshots import take
from dialog_app.core.services.theme_steps import ThemeSteps
from dialog_app.core.services.theme_tree import merge, move, remove_framework, remove_theme
from dialog_app.core.timeutil import utc_now

_THEME, _FRAMEWORK = Theme.__table__, ThemeFramework.__table__


class ThemeEditingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._frameworks = FrameworkService(context)
        self._steps = ThemeSteps(context)

    # --- adding (undo removes what was added) --------------------------------------------------

    def add_theme(self, framework_id: uuid.UUID | str, name: str, **options: Any) -> Theme:
        """``FrameworkService.add_theme`` as an undoable step ("add_theme")."""
        theme = self._frameworks.add_theme(framework_id, name, **options)
        self._steps.record_addition("add_theme", lambda session: remove_theme(session, theme.id))
        return theme

    def create_framework(self, name: str, description: str = "", version: str = "") -> ThemeFramework:
        """An empty framework of the project's own, as an undoable step ("create_framework")."""
        prior = self._steps.active_value()
        framework = self._frameworks.create(name, description, version)
        self._steps.record_addition(
            "create_framework", lambda s: remove_framework(s, framework.id, active_after=prior)
        )
        return framework

    def add_preset(self, preset_id: str, language: str = "sv") -> ThemeFramework:
        """A shipped preset copied into the project, as an undoable step ("add_preset")."""
        prior = self._steps.active_value()
        framework = self._frameworks.add_preset(preset_id, language)
        self._steps.record_addition(
            "add_preset", lambda s: remove_framework(s, framework.id, active_after=prior)
        )
        return framework

    def set_active(self, framework_id: uuid.UUID | str) -> None:
        """Choose the framework that capture and the projector use ("set_active")."""
        framework_id = as_uuid(framework_id, "framework id")
        prior = self._steps.active_value()
        self._frameworks.set_active(framework_id)
        if prior != str(framework_id):
            self._steps.record("set_active", 1, lambda: self._steps.write_active(prior),
                               lambda: self._steps.write_active(str(framework_id)))

    # --- editing -------------------------------------------------------------------------------

    def update_theme(self, theme_id: uuid.UUID | str, **fields: Any) -> Theme:
        """Change a theme's name, code, description, colour (#RRGGBB), keywords or aliases."""
        values = theme_values(fields)
        theme_id = as_uuid(theme_id, "theme id")
        edit = update(_THEME).where(_THEME.c.id == theme_id).values(**values)
        self._steps.theme_step("edit_theme", theme_id, lambda s: s.connection().execute(edit))
        return self._frameworks.theme(theme_id)

    def move_theme(
        self, theme_id: uuid.UUID | str, new_parent_id: uuid.UUID | str | None, position: int
    ) -> Theme:
        """Move a theme (with its sub-themes) under another parent of its framework, or to the top
        level (None), to be the ``position``-th of its new siblings (past the end: last)."""
        theme_id = as_uuid(theme_id, "theme id")
        parent_id = as_uuid(new_parent_id, "theme id") if new_parent_id is not None else None
        if isinstance(position, bool) or not isinstance(position, int) or position < 0:
            raise InvalidValueError("a theme's position must be a whole number of 0 or more")
        self._steps.theme_step("move_theme", theme_id, lambda s: move(s, theme_id, parent_id, position))
        return self._frameworks.theme(theme_id)

    def rename_framework(self, framework_id: uuid.UUID | str, name: str) -> ThemeFramework:
        return self._steps.framework_step("rename_framework", framework_id, {"name": name})

    def update_framework(self, framework_id: uuid.UUID | str, **fields: Any) -> ThemeFramework:
        """Change a framework's name, description or version ("edit_framework")."""
        return self._steps.framework_step("edit_framework", framework_id, fields)

    # --- merging and deleting ------------------------------------------------------------------

    def delete_theme(self, theme_id: uuid.UUID | str) -> int:
        """Delete a theme and its sub-themes with their tags, synthesis and quotes ("delete_theme").

        Returns how many live notes lost a theme; ask first with ``theme_usage``."""
        theme_id = as_uuid(theme_id, "theme id")
        with self._ctx.db.write() as session:
            theme = require(session, Theme, theme_id, "theme")
            connection = session.connection()
            scope = subtree(theme_parents(connection, theme.framework_id), theme_id)
            affected = live_note_count(connection, scope)
            snapshot = remove_theme(session, theme_id)
        steps = self._steps
        steps.record("delete_theme", affected, lambda: steps.restore(snapshot),
                     lambda: steps.redo(lambda s: remove_theme(s, theme_id), snapshot))
        steps.publish(snapshot)
        return affected

    def merge_themes(self, source_id: uuid.UUID | str, target_id: uuid.UUID | str) -> int:
        """Fold one theme into another of its framework ("merge_themes"); returns how many live
        notes gained the target.

        Notes tagged with the source get the target (a note that had both keeps the earlier
        tagging's time, person and origin); the source's sub-themes move under the target, after
        its own; keywords and aliases are appended without duplicates; syntheses are joined with a
        blank line, quotes appended; then the source is deleted."""
        source_id = as_uuid(source_id, "theme id")
        target_id = as_uuid(target_id, "theme id")
        now = utc_now()
        with self._ctx.db.write() as session:
            source = require(session, Theme, source_id, "theme")
            snapshot = take(session, source.framework_id, {source_id, target_id})
            gained = merge(session, source_id, target_id, now, self._ctx.user)
        steps = self._steps
        again = lambda s: merge(s, source_id, target_id, now, self._ctx.user)  # noqa: E731
        steps.record("merge_themes", gained, lambda: steps.restore(snapshot),
                     lambda: steps.redo(again, snapshot))
        steps.publish(snapshot)
        return gained

    def delete_framework(self, framework_id: uuid.UUID | str) -> int:
        """Delete a framework with its themes and their tags ("delete_framework"); returns how many
        live notes lost a theme. The last framework is kept (capture and the projector need one):
        add another first. When the active framework goes, the first remaining one becomes active."""
        framework_id = as_uuid(framework_id, "framework id")
        with self._ctx.db.write() as session:
            require(session, ThemeFramework, framework_id, "framework")
            if session.execute(select(func.count()).select_from(_FRAMEWORK)).scalar_one() <= 1:
                raise InvalidValueError("a project keeps at least one framework; add another first")
            connection = session.connection()
            affected = live_note_count(connection, theme_parents(connection, framework_id))
            snapshot = remove_framework(session, framework_id)
        steps = self._steps
        steps.record("delete_framework", affected, lambda: steps.restore(snapshot),
                     lambda: steps.redo(lambda s: remove_framework(s, framework_id), snapshot))
        steps.publish(snapshot, settings=True)
        return affected
