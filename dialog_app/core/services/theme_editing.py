"""The framework editor's actions: themes added, edited, moved, merged and deleted, frameworks
added, renamed, chosen and deleted; every action is one undoable step.

Undo puts back a snapshot taken inside the action's own transaction: every theme row of the
framework (a few dozen) and the tag, synthesis and quote rows of the themes the action removes or
rewrites (tens of thousands, read and written with Core bulk statements). Redo repeats the action
with the same ids and the same clock, so it lands on exactly the state the action first produced.

A step's ``count`` is the number of live notes whose tags the action changed (merge, delete), else
1. These are framework edits, not note edits: they write no lines to the notes' histories.
``FrameworkService`` keeps the plain, unrecorded writes that project creation and imports use.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, column, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Step
from dialog_app.core.models import (
    Note, ProjectSetting, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.services.frameworks import (
    ACTIVE_FRAMEWORK, FrameworkService, ancestors, child_ids, framework_values, live_note_count,
    subtree, theme_parents, theme_values, unique_words,
)
from dialog_app.core.timeutil import utc_now

_THEME, _TAG, _SYN = Theme.__table__, Tagging.__table__, ThemeSynthesis.__table__
_QUOTE, _FRAMEWORK = SynthesisQuote.__table__, ThemeFramework.__table__
_NOTE, _SETTING = Note.__table__, ProjectSetting.__table__
_UNSET: Any = object()  # a snapshot that leaves the active-framework setting alone


@dataclass(frozen=True)
class _Snapshot:
    framework_id: uuid.UUID
    themes: list[dict]  # every theme row of the framework
    scope: frozenset[uuid.UUID] = frozenset()  # themes whose tags, synthesis and quotes are kept
    # The scope's tag, synthesis and quote rows as stored (no type conversion: 20 000 tags in ms)
    taggings: list[tuple] = field(default_factory=list)
    syntheses: list[tuple] = field(default_factory=list)
    quotes: list[tuple] = field(default_factory=list)
    framework: dict | None = None  # the framework row, when the action deletes it
    active: Any = _UNSET  # the active-framework setting (None: not set)


class ThemeEditingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._frameworks = FrameworkService(context)

    # --- adding (undo removes what was added) --------------------------------------------------

    def add_theme(self, framework_id: uuid.UUID | str, name: str, **options: Any) -> Theme:
        """``FrameworkService.add_theme`` as an undoable step ("add_theme")."""
        theme = self._frameworks.add_theme(framework_id, name, **options)
        self._record_addition("add_theme", lambda session: self._remove_theme(session, theme.id))
        return theme

    def create_framework(self, name: str, description: str = "", version: str = "") -> ThemeFramework:
        """An empty framework of the project's own, as an undoable step ("create_framework")."""
        prior = self._active_value()
        framework = self._frameworks.create(name, description, version)
        self._record_addition(
            "create_framework", lambda s: self._remove_framework(s, framework.id, active_after=prior)
        )
        return framework

    def add_preset(self, preset_id: str, language: str = "sv") -> ThemeFramework:
        """A shipped preset copied into the project, as an undoable step ("add_preset")."""
        prior = self._active_value()
        framework = self._frameworks.add_preset(preset_id, language)
        self._record_addition(
            "add_preset", lambda s: self._remove_framework(s, framework.id, active_after=prior)
        )
        return framework

    def set_active(self, framework_id: uuid.UUID | str) -> None:
        """Choose the framework that capture and the projector use ("set_active")."""
        framework_id = as_uuid(framework_id, "framework id")
        prior = self._active_value()
        self._frameworks.set_active(framework_id)
        if prior != str(framework_id):
            self._record("set_active", 1, lambda: self._write_active(prior),
                         lambda: self._write_active(str(framework_id)))

    # --- editing -------------------------------------------------------------------------------

    def update_theme(self, theme_id: uuid.UUID | str, **fields: Any) -> Theme:
        """Change a theme's name, code, description, colour (#RRGGBB), keywords or aliases."""
        values = theme_values(fields)
        theme_id = as_uuid(theme_id, "theme id")
        edit = update(_THEME).where(_THEME.c.id == theme_id).values(**values)
        self._theme_step("edit_theme", theme_id, lambda s: s.connection().execute(edit))
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
        self._theme_step("move_theme", theme_id, lambda s: _move(s, theme_id, parent_id, position))
        return self._frameworks.theme(theme_id)

    def rename_framework(self, framework_id: uuid.UUID | str, name: str) -> ThemeFramework:
        return self._framework_step("rename_framework", framework_id, {"name": name})

    def update_framework(self, framework_id: uuid.UUID | str, **fields: Any) -> ThemeFramework:
        """Change a framework's name, description or version ("edit_framework")."""
        return self._framework_step("edit_framework", framework_id, fields)

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
            snapshot = self._remove_theme(session, theme_id)
        self._record("delete_theme", affected, lambda: self._restore(snapshot),
                     lambda: self._redo(lambda s: self._remove_theme(s, theme_id), snapshot))
        self._publish(snapshot)
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
            snapshot = _take(session, source.framework_id, {source_id, target_id})
            gained = self._merge(session, source_id, target_id, now)
        self._record("merge_themes", gained, lambda: self._restore(snapshot),
                     lambda: self._redo(lambda s: self._merge(s, source_id, target_id, now), snapshot))
        self._publish(snapshot)
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
            snapshot = self._remove_framework(session, framework_id)
        self._record("delete_framework", affected, lambda: self._restore(snapshot),
                     lambda: self._redo(lambda s: self._remove_framework(s, framework_id), snapshot))
        self._publish(snapshot, settings=True)
        return affected

    # --- the work, shared by actions, undo and redo --------------------------------------------

    def _merge(self, session, source_id: uuid.UUID, target_id: uuid.UUID, now: datetime) -> int:
        source = require(session, Theme, source_id, "theme")
        target = require(session, Theme, target_id, "theme")
        connection = session.connection()
        if source_id == target_id:
            raise InvalidValueError("a theme cannot be merged into itself")
        if source.framework_id != target.framework_id:
            raise InvalidValueError("only themes of the same framework can be merged")
        if source_id in ancestors(theme_parents(connection, source.framework_id), target_id):
            raise InvalidValueError("a theme cannot be merged into one of its own sub-themes")
        had_target = select(_TAG.c.note_id).where(_TAG.c.theme_id == target_id)
        gained = connection.execute(
            select(func.count()).select_from(_TAG.join(_NOTE, _NOTE.c.id == _TAG.c.note_id))
            .where(_TAG.c.theme_id == source_id, _NOTE.c.deleted_at.is_(None),
                   _TAG.c.note_id.not_in(had_target))
        ).scalar_one()
        earlier = _TAG.alias("earlier")
        connection.execute(  # a note with both keeps the earlier tagging's who, when and how
            update(_TAG)
            .where(_TAG.c.theme_id == target_id, earlier.c.theme_id == source_id,
                   earlier.c.note_id == _TAG.c.note_id, earlier.c.tagged_at < _TAG.c.tagged_at)
            .values(tagged_by=earlier.c.tagged_by, tagged_at=earlier.c.tagged_at,
                    origin=earlier.c.origin)
        )
        connection.execute(
            update(_TAG).where(_TAG.c.theme_id == source_id, _TAG.c.note_id.not_in(had_target))
            .values(theme_id=target_id)
        )
        children = child_ids(connection, target.framework_id, target_id)
        _set_positions(connection, children + child_ids(connection, source.framework_id, source_id),
                       parent_id=target_id)
        connection.execute(update(_THEME).where(_THEME.c.id == target_id).values(
            keywords=unique_words([*target.keywords, *source.keywords]),
            aliases=unique_words([*target.aliases, *source.aliases]),
        ))
        self._merge_synthesis(connection, source_id, target_id, now)
        _drop(connection, {source_id})
        _set_positions(connection, child_ids(connection, source.framework_id, source.parent_id))
        return gained

    def _merge_synthesis(self, connection, source_id: uuid.UUID, target_id: uuid.UUID, now: datetime):
        texts = dict(connection.execute(
            select(_SYN.c.theme_id, _SYN.c.text).where(_SYN.c.theme_id.in_([source_id, target_id]))
        ).all())
        source_text = (texts.get(source_id) or "").strip()
        target_text = (texts.get(target_id) or "").strip()
        if source_text and target_text:
            connection.execute(update(_SYN).where(_SYN.c.theme_id == target_id).values(
                text=f"{texts[target_id].rstrip()}\n\n{source_text}", updated_at=now,
                updated_by=self._ctx.user))
        elif source_text:  # the target has none: the source's synthesis moves over as it is
            connection.execute(delete(_SYN).where(_SYN.c.theme_id == target_id))
            connection.execute(
                update(_SYN).where(_SYN.c.theme_id == source_id).values(theme_id=target_id))
        quotes = connection.execute(
            select(_QUOTE.c.theme_id, _QUOTE.c.note_id)
            .where(_QUOTE.c.theme_id.in_([source_id, target_id]))
            .order_by(_QUOTE.c.theme_id != target_id, _QUOTE.c.position)
        ).all()
        if any(theme == source_id for theme, _ in quotes):
            notes = list(dict.fromkeys(note for _, note in quotes))
            connection.execute(delete(_QUOTE).where(_QUOTE.c.theme_id.in_([source_id, target_id])))
            connection.execute(insert(_QUOTE), [
                {"theme_id": target_id, "note_id": note, "position": i} for i, note in enumerate(notes)
            ])

    def _remove_theme(self, session, theme_id: uuid.UUID) -> _Snapshot:
        theme = require(session, Theme, theme_id, "theme")
        connection = session.connection()
        scope = subtree(theme_parents(connection, theme.framework_id), theme_id)
        snapshot = _take(session, theme.framework_id, scope)
        _drop(connection, snapshot.scope)
        _set_positions(connection, child_ids(connection, theme.framework_id, theme.parent_id))
        return snapshot

    def _remove_framework(self, session, framework_id: uuid.UUID, active_after: Any = _UNSET) -> _Snapshot:
        """Delete a framework; then make ``active_after`` active, or (if it was active) the first
        one left."""
        require(session, ThemeFramework, framework_id, "framework")
        connection = session.connection()
        snapshot = _take(session, framework_id, theme_parents(connection, framework_id), whole=True)
        _drop(connection, snapshot.scope)
        connection.execute(delete(_FRAMEWORK).where(_FRAMEWORK.c.id == framework_id))
        if active_after is _UNSET and snapshot.active == str(framework_id):
            first = connection.execute(
                select(_FRAMEWORK.c.id).order_by(_FRAMEWORK.c.position).limit(1)
            ).scalar()
            active_after = str(first) if first else None
        if active_after is not _UNSET:
            _set_active(connection, active_after)
        return snapshot

    def _restore(self, snapshot: _Snapshot) -> None:
        """Put the snapshot's rows back exactly (same ids, positions, tags, synthesis, quotes)."""
        with self._ctx.db.write() as session:
            connection = session.connection()
            if snapshot.framework is not None:
                if session.get(ThemeFramework, snapshot.framework_id) is None:
                    connection.execute(insert(_FRAMEWORK), [snapshot.framework])
                else:
                    _update_rows(connection, _FRAMEWORK, [snapshot.framework])
            _restore_themes(connection, snapshot.themes)
            if snapshot.scope:
                _drop(connection, snapshot.scope, themes=False)
                _insert_stored(connection, _TAG, snapshot.taggings)
                _insert_stored(connection, _SYN, snapshot.syntheses)
                _insert_stored(connection, _QUOTE, snapshot.quotes)
            if snapshot.active is not _UNSET:
                _set_active(connection, snapshot.active)
        self._publish(snapshot, settings=snapshot.active is not _UNSET)

    # --- recording and publishing --------------------------------------------------------------

    def _theme_step(self, action: str, theme_id: uuid.UUID, work: Callable[[Any], Any]) -> None:
        """Run ``work`` on the theme's framework; record a step if any theme row changed."""
        with self._ctx.db.write() as session:
            framework_id = require(session, Theme, theme_id, "theme").framework_id
            before = _theme_rows(session.connection(), framework_id)
            work(session)
            after = _theme_rows(session.connection(), framework_id)
        if after != before:
            changed = _changed_ids(before, after)
            snapshot = _Snapshot(framework_id, before)
            self._record(action, 1, lambda: self._restore(snapshot), lambda: self._redo(work, changed))
            self._ctx.changes.publish(ChangeKind.THEMES, changed)

    def _framework_step(self, action: str, framework_id: uuid.UUID | str, fields: dict[str, Any]):
        values = framework_values(fields)
        framework_id = as_uuid(framework_id, "framework id")
        with self._ctx.db.write() as session:
            framework = require(session, ThemeFramework, framework_id, "framework")
            before = {column.name: getattr(framework, column.name) for column in _FRAMEWORK.columns}
            for name, value in values.items():
                setattr(framework, name, value)
        after = {column.name: getattr(framework, column.name) for column in _FRAMEWORK.columns}
        if after != before:
            put = lambda row: lambda s: _update_rows(s.connection(), _FRAMEWORK, [row])  # noqa: E731
            self._record(action, 1, lambda: self._redo(put(before), [framework_id]),
                         lambda: self._redo(put(after), [framework_id]))
            self._ctx.changes.publish(ChangeKind.THEMES, [framework_id])
        return framework

    def _record_addition(self, action: str, remove: Callable[[Any], _Snapshot]) -> None:
        removed: list[_Snapshot] = []

        def undo() -> None:
            with self._ctx.db.write() as session:
                removed[:] = [remove(session)]
            self._publish(removed[0], settings=removed[0].framework is not None)

        self._record(action, 1, undo, lambda: self._restore(removed[0]))

    def _record(self, action: str, count: int, undo: Callable[[], None], redo: Callable[[], None]):
        self._ctx.history.record(Step(action, count, undo, redo))

    def _redo(self, work: Callable[[Any], Any], changed: Any) -> None:
        """Repeat an action's work in a transaction of its own, then say what changed: ``changed``
        is the action's before-snapshot, or the ids of the themes or framework it edited."""
        with self._ctx.db.write() as session:
            work(session)
        if isinstance(changed, _Snapshot):
            self._publish(changed, settings=changed.framework is not None)
        else:
            self._ctx.changes.publish(ChangeKind.THEMES, changed)

    def _publish(self, snapshot: _Snapshot, settings: bool = False) -> None:
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

    def _active_value(self) -> Any:
        with self._ctx.db.read() as session:
            return _active(session.connection())

    def _write_active(self, value: Any) -> None:
        with self._ctx.db.write() as session:
            _set_active(session.connection(), value)
        self._ctx.changes.publish(ChangeKind.SETTINGS)


