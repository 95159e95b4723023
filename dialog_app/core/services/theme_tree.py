"""The work the framework editor's actions do on the theme tree: moving a theme, merging one theme
into another, removing a theme or a whole framework, with sibling positions kept at 0, 1, 2 ….

Each runs in the caller's transaction: once for the action, and again for its redo with the same
ids and the same clock, so that redo lands on exactly the state the action first produced. Those
that remove rows return the snapshot undo puts back.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.models import Note, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis
from dialog_app.core.services.context import require
from dialog_app.core.services.frameworks import (
    ancestors, child_ids, subtree, theme_parents, unique_words,
)
from dialog_app.core.services.theme_snapshots import UNSET, Snapshot, drop, set_active, take, update_rows

_THEME, _TAG, _SYN = Theme.__table__, Tagging.__table__, ThemeSynthesis.__table__
_QUOTE, _FRAMEWORK, _NOTE = SynthesisQuote.__table__, ThemeFramework.__table__, Note.__table__


def move(session, theme_id: uuid.UUID, parent_id: uuid.UUID | None, position: int) -> None:
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


def merge(session, source_id: uuid.UUID, target_id: uuid.UUID, now: datetime, user: str) -> int:
    """Fold the source theme into the target (see ``ThemeEditingService.merge_themes``); returns
    how many live notes gained the target."""
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
    _merge_synthesis(connection, source_id, target_id, now, user)
    drop(connection, {source_id})
    _set_positions(connection, child_ids(connection, source.framework_id, source.parent_id))
    return gained


def _merge_synthesis(connection, source_id: uuid.UUID, target_id: uuid.UUID, now: datetime, user: str):
    texts = dict(connection.execute(
        select(_SYN.c.theme_id, _SYN.c.text).where(_SYN.c.theme_id.in_([source_id, target_id]))
    ).all())
    source_text = (texts.get(source_id) or "").strip()
    target_text = (texts.get(target_id) or "").strip()
    if source_text and target_text:
        connection.execute(update(_SYN).where(_SYN.c.theme_id == target_id).values(
            text=f"{texts[target_id].rstrip()}\n\n{source_text}", updated_at=now,
            updated_by=user))
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


def remove_theme(session, theme_id: uuid.UUID) -> Snapshot:
    """Delete a theme and its sub-themes with their tags, synthesis and quotes."""
    theme = require(session, Theme, theme_id, "theme")
    connection = session.connection()
    scope = subtree(theme_parents(connection, theme.framework_id), theme_id)
    snapshot = take(session, theme.framework_id, scope)
    drop(connection, snapshot.scope)
    _set_positions(connection, child_ids(connection, theme.framework_id, theme.parent_id))
    return snapshot


def remove_framework(session, framework_id: uuid.UUID, active_after: Any = UNSET) -> Snapshot:
    """Delete a framework; then make ``active_after`` active, or (if it was active) the first
    one left."""
    require(session, ThemeFramework, framework_id, "framework")
    connection = session.connection()
    snapshot = take(session, framework_id, theme_parents(connection, framework_id), whole=True)
    drop(connection, snapshot.scope)
    connection.execute(delete(_FRAMEWORK).where(_FRAMEWORK.c.id == framework_id))
    if active_after is UNSET and snapshot.active == str(framework_id):
        first = connection.execute(
            select(_FRAMEWORK.c.id).order_by(_FRAMEWORK.c.position).limit(1)
        ).scalar()
        active_after = str(first) if first else None
    if active_after is not UNSET:
        set_active(connection, active_after)
    return snapshot


def _set_positions(connection, ids: list[uuid.UUID], parent_id: Any = UNSET) -> None:
    """Number the themes 0, 1, 2 ... in the given order (and give them a parent, if one is given)."""
    if ids:
        extra = {} if parent_id is UNSET else {"parent_id": parent_id}
        update_rows(connection, _THEME, [{"id": i, "position": n, **extra} for n, i in enumerate(ids)])
