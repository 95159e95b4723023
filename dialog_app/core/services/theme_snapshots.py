"""What undo puts back after a framework edit: a snapshot of the rows an action may change, taken
inside the action's own transaction, and the bulk reads and writes that take it and restore it.

A snapshot holds every theme row of the framework (a few dozen) and the tag, synthesis and quote
rows of the themes the action removes or rewrites (tens of thousands, read and written with Core
bulk statements as stored, without per-value conversion).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, column, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from dialog_app.core.models import (
    Note, ProjectSetting, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.services.frameworks import ACTIVE_FRAMEWORK, ancestors

_THEME, _TAG, _SYN = Theme.__table__, Tagging.__table__, ThemeSynthesis.__table__
_QUOTE, _FRAMEWORK = SynthesisQuote.__table__, ThemeFramework.__table__
_NOTE, _SETTING = Note.__table__, ProjectSetting.__table__
UNSET: Any = object()  # a snapshot that leaves the active-framework setting alone


@dataclass(frozen=True)
class Snapshot:
    framework_id: uuid.UUID
    themes: list[dict]  # every theme row of the framework
    scope: frozenset[uuid.UUID] = frozenset()  # themes whose tags, synthesis and quotes are kept
    # The scope's tag, synthesis and quote rows as stored (no type conversion: 20 000 tags in ms)
    taggings: list[tuple] = field(default_factory=list)
    syntheses: list[tuple] = field(default_factory=list)
    quotes: list[tuple] = field(default_factory=list)
    framework: dict | None = None  # the framework row, when the action deletes it
    active: Any = UNSET  # the active-framework setting (None: not set)


def take(session, framework_id: uuid.UUID, scope: Iterable[uuid.UUID], whole: bool = False) -> Snapshot:
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
    return Snapshot(
        framework_id, theme_rows(connection, framework_id), scope, rows(_TAG), rows(_SYN),
        rows(_QUOTE), framework, active(connection) if whole else UNSET,
    )


def put_back(session, snapshot: Snapshot) -> None:
    """Put the snapshot's rows back exactly (same ids, positions, tags, synthesis, quotes) in the
    caller's transaction."""
    connection = session.connection()
    if snapshot.framework is not None:
        if session.get(ThemeFramework, snapshot.framework_id) is None:
            connection.execute(insert(_FRAMEWORK), [snapshot.framework])
        else:
            update_rows(connection, _FRAMEWORK, [snapshot.framework])
    _restore_themes(connection, snapshot.themes)
    if snapshot.scope:
        drop(connection, snapshot.scope, themes=False)
        _insert_stored(connection, _TAG, snapshot.taggings)
        _insert_stored(connection, _SYN, snapshot.syntheses)
        _insert_stored(connection, _QUOTE, snapshot.quotes)
    if snapshot.active is not UNSET:
        set_active(connection, snapshot.active)


def theme_rows(connection, framework_id: uuid.UUID) -> list[dict]:
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
    update_rows(connection, _THEME, [r for r in rows if r["id"] in present])


def update_rows(connection, table, rows: list[dict]) -> None:
    """Set whole rows of ``table`` (found by their ids) to the values given, in one statement."""
    if rows:
        connection.execute(
            update(table).where(table.c.id == bindparam("_id")),
            [{"_id": row["id"], **{k: v for k, v in row.items() if k != "id"}} for row in rows],
        )


def drop(connection, scope: Iterable[uuid.UUID], themes: bool = True) -> None:
    """Delete the themes' tags, synthesis and quotes (and, unless told not to, the themes)."""
    ids = list(scope)
    for table in (_TAG, _SYN, _QUOTE):
        connection.execute(delete(table).where(table.c.theme_id.in_(ids)))
    if themes:
        connection.execute(delete(_THEME).where(_THEME.c.id.in_(ids)))


def _insert_stored(connection, table, rows: list[tuple]) -> None:
    """Insert rows as ``take`` read them; if a note has been purged since, skip its rows."""
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


def active(connection) -> Any:
    """The active-framework setting as stored (None: not set)."""
    setting = select(_SETTING.c.value).where(_SETTING.c.key == ACTIVE_FRAMEWORK)
    return connection.execute(setting).scalar()


def set_active(connection, value: Any) -> None:
    connection.execute(delete(_SETTING).where(_SETTING.c.key == ACTIVE_FRAMEWORK))
    if value is not None:
        connection.execute(insert(_SETTING).values(key=ACTIVE_FRAMEWORK, value=value))