# --- rows: reading, writing, putting back --------------------------------------------------------


def _take(session, framework_id: uuid.UUID, scope: Iterable[uuid.UUID], whole: bool = False) -> _Snapshot:
    """The rows an action may change: the framework's themes and the scope's tags, synthesis and
    quotes; ``whole``: the framework row and the active-framework setting too."""
    connection = session.connection()
    scope = frozenset(scope)

    def rows(table) -> list[tuple]:  # as stored: no per-value conversion of 20 000 rows
        stored = select(*(column(c.name) for c in table.columns)).select_from(table)
        return list(map(tuple, connection.execute(stored.where(table.c.theme_id.in_(scope))).all()))

    framework = None
    if whole:
        framework = dict(connection.execute(
            select(_FRAMEWORK).where(_FRAMEWORK.c.id == framework_id)).mappings().one())
    return _Snapshot(
        framework_id, _theme_rows(connection, framework_id), scope, rows(_TAG), rows(_SYN),
        rows(_QUOTE), framework, _active(connection) if whole else _UNSET,
    )


def _theme_rows(connection, framework_id: uuid.UUID) -> list[dict]:
    statement = select(_THEME).where(_THEME.c.framework_id == framework_id).order_by(_THEME.c.id)
    return [dict(row) for row in connection.execute(statement).mappings()]


