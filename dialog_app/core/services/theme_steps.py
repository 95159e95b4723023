"""How a framework edit becomes one undoable step, and who hears of it: the recording, undo and
redo machinery of ``ThemeEditingService`` and the change notices it publishes.

Undo puts back a snapshot (theme_snapshots.py); redo repeats the action's work. A step's ``count``
is the number of live notes whose tags the action changed (merge, delete), else 1. These are
framework edits, not note edits: they write no lines to the notes' histories.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Step
from dialog_app.core.models import Theme, ThemeFramework
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.services.frameworks import framework_values
from dialog_app.core.services.theme_snapshots import (
    UNSET, Snapshot, active, put_back, set_active, theme_rows, update_rows,
)

_FRAMEWORK = ThemeFramework.__table__


class ThemeSteps:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def theme_step(self, action: str, theme_id: uuid.UUID, work: Callable[[Any], Any]) -> None:
        """Run ``work`` on the theme's framework; record a step if any theme row changed."""
        with self._ctx.db.write() as session:
            framework_id = require(session, Theme, theme_id, "theme").framework_id
            before = theme_rows(session.connection(), framework_id)
            work(session)
            after = theme_rows(session.connection(), framework_id)
        if after != before:
            changed = _changed_ids(before, after)
            snapshot = Snapshot(framework_id, before)
            self.record(action, 1, lambda: self.restore(snapshot), lambda: self.redo(work, changed))
            self._ctx.changes.publish(ChangeKind.THEMES, changed)

    def framework_step(self, action: str, framework_id: uuid.UUID | str, fields: dict[str, Any]):
        """Change a framework row's fields; record a step if any changed."""
        values = framework_values(fields)
        framework_id = as_uuid(framework_id, "framework id")
        with self._ctx.db.write() as session:
            framework = require(session, ThemeFramework, framework_id, "framework")
            before = {column.name: getattr(framework, column.name) for column in _FRAMEWORK.columns}
            for name, value in values.items():
                setattr(framework, name, value)
        after = {column.name: getattr(framework, column.name) for column in _FRAMEWORK.columns}
        if after != before:
            put = lambda row: lambda s: update_rows(s.connection(), _FRAMEWORK, [row])  # noqa: E731
            self.record(action, 1, lambda: self.redo(put(before), [framework_id]),
                        lambda: self.redo(put(after), [framework_id]))
            self._ctx.changes.publish(ChangeKind.THEMES, [framework_id])
        return framework

    def record_addition(self, action: str, remove: Callable[[Any], Snapshot]) -> None:
        """Record an addition already written: undo runs ``remove``, redo puts back what it took."""
        removed: list[Snapshot] = []

        def undo() -> None:
            with self._ctx.db.write() as session:
                removed[:] = [remove(session)]
            self.publish(removed[0], settings=removed[0].framework is not None)

        self.record(action, 1, undo, lambda: self.restore(removed[0]))

    def record(self, action: str, count: int, undo: Callable[[], None], redo: Callable[[], None]):
        self._ctx.history.record(Step(action, count, undo, redo))

    def restore(self, snapshot: Snapshot) -> None:
        """Put the snapshot's rows back exactly, in a transaction of its own, and say so."""
        with self._ctx.db.write() as session:
            put_back(session, snapshot)
        self.publish(snapshot, settings=snapshot.active is not UNSET)

    def redo(self, work: Callable[[Any], Any], changed: Any) -> None:
        """Repeat an action's work in a transaction of its own, then say what changed: ``changed``
        is the action's before-snapshot, or the ids of the themes or framework it edited."""
        with self._ctx.db.write() as session:
            work(session)
        if isinstance(changed, Snapshot):
            self.publish(changed, settings=changed.framework is not None)
        else:
            self._ctx.changes.publish(ChangeKind.THEMES, changed)

    def publish(self, snapshot: Snapshot, settings: bool = False) -> None:
        self._ctx.changes.publish(
            ChangeKind.THEMES, {snapshot.framework_id, *(row["id"] for row in snapshot.themes)}
        )
        if snapshot.taggings:
            notes = {row[0] for row in snapshot.taggings}  # note_id, as stored
            self._ctx.changes.publish(ChangeKind.TAGS, {uuid.UUID(hex=note) for note in notes})
        if snapshot.syntheses or snapshot.quotes:
            self._ctx.changes.publish(ChangeKind.SYNTHESIS, snapshot.scope)
        if settings:
            self._ctx.changes.publish(ChangeKind.SETTINGS, [snapshot.framework_id])

    def active_value(self) -> Any:
        with self._ctx.db.read() as session:
            return active(session.connection())

    def write_active(self, value: Any) -> None:
        with self._ctx.db.write() as session:
            set_active(session.connection(), value)
        self._ctx.changes.publish(ChangeKind.SETTINGS)


def _changed_ids(before: list[dict], after: list[dict]) -> set[uuid.UUID]:
    old = {row["id"]: row for row in before}
    return {row["id"] for row in after if old.get(row["id"]) != row}