def _restore_themes(connection, rows: list[dict]) -> None:
    """Insert the missing theme rows (parents first) and set the others back to their values."""
    present = set(connection.execute(
        select(_THEME.c.id).where(_THEME.c.id.in_([row["id"] for row in rows]))).scalars())
    parents = {row["id"]: row["parent_id"] for row in rows}
    missing = sorted((r for r in rows if r["id"] not in present),
                     key=lambda row: len(ancestors(parents, row["id"])))
    if missing:
        connection.execute(insert(_THEME), missing)
    _update_rows(connection, _THEME, [r for r in rows if r["id"] in present])


def _update_rows(connection, table, rows: list[dict]) -> None:
    if rows:
        connection.execute(
            update(table).where(table.c.id == bindparam("_id")),
            [{"_id": row["id"], **{k: v for k, v in row.items() if k != "id"}} for row in rows],
        )


def _drop(connection, scope: Iterable[uuid.UUID], themes: bool = True) -> None:
    """Delete the themes' tags, synthesis and quotes (and, unless told not to, the themes)."""
    ids = list(scope)
    for table in (_TAG, _SYN, _QUOTE):
        connection.execute(delete(table).where(table.c.theme_id.in_(ids)))
    if themes:
        connection.execute(delete(_THEME).where(_THEME.c.id.in_(ids)))


def _insert_stored(connection, table, rows: list[tuple]) -> None:
    """Insert rows as ``_take`` read them; if a note has been purged since, skip its rows."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    into = f"INSERT INTO {table.name} ({', '.join(names)}) "
    marks = ", ".join("?" * len(names))
    rows = sorted(rows)  # in key order, the indexes grow at their ends: a third faster
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"{into} VALUES ({marks})", rows)
    except IntegrityError:  # rare, and three times slower: ask for each row's note
        if "note_id" not in names:
            raise
        note = names.index("note_id")
        exists = f" WHERE EXISTS (SELECT 1 FROM {_NOTE.name} WHERE id = ?)"
        connection.exec_driver_sql(f"{into} SELECT {marks}{exists}", [(*r, r[note]) for r in rows])


def _active(connection) -> Any:
    setting = select(_SETTING.c.value).where(_SETTING.c.key == ACTIVE_FRAMEWORK)
    return connection.execute(setting).scalar()


def _set_active(connection, value: Any) -> None:
    connection.execute(delete(_SETTING).where(_SETTING.c.key == ACTIVE_FRAMEWORK))
    if value is not None:
        connection.execute(insert(_SETTING).values(key=ACTIVE_FRAMEWORK, value=value))


# --- positions in the tree -----------------------------------------------------------------------


def _set_positions(connection, ids: list[uuid.UUID], parent_id: Any = _UNSET) -> None:
    """Number the themes 0, 1, 2 ... in the given order (and give them a parent, if one is given)."""
    if ids:
        extra = {} if parent_id is _UNSET else {"parent_id": parent_id}
        _update_rows(connection, _THEME, [{"id": i, "position": n, **extra} for n, i in enumerate(ids)])


def _move(session, theme_id: uuid.UUID, parent_id: uuid.UUID | None, position: int) -> None:
    theme = require(session, Theme, theme_id, "theme")
    connection = session.connection()
    if parent_id is not None:
        if require(session, Theme, parent_id, "theme").framework_id != theme.framework_id:
            raise InvalidValueError("a theme can only move within its own framework")
        above = ancestors(theme_parents(connection, theme.framework_id), parent_id)
        if parent_id == theme_id or theme_id in above:
            raise InvalidValueError("a theme cannot be moved under itself or one of its sub-themes")
    siblings = [i for i in child_ids(connection, theme.framework_id, parent_id) if i != theme_id]
    siblings.insert(min(position, len(siblings)), theme_id)
    _set_positions(connection, siblings, parent_id=parent_id)
    if theme.parent_id != parent_id:
        _set_positions(connection, child_ids(connection, theme.framework_id, theme.parent_id))


def _changed_ids(before: list[dict], after: list[dict]) -> set[uuid.UUID]:
    old = {row["id"]: row for row in before}
    return {row["id"] for row in after if old.get(row["id"]) != row}
